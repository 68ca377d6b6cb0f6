"""store/case_sync.py: the case list and case documents as the sync receives them, and removed cases."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import CaseNotFoundError, ReadOnlyCaseError, StoreError
from arbitration_desk.store.records import EvidenceState
from arbitration_desk.store.store import Store
from helpers.store_evidence import mark_verified

NOW = t.BASE_TIME
TARGET = {"type": "message", "id": "m1", "quote": "never arrived"}


def test_case_page_stores_summaries_cursor_and_stale_set(store: Store) -> None:
    result = store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2", status="brand_new")], [], "c1")
    assert set(result.stale) == {"cs_1", "cs_2"}
    assert store.sync.case_cursor() == "c1"
    rows = {row.case_id: row for row in store.reads.list_cases()}
    assert rows["cs_2"].status == "brand_new"  # unknown enum kept verbatim
    assert not rows["cs_2"].can_annotate and not rows["cs_2"].can_vote
    assert rows["cs_1"].value.amount == Decimal("104.90")
    store.sync.record_case_synced("cs_1", '"v1"', 1)
    assert store.sync.stale_case_ids() == ["cs_2"]
    again = store.sync.apply_case_page([t.case_summary("cs_1", version=2)], [], "c2")
    assert again.stale == ("cs_1",)
    state = store.sync.case_sync_state("cs_1")
    assert (state.version, state.synced_version, state.etag) == (2, 1, '"v1"')


def test_store_case_keeps_raw_json_typed_columns_and_evidence(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    case = t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"one"), t.evidence_item("ev2", b"two")])
    case["unknown_future_field"] = {"kept": True}
    store.sync.store_case(case)
    detail = store.reads.case_detail("cs_1")
    assert detail.case == case
    assert (detail.row.buyer_country, detail.row.seller_country) == ("FR", "CN")
    evidence = store.reads.evidence("cs_1")
    assert [e.state for e in evidence] == [EvidenceState.PENDING] * 2
    assert evidence[0].filename == "../../etc/passwd"  # stored as data, never used as a path
    assert {e.evidence_id for e in store.sync.evidence_to_download("cs_1")} == {"ev1", "ev2"}


def test_failed_page_leaves_nothing_half_written(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c1")
    broken = [t.case_summary("cs_2"), {"id": "cs_3"}]  # the second item is malformed
    with pytest.raises(StoreError):
        store.sync.apply_case_page(broken, [], "c2")
    assert [row.case_id for row in store.reads.list_cases()] == ["cs_1"]
    assert store.sync.case_cursor() == "c1"
    good = [t.message("m1", "kept?")]
    with pytest.raises(StoreError):
        store.sync.store_messages("cs_1", [*good, {"message_id": "m2"}], "mc")
    assert store.sync.case_sync_state("cs_1").stored_messages == 0
    assert store.sync.case_sync_state("cs_1").message_cursor is None
    assert store.search.index_messages() == 0
    assert store.search.search("kept") == []


def test_storing_a_case_again_keeps_download_history_and_restarts_changed_items(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    items = [t.evidence_item(f"ev{n}", f"content {n}".encode(), title=f"Item {n}") for n in range(4)]
    store.sync.store_case(t.full_case("cs_1", evidence=items))
    sha_0 = mark_verified(store, b"content 0")
    store.sync.record_evidence_mismatch("cs_1", "ev1", "0" * 64, "req_1")  # quarantined once
    store.sync.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_2")
    store.sync.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_3")  # failed verification
    sha_3 = mark_verified(store, b"content 3")
    replaced = t.evidence_item("ev3", b"new content 3")  # same ID, new content
    store.sync.store_case(
        t.full_case("cs_1", evidence=[{**items[0], "title": "Renamed"}, items[1], items[2], replaced])
    )
    rows = {e.evidence_id: e for e in store.reads.evidence("cs_1")}
    assert (rows["ev0"].state, rows["ev0"].title) == (EvidenceState.VERIFIED, "Renamed")
    assert (rows["ev1"].state, rows["ev1"].mismatches) == (EvidenceState.QUARANTINED, 1)
    assert (rows["ev2"].state, rows["ev2"].request_id) == (EvidenceState.FAILED_VERIFICATION, "req_3")
    assert (rows["ev3"].state, rows["ev3"].mismatches, rows["ev3"].sha256) == (
        EvidenceState.PENDING,
        0,
        replaced["sha256"],
    )
    assert not store.blobs.has_verified(sha_3)  # the replaced content, used nowhere else, is released
    store.sync.store_case(t.full_case("cs_1", evidence=[items[1]]))  # the others withdrawn
    assert [e.evidence_id for e in store.reads.evidence("cs_1")] == ["ev1"]
    assert not store.blobs.has_verified(sha_0)
    store.blobs.release(sha_0)
    store.sync.store_case(t.full_case("cs_1", evidence=[items[0], items[1]]))
    assert {e.evidence_id: e.state for e in store.reads.evidence("cs_1")} == {
        "ev0": EvidenceState.PENDING,
        "ev1": EvidenceState.QUARANTINED,
    }


def test_same_content_in_two_cases_released_only_when_unused(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    shared = t.evidence_item("ev_a", b"shared bytes")
    only_1 = t.evidence_item("ev_b", b"only in case 1")
    store.sync.store_case(t.full_case("cs_1", evidence=[shared, only_1]))
    store.sync.store_case(t.full_case("cs_2", evidence=[{**shared, "evidence_id": "ev_c"}]))
    sha_shared, sha_only = mark_verified(store, b"shared bytes"), mark_verified(store, b"only in case 1")
    assert store.reads.evidence("cs_2")[0].state == EvidenceState.VERIFIED
    store.sync.apply_case_page([], ["cs_1"], "c2")  # removed, no unsent work: deleted at once
    assert [row.case_id for row in store.reads.list_cases()] == ["cs_2"]
    assert store.blobs.has_verified(sha_shared) and not store.blobs.has_verified(sha_only)
    store.sync.store_case(t.full_case("cs_2", evidence=[]))  # withdrawn evidence
    assert not store.blobs.has_verified(sha_shared)
    assert store.reads.evidence("cs_2") == []


def test_deleting_a_case_removes_everything_in_it(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.sync.store_case(t.full_case("cs_1", description="unique zebra claim"))
    store.sync.store_messages("cs_1", [t.message("m1", "platypus")], None)
    store.sync.apply_annotations("cs_1", [t.annotation("a-1", "wombat")], [], t.ts())
    store.sync.store_votes("cs_1", t.vote_board())
    store.sync.delete_case("cs_1")
    assert store.reads.list_cases() == []
    assert (
        store.search.search("platypus") == []
        and store.search.search("wombat") == []
        and store.search.search("zebra") == []
    )
    with pytest.raises(CaseNotFoundError):
        store.reads.case_detail("cs_1")


@pytest.mark.usefixtures("member_cases")
def test_removed_case_with_unsent_work_is_kept_read_only(store: Store) -> None:
    store.work.create_annotation("cs_1", TARGET, "my unsent text", now=NOW)
    result = store.sync.apply_case_page([], ["cs_1", "cs_2"], "c2", now=NOW)
    assert result.reassigned == ("cs_1",) and result.deleted == ("cs_2",)
    (row,) = store.reads.list_cases()
    assert row.reassigned and row.delete_after == NOW + timedelta(days=7) and not row.can_annotate
    assert store.outbox.next() == []  # no more requests for a removed case
    assert store.outbox.unsent_work("cs_1")[0].payload["body"] == "my unsent text"  # type: ignore[index]
    with pytest.raises(ReadOnlyCaseError):
        store.work.create_note("cs_1", {"type": "case"}, "x")
    assert "cs_1" not in store.sync.stale_case_ids()
    assert store.sync.purge_expired(now=NOW + timedelta(days=6)) == []
    assert store.sync.purge_expired(now=NOW + timedelta(days=7)) == ["cs_1"]
    assert store.reads.list_cases() == [] and store.outbox.count() == 0
