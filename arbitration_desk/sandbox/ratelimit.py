"""Per-access-token limits: a sliding one-second window for JSON API requests and a cap on requests
in flight, as the contract states them (README "Rate limits").

The window is exact, neither more forgiving than the contract nor stricter: a token's counted
requests that were accepted are kept by time, the last ``limit`` of them; a request is refused
while the oldest of those is less than one second old, that is when it would be the 21st within
one second of the first of 20. A refused request is not kept (it was not served), and requests that
do not count (file downloads: ``Route.counted`` is False) never reach :meth:`RateLimiter.take`.
The client paces itself to this window with a margin (docs/decisions/0017-sliding-window-pacing.md).
"""

from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

MAX_IN_FLIGHT = 4
#: The contract's window, in seconds.
WINDOW = 1.0
#: Tokens kept before the idle ones (nothing in their window) are forgotten.
_PRUNE_AT = 1024


class RateLimiter:
    """Sliding windows keyed by access-token hash: at most ``rate`` counted requests in any second.

    Args:
        rate: requests per one-second window (a fraction is dropped, at least 1); 0 or less: no limit.
        clock: monotonic seconds (tests pass a fake one).

    ``accepted`` counts the requests counted toward the rate; ``refused`` and ``refused_in_flight``
    count the 429s given for the rate and for requests in flight: tests and benchmarks read them.
    """

    def __init__(
        self, rate: float, max_in_flight: int = MAX_IN_FLIGHT, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.limit = max(1, int(rate)) if rate > 0 else 0
        self.max_in_flight = max_in_flight
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, deque[float]] = {}
        self._in_flight: defaultdict[str, int] = defaultdict(int)
        self.accepted = 0
        self.refused = 0
        self.refused_in_flight = 0

    def take(self, key: str) -> int | None:
        """Counts one request of ``key``; when it is over the limit, whole seconds to wait instead."""
        if self.limit <= 0:
            return None
        with self._lock:
            now = self._clock()
            window = self._windows.get(key)
            if window is None:
                if len(self._windows) >= _PRUNE_AT:
                    self._prune(now)
                window = self._windows[key] = deque(maxlen=self.limit)
            elif len(window) == self.limit and now - window[0] < WINDOW:
                self.refused += 1
                # The contract's Retry-After is whole seconds: rounded up, so that waiting it is enough.
                return max(1, math.ceil(window[0] + WINDOW - now))
            window.append(now)  # the deque's maxlen drops the oldest, which has left the window
            self.accepted += 1
            return None

    def _prune(self, now: float) -> None:
        for key in [key for key, times in self._windows.items() if not times or now - times[-1] >= WINDOW]:
            del self._windows[key]

    def enter(self, key: str) -> bool:
        """Counts a request in flight; False when ``key`` already has the maximum."""
        with self._lock:
            if self._in_flight[key] >= self.max_in_flight:
                self.refused_in_flight += 1
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
