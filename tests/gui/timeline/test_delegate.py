"""Painting the timeline: rows laid out once, as tall as drawn text, ahead of the scroll while idle."""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.plaintext import WRAP, wrappable
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.timeline.model import BLOCK, MESSAGE_ROLE, TimelineModel
from arbitration_desk.gui.timeline.view import TimelineView
from arbitration_desk.store.records import MessageRow
from arbitration_desk.store.store import Store

TEXTS = [
    "Message number 5: the parcel status is still unknown, tracking says in transit. " * 3,
    "الطرد لم يصل بعد، التتبع يقول تم التسليم لكنني لم أستلم شيئا. الطلب ORD-7، أرجو استرداد المبلغ كاملا. " * 3,
    "您好，包裹一直没有送到，物流显示已签收，但是我什么也没收到。订单号7，请尽快退款，谢谢。" * 4,
    "line one\nline two\n\n\tafter a blank line and a tab\r\n",
    "https://tracking.example/" + "A1b2C3" * 60,
    "invoice\u202etxt.exe",
    "x",
    "",
]


def last_row_shown(tree: QTreeView) -> int:
    return tree.indexAt(QPoint(1, tree.viewport().height() - 1)).row()


@pytest.mark.parametrize("width", [220, 640, 984])
def test_a_row_is_as_tall_as_its_text_drawn_wrapped(view: TimelineView, width: int) -> None:
    option = QStyleOptionViewItem()
    view.ui.messageList.initViewItemOption(option)
    option.rect = QRect(0, 0, width, 0)
    metrics = QFontMetrics(option.font)
    message = view.model.message_at(0)
    assert message is not None
    for text in TEXTS:
        for translations in ({}, {"en": text}):
            shown = replace(message, text=text, language="ar", translations=translations)
            layout = view.delegate.layout(option, shown, False)
            for rect in (layout.original, layout.translation) if translations else (layout.original,):
                assert rect is not None
                drawn = metrics.boundingRect(QRect(0, 0, rect.width(), 1_000_000), WRAP, wrappable(text))
                assert rect.height() == drawn.height(), (width, text[:20])


@pytest.mark.exclusive
def test_rows_below_are_laid_out_while_idle_so_scrolling_there_only_paints(
    view: TimelineView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tree = view.ui.messageList
    laid_out: list[str] = []
    layout = view.delegate.layout

    def counting(option: QStyleOptionViewItem, message: MessageRow, day_break: bool) -> object:
        laid_out.append(message.message_id)
        return layout(option, message, day_break)

    monkeypatch.setattr(view.delegate, "layout", counting)
    for _ in range(4):
        qtbot.wait(20)  # the event loop idles: the rows below the ones shown are laid out
        laid_out.clear()
        tree.verticalScrollBar().setValue(last_row_shown(tree) + 1)  # Page Down: all rows new
        tree.viewport().repaint()
        assert laid_out == []
    tree.verticalScrollBar().setValue(400)  # a jump: nothing was laid out there
    tree.viewport().repaint()
    assert "msg_000400" in laid_out
    qtbot.waitUntil(lambda: not view.runner.busy)


def test_cached_row_reads_nothing(chat_store: Store, runner: Runner, qtbot: QtBot) -> None:
    model = TimelineModel(chat_store, ZoneInfo("Asia/Tokyo"), runner=runner)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    assert model.cached_row(BLOCK + 1) is None
    assert not runner.busy and model.block_reads == 0  # nothing wanted, nothing read
    edge = model.index(BLOCK, 0)
    qtbot.waitUntil(lambda: edge.data(MESSAGE_ROLE) is not None)
    qtbot.waitUntil(lambda: not runner.busy)
    model.set_rows("cs_1", chat_store.reads.message_row_ids("cs_1"))
    assert model.message_at(BLOCK) is not None  # its block only
    assert model.cached_row(BLOCK) is None  # the row above is in the block before
    assert model.cached_row(BLOCK + 1) == (model.message_at(BLOCK + 1), model.starts_day(BLOCK + 1))
    assert model.message_at(0) is not None
    assert model.cached_row(BLOCK) == (model.message_at(BLOCK), model.starts_day(BLOCK))
    assert model.cached_row(0) == (model.message_at(0), True)
    assert model.cached_row(-1) is None and model.cached_row(600) is None
    assert not runner.busy


def test_a_new_font_is_laid_out_with(view: TimelineView) -> None:
    option = QStyleOptionViewItem()
    view.ui.messageList.initViewItemOption(option)
    option.rect = QRect(0, 0, 640, 0)
    message = view.model.message_at(7)  # with a translation and an attachment
    assert message is not None
    height = view.delegate.layout(option, message, True).height
    bigger = QStyleOptionViewItem(option)
    font = bigger.font
    font.setPointSizeF(font.pointSizeF() * 1.5)
    bigger.font = font
    assert view.delegate.layout(bigger, message, True).height > height
    assert view.delegate.layout(option, message, True).height == height
