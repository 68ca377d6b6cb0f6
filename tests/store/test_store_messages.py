"""Reading a case's chat (plain SQL, rows as tuples): every field exactly as stored, in the order asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

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
