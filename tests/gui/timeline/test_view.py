"""The timeline widget: search navigation, filters, attachment links and annotating a chat line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.timeline.view import TimelineView
from arbitration_desk.store.records import OutboxKind
from arbitration_desk.store.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def current_id(view: TimelineView) -> str:
    message = view.selected_message()  # data() may still answer with a placeholder
    assert message is not None
    return message.message_id


def test_search_navigates_hits_with_a_counter(view: TimelineView, qtbot: QtBot) -> None:
    view.ui.searchEdit.setText("colis")
    view.run_search()
    assert view.ui.hitLabel.text() == "1 of 150"
    assert current_id(view) == "msg_000001"
    view.ui.nextButton.click()
    assert view.ui.hitLabel.text() == "2 of 150"
    assert current_id(view) == "msg_000005"
    view.ui.prevButton.click()
    view.ui.prevButton.click()  # wraps around to the last hit
    assert view.ui.hitLabel.text() == "150 of 150"
    assert current_id(view) == "msg_000597"
    view.ui.searchEdit.setText("nothing like this")
    view.run_search()
    assert view.ui.hitLabel.text() == "No hits"
    assert not view.ui.nextButton.isEnabled()


def test_search_is_debounced_while_typing(view: TimelineView, qtbot: QtBot) -> None:
    qtbot.keyClicks(view.ui.searchEdit, "colis")
    assert view.ui.hitLabel.text() == ""
    qtbot.waitUntil(lambda: view.ui.hitLabel.text() == "1 of 150")


def test_channel_filter_and_search_within_it(view: TimelineView) -> None:
    combo = view.ui.channelCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All channels",
        "Buyer ↔ Seller",
        "Buyer ↔ Platform",
        "Seller ↔ Platform",
    ]
    combo.setCurrentIndex(2)
    assert view.model.rowCount() == 200
    assert {getattr(view.model.message_at(r), "channel", None) for r in range(200)} == {"buyer_platform"}
    view.ui.searchEdit.setText("colis")
    view.run_search()
    assert view.ui.hitLabel.text() == "1 of 50"
    view.show_all()
    assert view.model.rowCount() == 600


def test_messages_referring_to_evidence_and_back(view: TimelineView, qtbot: QtBot) -> None:
    view.show_messages(["msg_000007", "msg_000057", "msg_unknown"])
    assert view.model.rowCount() == 2
    assert view.ui.filterBar.isVisibleTo(view)
    assert "2 messages" in view.ui.filterLabel.text()
    view.ui.showAllButton.click()
    assert view.model.rowCount() == 600
    assert not view.ui.filterBar.isVisibleTo(view)
    view.show_message("msg_000450")
    assert current_id(view) == "msg_000450"
    assert view.ui.messageList.visualRect(view.ui.messageList.currentIndex()).intersects(
        view.ui.messageList.viewport().rect()
    )


def test_clicking_an_attachment_requests_the_evidence(view: TimelineView, qtbot: QtBot) -> None:
    view.show_message("msg_000007")
    list_view = view.ui.messageList
    index = list_view.currentIndex()
    option = QStyleOptionViewItem()
    list_view.initViewItemOption(option)
    option.rect = list_view.visualRect(index)
    message = view.model.message_at(index.row())
    assert message is not None
    layout = view.delegate.layout(option, message, False)
    link = layout.attachments[0].translated(option.rect.topLeft()).center()
    with qtbot.waitSignal(view.evidence_requested) as signal:
        qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=link)
    assert signal.args == ["ev_1"]
    with qtbot.assertNotEmitted(view.evidence_requested):
        qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_annotating_a_chat_line_with_a_quote_queues_it(view: TimelineView, chat_store: Store, qtbot: QtBot) -> None:
    view.show_message("msg_000003")  # the one with a U+202E in it
    dialog = view.annotate_selected()
    assert dialog is not None
    source = dialog.ui.sourceText
    cursor = source.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(len("invoice⟦RLO⟧txt"), cursor.MoveMode.KeepAnchor)
    source.setTextCursor(cursor)
    assert dialog.quote() == "invoice\u202etxt"
    dialog.ui.bodyEdit.setPlainText("The seller's file name hides its extension.")
    with qtbot.waitSignal(view.changed):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    queued = [e for e in chat_store.outbox.next() if e.kind == OutboxKind.ANNOTATION_PUT]
    assert len(queued) == 1
    assert queued[0].payload is not None
    assert queued[0].payload["target"] == {"type": "message", "id": "msg_000003", "quote": "invoice\u202etxt"}


def test_a_private_note_on_a_chat_line_is_never_queued(view: TimelineView, chat_store: Store, qtbot: QtBot) -> None:
    view.show_message("msg_000010")
    dialog = view.annotate_selected()
    assert dialog is not None
    dialog.ui.privateRadio.setChecked(True)
    dialog.ui.bodyEdit.setPlainText("Only for me.")
    with qtbot.waitSignal(view.changed):
        dialog.accept()
    assert chat_store.outbox.next() == []
    notes = chat_store.reads.annotations("cs_1")
    assert [(n.private, n.target) for n in notes] == [(True, {"type": "message", "id": "msg_000010"})]


def test_view_paints_hostile_text_without_warnings(view: TimelineView, tmp_path: Path) -> None:
    view.show_message("msg_000002")
    image = view.grab()
    assert not image.isNull()


def test_no_case_shows_nothing(view: TimelineView) -> None:
    view.set_case(None)
    assert view.model.rowCount() == 0
    assert not view.ui.annotateButton.isEnabled()
    assert view.ui.statusLabel.text() == "No case selected."


def test_a_note_may_be_shared_once_the_case_is_known_before_its_bundle(
    view: TimelineView, chat_store: Store, qtbot: QtBot
) -> None:
    """The case's detail, read ahead of its bundle, says whether a note may be shared: a member who
    presses Ctrl+M on a message shown before the bundle arrived is not held to "private"."""
    from arbitration_desk.gui.case_view.context import CaseState

    detail = chat_store.reads.case_detail("cs_1")
    view.set_case(None)  # as on a switch: nothing known of the next case
    view.set_context(CaseState("cs_1", early_detail=detail))
    qtbot.waitUntil(lambda: view.model.rowCount() == 600 and view.index is not None)
    view.show_message("msg_000010")
    qtbot.waitUntil(lambda: view.ui.messageList.currentIndex().isValid())
    dialog = view.annotate_selected()
    assert dialog is not None
    assert dialog.ui.sharedRadio.isEnabled() and dialog.ui.sharedRadio.isChecked()
    dialog.reject()
