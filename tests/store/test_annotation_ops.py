"""store/annotation_ops.py: shared annotations (received, or written here through the outbox) and private notes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import InvalidStateError, NotFoundError, ReadOnlyCaseError
from arbitration_desk.store.records import OutboxKind, OutboxState
from arbitration_desk.store.store import Store

NOW = t.BASE_TIME
TARGET = {"type": "message", "id": "m1", "quote": "never arrived"}


@pytest.mark.usefixtures("member_cases")
def test_create_annotation_queues_put_in_same_transaction(store: Store) -> None:
    row = store.work.create_annotation("cs_1", TARGET, "Tracking shows house 14, not 41.", now=NOW)
    (item,) = store.outbox.next()
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
    assert store.reads.list_cases()[0].unsent_count == 1 and store.outbox.count() == 1


def test_annotations_upsert_tombstone_and_as_of(store: Store) -> None:
    store.sync.set_member("m_me")
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    a1 = t.annotation("a-1", "first", etag='"e1"')
    mine = t.annotation("a-2", "mine", author_id="m_me")
    store.sync.apply_annotations("cs_1", [a1, mine], [], t.ts(1))
    store.sync.apply_annotations("cs_1", [{**a1, "body": "edited", "etag": '"e2"'}], [], t.ts(2))
    rows = {a.annotation_id: a for a in store.reads.annotations("cs_1")}
    assert (rows["a-1"].body, rows["a-1"].etag, rows["a-1"].own) == ("edited", '"e2"', False)
    assert rows["a-2"].own
    store.sync.apply_annotations("cs_1", [], [{"annotation_id": "a-1", "deleted_at": t.ts(3)}], t.ts(3))
    assert [a.annotation_id for a in store.reads.annotations("cs_1")] == ["a-2"]
    assert store.sync.case_sync_state("cs_1").annotations_as_of == t.ts(3)


@pytest.mark.usefixtures("member_cases")
def test_edits_coalesce_while_queued_and_chain_etags_after_delivery(store: Store) -> None:
    row = store.work.create_annotation("cs_1", TARGET, "v1", now=NOW)
    store.work.edit_annotation("cs_1", row.annotation_id, "v2", now=NOW + timedelta(minutes=1))
    (item,) = store.outbox.next()
    assert item.payload is not None and item.payload["body"] == "v2"
    store.outbox.begin(item.id)
    store.work.edit_annotation("cs_1", row.annotation_id, "v3", now=NOW + timedelta(minutes=2))  # while in flight
    queued = store.outbox.next()
    assert len(queued) == 1 and queued[0].if_match is None
    store.outbox.delivered(item.id, {**t.annotation(row.annotation_id, "v2", author_id="m_me"), "etag": '"e2"'})
    queued = store.outbox.next()
    assert queued[0].if_match == '"e2"'  # the next write builds on what the platform now has
    assert store.reads.annotations("cs_1")[0].pending


@pytest.mark.usefixtures("member_cases")
def test_delete_of_unsent_annotation_sends_nothing(store: Store) -> None:
    row = store.work.create_annotation("cs_1", TARGET, "oops", now=NOW)
    store.work.delete_annotation("cs_1", row.annotation_id, now=NOW)
    assert store.outbox.next() == [] and store.reads.annotations("cs_1") == []


@pytest.mark.usefixtures("member_cases")
def test_delete_of_delivered_annotation_queues_delete_with_etag(store: Store) -> None:
    store.sync.apply_annotations("cs_1", [t.annotation("a-1", "mine", author_id="m_me", etag='"e7"')], [], t.ts())
    store.work.delete_annotation("cs_1", "a-1", now=NOW)
    (item,) = store.outbox.next()
    assert (item.kind, item.target_id, item.if_match) == (OutboxKind.ANNOTATION_DELETE, "a-1", '"e7"')
    # A sync before the deletion is delivered must not bring it back.
    store.sync.apply_annotations("cs_1", [t.annotation("a-1", "mine", author_id="m_me", etag='"e7"')], [], t.ts(1))
    assert store.reads.annotations("cs_1") == []


@pytest.mark.usefixtures("member_cases")
def test_pending_local_edit_survives_incoming_copy(store: Store) -> None:
    store.sync.apply_annotations("cs_1", [t.annotation("a-1", "old", author_id="m_me", etag='"e1"')], [], t.ts())
    store.work.edit_annotation("cs_1", "a-1", "local", now=NOW)
    assert store.outbox.next()[0].if_match == '"e1"'
    store.sync.apply_annotations(
        "cs_1", [t.annotation("a-1", "other device", author_id="m_me", etag='"e2"')], [], t.ts(1)
    )
    assert store.reads.annotations("cs_1")[0].body == "local"


@pytest.mark.usefixtures("member_cases")
def test_only_own_annotations_can_change_and_read_only_cases(store: Store) -> None:
    store.sync.apply_annotations("cs_1", [t.annotation("a-1", "theirs")], [], t.ts())
    with pytest.raises(ReadOnlyCaseError):
        store.work.edit_annotation("cs_1", "a-1", "mine now")
    with pytest.raises(NotFoundError):
        store.work.delete_annotation("cs_1", "nope")
    with pytest.raises(ReadOnlyCaseError):
        store.work.create_annotation("cs_2", TARGET, "decided case")
    with pytest.raises(ReadOnlyCaseError):
        store.work.save_vote_draft("cs_2", "split", None, "")
    with pytest.raises(InvalidStateError):
        store.work.submit_vote("cs_1")  # no draft yet


@pytest.mark.usefixtures("member_cases")
def test_private_notes_never_reach_the_outbox(store: Store) -> None:
    note = store.work.create_note("cs_2", {"type": "case"}, "My own thoughts: seller stalls.", now=NOW)
    store.work.edit_annotation("cs_2", note.annotation_id, "Edited thoughts", now=NOW)
    assert note.private and store.outbox.next() == [] and store.outbox.count() == 0
    assert [a.body for a in store.reads.annotations("cs_2")] == ["Edited thoughts"]
    assert store.reads.annotations("cs_2", include_private=False) == []
    # A platform annotation can never overwrite a note, even with the same ID.
    store.sync.apply_annotations("cs_2", [t.annotation(note.annotation_id, "injected")], [], t.ts())
    assert store.reads.annotations("cs_2")[0].body == "Edited thoughts"
    store.work.delete_annotation("cs_2", note.annotation_id)
    assert store.reads.annotations("cs_2") == [] and store.outbox.next() == []
