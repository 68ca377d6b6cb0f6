"""The timeline model: thin, paged in blocks, plain text, times in the member's zone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from gui.timeline_data import HOSTILE_BIDI, HOSTILE_HTML, make_store
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.timeline.index import TimelineIndex
from arbitration_desk.gui.timeline.model import (
    BLOCK,
    DAY_BREAK_ROLE,
    MESSAGE_ROLE,
    TimelineModel,
    pick_translation,
    read_block,
)
from arbitration_desk.store.store import Store

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def chat_store(tmp_path: Path) -> Iterator[Store]:
    with make_store(tmp_path / "home", 1_000) as store:
        yield store


def test_model_passes_the_model_tester(chat_store: Store, qtmodeltester: ModelTester) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1")[:300])
    qtmodeltester.check(model)


def test_model_with_background_reads_passes_the_model_tester(
    chat_store: Store, runner: Runner, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = TimelineModel(chat_store, TOKYO, runner=runner)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1")[:700])
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not runner.busy)
    qtmodeltester.check(model)


def test_blocks_are_read_ahead_in_the_background(chat_store: Store, runner: Runner, qtbot: QtBot) -> None:
    model = TimelineModel(chat_store, TOKYO, runner=runner)
    ids = chat_store.reads.message_row_ids("cs_1")
    model.set_rows("cs_1", ids, read_block(chat_store, ids, 0))
    assert model.index(5, 0).data(MESSAGE_ROLE).message_id == "msg_000005"  # the block given
    model.show_rows(0, 12)  # the view tells what it shows: the next blocks are read meanwhile
    qtbot.waitUntil(lambda: not runner.busy)
    reads = model.block_reads
    assert model.index(BLOCK + 5, 0).data(MESSAGE_ROLE).message_id == f"msg_{BLOCK + 5:06d}"
    assert model.index(2 * BLOCK + 5, 0).data(MESSAGE_ROLE).message_id == f"msg_{2 * BLOCK + 5:06d}"
    assert model.block_reads == reads
    assert model.blocking_reads == 0


def test_a_row_not_read_yet_is_repainted_when_its_block_arrives(
    chat_store: Store, runner: Runner, qtbot: QtBot
) -> None:
    model = TimelineModel(chat_store, TOKYO, runner=runner)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    far = model.index(4 * BLOCK + 3, 0)
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert far.data(MESSAGE_ROLE) is None  # never blocks: a placeholder for now
        assert far.data() is None
    first, last = changed.args[0], changed.args[1]
    assert first.row() <= far.row() <= last.row()
    assert far.data(MESSAGE_ROLE).message_id == f"msg_{4 * BLOCK + 3:06d}"
    assert model.blocking_reads == 0
    qtbot.waitUntil(lambda: not runner.busy)


def test_a_day_break_at_a_block_edge_waits_for_the_row_above(chat_store: Store, runner: Runner, qtbot: QtBot) -> None:
    model = TimelineModel(chat_store, TOKYO, runner=runner)
    ids = chat_store.reads.message_row_ids("cs_1")
    model.set_rows("cs_1", ids)
    edge = model.index(BLOCK, 0)
    qtbot.waitUntil(lambda: edge.data(MESSAGE_ROLE) is not None)
    model.set_rows("cs_1", ids)  # forget the blocks; read only the edge row's block, synchronously
    assert model.message_at(BLOCK) is not None
    expected = model.starts_day(BLOCK)  # reads the block above too
    model.set_rows("cs_1", ids)
    model.message_at(BLOCK)
    with qtbot.waitSignal(model.dataChanged) as changed:
        assert edge.data(DAY_BREAK_ROLE) is False  # the row above is on its way
    assert changed.args[0].row() <= BLOCK <= changed.args[1].row()
    assert edge.data(DAY_BREAK_ROLE) is expected
    qtbot.waitUntil(lambda: not runner.busy)


def test_rows_are_read_in_blocks_on_demand(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    assert model.rowCount() == 1_000
    assert model.block_reads == 0
    assert model.index(0, 0).data(MESSAGE_ROLE).message_id == "msg_000000"
    assert model.index(BLOCK - 1, 0).data(MESSAGE_ROLE).message_id == f"msg_{BLOCK - 1:06d}"
    assert model.block_reads == 1
    assert model.index(999, 0).data(MESSAGE_ROLE).message_id == "msg_000999"
    assert model.block_reads == 2


def test_text_is_plain_with_bidi_controls_visible(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    assert model.index(2, 0).data() == HOSTILE_HTML
    assert model.index(3, 0).data() == HOSTILE_BIDI.replace("\u202e", "⟦RLO⟧")
    assert "\u202e" not in model.index(3, 0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_times_are_local_with_utc_on_hover(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    first = model.index(0, 0)  # sent 2026-02-01 09:00 UTC = 18:00 in Tokyo
    assert model.local(first.data(MESSAGE_ROLE).sent_at).strftime("%H:%M") == "18:00"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Sent 2026-02-01 09:00:00 UTC"
    assert "01 Feb 2026, 18:00" in first.data(Qt.ItemDataRole.AccessibleTextRole)


def test_day_separator_follows_the_local_day(chat_store: Store) -> None:
    model = TimelineModel(chat_store, TOKYO)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    # messages 97 minutes apart from 18:00 Tokyo time: 18:00, 19:37, 21:14, 22:51, 00:28 (next day)
    breaks = [bool(model.index(row, 0).data(DAY_BREAK_ROLE)) for row in range(6)]
    assert breaks == [True, False, False, False, True, False]
    utc = TimelineModel(chat_store, ZoneInfo("UTC"))
    utc.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    assert [bool(utc.index(row, 0).data(DAY_BREAK_ROLE)) for row in range(6)] == [True] + [False] * 5


def test_translation_prefers_the_ui_language_then_english(chat_store: Store) -> None:
    message = chat_store.reads.messages_page("cs_1", limit=2)[1]
    assert message.language == "fr-FR"
    assert pick_translation(message, "de") == ("de", "Nachricht 1")
    assert pick_translation(message, "en") == ("en", "Message number 1: the parcel never arrived.")
    assert pick_translation(message, "ja") == ("en", "Message number 1: the parcel never arrived.")
    english = chat_store.reads.messages_page("cs_1", limit=1)[0]
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
