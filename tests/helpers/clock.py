"""A clock that only moves when someone sleeps: retry and token timing without real waits."""

from __future__ import annotations

import threading


class FakeTime:
    """``clock()`` returns seconds; ``sleep(s)`` records ``s`` and moves the clock on by it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds
