"""The desk: writes go through it, and the case list and the outbox count follow its signals by themselves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.annotations.panel import AnnotationsPanel
from arbitration_desk.gui.case_list.view import CaseListView
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.store.case_bundle import CaseBundle
from arbitration_desk.store.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def annotatable_case(store: Store) -> str:
    return next(row.case_id for row in store.reads.list_cases() if row.can_annotate and not row.unsent_count)


def test_the_case_list_reloads_itself_when_the_desk_writes(qtbot: QtBot, store: Store, runner: Runner) -> None:
    desk = DeskModel(store, runner)
    view = CaseListView(store, runner, desk=desk)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded):
        view.reload()
    case_id = annotatable_case(store)
    with qtbot.waitSignal(view.loaded), qtbot.waitSignal(desk.outbox_counted) as counted:
        desk.create_annotation(case_id, {"type": "case"}, "The carrier never scanned it.", private=False)
    row = view.row(case_id)
    assert row is not None and row.unsent_count == 1
    assert counted.args == [store.outbox.count()] and store.outbox.count() >= 1
    runner.wait()


def test_a_case_is_read_once_its_detail_handed_over_ahead_of_the_bundle(
    qtbot: QtBot, store: Store, runner: Runner
) -> None:
    desk = DeskModel(store, runner)
    case_id = store.reads.list_cases()[0].case_id
    calls: list[tuple[str, object]] = []
    desk.read_case(
        case_id,
        mark_viewed=True,
        done=lambda bundle: calls.append(("bundle", bundle)),
        failed=lambda exc: calls.append(("failed", exc)),
        detail_read=lambda detail: calls.append(("detail", detail)),
    )
    qtbot.waitUntil(lambda: len(calls) == 2)
    (first, detail), (second, bundle) = calls
    assert (first, second) == ("detail", "bundle")
    assert isinstance(bundle, CaseBundle) and detail is bundle.detail
    assert bundle.case_id == case_id and not bundle.row.has_unread  # marked viewed before the read


def test_a_drafted_vote_changes_nothing_else(qtbot: QtBot, store: Store, runner: Runner) -> None:
    desk = DeskModel(store, runner)
    case_id = next(row.case_id for row in store.reads.list_cases() if row.can_vote)
    with qtbot.assertNotEmitted(desk.case_changed), qtbot.assertNotEmitted(desk.outbox_changed):
        desk.save_vote_draft(case_id, None, None, "Thinking…")
        assert runner.wait()
        qtbot.wait(50)  # the job's result is delivered to this thread
    draft = store.reads.vote_draft(case_id)
    assert draft is not None and draft.rationale == "Thinking…"


def test_an_annotation_in_the_window_updates_the_list_and_the_outbox_count(
    qtbot: QtBot, store: Store, synced_home: Path, tmp_path: Path, runner: Runner
) -> None:
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing to send", timeout=10_000)
    case_id = annotatable_case(store)
    window.case_list.select_case(case_id)
    panel = window.case_view.annotations
    assert isinstance(panel, AnnotationsPanel)
    qtbot.waitUntil(lambda: panel.case_id == case_id and panel.ui.addButton.isEnabled(), timeout=10_000)
    dialog = panel.add_case_annotation()
    assert dialog is not None
    dialog.ui.sharedRadio.setChecked(True)
    dialog.ui.bodyEdit.setPlainText("Tracking shows no delivery scan.")
    # The desk's signal alone tells the list and the status bar; the window calls no reload.
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.status.outbox.text() == "1 unsent", timeout=10_000)
    row = window.case_list.row(case_id)
    assert row is not None and row.unsent_count == 1
    # A private note is not sent: the list reloads, the count stays.
    dialog = panel.add_case_annotation()
    assert dialog is not None
    dialog.ui.privateRadio.setChecked(True)
    dialog.ui.bodyEdit.setPlainText("Ask the carrier.")
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000), qtbot.waitSignal(window.desk.outbox_counted):
        dialog.accept()
    assert window.status.outbox.text() == "1 unsent"
    runner.wait()
    window.close()


def test_a_count_that_meets_the_store_closed_says_nothing(
    qtbot: QtBot, tmp_path: Path, runner: Runner, caplog: pytest.LogCaptureFixture
) -> None:
    """Signed out or ending: the outbox count asked just before finds the store closed and lets it
    be; another failure is still logged."""
    from helpers.stores import open_store

    store = open_store(tmp_path / "home")
    desk = DeskModel(store, runner)
    store.close()
    counted: list[object] = []
    desk.outbox_counted.connect(counted.append)
    with caplog.at_level("ERROR"):
        desk._count_outbox()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert counted == [] and not [r for r in caplog.records if "outbox" in r.getMessage()]
