"""store/records.py: what the store hands out, and what each record derives from its stored columns."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.records import (
    EvidenceState,
    OutboxKind,
    OutboxState,
    RulingSubmission,
    SearchHit,
    SubmissionState,
)
from arbitration_desk.store.store import Store


def test_a_case_row_says_what_the_member_may_do_with_the_case(store: Store) -> None:
    statuses = {"cs_panel": "awaiting_panel", "cs_open": "in_deliberation", "cs_done": "decided", "cs_new": "appeal"}
    store.sync.apply_case_page([t.case_summary(case, status=status) for case, status in statuses.items()], [], "c")
    rows = {row.case_id: row for row in store.reads.list_cases()}
    assert {case: (row.can_annotate, row.can_vote) for case, row in rows.items()} == {
        "cs_panel": (True, False),
        "cs_open": (True, True),
        "cs_done": (False, False),
        "cs_new": (False, False),  # a status the contract may add later: read-only
    }
    assert all(row.is_stale and not row.reassigned for row in rows.values())
    store.sync.record_case_synced("cs_open", '"v1"', 1)
    store.work.create_annotation("cs_open", {"type": "case"}, "unsent, so kept while reassigned")
    store.sync.apply_case_page([], ["cs_open"], "c2")
    (reassigned,) = [row for row in store.reads.list_cases() if row.case_id == "cs_open"]
    assert not reassigned.is_stale and reassigned.reassigned
    assert not reassigned.can_annotate and not reassigned.can_vote


@pytest.fixture
def queued(store: Store) -> RulingSubmission:
    """A ruling of ``cs_1`` signed and queued, as the store hands it out."""
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    return store.work.queue_ruling("cs_1", {"outcome": "favor_buyer"}, b"%PDF signed", str(uuid.uuid4()))


@pytest.mark.parametrize(
    ("state", "blocks"),
    [
        (SubmissionState.SIGNED, True),
        (SubmissionState.FILING, True),
        (SubmissionState.FILED, True),
        (SubmissionState.REJECTED, False),
        (SubmissionState.FAILED, False),
    ],
)
def test_a_submission_blocks_another_until_it_is_refused(
    queued: RulingSubmission, state: SubmissionState, blocks: bool
) -> None:
    assert dataclasses.replace(queued, state=state.value).blocks_new_submission is blocks


def test_the_ruling_id_comes_from_the_receipt_only(queued: RulingSubmission) -> None:
    assert queued.receipt is None and queued.ruling_id is None
    assert dataclasses.replace(queued, receipt={"ruling_id": "rl_9"}).ruling_id == "rl_9"
    assert dataclasses.replace(queued, receipt={"ruling_id": ""}).ruling_id is None
    assert dataclasses.replace(queued, receipt={}).ruling_id is None


def test_a_search_hit_reads_as_its_parts_joined() -> None:
    hit = SearchHit("message", "cs_1", "ARB-1", "m1", "text", (("the ", False), ("parcel", True), (" came", False)))
    assert hit.snippet == "the parcel came"
    assert SearchHit("case", "cs_1", "ARB-1", None, "reference").snippet == ""


def test_records_carry_the_store_states_as_members(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.sync.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"a photo")]))
    (listed,) = store.reads.evidence("cs_1")  # read through the ORM
    (due,) = store.sync.evidence_to_download("cs_1")  # read through Core columns
    assert listed.state is EvidenceState.PENDING and due.state is EvidenceState.PENDING
    store.work.create_annotation("cs_1", {"type": "case"}, "queued for the platform")
    (entry,) = store.outbox.next()
    assert entry.kind is OutboxKind.ANNOTATION_PUT and entry.state is OutboxState.QUEUED
    submission = store.work.queue_ruling("cs_1", {"outcome": "favor_buyer"}, b"%PDF signed", str(uuid.uuid4()))
    assert submission.state is SubmissionState.SIGNED
