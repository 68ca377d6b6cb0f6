"""store/queries.py: case rows with their badges, what to sync next, and what to download."""

from __future__ import annotations

from datetime import timedelta

from arbitration_desk.store import testing as t
from arbitration_desk.store.records import DeadlineState
from arbitration_desk.store.store import Store
from helpers.store_evidence import mark_verified

NOW = t.BASE_TIME


def test_badges_unread_and_deadlines(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1", due=NOW + timedelta(hours=5))], [], "c")
    row = store.reads.list_cases()[0]
    assert row.has_unread
    assert row.deadline_state(NOW) is DeadlineState.DUE_SOON
    assert row.deadline_state(NOW + timedelta(hours=6)) is DeadlineState.OVERDUE
    assert row.deadline_state(NOW - timedelta(days=5)) is DeadlineState.OK
    store.work.mark_case_viewed("cs_1")
    assert not store.reads.list_cases()[0].has_unread
    store.sync.apply_case_page([t.case_summary("cs_1", version=2)], [], "c2")
    assert store.reads.list_cases()[0].has_unread


def test_already_verified_content_is_not_downloaded_again(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    store.sync.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"bytes")]))
    mark_verified(store, b"bytes")
    store.sync.store_case(t.full_case("cs_2", evidence=[t.evidence_item("ev9", b"bytes")]))
    assert store.sync.evidence_to_download() == []


def test_cases_to_sync_come_earliest_deadline_first_and_never_reassigned(store: Store) -> None:
    store.sync.apply_case_page(
        [
            t.case_summary("cs_late", due=NOW + timedelta(days=9)),
            t.case_summary("cs_soon", due=NOW + timedelta(days=1)),
            t.case_summary("cs_mid", due=NOW + timedelta(days=4)),
        ],
        [],
        "c",
    )
    assert store.sync.stale_case_ids() == ["cs_soon", "cs_mid", "cs_late"]
    store.sync.record_case_synced("cs_mid", '"v1"', 1)
    store.work.create_annotation("cs_soon", {"type": "case"}, "unsent, so kept while reassigned")
    store.sync.apply_case_page([], ["cs_soon"], "c2")
    assert store.sync.stale_case_ids() == ["cs_late"]


def test_downloads_come_by_case_deadline_and_skip_reassigned_cases(store: Store) -> None:
    late = t.case_summary("cs_late", due=NOW + timedelta(days=9))
    soon = t.case_summary("cs_soon", due=NOW + timedelta(days=1))
    store.sync.apply_case_page([late, soon], [], "c")
    for summary in (late, soon):  # the full case keeps the listed deadline
        item = t.evidence_item(f"ev_{summary['id'][3:]}", summary["id"].encode())
        case = t.full_case(summary["id"], evidence=[item])
        store.sync.store_case({**case, "ruling_due_at": summary["ruling_due_at"]})
    assert [e.evidence_id for e in store.sync.evidence_to_download()] == ["ev_soon", "ev_late"]
    assert [e.evidence_id for e in store.sync.evidence_to_download("cs_late")] == ["ev_late"]
    store.work.create_annotation("cs_soon", {"type": "case"}, "unsent, so kept while reassigned")
    store.sync.apply_case_page([], ["cs_soon"], "c2")
    assert [e.evidence_id for e in store.sync.evidence_to_download()] == ["ev_late"]


def test_verified_hashes_come_once_by_case_deadline_and_skip_reassigned_cases(store: Store) -> None:
    late = t.case_summary("cs_late", due=NOW + timedelta(days=9))
    soon = t.case_summary("cs_soon", due=NOW + timedelta(days=1))
    gone = t.case_summary("cs_gone", due=NOW)
    store.sync.apply_case_page([late, soon, gone], [], "c")
    contents = {"cs_late": [b"late", b"shared"], "cs_soon": [b"soon", b"shared", b"pending"], "cs_gone": [b"gone"]}
    for summary in (late, soon, gone):
        items = [t.evidence_item(f"ev_{summary['id']}_{n}", data) for n, data in enumerate(contents[summary["id"]])]
        store.sync.store_case({**t.full_case(summary["id"], evidence=items), "ruling_due_at": summary["ruling_due_at"]})
    for data in (b"late", b"shared", b"soon", b"gone"):
        mark_verified(store, data)
    hashes = {data: t.evidence_item("x", data)["sha256"] for data in (b"late", b"shared", b"soon", b"gone")}
    assert store.reads.verified_hashes() == [hashes[d] for d in (b"gone", b"soon", b"shared", b"late")]
    store.work.create_annotation("cs_gone", {"type": "case"}, "unsent, so kept while reassigned")
    store.sync.apply_case_page([], ["cs_gone"], "c2")
    assert store.reads.verified_hashes() == [hashes[d] for d in (b"soon", b"shared", b"late")]


def test_rows_carry_the_parties_signals_of_abuse(store: Store) -> None:
    """The list's rows have the signals, computed from the parts of the case document SQLite takes out."""
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2"), t.case_summary("cs_3")], [], "c")
    flagged = t.full_case("cs_1")
    flagged["parties"][0]["stats_12m"].update(disputes_opened=9, rulings_lost=7, rulings_won=2)
    flagged["parties"][1]["stats_12m"].update(late_responses=4)
    flagged["history"] = [
        {"at": t.ts(-10_000), "actor": "buyer", "kind": "opened"},
        {"at": t.ts(-10_000 + 6 * 24 * 60), "actor": "seller", "kind": "seller_responded", "note": "<b>late</b>"},
    ]
    store.sync.store_case(flagged)
    store.sync.store_case(t.full_case("cs_2"))  # cs_3 is not downloaded yet
    rows = {row.case_id: row for row in store.reads.list_cases()}
    buyer, seller = rows["cs_1"].signals
    # reasons are phrases (translated in the GUI); their English:
    assert tuple(map(str, buyer.reasons)) == ("opened 9 disputes in 12 months, lost 7 rulings and won 2",)
    assert tuple(map(str, seller.reasons)) == (
        "missed 4 dispute deadlines in 12 months",
        "took 6 days to respond to the claim here, limit 3 days",
    )
    assert rows["cs_2"].signals == () and rows["cs_3"].signals == ()
    assert store.reads.case_detail("cs_1").row.signals == rows["cs_1"].signals
