"""The annotations panel on real sandbox data: list, add, edit, delete, jump, hostile text."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.annotations.model import ANNOTATION_ROLE, AnnotationsModel
from arbitration_desk.gui.annotations.panel import SHOW_PRIVATE, AnnotationsPanel
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.store.records import OutboxKind
from arbitration_desk.store.store import Store
from helpers.case_parts import show_in_context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
HOSTILE = '<b>x</b> <img src="file:///etc/passwd"> \u202eevil'


def annotated_case(store: Store) -> str:
    for row in store.reads.list_cases():
        if row.can_annotate and any(not a.own for a in store.reads.annotations(row.case_id)):
            return row.case_id
    pytest.skip("no annotated case")


def open_panel(store: Store, runner: Runner, qtbot: QtBot, case_id: str) -> AnnotationsPanel:
    panel = AnnotationsPanel(DeskModel(store, runner), zone=ZoneInfo("Europe/Paris"))
    qtbot.addWidget(panel)
    panel.resize(400, 700)
    panel.show()
    show_in_context(panel, panel.desk, case_id)
    qtbot.waitUntil(lambda: panel.ui.statusLabel.text().endswith("private") or "·" in panel.ui.statusLabel.text())
    runner.wait()
    return panel


def test_model_passes_the_model_tester(store: Store, qtmodeltester: ModelTester) -> None:
    model = AnnotationsModel(ZoneInfo("UTC"))
    model.set_rows(store.reads.annotations(annotated_case(store)))
    qtmodeltester.check(model)


def test_lists_others_annotations_and_jumps(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = annotated_case(store)
    panel = open_panel(store, runner, qtbot, case_id)
    rows = store.reads.annotations(case_id)
    assert panel.model.rowCount() == len(rows)
    others = next(i for i, r in enumerate(rows) if not r.own and r.target["type"] != "case")
    panel.select_row(others)
    assert not panel.ui.editButton.isEnabled() and not panel.ui.deleteButton.isEnabled()
    with qtbot.waitSignal(panel.jump_requested) as signal:
        panel.ui.jumpButton.click()
    assert signal.args == [rows[others].target]


def test_case_annotation_is_queued_and_marked_not_yet_sent(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = annotated_case(store)
    panel = open_panel(store, runner, qtbot, case_id)
    before = panel.model.rowCount()
    dialog = panel.add_case_annotation()
    assert dialog is not None
    dialog.ui.bodyEdit.setPlainText(HOSTILE)
    with qtbot.waitSignal(panel.changed):
        dialog.accept()
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1)
    row = next(r for r in panel.model.rows if r.body == HOSTILE)
    assert row.pending and not row.private
    index = panel.model.index(panel.model.rows.index(row), 0)
    assert index.data() == '<b>x</b> <img src="file:///etc/passwd"> ⟦RLO⟧evil'
    assert panel.model.state_text(row) == "Not yet sent"
    queued = [e for e in store.outbox.next() if e.kind == OutboxKind.ANNOTATION_PUT]
    assert [e.payload["body"] for e in queued if e.payload] == [HOSTILE]
    panel.grab()  # paints the hostile body as characters


def test_private_note_never_reaches_the_outbox(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = annotated_case(store)
    panel = open_panel(store, runner, qtbot, case_id)
    dialog = panel.add_case_annotation()
    assert dialog is not None
    dialog.ui.privateRadio.setChecked(True)
    dialog.ui.bodyEdit.setPlainText("Check the seller's earlier disputes.")
    with qtbot.waitSignal(panel.changed):
        dialog.accept()
    runner.wait()
    qtbot.waitUntil(lambda: any(r.private for r in panel.model.rows))
    assert store.outbox.next() == []
    panel.ui.showCombo.setCurrentIndex(SHOW_PRIVATE)
    assert [panel.model.state_text(r) for r in panel.model.rows] == ["Private note — never sent"]


def test_edit_and_delete_own_annotation(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = annotated_case(store)
    created = store.work.create_annotation(case_id, {"type": "case"}, "First thought.")
    panel = open_panel(store, runner, qtbot, case_id)
    number = next(i for i, r in enumerate(panel.model.rows) if r.annotation_id == created.annotation_id)
    panel.select_row(number)
    dialog = panel.edit_selected()
    assert dialog is not None
    assert not dialog.ui.privateRadio.isEnabled()
    dialog.ui.bodyEdit.setPlainText("Second thought.")
    with qtbot.waitSignal(panel.changed):
        dialog.accept()
    qtbot.waitUntil(lambda: any(r.body == "Second thought." for r in panel.model.rows))
    panel.select_row(next(i for i, r in enumerate(panel.model.rows) if r.annotation_id == created.annotation_id))
    box = panel.delete_selected()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(panel.changed):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: all(r.annotation_id != created.annotation_id for r in panel.model.rows))
    assert all(r.annotation_id != created.annotation_id for r in store.reads.annotations(case_id))
    runner.wait()


def test_annotation_role_returns_the_record(store: Store) -> None:
    model = AnnotationsModel(ZoneInfo("UTC"))
    rows = store.reads.annotations(annotated_case(store))
    model.set_rows(rows)
    assert model.index(0, 0).data(ANNOTATION_ROLE) == rows[0]
