"""store/indexing.py: messages indexed for search after they are stored, in batches, behind a mark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Connection

from arbitration_desk.store import db, indexing
from arbitration_desk.store import testing as t
from arbitration_desk.store.store import DB_NAME, Store
from helpers.dbcheck import check_database


def test_deleting_indexed_and_unindexed_messages_keeps_the_index_exact(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    store.sync.store_messages("cs_1", [t.message("a1", "alpha one"), t.message("a2", "alpha two", minutes=1)], None)
    store.sync.store_messages("cs_2", [t.message("b1", "bravo one")], None)
    assert store.search.index_messages() == 3
    store.sync.store_messages("cs_2", [t.message("b2", "bravo two", minutes=1)], None)  # not indexed yet
    # cs_2 leaves: its indexed row leaves the index, its unindexed row is never asked for.
    store.sync.apply_case_page([], ["cs_2"], "c2")
    assert [c.case_id for c in store.reads.list_cases()] == ["cs_1"]
    _fts_integrity_check(store)
    assert store.search.search("bravo") == []
    # The newest rows are gone: a new row gets a row ID the mark had passed, and is indexed all the same.
    store.sync.store_messages("cs_1", [t.message("a3", "alpha three", minutes=2)], None)
    assert store.search.messages_to_index() == 1
    assert store.search.index_messages() == 1
    assert [hit.item_id for hit in store.search.search("three")] == ["a3"]
    _fts_integrity_check(store)


def _fts_integrity_check(store: Store) -> None:
    check_database(store.home / DB_NAME)


@pytest.fixture
def five_messages(store: Store) -> Iterator[Connection]:
    """Five stored, unindexed messages; yields a write transaction on the store's database."""
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.sync.store_messages("cs_1", [t.message(f"m{n}", f"word{n} text", minutes=n) for n in range(5)], None)
    engine = db.create_sqlite_engine(store.home / DB_NAME, store.key, connections=1)
    try:
        with db.write_connection(engine) as connection:
            yield connection
    finally:
        engine.dispose()


def test_a_batch_indexes_the_rows_after_the_mark_and_moves_it(store: Store, five_messages: Connection) -> None:
    ids = store.reads.message_row_ids("cs_1")
    assert (indexing.indexed_upto(five_messages), indexing.backlog(five_messages)) == (0, 5)
    assert indexing.index_batch(five_messages, limit=2) == 2
    assert (indexing.indexed_upto(five_messages), indexing.backlog(five_messages)) == (ids[1], 3)
    assert indexing.index_batch(five_messages) == 3
    assert indexing.index_batch(five_messages) == 0  # up to date: the mark stays
    assert (indexing.indexed_upto(five_messages), indexing.backlog(five_messages)) == (ids[-1], 0)
    matched = five_messages.exec_driver_sql("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'word3'").all()
    assert [row[0] for row in matched] == [ids[3]]


def test_the_mark_is_clamped_to_the_largest_row_and_never_raised(store: Store, five_messages: Connection) -> None:
    ids = store.reads.message_row_ids("cs_1")
    indexing.clamp_mark(five_messages)
    assert indexing.indexed_upto(five_messages) == 0  # nothing indexed: clamping does not invent progress
    set_mark = 'UPDATE sync_state SET value = ? WHERE "key" = ?'
    five_messages.exec_driver_sql(set_mark, (str(ids[-1] + 50), indexing.MARK))  # as if the newest rows left
    indexing.clamp_mark(five_messages)
    assert indexing.indexed_upto(five_messages) == ids[-1]
