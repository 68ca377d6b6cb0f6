"""The sync worker's messages: what goes in comes out the same; anything else is refused clearly."""

from __future__ import annotations

import io
from dataclasses import fields

import pytest

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.sync import worker_protocol as wire
from arbitration_desk.sync.report import ItemFailure, Progress, SyncReport


def _report() -> SyncReport:
    reason = phrase("Sync", "could not store it: {error}", error=phrase("StoreError", "disk full on {path}", path="/x"))
    hostile = '<img src="file:///dev/zero">\u202e\n\x1b[2J'
    return SyncReport(
        cases_listed=3,
        cases_synced=2,
        messages_added=4000,
        evidence_verified=40,
        bytes_downloaded=123_456_789,
        outbox_delivered=1,
        rulings_listed=1,
        rulings_downloaded=1,
        removed=["cs_9"],
        reassigned=["cs_8"],
        failures=[
            ItemFailure(
                what=phrase("Sync", "case {case}", case="ARB-1"), reason=reason, case_id="cs_1", request_id="r"
            ),
            ItemFailure(what="outbox item 7", reason=hostile, item_id="7"),
            ItemFailure(what=phrase("Sync", "{k} files", k=2), reason=phrase("Sync", "%n left", n=3)),
        ],
        cancelled=True,
        requests=77,
    )


def test_a_report_comes_back_the_same() -> None:
    report = _report()
    assert wire.report_from_json(wire.report_to_json(report)) == report


def test_every_field_of_a_report_and_a_failure_is_carried() -> None:
    encoded = wire.report_to_json(SyncReport(failures=[ItemFailure(what="w", reason="r")]))
    assert set(encoded) == {f.name for f in fields(SyncReport)}
    assert set(encoded["failures"][0]) == {f.name for f in fields(ItemFailure)}


def test_progress_comes_back_the_same() -> None:
    progress = Progress("evidence", 3, 9, 1000, 5000, "case ARB-1")
    assert wire.progress_from_json(wire.progress_to_json(progress)) == progress


@pytest.mark.parametrize(
    "broken",
    [
        None,
        [],
        {"context": "Sync"},
        {"context": "Sync", "template": "{a}", "count": True, "fields": []},
        {"context": "Sync", "template": "{a}", "count": None, "fields": [["a", None]]},
        {"context": "Sync", "template": "{a}", "count": None, "fields": [["a", [1]]]},
        {"context": "Sync", "template": "{a}", "count": None, "fields": [[1, "x"]]},
    ],
)
def test_a_malformed_phrase_is_refused(broken: object) -> None:
    with pytest.raises(wire.ProtocolError, match="malformed"):
        wire.phrase_from_json(broken)


def test_phrases_nested_too_deep_are_refused() -> None:
    deep: object = "x"
    for _ in range(wire.MAX_DEPTH + 2):
        deep = {"context": "Sync", "template": "{a}", "count": None, "fields": [["a", deep]]}
    with pytest.raises(wire.ProtocolError):
        wire.phrase_from_json(deep)


@pytest.mark.parametrize(
    "broken",
    [
        {"cases_synced": "2"},
        {**wire.report_to_json(SyncReport()), "cases_synced": True},
        {**wire.report_to_json(SyncReport()), "removed": [1]},
        {**wire.report_to_json(SyncReport()), "failures": [{"what": "w", "reason": "r", "case_id": 5}]},
    ],
)
def test_a_malformed_report_is_refused(broken: object) -> None:
    with pytest.raises(wire.ProtocolError):
        wire.report_from_json(broken)


def test_the_channel_reads_lines_and_refuses_garbage() -> None:
    out = io.BytesIO()
    wire.Channel(io.BytesIO(), out).send({"t": "progress", "detail": "ü\n"})
    assert out.getvalue().count(b"\n") == 1
    reading = wire.Channel(io.BytesIO(out.getvalue() + b"[[[\n" + b'{"no": 1}\n'), io.BytesIO())
    assert reading.receive() == {"t": "progress", "detail": "ü\n"}
    with pytest.raises(wire.ProtocolError, match="at json"):
        reading.receive()
    with pytest.raises(wire.ProtocolError, match=r"at t\)"):
        reading.receive()
    with pytest.raises(wire.ChannelClosed):
        reading.receive()


def test_an_unfinished_line_is_refused() -> None:
    with pytest.raises(wire.ProtocolError, match="at line"):
        wire.Channel(io.BytesIO(b'{"t": "done"'), io.BytesIO()).receive()


def test_each_failure_the_desk_reacts_to_crosses_under_its_own_name() -> None:
    from arbitration_desk.platform.errors import InvalidPayload, PlatformError

    for name, cls in wire.FAILURES.items():
        assert wire.failure_kind(cls("x")) == name
    assert wire.failure_kind(InvalidPayload("bad")) == wire.failure_kind(PlatformError("x")) == "error"
    assert wire.failure_kind(ValueError("ours")) == "error"


def test_progress_is_passed_on_ten_times_a_second_a_new_phase_and_the_end_at_once(monkeypatch) -> None:
    from arbitration_desk.sync import report

    clock = [100.0]
    monkeypatch.setattr(report.time, "monotonic", lambda: clock[0])
    passed: list[str] = []
    throttle = report.ProgressThrottle(lambda progress: passed.append(f"{progress.phase}{progress.done}"))
    for done in range(5):
        throttle(Progress("cases", done))
        clock[0] += 0.03
    throttle(Progress("evidence", 1))
    throttle(Progress("evidence", 2))
    throttle(Progress("done"))
    assert passed == ["cases0", "cases4", "evidence1", "done0"]
