"""The timeline model: thin, paged in blocks, plain text, times in the member's zone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from gui.timeline_data import HOSTILE_BIDI, HOSTILE_HTML, make_store
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from arbitration_desk.gui.timeline_index import TimelineIndex
from arbitration_desk.gui.timeline_model import (
    BLOCK,
    DAY_BREAK_ROLE,
    MESSAGE_ROLE,
    TimelineModel,
    pick_translation,
)
from arbitration_desk.store.store import Store

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def chat_store(tmp_path: Path) -> Iterator[Store]:
    with make_store(tmp_path / "home", 1_000) as store:
        yield store


def test_model_passes_the_model_tester(chat_store: Store, qtmodeltester: ModelTester) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.message_row_ids("cs_1")[:300])
    qtmodeltester.check(model)


def test_rows_are_read_in_blocks_on_demand(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.message_row_ids("cs_1"))
    assert model.rowCount() == 1_000
    assert model.block_reads == 0
    assert model.index(0, 0).data(MESSAGE_ROLE).message_id == "msg_000000"
    assert model.index(BLOCK - 1, 0).data(MESSAGE_ROLE).message_id == f"msg_{BLOCK - 1:06d}"
    assert model.block_reads == 1
    assert model.index(999, 0).data(MESSAGE_ROLE).message_id == "msg_000999"
    assert model.block_reads == 2


def test_text_is_plain_with_bidi_controls_visible(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.message_row_ids("cs_1"))
    assert model.index(2, 0).data() == HOSTILE_HTML
    assert model.index(3, 0).data() == HOSTILE_BIDI.replace("\u202e", "⟦RLO⟧")
    assert "\u202e" not in model.index(3, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_times_are_local_with_utc_on_hover(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.message_row_ids("cs_1"))
    first = model.index(0, 0)  # sent 2026-02-01 09:00 UTC = 18:00 in Tokyo
    assert model.local(first.data(MESSAGE_ROLE).sent_at).strftime("%H:%M") == "18:00"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Sent 2026-02-01 09:00:00 UTC"
    assert "01 Feb 2026 18:00" in first.data(Qt.ItemDataRole.AccessibleTextRole)


def test_day_separator_follows_the_local_day(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.message_row_ids("cs_1"))
    # messages 97 minutes apart from 18:00 Tokyo time: 18:00, 19:37, 21:14, 22:51, 00:28 (next day)
    breaks = [bool(model.index(row, 0).data(DAY_BREAK_ROLE)) for row in range(6)]
    assert breaks == [True, False, False, False, True, False]
    utc = TimelineModel(chat_store, ZoneInfo("UTC"))
    utc.set_rows("cs_1", chat_store.message_row_ids("cs_1"))
    assert [bool(utc.index(row, 0).data(DAY_BREAK_ROLE)) for row in range(6)] == [True] + [False] * 5


def test_translation_prefers_the_ui_language_then_english(chat_store: Store) -> None:
    message = chat_store.messages_page("cs_1", limit=2)[1]
    assert message.language == "fr-FR"
    assert pick_translation(message, "de") == ("de", "Nachricht 1")
    assert pick_translation(message, "en") == ("en", "Message number 1: the parcel never arrived.")
    assert pick_translation(message, "ja") == ("en", "Message number 1: the parcel never arrived.")
    english = chat_store.messages_page("cs_1", limit=1)[0]
    assert pick_translation(english, "en") is None


def test_index_filters_channels_and_searches(chat_store: Store) -> None:
    index = TimelineIndex.build(chat_store, "cs_1")
    assert len(index.row_ids) == 1_000
    assert index.channel_names() == ["buyer_seller", "buyer_platform", "seller_platform"]
    assert len(index.rows_in({"buyer_platform"})) == 333
    assert len(index.search("colis")) == 250  # every 4th message is in French
    assert len(index.search("NEVER ARRIVED")) == 250  # the translations are searched too
    assert index.search("   ") == []
    assert len(index.attachments["ev_1"]) == 20
