"""Idempotency keys of ruling submissions that are being processed right now."""

from __future__ import annotations

import threading
import time


class IdempotencyGuard:
    """Marks keys in progress; ``hold_seconds`` (tests only) keeps a key busy a little longer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy: set[str] = set()
        self.hold_seconds = 0.0

    def begin(self, key: str) -> bool:
        with self._lock:
            if key in self._busy:
                return False
            self._busy.add(key)
        if self.hold_seconds:
            time.sleep(self.hold_seconds)
        return True

    def end(self, key: str) -> None:
        with self._lock:
            self._busy.discard(key)
