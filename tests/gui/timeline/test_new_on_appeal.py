"""The chat of an appeal case: messages sent on appeal are marked, "New on appeal only" shows just them."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from gui.timeline_data import chat
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.timeline.model import NEW_ON_APPEAL_ROLE
from arbitration_desk.gui.timeline.view import TimelineView
from arbitration_desk.store import testing as t
from arbitration_desk.store.store import Store
from helpers.case_parts import context_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: The chat's messages are 97 minutes apart; msg_000590 was sent as the appeal was filed (not after it).
FILED_AT = t.BASE_TIME + timedelta(minutes=590 * 97)
NEW_IDS = [f"msg_{n:06d}" for n in range(591, 600)]
PARIS = ZoneInfo("Europe/Paris")
TIP = f"Added on appeal, after the appeal was filed on {FILED_AT.astimezone(PARIS):%d %b %Y, %H:%M}"


@pytest.fixture
def appeal_view(view: TimelineView, chat_store: Store, qtbot: QtBot) -> TimelineView:
    """The timeline fixture's view, moved to an appeal case carrying the same chat (same message IDs)."""
    appeal = t.appeal_of("ARB-2026-cs_1", filed_at=t.format_timestamp(FILED_AT))
    chat_store.sync.apply_case_page([t.case_summary("cs_appeal")], [], "c2")
    chat_store.sync.store_case(t.full_case("cs_appeal", appeal=appeal))
    chat_store.sync.store_messages("cs_appeal", chat(600), None)
    context_of(view).show_case("cs_appeal")
    check = view.ui.newOnAppealCheck
    qtbot.waitUntil(lambda: view.index is not None and view.model.rowCount() == 600 and check.isVisibleTo(view))
    assert view.case_id == "cs_appeal" and check.isEnabled()
    return view


def _marked(view: TimelineView) -> list[str]:
    model = view.model
    messages = [model.message_at(row) for row in range(model.rowCount())]
    return [m.message_id for m in messages if m is not None and model.new_on_appeal(m)]


def _option(view: TimelineView, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.ui.messageList.initViewItemOption(option)
    option.rect = view.ui.messageList.visualRect(view.model.index(row, 0))
    return option


def test_messages_sent_on_appeal_are_marked(appeal_view: TimelineView, qtbot: QtBot) -> None:
    view, model = appeal_view, appeal_view.model
    assert _marked(view) == NEW_IDS
    view.show_message("msg_000591")
    row = view.ui.messageList.currentIndex().row()
    index = model.index(row, 0)
    assert index.data(NEW_ON_APPEAL_ROLE) == TIP
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith(f" UTC\n{TIP}")
    assert ", new on appeal: " in index.data(Qt.ItemDataRole.AccessibleTextRole)
    above = model.index(row - 1, 0)  # msg_000590, sent as the appeal was filed
    assert above.data(NEW_ON_APPEAL_ROLE) == "" and "appeal" not in above.data(Qt.ItemDataRole.ToolTipRole)

    # The chip sits in the header line, whole, between the role and the time; it has its own tooltip.
    option = _option(view, row)
    chip = view.delegate.new_on_appeal_rect(option, index)
    assert chip is not None
    small = option.font
    small.setPointSizeF(max(small.pointSizeF() * 0.86, 6.0))
    assert chip.width() >= QFontMetrics(small).horizontalAdvance("New on appeal") + 10
    assert option.rect.contains(chip) and chip.right() < option.rect.right() - 60  # clear of the time
    assert view.delegate.new_on_appeal_rect(_option(view, row - 1), above) is None
    viewport = view.ui.messageList.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, chip.center(), viewport.mapToGlobal(chip.center()))
    assert view.delegate.helpEvent(event, view.ui.messageList, option, index)
    assert QToolTip.text() == f"<p style='white-space:pre-wrap'>{TIP}</p>"
    QToolTip.hideText()
    view.ui.messageList.clearSelection()
    view.grab().save("/tmp/timeline_appeal.png")


def test_new_on_appeal_only(appeal_view: TimelineView, qtbot: QtBot) -> None:
    view = appeal_view
    check = view.ui.newOnAppealCheck
    assert check.text() == "New on appeal only" and not check.isChecked()
    check.setChecked(True)
    assert view.model.rowCount() == len(NEW_IDS) and _marked(view) == NEW_IDS
    assert view.ui.statusLabel.text().startswith("9 of 600 messages")
    view.ui.channelCombo.setCurrentIndex(1)  # Buyer ↔ Seller, within the messages sent on appeal
    assert [view.model.message_at(r).message_id for r in range(view.model.rowCount())] == [
        "msg_000591",
        "msg_000594",
        "msg_000597",
    ]
    assert check.isChecked()
    view.ui.channelCombo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.index(len(NEW_IDS) - 1, 0).data(NEW_ON_APPEAL_ROLE) == TIP)
    view.grab().save("/tmp/timeline_appeal_filtered.png")

    view.show_message("msg_000010")  # from before the appeal: the whole chat again
    assert not check.isChecked() and view.model.rowCount() == 600
    assert view.selected_message() is not None and view.selected_message().message_id == "msg_000010"

    check.setChecked(True)
    context_of(view).show_case("cs_1")  # back to the first instance: no box, no filter, no mark
    qtbot.waitUntil(lambda: view.case_id == "cs_1" and view.index is not None and view.model.rowCount() == 600)
    assert not check.isVisibleTo(view) and not check.isChecked() and _marked(view) == []


def test_nothing_is_marked_at_first_instance(view: TimelineView, qtbot: QtBot) -> None:
    check = view.ui.newOnAppealCheck
    assert not check.isVisibleTo(view) and view.model.appeal is None and _marked(view) == []
    view.show_message("msg_000599")
    index = view.ui.messageList.currentIndex()
    assert index.data(NEW_ON_APPEAL_ROLE) == ""
    assert view.delegate.new_on_appeal_rect(_option(view, index.row()), index) is None
