"""The notice over a reassigned case: read-only, the member's unsent text copyable, Dismiss."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import visible_controls
from arbitration_desk.store.records import CaseRow, OutboxEntry, OutboxKind

NOTICE = QT_TRANSLATE_NOOP("ReassignedNotice", "This case was reassigned; your unsent work cannot be submitted.")


def unsent_text(entries: list[OutboxEntry]) -> str:
    """The member's own unsent text (annotation bodies, vote rationale), for copying elsewhere."""
    parts = []
    for entry in entries:
        payload = entry.payload or {}
        if entry.kind == OutboxKind.ANNOTATION_PUT:
            parts.append(translate("ReassignedNotice", "Annotation:\n{body}").format(body=payload.get("body", "")))
        elif entry.kind == OutboxKind.VOTE_PUT:
            award = payload.get("award") or {}
            text = translate("ReassignedNotice", "Vote: {outcome} {amount} {currency}\nRationale:\n{rationale}")
            parts.append(
                text.format(
                    outcome=payload.get("outcome", ""),
                    amount=award.get("amount", ""),
                    currency=award.get("currency", ""),
                    rationale=payload.get("rationale", ""),
                )
            )
        elif entry.kind == OutboxKind.ANNOTATION_DELETE:
            parts.append(translate("ReassignedNotice", "Deletion of one of your annotations"))
    return "\n\n".join(parts)


class ReassignedNotice(QFrame):
    """Shown above a reassigned case.

    Args:
        desk: reads the unsent work and deletes the case off the GUI thread.

    Signals:
        dismissed(str): the member dismissed the notice; the case's local data is gone.
    """

    dismissed = Signal(str)

    def __init__(self, desk: DeskModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_id = ""
        self.setObjectName("reassignedNotice")
        self.setAccessibleName(translate("ReassignedNotice", "Reassigned case notice"))
        self.setStyleSheet("#reassignedNotice { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }")
        icon = QLabel(self)
        icon.setPixmap(icons.icon("reassigned").pixmap(20, 20))
        self.message = QLabel(translate("ReassignedNotice", NOTICE), self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("ReassignedNotice", "Reassignment notice"))
        self.message.setStyleSheet("font-weight: 600;")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("ReassignedNotice", "Your unsent work"))
        self.text.setMaximumHeight(110)
        self.copy = QPushButton(translate("ReassignedNotice", "Copy my text"), self)
        self.copy.setAccessibleName(translate("ReassignedNotice", "Copy my unsent text"))
        self.dismiss = QPushButton(translate("ReassignedNotice", "Dismiss and delete"), self)
        self.dismiss.setAccessibleName(translate("ReassignedNotice", "Dismiss reassignment notice"))
        self.copy.clicked.connect(self._copy)
        self.dismiss.clicked.connect(self._confirm_dismiss)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.message, 1)
        top.addWidget(self.copy)
        top.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.text)
        self.hide()

    def show_for(self, row: CaseRow | None) -> None:
        """Shows the notice for a reassigned ``row``; hides it otherwise."""
        if row is None or not row.reassigned:
            self.case_id = ""
            self.hide()
            return
        self.case_id = row.case_id
        self.text.setPlainText(translate("ReassignedNotice", "Loading your unsent work…"))
        self.show()
        case_id = row.case_id
        outbox = self.desk.store.outbox
        self.desk.runner.run(lambda: outbox.unsent_work(case_id), lambda entries: self._loaded(case_id, entries))

    def _loaded(self, case_id: str, entries: list[OutboxEntry]) -> None:
        if case_id == self.case_id:
            text = unsent_text(entries)
            self.text.setPlainText(visible_controls(text) if text else translate("ReassignedNotice", "Nothing unsent."))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def _confirm_dismiss(self) -> None:
        answer = QMessageBox.question(
            self,
            translate("ReassignedNotice", "Dismiss the reassigned case"),
            translate(
                "ReassignedNotice",
                "All local data of this case, including your unsent work, will be deleted. Copy your text first "
                "if you need it.\n\nDelete the case from this machine?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.dismiss_now()

    def dismiss_now(self) -> None:
        """Deletes the case's local data (no confirmation) and reports it."""
        case_id = self.case_id
        if not case_id:
            return
        self.desk.dismiss_reassigned(case_id, done=lambda _: self._dismissed(case_id))

    def _dismissed(self, case_id: str) -> None:
        self.show_for(None)
        self.dismissed.emit(case_id)
