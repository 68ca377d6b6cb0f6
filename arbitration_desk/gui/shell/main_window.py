"""The main window: case list | case view in a splitter, sync in the status bar, menus and toolbar.

The View menu (:mod:`.view_menu`) hides or shows the side panels, moves the evidence viewer to a
window of its own and goes full screen; the panels shown and the splitters' positions are kept.

It composes small widgets and wires their signals; each view loads its data off the GUI thread.
Writes go through the :class:`DeskModel`, whose change signals the case list, the case view and the
outbox count follow by themselves: the window never tells them to reload.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QToolBar, QVBoxLayout, QWidget

from arbitration_desk import __version__
from arbitration_desk.domain.phrases import Phrase
from arbitration_desk.gui.case_list.view import CaseListView
from arbitration_desk.gui.case_view.reassigned_notice import ReassignedNotice
from arbitration_desk.gui.case_view.view import CaseView
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import explain, say, translate
from arbitration_desk.gui.common.plaintext import message_box, set_window_title
from arbitration_desk.gui.common.product import product_name
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.prefetch import ThumbnailPrefetcher
from arbitration_desk.gui.rulings.actions import RulingActions
from arbitration_desk.gui.shell.deadline_notices import DeadlineBanner, DeadlineNotifier
from arbitration_desk.gui.shell.legend import LegendDialog
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.shortcuts import Shortcut, ShortcutsDialog, collect_shortcuts
from arbitration_desk.gui.shell.sign_in_dialog import SignInDialog
from arbitration_desk.gui.shell.status_bar import SyncStatusBar
from arbitration_desk.gui.shell.view_menu import Panel, ViewMenu
from arbitration_desk.gui.sync.controller import SyncController, SyncOutcome
from arbitration_desk.gui.sync.errors_dialog import SyncErrorsDialog
from arbitration_desk.gui.sync.search_indexer import SearchIndexer
from arbitration_desk.platform.credentials import describe_backend
from arbitration_desk.store.store import Store
from arbitration_desk.sync.report import Progress
from arbitration_desk.sync.session import SessionInfo, sign_out


class MainWindow(QMainWindow):
    """The desk.

    Args:
        store: the member's store.
        home: the home directory (session, settings).
        runner: runs every slow piece of work.
        settings: window layout and sign-in defaults.
        session: who is signed in (None: nobody yet).
        auto_sync: sync at start and every few minutes.
    """

    def __init__(
        self,
        store: Store,
        home: Path,
        runner: Runner,
        settings: AppSettings,
        session: SessionInfo | None,
        *,
        auto_sync: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._legend: LegendDialog | None = None
        self._shortcuts: ShortcutsDialog | None = None
        self.store, self.home, self.runner, self.settings = store, home, runner, settings
        self.setWindowIcon(icons.icon("app"))
        self.setMinimumSize(1024, 640)
        self.desk = DeskModel(store, runner, self)
        self.sync = SyncController(store, runner, parent=self)
        self.indexer = SearchIndexer(store.search, runner, parent=self)
        self.case_list = CaseListView(store, runner, self, desk=self.desk)
        self.case_view = CaseView(store, runner, self, desk=self.desk)
        self.notice = ReassignedNotice(self.desk, self)
        self.status = SyncStatusBar(self)
        self.setStatusBar(self.status)
        self.deadline_banner = DeadlineBanner(self)
        self.deadlines = DeadlineNotifier(
            settings, self.case_list.model.rows, self.deadline_banner.show_notice, icons.icon("app"), self
        )
        self.errors_dialog: SyncErrorsDialog | None = None
        self.rulings = RulingActions(
            store, home, runner, lambda: self.sync.session, lambda: self.case_view.case_id, self
        )
        self._auto_sync = auto_sync
        self._sign_out_pending = False
        #: The case list has loaded (or failed to) once; until then the automatic sync waits (:meth:`_auto_sync_now`).
        self._listed = False
        self._sync_when_listed = False
        self._build_layout()
        self._build_actions()
        self._wire()
        self._restore_layout()
        self.set_session(session)
        self.desk.refresh()  # the list and the outbox count read the store
        self.indexer.start()  # an earlier session may have left messages unsearchable

    # -- construction ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.deadline_banner)
        right_layout.addWidget(self.notice)
        right_layout.addWidget(self.case_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(translate("MainWindow", "Case list and case"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)  # a larger window widens the case, not the list
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 826])
        self.setCentralWidget(self.splitter)

    def _action(
        self, text: str, icon: str | None, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_view_menu(self) -> ViewMenu:
        view, gallery = self.case_view, self.case_view.gallery
        facts = gallery.viewer.details.facts_box  # its actions (open externally…) stay
        panels = [
            Panel(
                "case_list",
                translate("MainWindow", "&Case list"),
                self.case_list,
                translate("MainWindow", "Show the list of cases beside the case"),
            ),
            Panel(
                "annotations",
                translate("MainWindow", "&Annotations"),
                view.side,
                translate("MainWindow", "Show the annotations beside the case"),
            ),
            Panel(
                "evidence_list",
                translate("MainWindow", "&Evidence list"),
                gallery.side,
                translate("MainWindow", "Show the list of evidence beside the viewer"),
            ),
            Panel(
                "evidence_details",
                translate("MainWindow", "Evidence &details"),
                facts,
                translate("MainWindow", "Show the evidence's facts above the viewer"),
            ),
        ]
        splitters = {"main/splitter": self.splitter, "case_view/body": view.body, "evidence/splitter": gallery.splitter}
        return ViewMenu(self, self.settings, panels, splitters, gallery)

    def _build_actions(self) -> None:
        self.view_menu = self._build_view_menu()
        self.sync_action = self._action(translate("MainWindow", "&Sync now"), "sync", "F5", self.sync_now)
        self.sync_action.setToolTip(translate("MainWindow", "Sync now (F5): fetch changes and send your work"))
        self.cancel_action = self._action(translate("MainWindow", "&Cancel sync"), "cancel", None, self._cancel_sync)
        self.cancel_action.setEnabled(False)
        self.errors_action = self._action(translate("MainWindow", "Sync &errors…"), "errors", None, self.show_errors)
        self.auto_action = QAction(translate("MainWindow", "&Automatic sync"), self)
        self.auto_action.setCheckable(True)
        self.auto_action.setChecked(self._auto_sync)
        self.auto_action.toggled.connect(self._set_auto)
        self.deadlines_action = QAction(translate("MainWindow", "&Deadline notifications"), self)
        self.deadlines_action.setCheckable(True)
        self.deadlines_action.setChecked(self.deadlines.enabled)
        self.deadlines_action.setToolTip(
            translate(
                "MainWindow",
                "A desktop message when a case comes within 48 hours of its ruling deadline, and at start for "
                "anything overdue",
            )
        )
        self.deadlines_action.toggled.connect(self.deadlines.set_enabled)
        self.sign_in_action = self._action(translate("MainWindow", "Sign &in…"), "sign_in", None, self.sign_in)
        self.sign_out_action = self._action(
            translate("MainWindow", "Sign &out…"), "sign_out", None, self.confirm_sign_out
        )
        self.find_action = self._action(
            translate("MainWindow", "&Find…"), "search", QKeySequence.StandardKey.Find, self._find
        )
        self.go_to_list_action = self._action(
            translate("MainWindow", "Go to the case &list"), None, "Ctrl+L", self.go_to_case_list
        )
        self.go_to_list_action.setToolTip(
            translate("MainWindow", "Move the keyboard focus to the list of cases (Ctrl+L)")
        )
        quit_action = self._action(translate("MainWindow", "&Quit"), None, QKeySequence.StandardKey.Quit, self.close)
        about_action = self._action(translate("MainWindow", "&About Arbitration Desk"), "app", None, self._about)
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([self.sign_in_action, self.sign_out_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        bar.addMenu(translate("MainWindow", "&Edit")).addActions([self.find_action, self.go_to_list_action])
        self.view_menu.add_to(bar)
        sync_menu = bar.addMenu(translate("MainWindow", "&Sync"))
        sync_menu.addActions([self.sync_action, self.cancel_action, self.auto_action, self.deadlines_action])
        sync_menu.addSeparator()
        sync_menu.addAction(self.errors_action)
        self.rulings.add_menu(bar)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.legend_action = help_menu.addAction(translate("MainWindow", "Case list &legend"))
        self.legend_action.triggered.connect(self.show_legend)
        self.shortcuts_action = help_menu.addAction(translate("MainWindow", "&Keyboard shortcuts"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(about_action)
        toolbar = QToolBar(translate("MainWindow", "Main toolbar"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.sync_action, self.cancel_action])
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        self.addToolBar(toolbar)

    def _wire(self) -> None:
        self.case_list.case_selected.connect(self._case_selected)
        self.case_list.case_activated.connect(lambda _case_id: self.case_view.focus_sections())
        self.case_list.sign_in_requested.connect(self.sign_in)
        self.case_list.loaded.connect(lambda _: self._update_notice())
        self.case_list.loaded.connect(lambda _: self.deadlines.check())
        self.case_list.loaded.connect(self._first_listed)
        self.case_list.load_failed.connect(self._first_listed)
        self.deadlines.case_requested.connect(self._show_case_from_notice)
        self.deadline_banner.case_requested.connect(self._show_case_from_notice)
        self.case_view.ruling_requested.connect(self.rulings.open_ruling)
        self.rulings.ruling_submitted.connect(self.desk.ruling_submitted)
        self.notice.dismissed.connect(self._case_dismissed)
        self.desk.outbox_counted.connect(self.status.set_outbox_count)
        self.desk.work_saved.connect(lambda _case_id: self.sync.sync_soon())
        self.sync.started.connect(self._sync_started)
        self.sync.progress.connect(self.status.show_progress)
        self.sync.progress.connect(self._sync_progressed)
        self.sync.finished.connect(self._sync_finished)
        self.sync.offline_changed.connect(lambda offline: self.status.set_offline(offline))
        self.sync.sign_in_required.connect(self.sign_in)
        self.status.cancel_requested.connect(self._cancel_sync)
        self.status.errors_requested.connect(self.show_errors)
        self.indexer.progress.connect(self.status.show_indexing)
        self.indexer.running_changed.connect(self._indexing_changed)
        self.indexer.failed.connect(self.status.show_indexing_failed)
        self.indexer.finished.connect(self._indexing_finished)

    def _show_case_from_notice(self, case_id: str) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.case_list.select_case(case_id)

    # -- layout persistence ----------------------------------------------------------------

    def _restore_layout(self) -> None:
        if (geometry := self.settings.layout("main/geometry")) is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        if (state := self.settings.layout("main/state")) is not None:
            self.restoreState(state)
        self.view_menu.restore()  # the splitters' positions and the panels shown
        if (header := self.settings.layout("case_list/header")) is not None:
            self.case_list.restore_header(header)

    def save_layout(self) -> None:
        self.settings.set_layout("main/geometry", self.saveGeometry())
        self.settings.set_layout("main/state", self.saveState())
        self.view_menu.save()
        self.settings.set_layout("case_list/header", self.case_list.header_state())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.case_view.gallery.set_viewer_detached(False)  # its window closes with the desk's
        self.save_layout()
        self.indexer.stop()  # before the runner is waited for: no further batch is scheduled
        self.sync.shutdown()
        super().closeEvent(event)

    # -- session ---------------------------------------------------------------------------

    def set_session(self, session: SessionInfo | None) -> None:
        self.sync.set_session(session)
        signed_in = session is not None
        self.sign_in_action.setVisible(not signed_in)
        self.sign_out_action.setEnabled(signed_in)
        self.sync_action.setEnabled(signed_in)
        self.case_list.set_signed_in(signed_in)
        if session is not None:
            title = translate("MainWindow", "{title} — {username} on {address}").format(
                title=product_name(), username=session.username, address=session.api_url
            )
        else:
            title = translate("MainWindow", "{title} — not signed in").format(title=product_name())
        set_window_title(self, title)  # the username and address are typed or remembered text
        self.status.set_offline(self.sync.offline, signed_in=signed_in)
        self.sync.set_auto(signed_in and self.auto_action.isChecked())
        if signed_in and self.auto_action.isChecked():
            self._auto_sync_now()

    def _auto_sync_now(self) -> None:
        """The sync at start (or at sign-in): at once if the case list has loaded, else right after its
        first load. Both read the store; run together, they took about twice as long and the list
        was read again when the sync ended, so the window became usable a few hundred ms later
        (issue 16, "Start-up cost"; ``tests/benchmarks/bench_startup.py``)."""
        if self._listed:
            self.sync.sync_now()
        else:
            self._sync_when_listed = True

    def _first_listed(self, _result: object = None) -> None:
        """The case list's first load ended (filled or failed): the waiting sync starts, once the
        window has handled the load (the list is painted first)."""
        if self._listed:
            return
        self._listed = True
        if self._sync_when_listed:
            self._sync_when_listed = False
            QTimer.singleShot(0, self._start_waiting_sync)

    def _start_waiting_sync(self) -> None:
        if self.sync.session is not None and self.auto_action.isChecked():
            self.sync.sync_now()

    def sign_in(self, message: str = "") -> None:
        """Opens the sign-in dialog (window-modal); the sync starts once signed in."""
        dialog = SignInDialog(self.home, self.runner, self.settings, self, store=self.store)
        session = self.sync.session
        if session is not None:
            dialog.prefill(session.api_url, session.username)
        if message:
            dialog.show_message(message)
        dialog.signed_in.connect(self._signed_in)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _signed_in(self, session: SessionInfo) -> None:
        self.case_view.clear()
        self.set_session(session)
        self.desk.refresh()

    def confirm_sign_out(self) -> None:
        answer = QMessageBox.warning(
            self,
            translate("MainWindow", "Sign out"),
            translate(
                "MainWindow",
                "Signing out deletes all local case data from this machine: cases, messages, evidence, your "
                "private notes and any work not yet sent.\n\nSign out now?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sign_out_now()

    def sign_out_now(self) -> None:
        """Signs out without asking (after the running sync stops)."""
        self.indexer.stop()  # a batch under way and the wipe are serialized by SQLite
        if self.sync.running:
            self._sign_out_pending = True
            self._cancel_sync()
            return
        self._sign_out_pending = False
        self.sync.set_session(None)
        self.sign_out_action.setEnabled(False)
        home, store = self.home, self.store  # the window's own store wipes: its blob cache stays true
        self.runner.run(lambda: sign_out(home, store=store), self._signed_out, self._sign_out_failed)

    def _signed_out(self, warning: object) -> None:
        self._show_signed_out()
        if warning:
            text = translate("MainWindow", "Signed out; all local case data was deleted. {warning}").format(
                warning=say(warning) if isinstance(warning, Phrase | str) else str(warning)
            )
        else:
            text = translate("MainWindow", "Signed out; all local case data was deleted.")
        self.status.activity.setText(text)

    def _sign_out_failed(self, exc: BaseException) -> None:
        """The tokens are gone but the case data could not all be erased: say exactly what remains."""
        self._show_signed_out()
        self.status.activity.setText(translate("MainWindow", "Sign-out did not finish: see the message."))
        title = translate("MainWindow", "Sign-out did not finish")
        message_box(self, QMessageBox.Icon.Critical, title, explain(exc)).open()

    def _show_signed_out(self) -> None:
        self.case_view.clear()
        self.notice.show_for(None)
        self.set_session(None)
        self.desk.refresh()
        self.status.set_error_count(0)

    # -- cases -----------------------------------------------------------------------------

    def _case_selected(self, case_id: str) -> None:
        if case_id:
            self.case_view.show_case(case_id)
        else:
            self.case_view.clear()
        self._update_notice()

    def _update_notice(self) -> None:
        case_id = self.case_list.current_case_id()
        row = self.case_list.row(case_id) if case_id else None
        if row is None or row.case_id != self.notice.case_id or not row.reassigned:
            self.notice.show_for(row)

    def _case_dismissed(self, case_id: str) -> None:
        if self.case_view.case_id == case_id:
            self.case_view.clear()

    # -- sync ------------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.sync.sync_now()

    def _set_auto(self, enabled: bool) -> None:
        self.sync.set_auto(enabled and self.sync.session is not None)

    def _cancel_sync(self) -> None:
        if self.sync.running:
            self.sync.cancel()
            self.status.show_cancelling()

    def _sync_started(self) -> None:
        self.status.show_started()
        self.sync_action.setEnabled(False)
        self.cancel_action.setEnabled(True)

    def _sync_progressed(self, progress: Progress) -> None:
        ThumbnailPrefetcher.of(self).sync_progressed(progress)  # thumbnails of what it has verified so far

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self.sync_action.setEnabled(self.sync.session is not None)
        self.cancel_action.setEnabled(False)
        self.status.show_finished(outcome, self.sync.last_success)
        if self.errors_dialog is not None and outcome.report is not None:
            self.errors_dialog.set_failures(outcome.report.failures)
        if self._sign_out_pending:
            self.sign_out_now()
            return
        self.desk.refresh(cases=outcome.report is not None)  # the views read what the sync stored
        # Each in an event-loop pass of its own, so that no one pass holds the GUI thread for long.
        QTimer.singleShot(0, self.indexer.start)  # even a failed or cancelled sync may have stored messages
        QTimer.singleShot(0, ThumbnailPrefetcher.of(self).start)  # thumbnails of what it verified, before asked

    # -- search index ----------------------------------------------------------------------

    def _indexing_changed(self, running: bool) -> None:
        del running  # a new run shows its progress; an ended one leaves nothing (a failure says so after)
        self.status.hide_indexing()

    def _indexing_finished(self, indexed: int) -> None:
        if indexed:
            self.case_list.refresh_search()

    def _find(self) -> None:
        self.view_menu.set_shown("case_list", True)  # searching needs the list
        self.case_list.focus_search()

    def go_to_case_list(self) -> None:
        """Edit → Go to the case list (Ctrl+L): the keyboard focus in the list (shown if hidden)."""
        self.view_menu.set_shown("case_list", True)
        self.case_list.focus_list()

    def show_errors(self) -> None:
        outcome = self.sync.last_outcome
        failures = outcome.report.failures if outcome is not None and outcome.report is not None else []
        if self.errors_dialog is None:
            self.errors_dialog = SyncErrorsDialog(failures, self)
        else:
            self.errors_dialog.set_failures(failures)
        self.errors_dialog.show()
        self.errors_dialog.raise_()

    def show_legend(self) -> LegendDialog:
        """Help → Case list legend (one dialog, brought forward when open)."""
        if self._legend is None:
            self._legend = LegendDialog(self)
        self._legend.show()
        self._legend.raise_()
        return self._legend

    def shortcuts(self) -> list[Shortcut]:
        """Every key of the window, read from its widgets (what Help → Keyboard shortcuts lists)."""
        places = {
            self.case_list: translate("MainWindow", "Case list", "where a key works"),
            self.case_view: translate("MainWindow", "Case", "where a key works"),
        }
        return collect_shortcuts(self, places)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts (one dialog, its list read again each time it is shown)."""
        if self._shortcuts is None:
            self._shortcuts = ShortcutsDialog([], self)
        self._shortcuts.set_shortcuts(self.shortcuts())
        self._shortcuts.show()
        self._shortcuts.raise_()
        return self._shortcuts

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "About Arbitration Desk"),
            "",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(self.windowIcon().pixmap(48, 48))
        box.setText(translate("MainWindow", "Arbitration Desk {version}").format(version=__version__))
        box.setInformativeText(
            translate(
                "MainWindow",
                "Review, annotate and vote on the marketplace disputes assigned to you, online or offline.\n\n"
                "Credential store: {backend}",
            ).format(backend=say(describe_backend()))
        )
        box.exec()
