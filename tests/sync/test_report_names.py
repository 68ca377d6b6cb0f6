"""Sync failures name cases by their reference (ARB-…) where the store knows it, the ID otherwise."""

from __future__ import annotations

from pathlib import Path

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.sync.report import ItemFailure, SyncReport, case_references, name_cases
from helpers.desk import signed_in, sync
from helpers.sandbox import start_sandbox


def test_each_shape_of_failure_is_named_by_reference() -> None:
    evidence = ItemFailure(
        what="evidence ev_3 of case cs_1",
        reason="case cs_1: /size: bad",
        case_id="cs_1",
        item_id="ev_3",
        request_id="req-1",
    )
    named = evidence.with_reference("ARB-2026-000123")
    assert named.what == "evidence ev_3 of case ARB-2026-000123"
    assert named.reason == "case ARB-2026-000123: /size: bad"
    assert named.case_id == "cs_1" and named.case_reference == "ARB-2026-000123" and named.request_id == "req-1"
    assert str(named) == "evidence ev_3 of case ARB-2026-000123: case ARB-2026-000123: /size: bad [request req-1]"
    outbox = ItemFailure(what="outbox item 7 (vote_put)", reason="refused", case_id="cs_1").with_reference(
        "ARB-2026-000123"
    )
    assert outbox.what == "outbox item 7 (vote_put) of case ARB-2026-000123"
    other = ItemFailure(what="case cs_10", reason="x", case_id="cs_1")
    assert other.with_reference("ARB-1").what == "case cs_10 of case ARB-1"
    no_case = ItemFailure(what="case list item 3", reason="malformed")
    assert no_case.with_reference("ARB-1") is no_case


def test_phrases_are_named_by_reference_and_stay_phrases() -> None:
    """The engine's words are phrases: renamed in their fields, with the same English as the text."""
    evidence = ItemFailure(
        what=phrase("Sync", "evidence {evidence} of case {case}", evidence="ev_3", case="cs_1"),
        reason=phrase("PlatformError", "{what}: {problem}", what="case cs_1", problem="/size: bad"),
        case_id="cs_1",
        request_id="req-1",
    )
    named = evidence.with_reference("ARB-2026-000123")
    assert isinstance(named.what, Phrase) and named.what.template == "evidence {evidence} of case {case}"
    assert str(named.what) == "evidence ev_3 of case ARB-2026-000123"
    assert isinstance(named.reason, Phrase) and str(named.reason) == "case ARB-2026-000123: /size: bad"
    assert str(named) == "evidence ev_3 of case ARB-2026-000123: case ARB-2026-000123: /size: bad [request req-1]"
    ruling = ItemFailure(
        what=phrase("Sync", "the signed ruling {ruling}", ruling="rl_1"),
        reason=phrase("Sync", "{reason}", reason="case cs_1: bad"),
        case_id="cs_1",
    ).with_reference("ARB-1")
    assert isinstance(ruling.what, Phrase) and ruling.what.template == "{what} of case {case}"
    assert str(ruling.what) == "the signed ruling rl_1 of case ARB-1"
    assert str(ruling.reason) == "case ARB-1: bad"
    # the case as a field of its own, followed by a colon in the template: renamed as the ID itself
    own = ItemFailure(
        what=phrase("Sync", "case {case}", case="cs_1"),
        reason=phrase("PlatformError", "case {case}: the answer is for another case", case="cs_1"),
        case_id="cs_1",
    ).with_reference("ARB-1")
    assert str(own.what) == "case ARB-1" and str(own.reason) == "case ARB-1: the answer is for another case"
    assert isinstance(own.reason, Phrase)


def test_the_store_supplies_references(tmp_path: Path) -> None:
    with start_sandbox(tmp_path / "sandbox", cases=3) as server:
        store, client = signed_in(tmp_path / "home", server.url)
        try:
            sync(store, client)
            rows = store.reads.list_cases()
            known = rows[0]
            report = SyncReport(
                failures=[
                    ItemFailure(
                        what=f"case {known.case_id}", reason="no longer assigned to you", case_id=known.case_id
                    ),
                    ItemFailure(what="case cs_UNKNOWN", reason="malformed", case_id="cs_UNKNOWN"),
                    ItemFailure(what="outbox item 1 (annotation_put)", reason="refused", case_id=None),
                ]
            )
            name_cases(report, store.reads)
            assert [f.what for f in report.failures] == [
                f"case {known.reference}",
                "case cs_UNKNOWN",
                "outbox item 1 (annotation_put)",
            ]
            assert known.reference.startswith("ARB-")
            assert case_references(store.reads, [None, "cs_UNKNOWN"]) == {}
            assert case_references(store.reads, [r.case_id for r in rows]) == {r.case_id: r.reference for r in rows}
        finally:
            client.close()
            store.close()
