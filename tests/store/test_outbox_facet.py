"""store/outbox_facet.py: delivering the outbox, and what a delivery or a refusal records for each kind."""

from __future__ import annotations

import pytest

from arbitration_desk.domain.money import Money
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import InvalidStateError
from arbitration_desk.store.records import OutboxKind, OutboxState, SubmissionState
from arbitration_desk.store.store import Store

NOW = t.BASE_TIME
TARGET = {"type": "message", "id": "m1", "quote": "never arrived"}

pytestmark = pytest.mark.usefixtures("member_cases")


def _deliver(store: Store, response: dict[str, object] | None = None) -> int:
    item = store.outbox.next()[0]
    store.outbox.begin(item.id)
    store.outbox.delivered(item.id, response)
    return item.id


def test_delivery_exactly_once_and_in_order(store: Store) -> None:
    first = store.work.create_annotation("cs_1", TARGET, "one", now=NOW)
    store.work.save_vote_draft("cs_1", "favor_buyer", Money.parse("104.90", "EUR"), "Not delivered.", now=NOW)
    vote = store.work.submit_vote("cs_1", now=NOW)
    items = store.outbox.next()
    assert [i.kind for i in items] == [OutboxKind.ANNOTATION_PUT, OutboxKind.VOTE_PUT]
    started = store.outbox.begin(items[0].id)
    assert started.state == OutboxState.IN_FLIGHT and started.attempts == 1
    with pytest.raises(InvalidStateError):
        store.outbox.begin(items[0].id)  # a second worker cannot take it too
    assert [i.id for i in store.outbox.next()] == [vote.id]
    store.outbox.delivered(items[0].id, {**t.annotation(first.annotation_id, "one", author_id="m_me"), "etag": '"e1"'})
    with pytest.raises(InvalidStateError):
        store.outbox.delivered(items[0].id)
    annotation = store.reads.annotations("cs_1")[0]
    assert annotation.etag == '"e1"' and not annotation.pending
    assert vote.payload == {
        "outcome": "favor_buyer",
        "award": {"amount": "104.90", "currency": "EUR"},
        "rationale": "Not delivered.",
    }
    draft = store.reads.vote_draft("cs_1")
    assert draft is not None and draft.queued
    _deliver(store)
    draft = store.reads.vote_draft("cs_1")
    assert draft is not None and not draft.queued
    assert store.outbox.count() == 0 and store.outbox.next() == []


def test_a_ruling_that_fails_without_a_verdict_is_failed_not_rejected(store: Store) -> None:
    submission = store.work.queue_ruling("cs_1", {"outcome": "favor_seller"}, b"%PDF signed", "key-1", now=NOW)
    store.outbox.begin(submission.outbox_id)
    store.outbox.ruling_failed(submission.outbox_id, "413 the document is too large")
    failed = store.reads.ruling_submission("cs_1")
    assert failed is not None and failed.state == SubmissionState.FAILED
    assert (failed.failed_checks, failed.error) == ((), "413 the document is too large")
    assert store.outbox.count() == 1  # failed work stays unsent work
    assert store.outbox.next() == []
