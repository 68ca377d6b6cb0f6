"""The outbox: written with the change it carries, delivered once in order; reassigned cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from arbitration_desk.domain.money import Money
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import (
    InvalidStateError,
    NotFoundError,
    ReadOnlyCaseError,
    StoreError,
)
from arbitration_desk.store.records import OutboxKind, OutboxState
from arbitration_desk.store.store import Store

NOW = t.BASE_TIME
TARGET = {"type": "message", "id": "m1", "quote": "never arrived"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as opened:
        opened.set_member("m_me")
        opened.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2", status="decided")], [], "c")
        yield opened


def _deliver(store: Store, response: dict[str, object] | None = None) -> int:
    item = store.outbox_next()[0]
    store.outbox_begin(item.id)
    store.outbox_delivered(item.id, response)
    return item.id


def test_create_annotation_queues_put_in_same_transaction(store: Store) -> None:
    row = store.create_annotation("cs_1", TARGET, "Tracking shows house 14, not 41.", now=NOW)
    (item,) = store.outbox_next()
    assert (item.kind, item.target_id, item.if_match, item.state) == (
        OutboxKind.ANNOTATION_PUT,
        row.annotation_id,
        None,
        OutboxState.QUEUED,
    )
    assert item.payload == {
        "target": TARGET,
        "body": "Tracking shows house 14, not 41.",
        "created_at": "2026-02-01T09:00:00Z",
        "updated_at": "2026-02-01T09:00:00Z",
    }
    assert row.pending and row.own
    assert store.list_cases()[0].unsent_count == 1 and store.outbox_count() == 1


def test_change_and_outbox_item_roll_back_together(store: Store) -> None:
    def fail_on_outbox(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO outbox"):
            raise RuntimeError("disk full")

    engine = store._writer
    event.listen(engine, "before_cursor_execute", fail_on_outbox)
    try:
        with pytest.raises(RuntimeError):
            store.create_annotation("cs_1", TARGET, "lost?", now=NOW)
    finally:
        event.remove(engine, "before_cursor_execute", fail_on_outbox)
    assert store.annotations("cs_1") == [] and store.outbox_count() == 0


def test_delivery_exactly_once_and_in_order(store: Store) -> None:
    first = store.create_annotation("cs_1", TARGET, "one", now=NOW)
    store.save_vote_draft("cs_1", "favor_buyer", Money.parse("104.90", "EUR"), "Not delivered.", now=NOW)
    vote = store.submit_vote("cs_1", now=NOW)
    items = store.outbox_next()
    assert [i.kind for i in items] == [OutboxKind.ANNOTATION_PUT, OutboxKind.VOTE_PUT]
    started = store.outbox_begin(items[0].id)
    assert started.state == OutboxState.IN_FLIGHT and started.attempts == 1
    with pytest.raises(InvalidStateError):
        store.outbox_begin(items[0].id)  # a second worker cannot take it too
    assert [i.id for i in store.outbox_next()] == [vote.id]
    store.outbox_delivered(items[0].id, {**t.annotation(first.annotation_id, "one", author_id="m_me"), "etag": '"e1"'})
    with pytest.raises(InvalidStateError):
        store.outbox_delivered(items[0].id)
    annotation = store.annotations("cs_1")[0]
    assert annotation.etag == '"e1"' and not annotation.pending
    assert vote.payload == {
        "outcome": "favor_buyer",
        "award": {"amount": "104.90", "currency": "EUR"},
        "rationale": "Not delivered.",
    }
    draft = store.vote_draft("cs_1")
    assert draft is not None and draft.queued
    _deliver(store)
    draft = store.vote_draft("cs_1")
    assert draft is not None and not draft.queued
    assert store.outbox_count() == 0 and store.outbox_next() == []


def test_retry_failure_and_crash_recovery(store: Store) -> None:
    store.create_annotation("cs_1", TARGET, "x", now=NOW)
    item = store.outbox_next()[0]
    store.outbox_begin(item.id)
    store.outbox_retry_later(item.id, "503 unavailable")
    again = store.outbox_next()[0]
    assert again.last_error == "503 unavailable" and again.attempts == 1
    store.outbox_begin(item.id)
    assert store.outbox_recover() == 1  # the process died while in flight
    store.outbox_begin(item.id)
    store.outbox_failed(item.id, "422 validation-failed: /body")
    assert store.outbox_next() == []
    assert store.outbox_count() == 1  # failed work is still unsent work
    (unsent,) = store.unsent_work("cs_1")
    assert unsent.state == OutboxState.FAILED and unsent.attempts == 3
    with pytest.raises(NotFoundError):
        store.outbox_begin(9999)


def test_edits_coalesce_while_queued_and_chain_etags_after_delivery(store: Store) -> None:
    row = store.create_annotation("cs_1", TARGET, "v1", now=NOW)
    store.edit_annotation("cs_1", row.annotation_id, "v2", now=NOW + timedelta(minutes=1))
    (item,) = store.outbox_next()
    assert item.payload is not None and item.payload["body"] == "v2"
    store.outbox_begin(item.id)
    store.edit_annotation("cs_1", row.annotation_id, "v3", now=NOW + timedelta(minutes=2))  # while in flight
    queued = store.outbox_next()
    assert len(queued) == 1 and queued[0].if_match is None
    store.outbox_delivered(item.id, {**t.annotation(row.annotation_id, "v2", author_id="m_me"), "etag": '"e2"'})
    queued = store.outbox_next()
    assert queued[0].if_match == '"e2"'  # the next write builds on what the platform now has
    assert store.annotations("cs_1")[0].pending


def test_delete_of_unsent_annotation_sends_nothing(store: Store) -> None:
    row = store.create_annotation("cs_1", TARGET, "oops", now=NOW)
    store.delete_annotation("cs_1", row.annotation_id, now=NOW)
    assert store.outbox_next() == [] and store.annotations("cs_1") == []


def test_delete_of_delivered_annotation_queues_delete_with_etag(store: Store) -> None:
    store.apply_annotations("cs_1", [t.annotation("a-1", "mine", author_id="m_me", etag='"e7"')], [], t.ts())
    store.delete_annotation("cs_1", "a-1", now=NOW)
    (item,) = store.outbox_next()
    assert (item.kind, item.target_id, item.if_match) == (OutboxKind.ANNOTATION_DELETE, "a-1", '"e7"')
    # A sync before the deletion is delivered must not bring it back.
    store.apply_annotations("cs_1", [t.annotation("a-1", "mine", author_id="m_me", etag='"e7"')], [], t.ts(1))
    assert store.annotations("cs_1") == []


def test_pending_local_edit_survives_incoming_copy(store: Store) -> None:
    store.apply_annotations("cs_1", [t.annotation("a-1", "old", author_id="m_me", etag='"e1"')], [], t.ts())
    store.edit_annotation("cs_1", "a-1", "local", now=NOW)
    assert store.outbox_next()[0].if_match == '"e1"'
    store.apply_annotations("cs_1", [t.annotation("a-1", "other device", author_id="m_me", etag='"e2"')], [], t.ts(1))
    assert store.annotations("cs_1")[0].body == "local"


def test_only_own_annotations_can_change_and_read_only_cases(store: Store) -> None:
    store.apply_annotations("cs_1", [t.annotation("a-1", "theirs")], [], t.ts())
    with pytest.raises(ReadOnlyCaseError):
        store.edit_annotation("cs_1", "a-1", "mine now")
    with pytest.raises(NotFoundError):
        store.delete_annotation("cs_1", "nope")
    with pytest.raises(ReadOnlyCaseError):
        store.create_annotation("cs_2", TARGET, "decided case")
    with pytest.raises(ReadOnlyCaseError):
        store.save_vote_draft("cs_2", "split", None, "")
    with pytest.raises(InvalidStateError):
        store.submit_vote("cs_1")  # no draft yet


def test_private_notes_never_reach_the_outbox(store: Store) -> None:
    note = store.create_note("cs_2", {"type": "case"}, "My own thoughts: seller stalls.", now=NOW)
    store.edit_annotation("cs_2", note.annotation_id, "Edited thoughts", now=NOW)
    assert note.private and store.outbox_next() == [] and store.outbox_count() == 0
    assert [a.body for a in store.annotations("cs_2")] == ["Edited thoughts"]
    assert store.annotations("cs_2", include_private=False) == []
    # A platform annotation can never overwrite a note, even with the same ID.
    store.apply_annotations("cs_2", [t.annotation(note.annotation_id, "injected")], [], t.ts())
    assert store.annotations("cs_2")[0].body == "Edited thoughts"
    store.delete_annotation("cs_2", note.annotation_id)
    assert store.annotations("cs_2") == [] and store.outbox_next() == []


def test_removed_case_with_unsent_work_is_kept_read_only(store: Store) -> None:
    store.create_annotation("cs_1", TARGET, "my unsent text", now=NOW)
    result = store.apply_case_page([], ["cs_1", "cs_2"], "c2", now=NOW)
    assert result.reassigned == ("cs_1",) and result.deleted == ("cs_2",)
    (row,) = store.list_cases()
    assert row.reassigned and row.delete_after == NOW + timedelta(days=7) and not row.can_annotate
    assert store.outbox_next() == []  # no more requests for a removed case
    assert store.unsent_work("cs_1")[0].payload["body"] == "my unsent text"  # type: ignore[index]
    with pytest.raises(ReadOnlyCaseError):
        store.create_note("cs_1", {"type": "case"}, "x")
    assert "cs_1" not in store.stale_case_ids()
    assert store.purge_expired(now=NOW + timedelta(days=6)) == []
    assert store.purge_expired(now=NOW + timedelta(days=7)) == ["cs_1"]
    assert store.list_cases() == [] and store.outbox_count() == 0


def test_dismissing_the_notice_deletes_at_once(store: Store) -> None:
    store.create_annotation("cs_1", TARGET, "x", now=NOW)
    store.apply_case_page([], ["cs_1"], "c2", now=NOW)
    store.dismiss_reassigned("cs_1")
    assert [row.case_id for row in store.list_cases()] == ["cs_2"]


def test_full_listing_reconciliation(store: Store) -> None:
    store.create_annotation("cs_1", TARGET, "x", now=NOW)
    result = store.reconcile_full_listing(["cs_9"], now=NOW)
    assert result.reassigned == ("cs_1",) and result.deleted == ("cs_2",)
    store.apply_case_page([t.case_summary("cs_1", version=5)], [], "c3")  # assigned again
    assert not store.list_cases()[0].reassigned
    assert len(store.outbox_next()) == 1


def test_vote_resubmission_replaces_queued_vote(store: Store) -> None:
    store.save_vote_draft("cs_1", "favor_seller", Money.parse("0", "EUR"), "First.", now=NOW)
    first = store.submit_vote("cs_1", now=NOW)
    store.save_vote_draft("cs_1", "split", Money.parse("50", "EUR"), "Second.", now=NOW)
    second = store.submit_vote("cs_1", now=NOW)
    assert first.id == second.id and len(store.outbox_next()) == 1
    assert second.payload == {
        "outcome": "split",
        "award": {"amount": "50.00", "currency": "EUR"},
        "rationale": "Second.",
    }
    draft = store.vote_draft("cs_1")
    assert draft is not None and draft.award == Money.parse("50.00", "EUR")


def test_errors_are_store_errors(store: Store) -> None:
    for call in (
        lambda: store.edit_annotation("cs_404", "a", "b"),
        lambda: store.outbox_delivered(12345),
        lambda: store.submit_vote("cs_404"),
    ):
        with pytest.raises(StoreError):
            call()
