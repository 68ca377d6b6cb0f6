"""The main window end to end on the sandbox: sign in, sync, open a case, annotate, vote, sync again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from arbitration_desk.gui.annotations.panel import AnnotationsPanel
from arbitration_desk.gui.case_list.model import Column
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.sign_in_dialog import SignInDialog
from arbitration_desk.gui.voting.panel import VotePanel
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.store import Store
from arbitration_desk.sync.session import SessionInfo
from helpers.sandbox import DEMO_PASSWORD
from helpers.stores import open_store


def _sign_in_through_dialog(qtbot, window: MainWindow, url: str, user: str, password: str) -> SignInDialog:
    window.sign_in()
    dialog = window.findChild(SignInDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ui.api_url.setText(url)
    dialog.ui.username.setText(user)
    dialog.ui.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_demo_flow(qtbot, gui_sandbox: SandboxServer, tmp_path: Path, runner) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        window = MainWindow(store, home, runner, AppSettings(tmp_path / "gui.ini"), None)
        qtbot.addWidget(window)
        window.show()
        before = gui_sandbox.control.counts()
        indexed: list[int] = []
        window.indexer.finished.connect(indexed.append)
        with qtbot.waitSignal(window.sync.finished, timeout=120_000) as synced:
            _sign_in_through_dialog(qtbot, window, gui_sandbox.url, "chair", DEMO_PASSWORD)
        assert synced.args[0].ok
        # the synced messages are made searchable in the background once the sync is over
        indexed.clear()  # (a run at start found nothing to index)
        with qtbot.waitSignal(window.indexer.finished, timeout=30_000):
            pass
        assert not window.indexer.running
        assert sum(indexed) > 0 and store.search.messages_to_index() == 0
        assert any(hit.kind == "message" for hit in store.search.search("counterfeit"))
        assert not window.status.indexing.isVisible()
        qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
        row = next(r for r in window.case_list.model.rows() if r.can_vote)
        window.case_list.select_case(row.case_id)
        assert window.case_view.case_id == row.case_id
        panel, vote = window.case_view.annotations, window.case_view.vote
        assert isinstance(panel, AnnotationsPanel) and isinstance(vote, VotePanel)
        qtbot.waitUntil(lambda: panel.ui.addButton.isEnabled() and vote.editable, timeout=10_000)
        # annotate
        dialog = panel.add_case_annotation()
        assert dialog is not None
        dialog.ui.sharedRadio.setChecked(True)
        dialog.ui.bodyEdit.setPlainText("Carrier events contradict the seller (demo flow test).")
        with qtbot.waitSignal(window.case_view.case_changed, timeout=10_000):
            dialog.accept()
        # vote
        vote.ui.favorBuyerRadio.setChecked(True)
        vote.ui.awardEdit.setText(row.value.amount_text)
        vote.ui.rationaleEdit.setPlainText("The tracking shows no delivery (demo flow test).")
        qtbot.waitUntil(lambda: vote.ui.castButton.isEnabled(), timeout=5000)
        with qtbot.waitSignal(window.case_view.case_changed, timeout=10_000):
            vote.cast()
        qtbot.waitUntil(lambda: window.status.outbox.text() == "2 unsent", timeout=10_000)
        # sync again: both writes accepted by the platform
        with qtbot.waitSignal(window.sync.finished, timeout=60_000) as again:
            window.sync_now()
        assert again.args[0].ok and again.args[0].report.outbox_delivered == 2
        after = gui_sandbox.control.counts()
        assert after["annotation_put"] == before["annotation_put"] + 1
        assert after["vote"] == before["vote"] + 1
        qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing to send", timeout=10_000)
        window.close()


def test_sign_in_errors_and_remembered_fields(qtbot, gui_sandbox: SandboxServer, tmp_path: Path, runner) -> None:
    home = tmp_path / "home"
    settings = AppSettings(tmp_path / "gui.ini")
    with open_store(home) as store:
        window = MainWindow(store, home, runner, settings, None, auto_sync=False)
        qtbot.addWidget(window)
        window.show()
        dialog = _sign_in_through_dialog(qtbot, window, gui_sandbox.url, "member2", "wrong")
        qtbot.waitUntil(lambda: dialog.ui.error.isVisible(), timeout=10_000)
        assert "not correct" in dialog.ui.error.text()
        dialog.ui.api_url.setText("http://platform.example.com")
        dialog.ui.password.setText(DEMO_PASSWORD)
        dialog.submit()
        qtbot.waitUntil(lambda: "Refusing plain http://" in dialog.ui.error.text(), timeout=10_000)
        dialog.ui.api_url.setText(gui_sandbox.url)
        with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
            dialog.submit()
        assert window.sync.session is not None and window.sync.session.username == "member2"
        assert settings.last_api_url == gui_sandbox.url and settings.last_username == "member2"
        assert DEMO_PASSWORD not in (tmp_path / "gui.ini").read_text(encoding="utf-8").replace("demo-", "")
        # sign out: everything local goes
        runner.wait()
        window.sign_out_now()
        qtbot.waitUntil(lambda: "deleted" in window.status.activity.text(), timeout=10_000)
        assert SessionInfo.load(home) is None
        assert store.reads.list_cases() == []
        assert not window.sign_out_action.isEnabled()
        window.close()


def test_layout_persists(qtbot, store: Store, synced_home: Path, tmp_path: Path, runner) -> None:
    settings_path = tmp_path / "layout.ini"
    first = MainWindow(store, synced_home, runner, AppSettings(settings_path), None, auto_sync=False)
    qtbot.addWidget(first)
    first.resize(1024, 740)
    first.show()
    first.splitter.setSizes([400, 620])
    first.case_list.table.setColumnHidden(Column.PARTIES, True)
    first.case_list.table.setColumnWidth(Column.REFERENCE, 151)
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(store, synced_home, runner, AppSettings(settings_path), None, auto_sync=False)
    qtbot.addWidget(second)
    second.show()
    assert second.height() == 740  # restored (the default is 768; the offscreen screen may clamp the width)
    assert second.splitter.sizes() == sizes
    assert second.case_list.table.isColumnHidden(Column.PARTIES)
    assert second.case_list.table.columnWidth(Column.REFERENCE) == 151
    second.close()
