"""Per-access-token limits: a token bucket for JSON API requests and a cap on requests in flight."""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict

MAX_IN_FLIGHT = 4


class RateLimiter:
    """Token buckets keyed by access-token hash, ``rate`` requests per second, burst ``rate``."""

    def __init__(self, rate: float, max_in_flight: int = MAX_IN_FLIGHT) -> None:
        self.rate = rate
        self.max_in_flight = max_in_flight
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}
        self._in_flight: defaultdict[str, int] = defaultdict(int)

    def take(self, key: str) -> int | None:
        """Takes one request from ``key``'s bucket; returns seconds to wait when it is empty."""
        if self.rate <= 0:
            return None
        now = time.monotonic()
        with self._lock:
            level, last = self._buckets.get(key, (self.rate, now))
            level = min(self.rate, level + (now - last) * self.rate)
            if level < 1.0:
                self._buckets[key] = (level, now)
                return max(1, math.ceil((1.0 - level) / self.rate))
            self._buckets[key] = (level - 1.0, now)
            return None

    def enter(self, key: str) -> bool:
        """Counts a request in flight; False when ``key`` already has the maximum."""
        with self._lock:
            if self._in_flight[key] >= self.max_in_flight:
                return False
            self._in_flight[key] += 1
            return True

    def leave(self, key: str) -> None:
        with self._lock:
            self._in_flight[key] -= 1
            if self._in_flight[key] <= 0:
                del self._in_flight[key]


class LoginThrottle:
    """Failed sign-ins per username: at most ``limit`` in a sliding ``window`` of seconds."""

    def __init__(self, limit: int = 10, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._lock = threading.Lock()
        self._failures: defaultdict[str, list[float]] = defaultdict(list)

    def blocked_for(self, username: str) -> int | None:
        now = time.monotonic()
        with self._lock:
            recent = [t for t in self._failures.get(username, []) if t > now - self.window]
            self._failures[username] = recent
            if len(recent) >= self.limit:
                return max(1, math.ceil(recent[0] + self.window - now))
            return None

    def failed(self, username: str) -> None:
        with self._lock:
            self._failures[username].append(time.monotonic())
