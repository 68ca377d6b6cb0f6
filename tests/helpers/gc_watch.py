"""Watching the collector's first-generation threshold while some work runs on other threads."""

from __future__ import annotations

import gc
import threading
import time
from types import TracebackType


class ThresholdWatch:
    """Samples ``gc.get_threshold()[0]`` every half millisecond on its own thread while in use.

    For work whose progress cannot be observed from inside (a CLI command, a Qt job): ``seen`` holds
    every first-generation threshold that was in force at some sample.
    """

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="threshold-watch", daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.seen.add(gc.get_threshold()[0])
            time.sleep(0.0005)

    def __enter__(self) -> ThresholdWatch:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(5)
