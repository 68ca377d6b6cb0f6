"""The main window's “Rulings” menu: record a ruling, verify a ruling PDF, decision records.

Kept apart from the main window, which only adds the menu and connects two signals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QWidget

from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.records.verify_dialog import VerifyDialog
from arbitration_desk.gui.records.view import RecordsView
from arbitration_desk.gui.rulings.dialog import RulingDialog
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import NotSignedIn
from arbitration_desk.store.store import Store
from arbitration_desk.sync.outbox import deliver
from arbitration_desk.sync.session import SessionInfo

if TYPE_CHECKING:
    from arbitration_desk.rulings.filing import RulingService


class RulingActions(QObject):
    """Opens the rulings dialogs over ``window``.

    Args:
        store: the member's store.
        home: the home (pinned CA, signing key).
        runner: runs the dialogs' work.
        session: returns who is signed in now (None: nobody).
        current_case: returns the case shown now (None: none).
        window: the owner of the dialogs.

    Signals:
        ruling_submitted(str): a ruling of the case was signed (filed or queued).
    """

    ruling_submitted = Signal(str)

    def __init__(
        self,
        store: Store,
        home: Path,
        runner: Runner,
        session: Callable[[], SessionInfo | None],
        current_case: Callable[[], str | None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.store, self.home, self.runner, self.window = store, home, runner, window
        self._session, self._current_case = session, current_case

    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(translate("RulingActions", "&Rulings"))
        for text, slot in (
            (translate("RulingActions", "&Record ruling…"), self.ruling_for_current_case),
            (translate("RulingActions", "&Verify a ruling PDF…"), self.verify_pdf),
            (translate("RulingActions", "&Decision records…"), self.decision_records),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            menu.addAction(action)

    def client(self) -> PlatformClient:
        """A new client of the signed-in member (called in workers)."""
        session = self._session()
        if session is None:
            raise NotSignedIn(translate("RulingActions", "nobody is signed in: sign in first"))
        return session.client()

    def ruling_for_current_case(self) -> None:
        case_id = self._current_case()
        if case_id is not None:
            self.open_ruling(case_id)

    def open_ruling(self, case_id: str) -> None:
        """The chair's ruling dialog (it says why when the member may not rule)."""
        store, home, client = self.store, self.home, self.client

        def service() -> RulingService:  # called in a worker, once per dialog
            # Imported here: filing loads pyHanko and reportlab, which the desk's start-up does not need.
            from arbitration_desk.rulings.filing import RulingService

            return RulingService(store.reads, store.work, store.sync, store.outbox, client(), home, deliver=deliver)

        dialog = RulingDialog(
            store,
            self.runner,
            service,
            case_id,
            self.window,
        )
        dialog.submitted.connect(self.ruling_submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def verify_pdf(self) -> None:
        dialog = VerifyDialog(self.home, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.choose()

    def decision_records(self) -> None:
        dialog = RecordsView(self.home, self.runner, self.client, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
