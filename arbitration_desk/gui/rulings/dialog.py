"""The chair's ruling: outcome, award, reasons, what was relied on, a live PDF preview, sign and file.

Everything slow (reading the votes again, composing the PDF, signing, filing) runs in the
:class:`Runner`; the service's calls are serialized by one lock, so a preview never races a
signature on the same client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from arbitration_desk.domain.enums import VoteOutcome
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.rules import award_problems
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.plaintext import make_plain, set_plain_text, set_tooltip, visible_controls
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.generated.ui_ruling_dialog import Ui_RulingDialog
from arbitration_desk.gui.rulings.jobs import FiledRuling, RulingForm, ServiceFactory, ServiceHolder
from arbitration_desk.gui.rulings.preview import PdfPreview
from arbitration_desk.gui.rulings.state import (
    EVIDENCE,
    ReliedItem,
    RulingCase,
    can_sign,
    describe_submission,
    error_text,
    filing_result_text,
    load_ruling_case,
)
from arbitration_desk.store.store import Store

if TYPE_CHECKING:  # a type only: filing loads pyHanko and reportlab, in the dialog's worker (gui/rulings/actions.py)
    from arbitration_desk.rulings.filing import Submission

PREVIEW_DELAY_MS = 600
MAX_REASONS = 10_000
MAX_FINDINGS = 10_000
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class RulingDialog(QDialog):
    """Drafts, previews, signs and files the ruling of one case (the chair only).

    Args:
        store: the member's store.
        runner: runs every slow step.
        service_factory: makes the :class:`RulingService` (called once, in a worker).
        case_id: the case to rule on.
        parent: the owner window.

    Signals:
        submitted(str): a ruling of the case was signed (and filed or queued).
    """

    submitted = Signal(str)

    def __init__(
        self, store: Store, runner: Runner, service_factory: ServiceFactory, case_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.runner, self.case_id = store, runner, case_id
        self._holder = ServiceHolder(service_factory)
        self.ui = Ui_RulingDialog()
        self.ui.setupUi(self)
        for label in (self.ui.caseLabel, self.ui.blockedLabel, self.ui.problemLabel, self.ui.stateLabel):
            make_plain(label)
        make_plain(self.ui.confirmLabel)
        self.ui.blockedLabel.setStyleSheet("color: #b45309; font-weight: 600;")
        self.ui.problemLabel.setStyleSheet("color: #b45309;")
        self.preview = PdfPreview(self.ui.previewHost)
        self.ui.previewLayout.addWidget(self.preview)
        self.ui.splitter.setSizes([520, 640])
        self.ui.dialogLayout.setStretch(2, 1)
        font = self.ui.caseLabel.font()
        font.setBold(True)
        self.ui.caseLabel.setFont(font)
        self.relied = QStandardItemModel(self)
        self.ui.reliedList.setModel(self.relied)
        self._radios = {
            VoteOutcome.FAVOR_BUYER.value: self.ui.favorBuyerRadio,
            VoteOutcome.FAVOR_SELLER.value: self.ui.favorSellerRadio,
            VoteOutcome.SPLIT.value: self.ui.splitRadio,
        }
        self.case: RulingCase | None = None
        self.submission: Submission | None = None
        self.busy = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("ruling-preview")
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        for radio in self._radios.values():
            radio.toggled.connect(self._edited)
        self.ui.awardEdit.textEdited.connect(self._edited)
        self.ui.reasonsEdit.textChanged.connect(self._edited)
        self.ui.findingsEdit.textChanged.connect(self._edited)
        self.relied.itemChanged.connect(self._edited)
        self.ui.signButton.clicked.connect(self._ask_confirm)
        self.ui.confirmButton.clicked.connect(self.sign_and_file)
        self.ui.cancelButton.clicked.connect(self.ui.confirmBar.hide)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.confirmBar.hide()
        self._set_editable(False)
        set_plain_text(self.ui.caseLabel, translate("RulingDialog", "Case {case}").format(case=case_id))
        set_plain_text(self.ui.stateLabel, translate("RulingDialog", "Loading the case…"))
        self.runner.run(
            lambda: load_ruling_case(store, case_id), guarded(self, self._loaded), guarded(self, self._load_failed)
        )

    # ---- loading ----

    def _loaded(self, case: RulingCase) -> None:
        self.case = case
        set_plain_text(
            self.ui.caseLabel, translate("RulingDialog", "Ruling of case {case}").format(case=case.reference)
        )
        set_plain_text(self.ui.blockedLabel, case.blocked)
        self.ui.blockedLabel.setVisible(bool(case.blocked))
        claimed = case.claimed
        set_plain_text(
            self.ui.claimedLabel,
            translate("RulingDialog", "(claimed: {amount})").format(amount=claimed)
            if claimed
            else translate("RulingDialog", "(claim unknown)"),
        )
        set_plain_text(self.ui.currencyLabel, claimed.currency if claimed else "")
        self.relied.clear()
        for entry in case.relied:
            item = QStandardItem(visible_controls(entry.label))
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setEditable(False)
            item.setData(entry, ITEM_ROLE)
            set_tooltip(item, entry.quote or entry.label)
            self.relied.appendRow(item)
        self._show_submission(case.submission)
        self._set_editable(not case.blocked and can_sign(case.submission))
        self._validate()

    def _load_failed(self, exc: BaseException) -> None:
        set_plain_text(
            self.ui.blockedLabel,
            translate("RulingDialog", "The case cannot be read: {error}").format(error=explain(exc)),
        )
        set_plain_text(self.ui.stateLabel, "")

    # ---- the form ----

    def outcome(self) -> str | None:
        return next((value for value, radio in self._radios.items() if radio.isChecked()), None)

    def set_outcome(self, outcome: str) -> None:
        self._radios[outcome].setChecked(True)

    def award(self) -> Money | None:
        claimed = self.case.claimed if self.case else None
        try:
            return Money.parse(self.ui.awardEdit.text(), claimed.currency) if claimed else None
        except MoneyError:
            return None

    def chosen(self) -> list[ReliedItem]:
        items = (self.relied.item(row) for row in range(self.relied.rowCount()))
        return [i.data(ITEM_ROLE) for i in items if i is not None and i.checkState() == Qt.CheckState.Checked]

    def problems(self) -> list[str]:
        """What keeps the ruling from being previewed and signed (empty: nothing)."""
        found: list[str] = []
        outcome, award = self.outcome(), self.award()
        claimed = self.case.claimed if self.case else None
        if outcome is None:
            found.append(translate("RulingDialog", "Choose an outcome."))
        if award is None:
            found.append(translate("RulingDialog", "Enter the award as an amount such as 52.45."))
        elif outcome is not None and claimed is not None:
            for check in award_problems(outcome, award, claimed):
                found.append(
                    translate("RulingDialog", "The award fails the “{check}” check (claimed {claimed}).").format(
                        check=check.value, claimed=claimed
                    )
                )
        reasons = self.ui.reasonsEdit.toPlainText()
        if not reasons.strip():
            found.append(translate("RulingDialog", "Write the reasons."))
        elif len(reasons) > MAX_REASONS:
            found.append(
                translate("RulingDialog", "The reasons are {count} characters too long.").format(
                    count=f"{len(reasons) - MAX_REASONS:,}"
                )
            )
        findings = self.ui.findingsEdit.toPlainText()
        if len(findings) > MAX_FINDINGS:
            found.append(
                translate("RulingDialog", "The findings are {count} characters too long.").format(
                    count=f"{len(findings) - MAX_FINDINGS:,}"
                )
            )
        return found

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.ui.outcomeBox, self.ui.awardEdit, self.ui.reliedList):
            widget.setEnabled(editable)
        self.ui.reasonsEdit.setReadOnly(not editable)
        self.ui.findingsEdit.setReadOnly(not editable)
        self.ui.signButton.setEnabled(editable and not self.problems())

    def _edited(self, *_args: Any) -> None:
        if self.outcome() == VoteOutcome.FAVOR_SELLER and self.ui.awardEdit.text() != "0.00":
            self.ui.awardEdit.setText("0.00")
        self.ui.confirmBar.hide()
        if self._validate():
            self.preview.show_message(translate("RulingDialog", "Edited — the preview follows in a moment…"))
            self._timer.start()

    def _validate(self) -> bool:
        found = self.problems() if self.case is not None else [translate("RulingDialog", "Loading…")]
        set_plain_text(self.ui.problemLabel, " ".join(found[:2]))
        editable = self.ui.outcomeBox.isEnabled()
        self.ui.signButton.setEnabled(editable and not found and not self.busy)
        return editable and not found

    def form(self) -> RulingForm:
        """The form's inputs (call only when :meth:`problems` is empty)."""
        outcome, award = self.outcome(), self.award()
        assert outcome is not None and award is not None
        chosen = self.chosen()
        return RulingForm(
            self.case_id,
            outcome,
            award,
            self.ui.reasonsEdit.toPlainText(),
            tuple(i.item_id for i in chosen if i.kind == EVIDENCE),
            tuple((i.item_id, i.quote) for i in chosen if i.kind != EVIDENCE),
            findings=self.ui.findingsEdit.toPlainText(),
        )

    # ---- preview ----

    def refresh_preview(self) -> None:
        """Composes the unsigned PDF of the form in the Runner and shows it."""
        self._timer.stop()
        if not self._validate():
            return
        self._generation += 1
        generation, form, holder = self._generation, self.form(), self._holder

        def done(pdf: bytes) -> None:
            if generation == self._generation:
                self.preview.show_pdf(pdf)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.preview.show_message(
                    translate("RulingDialog", "No preview: {error}").format(error=error_text(exc))
                )

        self.preview.show_message(translate("RulingDialog", "Composing the preview…"))
        self.runner.run(lambda: holder.preview(form), guarded(self, done), guarded(self, failed))

    # ---- signing and filing ----

    def _ask_confirm(self) -> None:
        if not self._validate():
            return
        outcome = str(self.outcome())
        set_plain_text(
            self.ui.confirmLabel,
            translate(
                "RulingDialog",
                "Sign the ruling “{outcome}”, award {award}, with your key and file it with the platform?"
                " A filed ruling is final.",
            ).format(outcome=fmt.outcome_words(outcome), award=self.award()),
        )
        self.ui.confirmBar.show()
        self.ui.confirmButton.setFocus()

    def sign_and_file(self) -> None:
        """Signs (key and certificate as needed), queues and files the ruling — in the Runner."""
        self.ui.confirmBar.hide()
        if not self._validate():
            return
        form, holder = self.form(), self._holder
        self.busy = True
        self._timer.stop()
        self._set_editable(False)
        set_plain_text(self.ui.stateLabel, translate("RulingDialog", "Signing and filing…"))
        self.runner.run(
            lambda: holder.sign_and_file(form), guarded(self, self._signed), guarded(self, self._sign_failed)
        )

    def _signed(self, result: FiledRuling) -> None:
        self.busy = False
        self._timer.stop()
        self._generation += 1  # a preview of the unsigned draft still composing must not replace the signed one
        self._show_submission(result.submission)
        set_plain_text(self.ui.stateLabel, filing_result_text(result))
        if result.pdf:
            self.preview.show_pdf(result.pdf, signed=True)
        self._set_editable(can_sign(result.submission) and not (self.case and self.case.blocked))
        self._validate()
        self.submitted.emit(self.case_id)

    def _sign_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._set_editable(bool(self.case and not self.case.blocked))
        self._validate()
        self._set_state_style("#b91c1c")
        set_plain_text(self.ui.stateLabel, error_text(exc))

    def _show_submission(self, submission: Submission | None) -> None:
        self.submission = submission
        state = submission.state if submission else "drafted"
        colors = {"filed": "#15803d", "rejected": "#b91c1c", "failed": "#b91c1c"}
        self._set_state_style(colors.get(state, ""))
        set_plain_text(self.ui.stateLabel, describe_submission(submission))
        if submission is not None and not can_sign(submission):
            self.ui.signButton.setText(translate("RulingDialog", "Signed"))
        elif submission is not None:
            self.ui.signButton.setText(translate("RulingDialog", "&Sign again and file…"))

    def _set_state_style(self, color: str) -> None:
        self.ui.stateLabel.setStyleSheet(f"color: {color}; font-weight: 600;" if color else "font-weight: 600;")

    # ---- closing ----

    def done(self, result: int) -> None:
        """Closes the dialog; the service's client is closed after the jobs still running."""
        self._timer.stop()
        self._generation += 1
        self.runner.run(self._holder.close)
        super().done(result)
