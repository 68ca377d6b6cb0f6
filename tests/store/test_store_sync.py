"""The sync engine's transactional writes: case pages, case documents, messages, annotations, votes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import CaseNotFoundError, StoreError
from arbitration_desk.store.records import DeadlineState, EvidenceState
from arbitration_desk.store.store import DB_NAME, Store
from helpers.dbcheck import check_database

NOW = t.BASE_TIME


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as opened:
        yield opened


def _verify(store: Store, content: bytes) -> str:
    sha = hashlib.sha256(content).hexdigest()
    with store.blobs.open_append(sha) as writer:
        writer.write(content)
    assert store.blobs.finalize(sha, sha).verified
    store.mark_evidence_verified(sha)
    return sha


def test_case_page_stores_summaries_cursor_and_stale_set(store: Store) -> None:
    result = store.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2", status="brand_new")], [], "c1")
    assert set(result.stale) == {"cs_1", "cs_2"}
    assert store.case_cursor() == "c1"
    rows = {row.case_id: row for row in store.list_cases()}
    assert rows["cs_2"].status == "brand_new"  # unknown enum kept verbatim
    assert not rows["cs_2"].can_annotate and not rows["cs_2"].can_vote
    assert rows["cs_1"].value.amount == Decimal("104.90")
    store.record_case_synced("cs_1", '"v1"', 1)
    assert store.stale_case_ids() == ["cs_2"]
    again = store.apply_case_page([t.case_summary("cs_1", version=2)], [], "c2")
    assert again.stale == ("cs_1",)
    state = store.case_sync_state("cs_1")
    assert (state.version, state.synced_version, state.etag) == (2, 1, '"v1"')


def test_badges_unread_and_deadlines(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1", due=NOW + timedelta(hours=5))], [], "c")
    row = store.list_cases()[0]
    assert row.has_unread
    assert row.deadline_state(NOW) is DeadlineState.DUE_SOON
    assert row.deadline_state(NOW + timedelta(hours=6)) is DeadlineState.OVERDUE
    assert row.deadline_state(NOW - timedelta(days=5)) is DeadlineState.OK
    store.mark_case_viewed("cs_1")
    assert not store.list_cases()[0].has_unread
    store.apply_case_page([t.case_summary("cs_1", version=2)], [], "c2")
    assert store.list_cases()[0].has_unread


def test_store_case_keeps_raw_json_typed_columns_and_evidence(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    case = t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"one"), t.evidence_item("ev2", b"two")])
    case["unknown_future_field"] = {"kept": True}
    store.store_case(case)
    detail = store.case_detail("cs_1")
    assert detail.case == case
    assert (detail.row.buyer_country, detail.row.seller_country) == ("FR", "CN")
    evidence = store.evidence("cs_1")
    assert [e.state for e in evidence] == [EvidenceState.PENDING] * 2
    assert evidence[0].filename == "../../etc/passwd"  # stored as data, never used as a path
    assert {e.evidence_id for e in store.evidence_to_download("cs_1")} == {"ev1", "ev2"}


def test_messages_dedupe_and_cursor(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    page = [t.message(f"m{i}", f"text {i}", minutes=i) for i in range(5)]
    assert store.store_messages("cs_1", page, "mc1") == 5
    assert store.store_messages("cs_1", [*page[3:], t.message("m5", "new", minutes=5)], "mc2") == 1
    state = store.case_sync_state("cs_1")
    assert (state.stored_messages, state.message_cursor) == (6, "mc2")
    store.reset_message_cursor("cs_1")
    assert store.case_sync_state("cs_1").message_cursor is None
    # Skipped duplicates are stored once, so indexed once.
    assert store.messages_to_index() == 6
    assert store.index_messages(limit=4) == 4  # in batches, in row order
    assert store.index_messages() == 2
    assert store.index_messages() == 0
    assert sorted(hit.item_id for hit in store.search("text", limit=50)) == [f"m{i}" for i in range(5)]
    assert [hit.item_id for hit in store.search("new")] == ["m5"]
    _fts_integrity_check(store)


def test_deleting_indexed_and_unindexed_messages_keeps_the_index_exact(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    store.store_messages("cs_1", [t.message("a1", "alpha one"), t.message("a2", "alpha two", minutes=1)], None)
    store.store_messages("cs_2", [t.message("b1", "bravo one")], None)
    assert store.index_messages() == 3
    store.store_messages("cs_2", [t.message("b2", "bravo two", minutes=1)], None)  # not indexed yet
    # cs_2 leaves: its indexed row leaves the index, its unindexed row is never asked for.
    store.apply_case_page([], ["cs_2"], "c2")
    assert [c.case_id for c in store.list_cases()] == ["cs_1"]
    _fts_integrity_check(store)
    assert store.search("bravo") == []
    # The newest rows are gone: a new row gets a row ID the mark had passed, and is indexed all the same.
    store.store_messages("cs_1", [t.message("a3", "alpha three", minutes=2)], None)
    assert store.messages_to_index() == 1
    assert store.index_messages() == 1
    assert [hit.item_id for hit in store.search("three")] == ["a3"]
    _fts_integrity_check(store)


def _fts_integrity_check(store: Store) -> None:
    check_database(store.home / DB_NAME)


def test_messages_page_in_chat_order(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    # Same second for b and a: the message_id breaks the tie; fraction digits sort numerically.
    messages = [t.message("b", "x", minutes=1), t.message("a", "x", minutes=1), t.message("c", "x", minutes=0)]
    messages.append({**t.message("d", "x"), "sent_at": "2026-02-01T09:00:00.5Z"})
    store.store_messages("cs_1", messages, None)
    ordered = [m.message_id for m in store.messages_page("cs_1", limit=10)]
    assert ordered == ["c", "d", "a", "b"]
    first = store.messages_page("cs_1", limit=2)
    rest = store.messages_page("cs_1", first[-1].key, limit=10)
    assert [m.message_id for m in rest] == ["a", "b"]
    back = store.messages_page("cs_1", rest[0].key, limit=10, descending=True)
    assert [m.message_id for m in back] == ["d", "c"]
    ids = store.message_row_ids("cs_1")
    assert [m.message_id for m in store.messages_by_row_ids(ids[1:3])] == ["d", "a"]
    assert store.message("cs_1", "a") is not None and store.message("cs_1", "zz") is None


def test_hostile_strings_are_stored_verbatim(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    hostile = [
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "\u202eexe.fdp\u202c \u2066isolated\u2069 \u200f",
        "'; DROP TABLE messages; --",
        'quote " NEAR(a b) AND OR * ^col:',
        "x" * 2_000_000,
        "nul\x00inside",
    ]
    store.store_messages("cs_1", [t.message(f"m{i}", text, minutes=i) for i, text in enumerate(hostile)], None)
    assert store.index_messages() == len(hostile)
    assert [m.text for m in store.messages_page("cs_1", limit=10)] == hostile
    for text in ("DROP TABLE", 'NEAR(a b) AND OR * ^col: "', "<script>", "\u202e"):
        store.search(text)  # never an FTS syntax error
    assert [hit.item_id for hit in store.search("onerror")] == ["m0"]


def test_unknown_case_and_malformed_input_raise_store_errors(store: Store) -> None:
    with pytest.raises(CaseNotFoundError):
        store.store_messages("nope", [], None)
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    with pytest.raises(StoreError):
        store.store_messages("cs_1", [{"message_id": "m1"}], None)
    bad_time = {**t.message("m1", "x"), "sent_at": "yesterday"}
    with pytest.raises(StoreError):
        store.store_messages("cs_1", [bad_time], None)


def test_failed_page_leaves_nothing_half_written(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c1")
    broken = [t.case_summary("cs_2"), {"id": "cs_3"}]  # the second item is malformed
    with pytest.raises(StoreError):
        store.apply_case_page(broken, [], "c2")
    assert [row.case_id for row in store.list_cases()] == ["cs_1"]
    assert store.case_cursor() == "c1"
    good = [t.message("m1", "kept?")]
    with pytest.raises(StoreError):
        store.store_messages("cs_1", [*good, {"message_id": "m2"}], "mc")
    assert store.case_sync_state("cs_1").stored_messages == 0
    assert store.case_sync_state("cs_1").message_cursor is None
    assert store.index_messages() == 0
    assert store.search("kept") == []


def test_annotations_upsert_tombstone_and_as_of(store: Store) -> None:
    store.set_member("m_me")
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    a1 = t.annotation("a-1", "first", etag='"e1"')
    mine = t.annotation("a-2", "mine", author_id="m_me")
    store.apply_annotations("cs_1", [a1, mine], [], t.ts(1))
    store.apply_annotations("cs_1", [{**a1, "body": "edited", "etag": '"e2"'}], [], t.ts(2))
    rows = {a.annotation_id: a for a in store.annotations("cs_1")}
    assert (rows["a-1"].body, rows["a-1"].etag, rows["a-1"].own) == ("edited", '"e2"', False)
    assert rows["a-2"].own
    store.apply_annotations("cs_1", [], [{"annotation_id": "a-1", "deleted_at": t.ts(3)}], t.ts(3))
    assert [a.annotation_id for a in store.annotations("cs_1")] == ["a-2"]
    assert store.case_sync_state("cs_1").annotations_as_of == t.ts(3)


def test_votes_board_as_received(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    assert store.vote_board("cs_1") is None
    board = t.vote_board(cast=2, quorum=3)
    store.store_votes("cs_1", board, now=NOW)
    stored = store.vote_board("cs_1")
    assert stored is not None and stored.board == board and stored.sealed and stored.cast == 2


def test_evidence_verification_states(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"good"), t.evidence_item("ev2", b"bad")]))
    _verify(store, b"good")
    bad = t.evidence_item("ev2", b"bad")["sha256"]
    first = store.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_1")
    assert first.state == EvidenceState.QUARANTINED
    assert [e.evidence_id for e in store.evidence_to_download()] == ["ev2"]  # one more full download
    second = store.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_2")
    assert second.state == EvidenceState.FAILED_VERIFICATION and second.request_id == "req_2"
    assert store.evidence_to_download() == []
    assert store.list_cases()[0].failed_verification_count == 1
    states = {e.evidence_id: e.state for e in store.evidence("cs_1")}
    assert states == {"ev1": EvidenceState.VERIFIED, "ev2": EvidenceState.FAILED_VERIFICATION}
    assert store.case_sync_state("cs_1").verified_hashes == {hashlib.sha256(b"good").hexdigest()}
    assert not store.blobs.has_verified(bad)
    with pytest.raises(StoreError):
        store.mark_evidence_verified(bad)  # nothing verified on disk: refused


def test_storing_a_case_again_keeps_download_history_and_restarts_changed_items(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    items = [t.evidence_item(f"ev{n}", f"content {n}".encode(), title=f"Item {n}") for n in range(4)]
    store.store_case(t.full_case("cs_1", evidence=items))
    sha_0 = _verify(store, b"content 0")
    store.record_evidence_mismatch("cs_1", "ev1", "0" * 64, "req_1")  # quarantined once
    store.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_2")
    store.record_evidence_mismatch("cs_1", "ev2", "0" * 64, "req_3")  # failed verification
    sha_3 = _verify(store, b"content 3")
    replaced = t.evidence_item("ev3", b"new content 3")  # same ID, new content
    store.store_case(t.full_case("cs_1", evidence=[{**items[0], "title": "Renamed"}, items[1], items[2], replaced]))
    rows = {e.evidence_id: e for e in store.evidence("cs_1")}
    assert (rows["ev0"].state, rows["ev0"].title) == (EvidenceState.VERIFIED, "Renamed")
    assert (rows["ev1"].state, rows["ev1"].mismatches) == (EvidenceState.QUARANTINED, 1)
    assert (rows["ev2"].state, rows["ev2"].request_id) == (EvidenceState.FAILED_VERIFICATION, "req_3")
    assert (rows["ev3"].state, rows["ev3"].mismatches, rows["ev3"].sha256) == (
        EvidenceState.PENDING,
        0,
        replaced["sha256"],
    )
    assert not store.blobs.has_verified(sha_3)  # the replaced content, used nowhere else, is released
    store.store_case(t.full_case("cs_1", evidence=[items[1]]))  # the others withdrawn
    assert [e.evidence_id for e in store.evidence("cs_1")] == ["ev1"]
    assert not store.blobs.has_verified(sha_0)
    store.blobs.release(sha_0)
    store.store_case(t.full_case("cs_1", evidence=[items[0], items[1]]))
    assert {e.evidence_id: e.state for e in store.evidence("cs_1")} == {
        "ev0": EvidenceState.PENDING,
        "ev1": EvidenceState.QUARANTINED,
    }


def test_same_content_in_two_cases_released_only_when_unused(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    shared = t.evidence_item("ev_a", b"shared bytes")
    only_1 = t.evidence_item("ev_b", b"only in case 1")
    store.store_case(t.full_case("cs_1", evidence=[shared, only_1]))
    store.store_case(t.full_case("cs_2", evidence=[{**shared, "evidence_id": "ev_c"}]))
    sha_shared, sha_only = _verify(store, b"shared bytes"), _verify(store, b"only in case 1")
    assert store.evidence("cs_2")[0].state == EvidenceState.VERIFIED
    store.apply_case_page([], ["cs_1"], "c2")  # removed, no unsent work: deleted at once
    assert [row.case_id for row in store.list_cases()] == ["cs_2"]
    assert store.blobs.has_verified(sha_shared) and not store.blobs.has_verified(sha_only)
    store.store_case(t.full_case("cs_2", evidence=[]))  # withdrawn evidence
    assert not store.blobs.has_verified(sha_shared)
    assert store.evidence("cs_2") == []


def test_already_verified_content_is_not_downloaded_again(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    store.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"bytes")]))
    _verify(store, b"bytes")
    store.store_case(t.full_case("cs_2", evidence=[t.evidence_item("ev9", b"bytes")]))
    assert store.evidence_to_download() == []


def test_deleting_a_case_removes_everything_in_it(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.store_case(t.full_case("cs_1", description="unique zebra claim"))
    store.store_messages("cs_1", [t.message("m1", "platypus")], None)
    store.apply_annotations("cs_1", [t.annotation("a-1", "wombat")], [], t.ts())
    store.store_votes("cs_1", t.vote_board())
    store.delete_case("cs_1")
    assert store.list_cases() == []
    assert store.search("platypus") == [] and store.search("wombat") == [] and store.search("zebra") == []
    with pytest.raises(CaseNotFoundError):
        store.case_detail("cs_1")


def test_wipe_removes_rows_and_files(store: Store) -> None:
    store.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"secret")]))
    store.store_messages("cs_1", [t.message("m1", "confidential words")], "mc")
    sha = _verify(store, b"secret")
    with store.blobs.open_append("partial") as writer:
        writer.write(b"half")
    store.set_member("m_me")
    store.wipe()
    assert store.list_cases() == [] and store.case_cursor() is None and store.member_id() is None
    assert store.search("confidential") == []
    assert not store.blobs.has_verified(sha) and store.blobs.bytes_held("partial") == 0
    raw = (store.home / "desk.sqlite3").read_bytes()
    assert b"confidential words" not in raw
    store.apply_case_page([t.case_summary("cs_9")], [], "c")  # still usable afterwards
    assert [row.case_id for row in store.list_cases()] == ["cs_9"]
