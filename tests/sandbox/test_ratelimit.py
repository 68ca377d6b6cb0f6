"""sandbox/ratelimit.py: the contract's sliding one-second window, exactly (README "Rate limits").

The window's rules run on a fake clock; over HTTP, a client that bursts 21 requests within a second
gets one 429, while file downloads and the CRL are never counted.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from arbitration_desk.sandbox.ratelimit import RateLimiter
from helpers.clock import FakeTime
from helpers.sandbox import api_session, expect_problem, start_sandbox

LIMIT = 20

#: These tests measure time: nothing runs beside them (tests/helpers/exclusive.py).
pytestmark = pytest.mark.exclusive


def test_twenty_in_a_second_pass_and_the_21st_waits_for_the_first_to_leave() -> None:
    fake = FakeTime(0.0)
    limiter = RateLimiter(LIMIT, clock=fake.clock)
    assert [limiter.take("t") for _ in range(LIMIT)] == [None] * LIMIT
    fake.advance(0.999)
    assert limiter.take("t") == 1  # 999 ms after the first of 20: refused, Retry-After in whole seconds
    fake.advance(0.001)
    assert limiter.take("t") is None  # the first has left the window: not stricter than the contract
    assert limiter.take("t") is None and limiter.take("t") is None
    assert (limiter.accepted, limiter.refused) == (LIMIT + 3, 1)


def test_the_window_slides_and_refusals_do_not_count() -> None:
    fake = FakeTime(0.0)
    limiter = RateLimiter(LIMIT, clock=fake.clock)
    for _ in range(10):
        assert limiter.take("t") is None
    fake.advance(0.5)
    for _ in range(10):
        assert limiter.take("t") is None
    assert all(limiter.take("t") == 1 for _ in range(50))  # a client hammering: none of it is served
    fake.advance(0.5)  # one second after the first ten, half a second after the others
    assert [limiter.take("t") for _ in range(11)] == [None] * 10 + [1]  # only the first ten's places
    assert limiter.refused == 51


def test_retry_after_is_enough_and_whole_seconds() -> None:
    fake = FakeTime(0.0)
    limiter = RateLimiter(2.5, clock=fake.clock)  # a fraction of a request is none
    assert [limiter.take("t") for _ in range(3)] == [None, None, 1]
    fake.advance(0.25)
    wait = limiter.take("t")
    assert wait == 1  # ceil(0.75)
    fake.advance(wait)
    assert limiter.take("t") is None


def test_each_token_has_its_own_window_and_a_burst_after_idle_passes() -> None:
    fake = FakeTime(0.0)
    limiter = RateLimiter(LIMIT, clock=fake.clock)
    for _ in range(LIMIT):
        limiter.take("a")
    assert limiter.take("a") == 1
    assert [limiter.take("b") for _ in range(LIMIT)] == [None] * LIMIT
    fake.advance(60)
    assert [limiter.take("a") for _ in range(LIMIT)] == [None] * LIMIT


def test_no_limit_at_zero() -> None:
    limiter = RateLimiter(0, clock=FakeTime().clock)
    assert all(limiter.take("t") is None for _ in range(1000))


def test_many_threads_get_exactly_the_limit() -> None:
    limiter = RateLimiter(LIMIT, clock=FakeTime().clock)  # a clock that stands still: one instant
    results: list[int | None] = []
    lock = threading.Lock()

    def worker() -> None:
        mine = [limiter.take("t") for _ in range(100)]
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert results.count(None) == LIMIT and len(results) == 800
    assert (limiter.accepted, limiter.refused) == (LIMIT, 800 - LIMIT)


def test_idle_tokens_are_forgotten() -> None:
    fake = FakeTime(0.0)
    limiter = RateLimiter(LIMIT, clock=fake.clock)
    for n in range(1024):
        limiter.take(f"old{n}")
    fake.advance(1.0)
    limiter.take("new")
    assert list(limiter._windows) == ["new"]


def test_the_in_flight_cap_is_unchanged() -> None:
    limiter = RateLimiter(LIMIT)
    assert [limiter.enter("t") for _ in range(5)] == [True] * 4 + [False]
    limiter.leave("t")
    assert limiter.enter("t") and limiter.refused_in_flight == 1


# -- over HTTP -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_burst_of_21_within_a_second_is_refused_once(tmp_path: Path) -> None:
    # start_sandbox keeps SandboxServer's default rate_limit: the contract's 20 per second.
    with start_sandbox(tmp_path / "sandbox", cases=2) as server:
        assert server.app is not None
        limiter = server.app.limiter
        session = api_session(server, "chair")
        case_id = server.control.case_ids("chair")[0]
        evidence = session.get(f"/v1/cases/{case_id}").json()["evidence"]
        time.sleep(1.0)  # that request leaves the window
        started = time.monotonic()
        answers = [session.get("/v1/me") for _ in range(LIMIT + 1)]
        took = time.monotonic() - started
        assert took < 1.0, f"21 requests took {took:.2f} s: no burst to refuse"
        assert [a.status_code for a in answers] == [200] * LIMIT + [429]
        expect_problem(answers[-1], 429, "rate-limited")
        assert answers[-1].headers["Retry-After"] == "1"
        # Downloads do not count, not even while the rate is spent.
        path = f"/v1/cases/{case_id}/evidence/{evidence[0]['evidence_id']}/content"
        assert [session.get(path).status_code for _ in range(5)] == [200] * 5
        assert [session.get("/v1/pki/crl").status_code for _ in range(5)] == [200] * 5
        time.sleep(int(answers[-1].headers["Retry-After"]))
        assert session.get("/v1/me").status_code == 200  # waiting Retry-After is enough
        assert limiter.refused == 1 and limiter.refused_in_flight == 0
        session.close()
