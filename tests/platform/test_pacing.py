"""platform/transport.py's pacer: never more than the contract's 20 JSON API requests in any sliding
second (plus the margin), downloads left out, and a full sync that the sandbox never refuses.

The pacer's own rules run on a fake clock that only the injected sleep moves; the sync runs over
HTTP against the sandbox, which enforces the contract's window exactly (sandbox/ratelimit.py) and
counts the 429s it gives (docs/decisions/0017-sliding-window-pacing.md).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.platform.transport import PACING_MARGIN, RateLimiter, RetryPolicy, Transport
from arbitration_desk.sandbox.server import SandboxServer
from helpers.clock import FakeTime
from helpers.desk import signed_in, sync
from helpers.sandbox import start_sandbox

LIMIT = 20  # the contract's requests per sliding second
SPAN = 1.0 + PACING_MARGIN

#: These tests measure time: nothing runs beside them (tests/helpers/exclusive.py).
pytestmark = pytest.mark.exclusive


def most_in_any_span(times: list[float], span: float) -> int:
    """The largest number of ``times`` within any half-open window [t, t + span).

    Less a nanosecond: the pacer takes float dust for no wait (a fake clock lands an ulp short).
    """
    span -= 1e-9
    times = sorted(times)
    most = first = 0
    for last, at in enumerate(times):
        while times[first] <= at - span:
            first += 1
        most = max(most, last - first + 1)
    return most


# -- the pacer on a fake clock -------------------------------------------------------------------


def test_the_limit_goes_at_once_and_the_next_waits_for_the_oldest_to_leave() -> None:
    fake = FakeTime()
    start = fake.now
    pacer = RateLimiter(LIMIT, fake.clock)
    granted = [pacer.acquire(fake.sleep) for _ in range(LIMIT)]
    assert granted == [start] * LIMIT and fake.slept == []  # 20 in one second are the contract's
    assert pacer.delay() == pytest.approx(SPAN)
    assert pacer.acquire(fake.sleep) == pytest.approx(start + SPAN)  # the 21st: one window + margin later
    assert fake.slept == [pytest.approx(SPAN)]


def test_the_window_slides() -> None:
    fake = FakeTime()
    start = fake.now
    pacer = RateLimiter(LIMIT, fake.clock)
    for _ in range(10):
        pacer.acquire(fake.sleep)
    fake.advance(0.5)
    for _ in range(10):
        pacer.acquire(fake.sleep)
    fake.advance(SPAN - 0.5 - 0.01)  # the first ten are still 10 ms short of leaving
    assert pacer.try_acquire() == pytest.approx(0.01)
    fake.advance(0.01)
    assert fake.now == pytest.approx(start + SPAN)
    assert [pacer.try_acquire() for _ in range(10)] == [0.0] * 10  # the first ten's places
    assert pacer.try_acquire() == pytest.approx(0.5)  # then the second ten's, half a window later


def test_a_burst_after_idle_is_allowed_and_paced_after() -> None:
    fake = FakeTime()
    pacer = RateLimiter(LIMIT, fake.clock)
    for _ in range(LIMIT):
        pacer.acquire(fake.sleep)
    fake.advance(30)  # idle
    granted = [pacer.acquire(fake.sleep) for _ in range(3 * LIMIT)]
    assert fake.slept == [pytest.approx(SPAN)] * 2  # a burst of 20, then one per window + margin
    assert most_in_any_span(granted, SPAN) == LIMIT


def test_a_steady_demand_over_the_limit_is_held_to_it() -> None:
    fake = FakeTime()
    pacer = RateLimiter(LIMIT, fake.clock)
    granted = []
    for _ in range(200):  # asked for at 50 per second
        granted.append(pacer.acquire(fake.sleep))
        fake.advance(0.02)
    assert most_in_any_span(granted, SPAN) == LIMIT
    assert granted[-1] - granted[0] == pytest.approx(9 * SPAN + 19 * 0.02)  # and no slower


def test_many_threads_never_exceed_the_limit_in_any_window() -> None:
    fake = FakeTime()
    pacer = RateLimiter(LIMIT, fake.clock)
    granted: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(40):
            at = pacer.acquire(fake.sleep)
            with lock:
                granted.append(at)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(granted) == 320
    assert most_in_any_span(granted, SPAN) == LIMIT


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(ValueError):
        RateLimiter(0)


# -- the transport: what takes a grant, and what a waiting request holds -------------------------


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=1, rate_limit=0) as server:
        yield server


def test_file_downloads_take_no_grant(sandbox: SandboxServer) -> None:
    fake = FakeTime()
    sender = Transport(sandbox.url, retry=RetryPolicy(attempts=1), sleep=fake.sleep, clock=fake.clock)
    for _ in range(LIMIT):
        sender.request("GET", "/v1/pki/ca", retriable=False)  # counted, as every JSON API request
    for _ in range(5):  # the CRL and every streamed file are downloads: not paced
        sender.request("GET", "/v1/pki/crl", retriable=False, counts_toward_rate=False)
        with sender.stream("GET", "/v1/pki/crl", retriable=False) as response:
            assert response.status_code == 200
    assert fake.slept == []
    sender.request("GET", "/v1/pki/ca", retriable=False)
    assert fake.slept == [pytest.approx(SPAN)]
    sender.close()


def test_a_paced_request_waits_without_a_slot_in_flight(sandbox: SandboxServer) -> None:
    fake = FakeTime()
    waiting, go_on = threading.Event(), threading.Event()

    def sleep(seconds: float) -> None:
        waiting.set()
        assert go_on.wait(10)
        fake.sleep(seconds)

    sender = Transport(sandbox.url, retry=RetryPolicy(attempts=1), max_in_flight=1, sleep=sleep, clock=fake.clock)
    for _ in range(LIMIT):
        sender.request("GET", "/v1/pki/ca", retriable=False)
    paced = threading.Thread(target=lambda: sender.request("GET", "/v1/pki/ca", retriable=False), daemon=True)
    paced.start()
    assert waiting.wait(10)
    downloaded: list[int] = []

    def download() -> None:
        with sender.stream("GET", "/v1/pki/crl", retriable=False) as response:
            downloaded.append(response.status_code)

    # The only slot in flight is free while the 21st request waits for its turn.
    downloader = threading.Thread(target=download, daemon=True)
    downloader.start()
    try:
        downloader.join(10)
        assert downloaded == [200]
    finally:
        go_on.set()
        paced.join(10)
    assert not paced.is_alive()
    assert sender.requests_sent == LIMIT + 2
    sender.close()


# -- a full sync against the contract's limit ----------------------------------------------------


@pytest.mark.slow
def test_a_full_sync_is_never_refused_at_the_contracts_rate(tmp_path: Path) -> None:
    # start_sandbox keeps SandboxServer's default rate_limit: the contract's 20 per second. Small
    # chats and files: the sync is bound by the rate (about 95 JSON API requests, 5 windows), as a
    # sync of hundreds of cases is. The token bucket before issue #17 drew about 20 answers of 429 here.
    world = {"messages_per_case": 5, "evidence_per_case": 1, "evidence_kb": 4}
    with start_sandbox(tmp_path / "sandbox", cases=32, world_options=world) as server:
        assert server.app is not None and server.app.limiter.limit == LIMIT
        store, client = signed_in(tmp_path / "home", server.url)
        limiter = server.app.limiter
        limiter.accepted = 0  # the sign-in's requests were not the sync's
        try:
            report = sync(store, client)
        finally:
            client.close()
            store.close()
        assert report.ok, report.failures
        assert limiter.accepted > 3 * LIMIT  # paced over several windows, not a sync too small to meet the limit
        assert (limiter.refused, limiter.refused_in_flight) == (0, 0)
