"""Fault injection: a seeded share of requests fails in one of five ways."""

from __future__ import annotations

import random
import threading

#: Faults decided before a request is processed (no side effects).
BEFORE = ("500", "503", "429")
#: Faults applied after processing: the request took effect but the answer is lost.
AFTER = ("drop", "truncate")
KINDS = BEFORE + AFTER


class FaultInjector:
    """Picks a fault for a request with probability ``rate`` (settable at run time)."""

    def __init__(self, rate: float = 0.0, seed: int | None = None, kinds: tuple[str, ...] = KINDS) -> None:
        self.rate = rate
        self.seed = seed
        self.kinds = kinds
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def pick(self) -> str | None:
        """A fault kind for the next request, or None."""
        if self.rate <= 0:
            return None
        with self._lock:
            if self._random.random() >= self.rate:
                return None
            return self._random.choice(self.kinds)
