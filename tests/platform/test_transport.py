"""platform/transport.py: the retry policy and its windows, Retry-After, slots and body limits.

Requests go over HTTP to the sandbox (with its fault injection) or, for answers the contract
never gives, to a scripted server (tests/helpers/scripted.py). Waits are recorded by an injected
sleep that moves an injected clock: nothing here really waits for a retry.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, formatdate

import pytest

from arbitration_desk.platform import transport as transport_module
from arbitration_desk.platform.errors import (
    InvalidPayload,
    NotFound,
    RangeNotSatisfiable,
    RateLimited,
    TransportError,
    Unavailable,
    UnexpectedAnswer,
)
from arbitration_desk.platform.transport import RetryPolicy, Transport, parse_retry_after
from arbitration_desk.sandbox.server import SandboxServer
from helpers.clock import FakeTime
from helpers.sandbox import start_sandbox
from helpers.scripted import Reply, ScriptedServer, problem


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=1) as server:
        yield server


@pytest.fixture
def faults(sandbox: SandboxServer) -> Iterator[SandboxServer]:
    """The sandbox; every fault set by the test is off again afterwards."""
    try:
        yield sandbox
    finally:
        sandbox.faults.rate = 0.0


def transport(url: str, fake: FakeTime, *, attempts: int = 6, max_in_flight: int = 4) -> Transport:
    # base=0.001: the random part of a wait is at most a few ms, so a wait shows Retry-After exactly.
    policy = RetryPolicy(attempts=attempts, base=0.001, rng=random.Random(7))
    return Transport(url, retry=policy, max_in_flight=max_in_flight, sleep=fake.sleep, clock=fake.clock)


# -- the backoff ----------------------------------------------------------------------------------


def test_backoff_is_bounded_random_and_respects_retry_after() -> None:
    policy = RetryPolicy(rng=random.Random(1))
    for retry in range(1, 10):
        waits = [policy.delay(retry, None) for _ in range(200)]
        assert all(0 <= wait <= min(60, 2**retry) for wait in waits)
        assert max(waits) > min(60, 2**retry) * 0.8  # really spread over the range
    assert policy.delay(1, 7) >= 7


def test_network_failures_are_retried_then_reported(faults: SandboxServer) -> None:
    faults.faults.kinds, faults.faults.rate = ("drop",), 1.0
    fake = FakeTime()
    sender = transport(faults.url, fake, attempts=3)
    with pytest.raises(TransportError) as info:
        sender.request("GET", "/v1/pki/ca", retriable=True)
    assert info.value.kind == "dropped" and sender.requests_sent == 3
    assert len(fake.slept) == 2 and all(wait <= 0.001 * 2**n for n, wait in enumerate(fake.slept, 1))


def test_only_retriable_requests_and_statuses_are_retried(faults: SandboxServer) -> None:
    faults.faults.kinds, faults.faults.rate = ("503",), 1.0
    fake = FakeTime()
    sender = transport(faults.url, fake, attempts=4)
    with pytest.raises(Unavailable):
        sender.request("POST", "/v1/auth/token", json_body={}, retriable=False)  # a sign-in: never repeated
    assert sender.requests_sent == 1 and fake.slept == []
    faults.faults.rate = 0.0
    with pytest.raises(NotFound):
        sender.request("GET", "/v1/no-such-thing", retriable=True)  # a 4xx: asking again changes nothing
    assert sender.requests_sent == 2 and fake.slept == []


# -- Retry-After --------------------------------------------------------------------------------


def test_retry_after_seconds_is_the_least_wait(faults: SandboxServer) -> None:
    faults.faults.kinds, faults.faults.rate = ("429",), 1.0  # the sandbox answers Retry-After: 1
    fake = FakeTime()
    sender = transport(faults.url, fake, attempts=3)
    with pytest.raises(RateLimited) as info:
        sender.request("GET", "/v1/pki/ca", retriable=True)
    assert info.value.retry_after == 1.0
    assert fake.slept == [1.0, 1.0] and sender.requests_sent == 3


def test_a_retry_after_date_is_obeyed() -> None:
    # The platform sends seconds; a proxy in front of it may send a date, as HTTP allows.
    later = formatdate(time.time() + 30, usegmt=True)
    fake = FakeTime()
    with ScriptedServer([problem(503, "unavailable", **{"Retry-After": later}), Reply(200, body=b"ok")]) as server:
        answer = transport(server.url, fake).request("GET", "/v1/pki/ca", retriable=True)
    assert answer.content == b"ok"
    [wait] = fake.slept
    assert 28 <= wait <= 30


def test_retry_after_values() -> None:
    now = datetime(2026, 2, 24, 15, 0, 0, tzinfo=UTC)
    assert parse_retry_after("3", now) == 3.0
    assert parse_retry_after(" 0 ", now) == 0.0
    assert parse_retry_after("99999", now) == transport_module.MAX_RETRY_AFTER
    assert parse_retry_after(format_datetime(now + timedelta(seconds=42), usegmt=True), now) == 42.0
    assert parse_retry_after("Tue, 24 Feb 2026 14:00:00 GMT", now) == 0.0  # already past: no wait
    assert parse_retry_after(format_datetime(now + timedelta(days=3), usegmt=True), now) == 3600.0
    for nonsense in ("", "soon", "-5", "1.5", "Tue, 99 Foo 2026"):
        assert parse_retry_after(nonsense, now) is None


# -- retry windows ------------------------------------------------------------------------------


def test_no_retry_starts_past_the_window() -> None:
    fake = FakeTime()
    with ScriptedServer([problem(503, "unavailable", **{"Retry-After": "20"})]) as server:
        sender = transport(server.url, fake, attempts=10)
        with pytest.raises(Unavailable):
            sender.request("POST", "/v1/auth/token", json_body={}, retriable=True, retry_window=50)
        # Waits of 20 s: retries at 20 and 40 s; one at 60 s would start past the 50-s window.
        assert fake.slept == [20.0, 20.0] and len(server.seen) == 3
        with pytest.raises(Unavailable):
            sender.request("GET", "/v1/pki/ca", retriable=True)  # no window: every attempt is made
        assert fake.slept[2:] == [20.0] * 9 and len(server.seen) == 13


def test_a_wait_longer_than_the_window_is_not_waited() -> None:
    fake = FakeTime()
    with ScriptedServer([problem(503, "unavailable", **{"Retry-After": "55"})]) as server:
        with pytest.raises(Unavailable):
            transport(server.url, fake).request("GET", "/v1/pki/ca", retriable=True, retry_window=50)
        assert fake.slept == [] and len(server.seen) == 1


# -- slots: at most N requests in flight, a stream keeps its slot until it is closed -------------


def _in_thread(sender: Transport, path: str) -> tuple[threading.Thread, list[bytes]]:
    done: list[bytes] = []
    thread = threading.Thread(
        target=lambda: done.append(sender.request("GET", path, retriable=False).content), daemon=True
    )
    thread.start()
    return thread, done


def test_a_stream_holds_its_slot_until_it_is_closed() -> None:
    with ScriptedServer([Reply(200, body=b"x" * 1000)]) as server:
        sender = transport(server.url, FakeTime(), max_in_flight=1)
        with sender.stream("GET", "/file") as response:
            thread, done = _in_thread(sender, "/other")
            thread.join(0.3)
            assert thread.is_alive() and done == []  # waiting for the one slot
            assert response.content == b"x" * 1000
        thread.join(5)
        assert done == [b"x" * 1000]


def test_failed_answers_and_retries_give_their_slot_back() -> None:
    script = [problem(404, "not-found"), problem(416, "range-not-satisfiable", **{"Content-Range": "bytes */10"})]
    script += [problem(503, "unavailable", **{"Retry-After": "0"})] * 2 + [Reply(200, body=b"ok")]
    with ScriptedServer(script) as server:
        sender = transport(server.url, FakeTime(), max_in_flight=1)
        with pytest.raises(NotFound), sender.stream("GET", "/gone"):
            pass
        with pytest.raises(RangeNotSatisfiable), sender.stream("GET", "/file", headers={"Range": "bytes=10-"}):
            pass
        assert sender.request("GET", "/flaky", retriable=True).content == b"ok"  # two 503s, then 200
        with pytest.raises(RuntimeError), sender.stream("GET", "/file"):
            raise RuntimeError("the reader failed")  # a body the caller gave up on
        thread, done = _in_thread(sender, "/last")
        thread.join(5)
        assert done == [b"ok"] and len(server.seen) == 7


def test_cancel_stops_before_sending() -> None:
    with ScriptedServer([Reply(200, body=b"ok")]) as server:
        sender = transport(server.url, FakeTime())
        sender.cancelled.set()
        with pytest.raises(TransportError) as info:
            sender.request("GET", "/v1/pki/ca", retriable=True)
        assert info.value.kind == "cancelled" and server.seen == []


# -- body limits --------------------------------------------------------------------------------


@pytest.mark.parametrize("chunked", [False, True], ids=["declared", "chunked"])
def test_an_answer_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch, chunked: bool) -> None:
    monkeypatch.setattr(transport_module, "MAX_JSON_BYTES", 1024)
    with ScriptedServer([Reply(200, body=b"[" + b"0," * 1500 + b"0]", chunked=chunked, chunk=100)]) as server:
        sender = transport(server.url, FakeTime())
        with pytest.raises(InvalidPayload, match="larger than allowed"):
            sender.request("GET", "/v1/cases", retriable=True)


def test_the_limit_leaves_answers_under_it_and_downloads_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport_module, "MAX_JSON_BYTES", 1024)
    with ScriptedServer([Reply(200, body=b"y" * 1024), Reply(200, body=b"z" * 4096, chunked=True)]) as server:
        sender = transport(server.url, FakeTime())
        assert len(sender.request("GET", "/small", retriable=True).content) == 1024
        with sender.stream("GET", "/file") as response:  # files have their listed size as limit
            assert b"".join(response.iter_content(1000)) == b"z" * 4096


def test_a_huge_problem_document_is_not_parsed() -> None:
    body = json.dumps({"type": "https://api.arbitration.example/problems/validation-failed", "pad": "p" * 2**20})
    reply = Reply(422, {"Content-Type": "application/problem+json"}, body.encode())
    with ScriptedServer([reply]) as server, pytest.raises(UnexpectedAnswer) as info:  # classed by status alone
        transport(server.url, FakeTime()).request("PUT", "/v1/x", json_body={}, retriable=True)
    assert info.value.status == 422 and info.value.problem == {}
