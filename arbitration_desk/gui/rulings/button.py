"""“Record ruling…”: a button shown only to the chair of a case whose votes are all in and unsealed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from arbitration_desk.gui.case_view.context import CaseState
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.rulings.state import block_reason


class RulingButton(QPushButton):
    """Opens the ruling dialog of the shown case; hidden unless the member may record its ruling.

    A part of the case view (:class:`~arbitration_desk.gui.case_view.context.CasePart`).

    Args:
        parent: the owner.

    Signals:
        requested(str): the chair asked to record the ruling of this case.
    """

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RulingButton", "Record r&uling…"), parent)  # Alt+R is the Rulings menu
        self.setAccessibleName(translate("RulingButton", "Record the ruling of this case"))
        self.setToolTip(translate("RulingButton", "Draft, preview, sign and file the panel's ruling (chair only)"))
        self.case_id: str | None = None
        self.clicked.connect(self._clicked)
        self.hide()

    def set_context(self, state: CaseState) -> None:
        """Shown when the member chairs the context's case and may rule now; hidden while a case
        loads, so that it never offers the ruling of a case not yet read."""
        self.case_id = state.case_id
        bundle = state.bundle
        self.setVisible(bundle is not None and block_reason(bundle.detail, bundle.vote_board, bundle.member_id) == "")

    def _clicked(self) -> None:
        if self.case_id is not None:
            self.requested.emit(self.case_id)
