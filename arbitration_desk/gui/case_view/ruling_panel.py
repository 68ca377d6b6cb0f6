"""A decided case's ruling: outcome, award, date, chair, the signature's verdict, the signed PDF.

The ruling is the platform's record (``GET /v1/rulings``, kept by the sync with its signed PDF,
sealed in the store). Its signature is verified by ``verify``'s rules in the Runner when the case
is shown, against the listing's case, chair and time of receipt; the verdict is kept for the
session (one CRL fetch per ruling, not per visit). "Open signed ruling" shows the PDF in its own
window (:class:`~arbitration_desk.gui.records.document_window.RulingDocumentWindow`), read from
the store into memory only.

On an appeal case a second panel, in the appeal panel (:mod:`.appeal_panel`), shows the ruling
appealed against the same way (``appealed=True``), after checking that the platform's listing and
the appeal name the same document (``appeal.document_sha256``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from arbitration_desk.documents.labels import OUTCOMES, label
from arbitration_desk.domain.appeals import Appeal, AppealEffect, appeal_effect
from arbitration_desk.domain.money import Money
from arbitration_desk.gui.case_view.context import CaseState
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, explain, say, translate
from arbitration_desk.gui.common.plaintext import plain_label, set_plain_text, set_tooltip
from arbitration_desk.gui.records.document_window import DocumentWindows, RulingDocument, RulingDocumentWindow
from arbitration_desk.gui.records.verify_dialog import Verdict, verdict_line, verify_document
from arbitration_desk.store.records import RecordedRulingRow

_FRAME_STYLE = "RulingPanel { background: #eef2ff; border-bottom: 1px solid #c7d2fe; }"
_VALID_STYLE = "QLabel { color: #14532d; font-weight: 600; }"
_INVALID_STYLE = "QLabel { color: #7f1d1d; font-weight: 600; }"
_PENDING_STYLE = "QLabel { color: palette(placeholder-text); }"
#: The outcomes as ``documents.labels.OUTCOMES`` words them (an unknown one: as words).
_OUTCOMES = {
    "favor_buyer": QT_TRANSLATE_NOOP("RulingPanel", "In favour of the buyer"),
    "favor_seller": QT_TRANSLATE_NOOP("RulingPanel", "In favour of the seller"),
    "split": QT_TRANSLATE_NOOP("RulingPanel", "Split decision"),
}
#: What an appeal's ruling does to the first one (``AppealEffect.label``), as a closing sentence.
_EFFECTS = {
    AppealEffect.UPHOLDS: QT_TRANSLATE_NOOP("RulingPanel", "Upholds the first ruling (final)."),
    AppealEffect.REPLACES: QT_TRANSLATE_NOOP("RulingPanel", "Replaces the first ruling (final)."),
}


def chair_name(case: dict[str, Any] | None, chair_id: str) -> str:
    """The chair as the case's panel names them: ``Name (member ID)``, or the ID alone."""
    panel = (case or {}).get("panel")
    members = panel.get("members") if isinstance(panel, dict) else None
    for member in members if isinstance(members, list) else []:
        if isinstance(member, dict) and member.get("member_id") == chair_id and member.get("display_name"):
            return f"{fmt.untrusted(member['display_name'], 200)} ({chair_id})"
    return chair_id


def outcome_text(outcome: str) -> str:
    """An outcome in words (``In favour of the buyer``; an unknown one as words)."""
    return translate("RulingPanel", _OUTCOMES[outcome]) if outcome in _OUTCOMES else label(OUTCOMES, outcome)


def award_text(award: Money | None) -> str:
    """``award EUR 104.90``, or ``nothing awarded`` (none, or 0.00)."""
    if award is not None and award.amount:
        return translate("RulingPanel", "award {amount}").format(amount=fmt.money(award))
    return translate("RulingPanel", "nothing awarded")


def summary_line(ruling: RecordedRulingRow, case: dict[str, Any] | None, appeal: Appeal | None = None) -> str:
    """``Ruling recorded 2 March 2026 — In favour of the buyer; award EUR 104.90. Chair: …``.

    On an appeal case, what it does to the first ruling follows ("It replaces the first ruling.").
    """
    text = translate("RulingPanel", "Ruling recorded {date} — {outcome}; {award}. Chair: {chair}.").format(
        date=fmt.utc_day(ruling.decided_at),
        outcome=outcome_text(ruling.outcome),
        award=award_text(ruling.award),
        chair=chair_name(case, ruling.chair_id),
    )
    if appeal is not None:
        effect = appeal_effect(appeal, ruling.outcome, ruling.award)
        text += " " + translate("RulingPanel", _EFFECTS[effect])
    return text


def appealed_line(ruling: RecordedRulingRow) -> str:
    """``Ruling appealed against: ARB-… recorded 2 March 2026 — In favour of the buyer; award ….``."""
    return translate(
        "RulingPanel", "Ruling appealed against: {reference}, recorded {date} — {outcome}; {award}."
    ).format(
        reference=fmt.untrusted(ruling.case_reference, 100),
        date=fmt.utc_day(ruling.decided_at),
        outcome=outcome_text(ruling.outcome),
        award=award_text(ruling.award),
    )


def case_appeal(state: CaseState) -> Appeal | None:
    """The appeal of the case in view (None at first instance; see :attr:`CaseBundle.appeal`)."""
    return state.bundle.appeal if state.bundle is not None else None


def short_verdict(verdict: Verdict) -> tuple[str, bool]:
    """The verdict in one short line (the full one is the tooltip and the document window's)."""
    report = verdict.report
    if not report.ok:
        text, _ = verdict_line(verdict)
        return translate("RulingPanel", "Signature: {verdict}").format(verdict=text), False
    signer = report.signer_name or report.signer
    who = fmt.untrusted(signer, 200) if signer else translate("RulingPanel", "the signer")
    revocation = say(report.revocation_brief or report.revocation)  # which CRL said so: in the tooltip
    text = translate("RulingPanel", "Signature: VALID — signed by {signer}; {revocation}.")
    return text.format(signer=who, revocation=revocation), True


class RulingPanel(QFrame):
    """Shows the recorded ruling of the case in view (hidden for a case without one).

    Attributes:
        verdicts: ruling ID → verdict, for this session.
        windows: ruling ID → the open window of its signed PDF.
    """

    def __init__(self, desk: DeskModel, parent: QWidget | None = None, *, appealed: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("RulingPanel")
        self.setAccessibleName(
            translate("RulingPanel", "Ruling appealed against")
            if appealed
            else translate("RulingPanel", "Recorded ruling")
        )
        self.setStyleSheet("" if appealed else _FRAME_STYLE)
        self.desk = desk
        self.appealed = appealed
        self.appeal: Appeal | None = None
        self.ruling: RecordedRulingRow | None = None
        self.case: dict[str, Any] | None = None
        self.verdicts: dict[str, Verdict | str] = {}
        self.shown_case: str | None = None
        self.windows = DocumentWindows()
        self._verifying: set[str] = set()

        self.summary = plain_label("", self)
        self.summary.setAccessibleName(translate("RulingPanel", "Ruling"))
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.signature = plain_label("", self)
        self.signature.setAccessibleName(translate("RulingPanel", "Signature"))
        self.signature.setWordWrap(True)
        if appealed:
            button = translate("RulingPanel", "Open ruling &appealed against")
            name = translate("RulingPanel", "Open ruling appealed against")
            tip = translate("RulingPanel", "Show the signed PDF of the first panel's ruling, with its verification")
        else:
            button = translate("RulingPanel", "&Open signed ruling")
            name = translate("RulingPanel", "Open signed ruling")
            tip = translate("RulingPanel", "Show the signed PDF the chair filed, with its verification")
        self.open_button = QPushButton(button, self)
        self.open_button.setAccessibleName(name)
        self.open_button.setToolTip(tip)
        self.open_button.clicked.connect(self.open_document)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.summary)
        text.addWidget(self.signature)
        layout = QHBoxLayout(self)
        margin = (0, 0, 0, 0) if appealed else (12, 6, 12, 6)
        layout.setContentsMargins(*margin)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    # ---- the case context ----

    def set_context(self, state: CaseState) -> None:
        bundle = state.bundle
        if bundle is None and state.loading and self.shown_case == state.case_id:
            return  # the same case read again: keep showing it
        appeal = case_appeal(state)
        if self.appealed:
            ruling = bundle.appealed_ruling(appeal) if bundle is not None and appeal is not None else None
        else:
            ruling = bundle.recorded_ruling if bundle is not None else None
        self.shown_case = bundle.case_id if bundle is not None else None
        self.ruling, self.appeal = ruling, appeal
        self.case = bundle.detail.case if bundle is not None else None
        self.setVisible(appeal is not None if self.appealed else ruling is not None)
        if ruling is None:
            if self.appealed:
                set_plain_text(
                    self.summary, translate("RulingPanel", "Ruling appealed against: not listed by the platform yet.")
                )
                self._signature(
                    translate("RulingPanel", "It is listed, downloaded and verified at the next sync."), None
                )
                self.open_button.setEnabled(False)
            return
        if self.appealed:
            set_plain_text(self.summary, appealed_line(ruling))
        else:
            set_plain_text(self.summary, summary_line(ruling, self.case, appeal))
        if self.appealed and appeal is not None and ruling.document_sha256 != appeal.document_sha256:
            self.open_button.setEnabled(False)
            text = translate(
                "RulingPanel",
                "NOT relied on — the platform lists a document (SHA-256 {listed}) other than "
                "the one the appeal names ({named}).",
            )
            self._signature(text.format(listed=ruling.document_sha256, named=appeal.document_sha256), False)
            return
        self.open_button.setEnabled(ruling.document_stored)
        if not ruling.document_stored:
            if ruling.document_error:
                text = translate(
                    "RulingPanel", "The signed PDF is downloaded at the next sync (last attempt: {error})."
                )
                text = text.format(error=ruling.document_error)
            else:
                text = translate("RulingPanel", "The signed PDF is downloaded at the next sync.")
            self._signature(text, None)
            return
        self._show_verdict(ruling)

    # ---- verdict ----

    def _show_verdict(self, ruling: RecordedRulingRow) -> None:
        verdict = self.verdicts.get(ruling.ruling_id)
        if isinstance(verdict, Verdict):
            text, ok = short_verdict(verdict)
            self._signature(text, ok)
            set_tooltip(self.signature, verdict_line(verdict)[0])
        elif isinstance(verdict, str):
            set_tooltip(self.signature, "")
            self._signature(
                translate("RulingPanel", "Signature: NOT verified — {reason}").format(reason=verdict), False
            )
        else:
            self._signature(translate("RulingPanel", "Signature: verifying…"), None)
            self._verify(ruling)

    def _verify(self, ruling: RecordedRulingRow) -> None:
        if ruling.ruling_id in self._verifying:
            return
        self._verifying.add(ruling.ruling_id)
        reads, home = self.desk.store.reads, self.desk.store.home

        def work() -> Verdict:
            data = reads.signed_ruling(ruling.document_sha256)
            return verify_document(
                data, home, case=ruling.case_reference, chair=ruling.chair_id, received_at=ruling.received_at
            )

        def done(verdict: Verdict) -> None:
            self._verifying.discard(ruling.ruling_id)
            self.verdicts[ruling.ruling_id] = verdict
            if self.ruling is not None and self.ruling.ruling_id == ruling.ruling_id:
                self._show_verdict(ruling)

        def failed(exc: BaseException) -> None:
            self._verifying.discard(ruling.ruling_id)
            reason = translate("RulingPanel", "the signed PDF cannot be verified: {error}").format(error=explain(exc))
            self.verdicts[ruling.ruling_id] = reason
            if self.ruling is not None and self.ruling.ruling_id == ruling.ruling_id:
                self._show_verdict(ruling)

        self.desk.runner.run(work, guarded(self, done), guarded(self, failed))

    def _signature(self, text: str, ok: bool | None) -> None:
        set_plain_text(self.signature, text)
        style = _PENDING_STYLE if ok is None else _VALID_STYLE if ok else _INVALID_STYLE
        self.signature.setStyleSheet(style)

    # ---- the document ----

    def open_document(self) -> RulingDocumentWindow | None:
        """Opens the signed PDF in its own window (or brings its open window forward)."""
        ruling = self.ruling
        if ruling is None or not ruling.document_stored:
            return None
        reads, sha = self.desk.store.reads, ruling.document_sha256
        if self.appealed:
            title = translate("RulingPanel", "Ruling appealed against — case {reference}")
        else:
            title = translate("RulingPanel", "Ruling — case {reference}")
        document = RulingDocument(
            title=title.format(reference=fmt.untrusted(ruling.case_reference, 100)),
            read=lambda: reads.signed_ruling(sha),
            key=ruling.ruling_id,
            case=ruling.case_reference,
            chair=ruling.chair_id,
            received_at=ruling.received_at,
        )
        return self.windows.open(document, self.desk.store.home, self.desk.runner)
