"""store/messages.py: a case's chat stored page by page and read back exactly, in chat order."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from arbitration_desk.store import messages
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import CaseNotFoundError, StoreError
from arbitration_desk.store.records import MessageKey
from arbitration_desk.store.store import DB_NAME, Store
from helpers.dbcheck import check_database


@pytest.fixture
def two_cases(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")


def test_messages_dedupe_and_cursor(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    page = [t.message(f"m{i}", f"text {i}", minutes=i) for i in range(5)]
    assert store.sync.store_messages("cs_1", page, "mc1") == 5
    assert store.sync.store_messages("cs_1", [*page[3:], t.message("m5", "new", minutes=5)], "mc2") == 1
    state = store.sync.case_sync_state("cs_1")
    assert (state.stored_messages, state.message_cursor) == (6, "mc2")
    store.sync.reset_message_cursor("cs_1")
    assert store.sync.case_sync_state("cs_1").message_cursor is None
    # Skipped duplicates are stored once, so indexed once.
    assert store.search.messages_to_index() == 6
    assert store.search.index_messages(limit=4) == 4  # in batches, in row order
    assert store.search.index_messages() == 2
    assert store.search.index_messages() == 0
    assert sorted(hit.item_id for hit in store.search.search("text", limit=50)) == [f"m{i}" for i in range(5)]
    assert [hit.item_id for hit in store.search.search("new")] == ["m5"]
    _fts_integrity_check(store)


def _fts_integrity_check(store: Store) -> None:
    check_database(store.home / DB_NAME)


def test_messages_page_in_chat_order(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    # Same second for b and a: the message_id breaks the tie; fraction digits sort numerically.
    messages = [t.message("b", "x", minutes=1), t.message("a", "x", minutes=1), t.message("c", "x", minutes=0)]
    messages.append({**t.message("d", "x"), "sent_at": "2026-02-01T09:00:00.5Z"})
    store.sync.store_messages("cs_1", messages, None)
    ordered = [m.message_id for m in store.reads.messages_page("cs_1", limit=10)]
    assert ordered == ["c", "d", "a", "b"]
    first = store.reads.messages_page("cs_1", limit=2)
    rest = store.reads.messages_page("cs_1", first[-1].key, limit=10)
    assert [m.message_id for m in rest] == ["a", "b"]
    back = store.reads.messages_page("cs_1", rest[0].key, limit=10, descending=True)
    assert [m.message_id for m in back] == ["d", "c"]
    ids = store.reads.message_row_ids("cs_1")
    assert [m.message_id for m in store.reads.messages_by_row_ids(ids[1:3])] == ["d", "a"]
    assert store.reads.message("cs_1", "a") is not None and store.reads.message("cs_1", "zz") is None


def test_hostile_strings_are_stored_verbatim(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    hostile = [
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "\u202eexe.fdp\u202c \u2066isolated\u2069 \u200f",
        "'; DROP TABLE messages; --",
        'quote " NEAR(a b) AND OR * ^col:',
        "x" * 2_000_000,
        "nul\x00inside",
    ]
    store.sync.store_messages("cs_1", [t.message(f"m{i}", text, minutes=i) for i, text in enumerate(hostile)], None)
    assert store.search.index_messages() == len(hostile)
    assert [m.text for m in store.reads.messages_page("cs_1", limit=10)] == hostile
    for text in ("DROP TABLE", 'NEAR(a b) AND OR * ^col: "', "<script>", "\u202e"):
        store.search.search(text)  # never an FTS syntax error
    assert [hit.item_id for hit in store.search.search("onerror")] == ["m0"]


def test_unknown_case_and_malformed_input_raise_store_errors(store: Store) -> None:
    with pytest.raises(CaseNotFoundError):
        store.sync.store_messages("nope", [], None)
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    with pytest.raises(StoreError):
        store.sync.store_messages("cs_1", [{"message_id": "m1"}], None)
    bad_time = {**t.message("m1", "x"), "sent_at": "yesterday"}
    with pytest.raises(StoreError):
        store.sync.store_messages("cs_1", [bad_time], None)


@pytest.mark.usefixtures("two_cases")
def test_every_read_gives_the_fields_as_stored(store: Store) -> None:
    rich = {
        **t.message(
            "m1",
            "الطرد لم يصل ORD-7\nsecond line\twith a tab",
            language="ar",
            translations={"en": "It has not come", "fr": "Pas arrivé"},
        ),
        "sent_at": "2026-02-01T09:03:00.123Z",
        "attachments": ["ev_1", "ev_2"],
        "sender": {"role": "seller", "display_name": "Li Wei 李伟"},
        "channel": "seller_platform",
    }
    store.sync.store_messages("cs_1", [rich, t.message("m2", "plain", minutes=4)], None)
    ids = store.reads.message_row_ids("cs_1")
    first, second = store.reads.messages_by_row_ids(ids)
    assert first.row_id == ids[0]
    assert first.sent_at == datetime(2026, 2, 1, 9, 3, 0, 123_000, tzinfo=UTC)
    assert first.sent_at.tzinfo is UTC
    assert (first.message_id, first.channel, first.sender_role, first.sender_name, first.language) == (
        "m1",
        "seller_platform",
        "seller",
        "Li Wei 李伟",
        "ar",
    )
    assert first.text == "الطرد لم يصل ORD-7\nsecond line\twith a tab"
    assert first.translations == {"en": "It has not come", "fr": "Pas arrivé"}
    assert first.attachments == ("ev_1", "ev_2")
    assert (second.translations, second.attachments) == ({}, ())
    assert second.sent_at == t.BASE_TIME.replace(minute=4)
    # The same records whichever read gives them.
    assert store.reads.messages_page("cs_1") == [first, second]
    assert store.reads.messages_page("cs_1", first.key, descending=True) == []
    assert store.reads.messages_page("cs_1", MessageKey(second.sent_at, "m2"), descending=True) == [first]
    assert store.reads.message("cs_1", "m1") == first
    assert store.reads.message("cs_2", "m1") is None  # another case's chat


@pytest.mark.usefixtures("two_cases")
def test_by_row_ids_keeps_the_order_given_across_query_chunks(store: Store) -> None:
    store.sync.store_messages("cs_1", [t.message(f"m{n:04d}", f"text {n}", minutes=n) for n in range(1_234)], None)
    store.sync.store_messages("cs_2", [t.message("other", "other case")], None)
    ids = store.reads.message_row_ids("cs_1")
    assert len(ids) == 1_234
    wanted = [*reversed(ids), 10**9, ids[5]]  # more than two queries' worth, an unknown ID, a repeat
    found = store.reads.messages_by_row_ids(wanted)
    assert [m.row_id for m in found] == [*reversed(ids), ids[5]]
    assert [m.message_id for m in found[:2]] == ["m1233", "m1232"]
    assert store.reads.messages_by_row_ids([]) == []


@pytest.mark.usefixtures("two_cases")
def test_reads_of_a_case_not_stored_say_so(store: Store) -> None:
    with pytest.raises(CaseNotFoundError):
        store.reads.messages_page("cs_unknown")
    with pytest.raises(CaseNotFoundError):
        store.reads.message_row_ids("cs_unknown")
    with pytest.raises(CaseNotFoundError):
        store.reads.message("cs_unknown", "m1")
    assert store.reads.message_row_ids("cs_1") == []


@pytest.mark.usefixtures("two_cases")
def test_a_page_goes_in_a_few_multi_row_statements_counting_only_new_rows(store: Store) -> None:
    first = [t.message(f"m{n:04d}", f"text {n}", minutes=n) for n in range(700)]
    assert store.sync.store_messages("cs_1", first, "c1") == 700
    # 1,001 rows, 300 of them known: statements of 512, 256, 128, 64, 32, 8 and 1 rows.
    second = first[400:] + [t.message(f"n{n:04d}", f"later {n}", minutes=800 + n) for n in range(701)]
    assert len(second) == 1_001
    assert store.sync.store_messages("cs_1", second, "c2") == 701
    stored = store.reads.messages_page("cs_1", limit=5_000)
    assert [m.message_id for m in stored] == [m["message_id"] for m in first + second[300:]]
    assert stored[-1].text == "later 700"


@pytest.mark.parametrize(("count", "largest"), [(0, 512), (1, 512), (1_000, 512), (1_024, 512), (1_023, 8), (5, 1)])
def test_statement_sizes_cover_the_rows_with_few_cached_sizes(count: int, largest: int) -> None:
    sizes = messages._statement_sizes(count, largest)
    assert sum(sizes) == count
    assert all(size <= largest and size & (size - 1) == 0 for size in sizes)  # powers of two
    assert len(sizes) <= count // largest + largest.bit_length()


def test_statements_respect_the_builds_placeholder_limit(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'limit.db'}")
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        for limit, rows in ((250_000, 512), (32_766, 512), (999, 64), (10, 1)):  # 999: SQLite before 3.32
            driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
            assert messages._rows_per_statement(connection) == rows
    engine.dispose()


@pytest.mark.usefixtures("two_cases")
def test_block_reads_give_hostile_text_back_exactly(store: Store) -> None:
    """Block reads come back as JSON built by SQLite: every character must survive the round trip."""
    texts = [
        "nul\x00inside",
        'quotes " and \\ backslashes \\" and \\u0041 not an escape',
        "<b>bold</b><img src='file:///etc/passwd'>&amp;",
        "bidi \u202eevil\u202c \u2066isolate\u2069 \u200f",
        "controls \x01\x1f\x7f\x85\u2028\u2029",
        "emoji 😀👍🏽 and astral 𝕏 and CJK 包裹",
        "x" * 200_000,
    ]
    page = [
        {**t.message(f"h{n}", text, minutes=n), "translations": {"en": text}, "attachments": [text[:20]]}
        for n, text in enumerate(texts)
    ]
    store.sync.store_messages("cs_1", page, None)
    found = store.reads.messages_by_row_ids(store.reads.message_row_ids("cs_1"))
    assert [m.text for m in found] == texts
    assert [m.translations for m in found] == [{"en": text} for text in texts]
    assert [m.attachments for m in found] == [(text[:20],) for text in texts]
    assert found == store.reads.messages_page("cs_1")  # the row-by-row read agrees
