"""HTTP transport: timeouts, TLS verification, the contract's retry policy and request limits.

One :class:`Transport` serves one access token's traffic: at most 4 requests in flight of all
kinds together, at most 20 JSON API requests in any sliding second and a margin (file downloads do
not count; see :class:`RateLimiter`), and the README's retry rules: retry network failures,
timeouts, 429, 503 and other 5xx only for requests marked retriable, waiting a random time
between 0 and min(60 s, 1 s × 2^attempt) and never less than ``Retry-After`` (seconds, or an
HTTP date: the contract's platform sends seconds, but a proxy or load balancer in front of it may
answer a 503 with a date, as HTTP allows).

Two environment variables shorten the patience of scripts and tests (both for the defaults only;
a caller that passes its own timeout or retry policy keeps it): ``ARBITRATION_DESK_TIMEOUT``
(seconds to wait for a connection and for each answer; default 10 to connect, 60 to answer) and
``ARBITRATION_DESK_ATTEMPTS`` (tries of a retriable request, the first included; default 6).
"""

from __future__ import annotations

import contextlib
import os
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from arbitration_desk import __version__
from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.platform.bodies import MAX_PROBLEM_BYTES, BodyError, parse_json
from arbitration_desk.platform.errors import (
    InvalidPayload,
    PlatformError,
    ProblemError,
    TransportError,
    problem_class,
)
from arbitration_desk.platform.neterrors import transport_error

#: (connect, read) seconds for every request.
DEFAULT_TIMEOUT = (10.0, 60.0)
#: The largest JSON answer accepted (a message page of 1,000 long messages fits easily).
MAX_JSON_BYTES = 64 * 1024 * 1024
RETRIABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
#: The longest ``Retry-After`` obeyed: a larger value (or a date far ahead) waits this long.
MAX_RETRY_AFTER = 3600.0
#: Seconds added to the contract's one-second window when pacing: the platform counts requests by
#: the time they reach it, which is later than we send them by a delay that varies (thread wake-up,
#: the GIL, the network). See docs/decisions/0017-sliding-window-pacing.md.
PACING_MARGIN = 0.1
TIMEOUT_ENV = "ARBITRATION_DESK_TIMEOUT"
ATTEMPTS_ENV = "ARBITRATION_DESK_ATTEMPTS"


def _env_number(name: str, low: float, high: float) -> float | None:
    """The number in ``$name`` when it is one within [low, high]; otherwise None (the default applies)."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return None
    return value if low <= value <= high else None


def default_timeout() -> tuple[float, float]:
    """(connect, read) seconds: ``$ARBITRATION_DESK_TIMEOUT`` for both when set, else the defaults."""
    seconds = _env_number(TIMEOUT_ENV, 0.05, 3600.0)
    return (seconds, seconds) if seconds is not None else DEFAULT_TIMEOUT


def default_attempts() -> int:
    """Tries of a retriable request: ``$ARBITRATION_DESK_ATTEMPTS`` when set, else 6."""
    attempts = _env_number(ATTEMPTS_ENV, 1, 100)
    return int(attempts) if attempts is not None else 6


@dataclass
class RetryPolicy:
    """The contract's backoff. ``attempts`` counts every try, the first included."""

    attempts: int = field(default_factory=default_attempts)
    cap: float = 60.0
    base: float = 1.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, retry: int, retry_after: float | None) -> float:
        """Wait before retry number ``retry`` (1 for the first retry)."""
        wait = self.rng.uniform(0, min(self.cap, self.base * 2**retry))
        return max(wait, retry_after or 0.0)


class RateLimiter:
    """A sliding-window pacer: at most ``rate`` requests in any ``window + margin`` seconds.

    The contract counts JSON API requests over any sliding second (README "Rate limits"): a token
    bucket with a burst of ``rate`` sent up to twice the limit in some seconds (issue #17). This
    keeps the send times of the last ``rate`` requests and grants a request only when the oldest
    of them is ``window + margin`` seconds old, so that after any delay between our send and the
    platform's receipt shorter than the margin, no second holds more than ``rate`` of them.

    A grant is taken at the moment of sending (:meth:`try_acquire`, which never waits): a time
    reserved earlier would go stale while the request waited for one of the 4 slots in flight, and
    sleeping for the pace while holding such a slot would keep downloads out of it.

    Args:
        rate: requests per window (a fraction is dropped; at least 1).
        clock: monotonic seconds (tests pass a fake one that their ``sleep`` moves).
        margin: seconds added to the window (:data:`PACING_MARGIN`).
        window: the platform's window, in seconds.
    """

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        *,
        margin: float = PACING_MARGIN,
        window: float = 1.0,
    ) -> None:
        if rate <= 0:
            raise ValueError("the request rate must be positive")
        self.rate = rate
        self.limit = max(1, int(rate))
        self.span = window + margin
        self._clock = clock
        self._sent: deque[float] = deque(maxlen=self.limit)
        self._lock = threading.Lock()

    def _wait(self, now: float) -> float:
        if len(self._sent) < self.limit:
            return 0.0
        wait = self._sent[0] + self.span - now
        # Float dust is no wait: a clock moved on by the wait itself may land an ulp short of it.
        return wait if wait > 1e-9 else 0.0

    def delay(self) -> float:
        """Seconds until a request could be granted (0 when it could be now); takes nothing."""
        with self._lock:
            return self._wait(self._clock())

    def _grant(self) -> tuple[float, float]:
        """(the clock, 0) with a request granted; or (the clock, seconds to wait) with none."""
        with self._lock:
            now = self._clock()
            wait = self._wait(now)
            if wait == 0.0:
                self._sent.append(now)  # the deque's maxlen drops the oldest, now out of the window
            return now, wait

    def try_acquire(self) -> float:
        """Grants a request now and returns 0; or returns the seconds to wait, granting nothing."""
        return self._grant()[1]

    def acquire(self, sleep: Callable[[float], None] = time.sleep) -> float:
        """Waits (with ``sleep``, outside the lock) until a request is granted; returns the clock then."""
        while True:
            now, wait = self._grant()
            if wait == 0.0:
                return now
            sleep(wait)


def parse_retry_after(value: str, now: datetime | None = None) -> float | None:
    """Seconds to wait for a ``Retry-After`` value: delta-seconds or an HTTP date; None if neither.

    A date in the past means no wait (0); every wait is capped at :data:`MAX_RETRY_AFTER`.
    """
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" dates: HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def retry_after_seconds(response: requests.Response) -> float | None:
    return parse_retry_after(response.headers.get("Retry-After", ""))


def request_id_of(response: requests.Response | None) -> str | None:
    if response is None:
        return None
    value = response.headers.get("X-Request-Id")
    return value[:200] if value else None


def error_from_response(response: requests.Response) -> ProblemError:
    """Builds the error for a non-success answer, switching on the problem ``type`` only."""
    problem: dict[str, Any] = {}
    content_type = response.headers.get("Content-Type", "")
    # Bounded like every body (bodies.py): 100,000 nested "[" in a 500 once ended a sync with a
    # RecursionError. A problem document that cannot be read leaves the error classed by status.
    if "json" in content_type and len(response.content) <= MAX_PROBLEM_BYTES:
        try:
            decoded = parse_json(response.content, limit=MAX_PROBLEM_BYTES)
        except BodyError:
            decoded = None
        if isinstance(decoded, dict):
            problem = decoded
    type_uri = problem.get("type") if isinstance(problem.get("type"), str) else None
    cls = problem_class(type_uri, response.status_code)
    title = problem.get("title") if isinstance(problem.get("title"), str) else response.reason
    detail = problem.get("detail")
    return cls(
        _problem_sentence(response.status_code, str(title), detail if isinstance(detail, str) else ""),
        request_id=request_id_of(response),
        status=response.status_code,
        problem=problem,
        retry_after=retry_after_seconds(response),
    )


def _problem_sentence(status: int, title: str, detail: str, limit: int = 2000) -> Phrase:
    """The problem as ``STATUS title: detail`` (the platform's own words go in as fields, never
    translated), at most ``limit`` characters in English: the title and then the detail are cut to fit."""
    head = f"{status} "
    title = title[: max(0, limit - len(head))]
    if not detail or len(head) + len(title) + 2 >= limit:
        return phrase("PlatformError", "{status} {title}", status=status, title=title)
    detail = detail[: limit - len(head) - len(title) - 2]
    return phrase("PlatformError", "{status} {title}: {detail}", status=status, title=title, detail=detail)


class Transport:
    """Sends requests to one platform with limits, timeouts and retries.

    Args:
        base_url: a normalised platform address (see :func:`normalize_api_url`).
        max_in_flight: requests of all kinds at once.
        rate: JSON API requests in any sliding second (see :class:`RateLimiter`).
        timeout: (connect, read) seconds; by default :func:`default_timeout`.
        verify: TLS verification: True, or a CA bundle path. Never False.
        sleep: waits between attempts (tests pass one that records instead of sleeping).
        clock: monotonic seconds, for the retry window (tests pass one that ``sleep`` advances).
    """

    def __init__(
        self,
        base_url: str,
        *,
        max_in_flight: int = 4,
        rate: float = 20.0,
        timeout: tuple[float, float] | None = None,
        retry: RetryPolicy | None = None,
        verify: bool | str = True,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if verify is False:
            raise ValueError("TLS verification cannot be turned off")
        self.base_url = base_url
        self.timeout = timeout or default_timeout()
        self.retry = retry or RetryPolicy()
        self.verify = verify
        self.sleep = sleep
        self.clock = clock
        self.limiter = RateLimiter(rate, clock)
        self._slots = threading.BoundedSemaphore(max_in_flight)
        self._max_in_flight = max_in_flight
        # Every request is prepared here and handed to Session.send: Session.request would merge
        # the session's cookies, hooks, auth and environment settings into each of the thousands
        # of requests of a sync, about a third of requests' own CPU time, and none applies: the
        # platform is reached with a bearer token and ``trust_env`` is off (no proxies or netrc).
        self._headers = {**requests.utils.default_headers(), "User-Agent": f"ArbitrationDesk/{__version__}"}
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._sessions_lock = threading.Lock()
        self.cancelled = threading.Event()
        #: HTTP requests sent (every attempt counts), for reports and benchmarks.
        self.requests_sent = 0
        self._count_lock = threading.Lock()

    # -- sessions ---------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # no proxies or netrc credentials picked up by surprise
            adapter = HTTPAdapter(pool_connections=1, pool_maxsize=self._max_in_flight, max_retries=0)
            session.mount("https://", adapter)
            session.mount("http://", adapter)
            self._local.session = session
            with self._sessions_lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        with self._sessions_lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()
        self._local = threading.local()

    # -- sending ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def stream(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        retriable: bool = True,
        counts_toward_rate: bool = False,
        auth: Callable[[], Mapping[str, str]] | None = None,
    ) -> Iterator[requests.Response]:
        """Sends a request whose body is read by the caller (downloads). The slot is held until exit."""
        response = self._send(
            method,
            path,
            headers=headers,
            params=params,
            retriable=retriable,
            counts_toward_rate=counts_toward_rate,
            auth=auth,
            stream=True,
            keep_slot=True,
        )
        try:
            yield response
        finally:
            response.close()
            self._slots.release()

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        data: bytes | None = None,
        retriable: bool,
        auth: Callable[[], Mapping[str, str]] | None = None,
        counts_toward_rate: bool = True,
        ok_statuses: frozenset[int] = frozenset({200, 201, 204, 304}),
        retry_window: float | None = None,
    ) -> requests.Response:
        """Sends a request and reads its whole answer; raises the mapped error for a failure status.

        Args:
            retry_window: seconds after the first attempt past which no retry may start.
        """
        return self._send(
            method,
            path,
            headers=headers,
            params=params,
            json_body=json_body,
            data=data,
            retriable=retriable,
            counts_toward_rate=counts_toward_rate,
            auth=auth,
            ok_statuses=ok_statuses,
            retry_window=retry_window,
        )

    def _send(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None,
        params: Mapping[str, Any] | None,
        retriable: bool,
        counts_toward_rate: bool,
        auth: Callable[[], Mapping[str, str]] | None,
        json_body: Any = None,
        data: bytes | None = None,
        stream: bool = False,
        keep_slot: bool = False,
        ok_statuses: frozenset[int] = frozenset({200, 201, 204, 206, 304}),
        retry_window: float | None = None,
    ) -> requests.Response:
        url = self.base_url + path
        attempt = 0
        started = self.clock()
        while True:
            if self.cancelled.is_set():
                raise TransportError(phrase("PlatformError", "cancelled"), kind="cancelled")
            attempt += 1
            request_headers = dict(headers or {})
            if auth is not None:
                request_headers.update(auth())
            error: PlatformError
            status: int | None = None
            handed_over = False
            self._take_slot(counts_toward_rate)
            with self._count_lock:
                self.requests_sent += 1
            try:
                prepared = requests.PreparedRequest()
                prepared.prepare(
                    method, url, {**self._headers, **request_headers}, params=params, data=data, json=json_body
                )
                response = self._session().send(
                    prepared, timeout=self.timeout, verify=self.verify, stream=True, allow_redirects=False, proxies={}
                )
                if response.status_code in ok_statuses:
                    if not stream:
                        _read_limited(response)
                    handed_over = keep_slot
                    return response
                _read_limited(response)
                error = error_from_response(response)
                status = response.status_code
                response.close()
            except requests.RequestException as exc:
                error = transport_error(exc, url, what=f"{method} {path}")
            except PlatformError as exc:  # a body over the limit: asking again would bring it again
                error, retriable = exc, False
            finally:
                if not handed_over:
                    self._slots.release()
            may_retry = retriable and (status is None or status in RETRIABLE_STATUSES or status >= 500)
            if not may_retry or attempt >= self.retry.attempts:
                raise error
            wait = self.retry.delay(attempt, error.retry_after)
            if retry_window is not None and self.clock() - started + wait > retry_window:
                raise error
            self.sleep(wait)

    def _take_slot(self, counts_toward_rate: bool) -> None:
        """Takes a slot in flight and, for a request that counts, the pacer's grant, just before sending.

        The grant is taken while the slot is held, so that its time is the time the request leaves;
        while the pace makes a request wait, it sleeps without a slot, which downloads can use.
        """
        while True:
            if counts_toward_rate and (ahead := self.limiter.delay()) > 0:
                self.sleep(ahead)
            if self.cancelled.is_set():
                raise TransportError(phrase("PlatformError", "cancelled"), kind="cancelled")
            self._slots.acquire()
            if not counts_toward_rate or self.limiter.try_acquire() == 0.0:
                return
            self._slots.release()  # another thread took the grant first: wait for the next one


def _read_limited(response: requests.Response) -> None:
    """Reads the whole body (so truncation surfaces here), refusing bodies over the limit."""
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > MAX_JSON_BYTES:
        response.close()
        raise InvalidPayload(
            phrase("Payload", "answer of {size} bytes is larger than allowed", size=int(declared)),
            request_id=request_id_of(response),
        )
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_content(64 * 1024):
        total += len(chunk)
        if total > MAX_JSON_BYTES:
            response.close()
            raise InvalidPayload(phrase("Payload", "answer larger than allowed"), request_id=request_id_of(response))
        chunks.append(chunk)
    response._content = b"".join(chunks)
    response._content_consumed = True
