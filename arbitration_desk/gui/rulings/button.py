"""“Record ruling…”: a button shown only to the chair of a case whose votes are all in and unsealed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.rulings.state import block_reason
from arbitration_desk.store.store import Store


class RulingButton(QPushButton):
    """Opens the ruling dialog of the shown case; hidden unless the member may record its ruling.

    Args:
        store: the member's store.
        runner: reads the case off the GUI thread.
        parent: the owner.

    Signals:
        requested(str): the chair asked to record the ruling of this case.
    """

    requested = Signal(str)

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__("&Record ruling…", parent)
        self.setAccessibleName("Record the ruling of this case")
        self.setToolTip("Draft, preview, sign and file the panel's ruling (chair only)")
        self.store, self.runner = store, runner
        self.case_id: str | None = None
        self._generation = 0
        self.clicked.connect(self._clicked)
        self.hide()

    def set_case(self, case_id: str | None) -> None:
        """Shows the button when the member chairs ``case_id`` and may rule now."""
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, case_id, store = self._generation, self.case_id, self.store
        if case_id is None:
            self.hide()
            return

        def work() -> str:
            return block_reason(store.case_detail(case_id), store.vote_board(case_id), store.member_id())

        def done(reason: str) -> None:
            if generation == self._generation:
                self.setVisible(reason == "")

        self.runner.run(work, guarded(self, done), guarded(self, lambda _exc: self.hide()))

    def _clicked(self) -> None:
        if self.case_id is not None:
            self.requested.emit(self.case_id)
