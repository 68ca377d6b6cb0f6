"""Reading a case's chat (plain SQL, rows as tuples): every field exactly as stored, in the order asked."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from arbitration_desk.store import messages
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import CaseNotFoundError
from arbitration_desk.store.records import MessageKey
from arbitration_desk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as opened:
        opened.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
        yield opened


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
    store.store_messages("cs_1", [rich, t.message("m2", "plain", minutes=4)], None)
    ids = store.message_row_ids("cs_1")
    first, second = store.messages_by_row_ids(ids)
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
    assert store.messages_page("cs_1") == [first, second]
    assert store.messages_page("cs_1", first.key, descending=True) == []
    assert store.messages_page("cs_1", MessageKey(second.sent_at, "m2"), descending=True) == [first]
    assert store.message("cs_1", "m1") == first
    assert store.message("cs_2", "m1") is None  # another case's chat


def test_by_row_ids_keeps_the_order_given_across_query_chunks(store: Store) -> None:
    store.store_messages("cs_1", [t.message(f"m{n:04d}", f"text {n}", minutes=n) for n in range(1_234)], None)
    store.store_messages("cs_2", [t.message("other", "other case")], None)
    ids = store.message_row_ids("cs_1")
    assert len(ids) == 1_234
    wanted = [*reversed(ids), 10**9, ids[5]]  # more than two queries' worth, an unknown ID, a repeat
    found = store.messages_by_row_ids(wanted)
    assert [m.row_id for m in found] == [*reversed(ids), ids[5]]
    assert [m.message_id for m in found[:2]] == ["m1233", "m1232"]
    assert store.messages_by_row_ids([]) == []


def test_reads_of_a_case_not_stored_say_so(store: Store) -> None:
    with pytest.raises(CaseNotFoundError):
        store.messages_page("cs_unknown")
    with pytest.raises(CaseNotFoundError):
        store.message_row_ids("cs_unknown")
    with pytest.raises(CaseNotFoundError):
        store.message("cs_unknown", "m1")
    assert store.message_row_ids("cs_1") == []


def test_a_page_goes_in_a_few_multi_row_statements_counting_only_new_rows(store: Store) -> None:
    first = [t.message(f"m{n:04d}", f"text {n}", minutes=n) for n in range(700)]
    assert store.store_messages("cs_1", first, "c1") == 700
    # 1,001 rows, 300 of them known: statements of 512, 256, 128, 64, 32, 8 and 1 rows.
    second = first[400:] + [t.message(f"n{n:04d}", f"later {n}", minutes=800 + n) for n in range(701)]
    assert len(second) == 1_001
    assert store.store_messages("cs_1", second, "c2") == 701
    stored = store.messages_page("cs_1", limit=5_000)
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
    store.store_messages("cs_1", page, None)
    found = store.messages_by_row_ids(store.message_row_ids("cs_1"))
    assert [m.text for m in found] == texts
    assert [m.translations for m in found] == [{"en": text} for text in texts]
    assert [m.attachments for m in found] == [(text[:20],) for text in texts]
    assert found == store.messages_page("cs_1")  # the row-by-row read agrees
