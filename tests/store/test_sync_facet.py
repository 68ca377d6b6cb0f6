"""store/sync_facet.py: what the sync engine records beyond the documents: evidence checks, full listings."""

from __future__ import annotations

import hashlib

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import NotFoundError, StoreError
from arbitration_desk.store.records import EvidenceState
from arbitration_desk.store.store import Store
from helpers.store_evidence import mark_verified

TARGET = {"type": "message", "id": "m1", "quote": "never arrived"}
NOW = t.BASE_TIME


def test_evidence_verification_states(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.sync.store_case(
        t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"good"), t.evidence_item("ev2", b"bad")])
    )
    mark_verified(store, b"good")
    bad = t.evidence_item("ev2", b"bad")["sha256"]
    first = store.sync.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_1")
    assert first.state == EvidenceState.QUARANTINED
    assert [e.evidence_id for e in store.sync.evidence_to_download()] == ["ev2"]  # one more full download
    second = store.sync.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_2")
    assert second.state == EvidenceState.FAILED_VERIFICATION and second.request_id == "req_2"
    assert store.sync.evidence_to_download() == []
    assert store.reads.list_cases()[0].failed_verification_count == 1
    states = {e.evidence_id: e.state for e in store.reads.evidence("cs_1")}
    assert states == {"ev1": EvidenceState.VERIFIED, "ev2": EvidenceState.FAILED_VERIFICATION}
    assert store.sync.case_sync_state("cs_1").verified_hashes == {hashlib.sha256(b"good").hexdigest()}
    assert not store.blobs.has_verified(bad)
    with pytest.raises(StoreError):
        store.sync.mark_evidence_verified(bad)  # nothing verified on disk: refused


@pytest.mark.usefixtures("member_cases")
def test_full_listing_reconciliation(store: Store) -> None:
    store.work.create_annotation("cs_1", TARGET, "x", now=NOW)
    result = store.sync.reconcile_full_listing(["cs_9"], now=NOW)
    assert result.reassigned == ("cs_1",) and result.deleted == ("cs_2",)
    store.sync.apply_case_page([t.case_summary("cs_1", version=5)], [], "c3")  # assigned again
    assert not store.reads.list_cases()[0].reassigned
    assert len(store.outbox.next()) == 1


def test_a_mismatch_named_by_the_etag_says_so_and_unknown_items_are_refused(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    item = t.evidence_item("ev1", b"expected")
    store.sync.store_case(t.full_case("cs_1", evidence=[item]))
    row = store.sync.record_evidence_mismatch("cs_1", "ev1", "f" * 64, None, named_by_etag=True)
    assert row.state == EvidenceState.QUARANTINED and row.mismatches == 1
    assert row.failure_reason == (
        f"content hash {'f' * 64} does not match {item['sha256']} (named by the download's ETag; its body was refused)"
    )
    with pytest.raises(NotFoundError):
        store.sync.record_evidence_mismatch("cs_1", "ev_unknown", "f" * 64, None)
    assert [e.mismatches for e in store.reads.evidence("cs_1")] == [1]  # the refused call counted nothing


def test_one_hash_marks_every_item_that_carries_it_across_cases(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    store.sync.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"same bytes")]))
    store.sync.store_case(t.full_case("cs_2", evidence=[t.evidence_item("ev2", b"same bytes")]))
    assert store.blobs.store_complete(hashlib.sha256(b"same bytes").hexdigest(), b"same bytes").verified
    assert store.sync.mark_evidence_verified(hashlib.sha256(b"same bytes").hexdigest()) == 2
    assert [e.state for case in ("cs_1", "cs_2") for e in store.reads.evidence(case)] == [EvidenceState.VERIFIED] * 2
