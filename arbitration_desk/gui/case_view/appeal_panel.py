"""An appeal case's appeal, above the tabs: against which ruling, by whom, on what grounds.

"Appeal against the ruling of ARB-… of <date>, by the seller", what the first ruling decided, the
appellant's grounds with the platform's machine translation side by side (as in the timeline), and
the ruling appealed against (:class:`~.ruling_panel.RulingPanel` with ``appealed=True``): listed and
downloaded by the sync, checked against ``appeal.document_sha256`` and verified by ``verify``'s
rules before the member relies on it. Hidden on a first-instance case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from arbitration_desk.documents.labels import ROLES, label
from arbitration_desk.domain.appeals import Appeal
from arbitration_desk.gui.case_view.context import CaseState
from arbitration_desk.gui.case_view.ruling_panel import RulingPanel, award_text, case_appeal, outcome_text
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import plain_label, set_plain_text, set_tooltip

_FRAME_STYLE = "AppealPanel { background: #fff7ed; border-bottom: 1px solid #fed7aa; }"
_CAPTION_STYLE = "QLabel { color: palette(placeholder-text); font-size: 8pt; }"
#: Lines of grounds shown before the boxes scroll (the grounds may be 20,000 characters long).
GROUNDS_LINES = 4
#: The appellant's role inside a sentence ("by the seller"), as ``label(ROLES, role).lower()`` says it.
_PARTIES = {
    "buyer": QT_TRANSLATE_NOOP("AppealPanel", "buyer"),
    "seller": QT_TRANSLATE_NOOP("AppealPanel", "seller"),
    "platform": QT_TRANSLATE_NOOP("AppealPanel", "platform"),
    "mediator": QT_TRANSLATE_NOOP("AppealPanel", "mediator"),
    "agent": QT_TRANSLATE_NOOP("AppealPanel", "platform agent"),
    "system": QT_TRANSLATE_NOOP("AppealPanel", "platform (automatic)"),
}


def party_text(role: str) -> str:
    """A known role as a word in a sentence (``seller``); an unknown one as received."""
    if role in _PARTIES:
        return translate("AppealPanel", _PARTIES[role])
    return label(ROLES, role).lower() if role in ROLES else fmt.untrusted(role, 40)


def appeal_title(appeal: Appeal) -> str:
    """``Appeal against the ruling of ARB-2026-000099 of 10 February 2026, by the seller``."""
    return translate("AppealPanel", "Appeal against the ruling of {reference} of {date}, by the {party}").format(
        reference=fmt.untrusted(appeal.of_reference, 100),
        date=fmt.utc_day(appeal.decided_at),
        party=party_text(appeal.appellant),
    )


def appeal_facts(appeal: Appeal) -> str:
    """When it was filed, what the first ruling decided, and what counts as new on appeal."""
    fields = {"filed": fmt.utc_day(appeal.filed_at), "outcome": outcome_text(appeal.outcome)}
    fields["award"] = award_text(appeal.award)
    if appeal.first_panel_size:
        return translate(
            "AppealPanel",
            "Filed {filed}. First ruling by a panel of {size}: {outcome}; {award}. "
            "Evidence and messages added after the filing are marked “New on appeal”.",
        ).format(size=appeal.first_panel_size, **fields)
    return translate(
        "AppealPanel",
        "Filed {filed}. First ruling: {outcome}; {award}. "
        "Evidence and messages added after the filing are marked “New on appeal”.",
    ).format(**fields)


def appellant_language(case: dict[str, Any] | None, appeal: Appeal) -> str:
    """The appellant's language as the case's parties give it ("" when unknown)."""
    for party in (case or {}).get("parties") or []:
        if isinstance(party, dict) and party.get("role") == appeal.appellant:
            return fmt.untrusted(party.get("language", ""), 20)
    return ""


def grounds_caption(role: str, language: str) -> str:
    """``Grounds of the seller (original, zh)`` above the appellant's own words."""
    if role in ROLES:
        party = party_text(role)
        if language:
            text = translate("AppealPanel", "Grounds of the {party} (original, {language})")
            return text.format(party=party, language=language)
        return translate("AppealPanel", "Grounds of the {party} (original)").format(party=party)
    if language:
        return translate("AppealPanel", "Grounds (original, {language})").format(language=language)
    return translate("AppealPanel", "Grounds (original)")


def _text_box(name: str, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setAccessibleName(name)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    lines = box.fontMetrics().lineSpacing() * GROUNDS_LINES
    box.setFixedHeight(lines + 2 * box.frameWidth() + 8)
    return box


class AppealPanel(QFrame):
    """Shows the appeal of the case in view; hidden on a first-instance case."""

    def __init__(self, desk: DeskModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppealPanel")
        self.setAccessibleName(translate("AppealPanel", "Appeal"))
        self.setStyleSheet(_FRAME_STYLE)
        self.appeal: Appeal | None = None
        self.shown_case: str | None = None

        self.title = plain_label("", self)
        self.title.setAccessibleName(translate("AppealPanel", "Appeal"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.facts = plain_label("", self)
        self.facts.setAccessibleName(translate("AppealPanel", "Appeal facts"))
        self.facts.setWordWrap(True)

        self.original_caption = plain_label("", self)
        self.translation_caption = plain_label(translate("AppealPanel", "Machine translation (platform, en)"), self)
        for caption in (self.original_caption, self.translation_caption):
            caption.setStyleSheet(_CAPTION_STYLE)
        self.grounds = _text_box(translate("AppealPanel", "Grounds of appeal"), self)
        self.translation = _text_box(translate("AppealPanel", "Grounds of appeal, machine translation"), self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(1)
        grid.addWidget(self.original_caption, 0, 0)
        grid.addWidget(self.translation_caption, 0, 1)
        grid.addWidget(self.grounds, 1, 0)
        grid.addWidget(self.translation, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.appealed = RulingPanel(desk, self, appealed=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(grid)
        layout.addWidget(self.appealed)
        self.hide()

    def set_context(self, state: CaseState) -> None:
        self.appealed.set_context(state)
        if state.bundle is None and state.loading and state.case_id == self.shown_case:
            return  # the same case read again: keep showing it
        appeal = case_appeal(state)
        self.appeal = appeal
        self.shown_case = state.bundle.case_id if state.bundle is not None else None
        self.setVisible(appeal is not None)
        if appeal is None:
            return
        case = state.bundle.detail.case if state.bundle is not None else None
        set_plain_text(self.title, appeal_title(appeal))
        set_plain_text(self.facts, appeal_facts(appeal))
        language = appellant_language(case, appeal)
        set_plain_text(self.original_caption, grounds_caption(appeal.appellant, language))
        self.grounds.setPlainText(fmt.untrusted(appeal.grounds, 20_000))
        translation = appeal.translation()
        shown = bool(translation) and translation.strip() != appeal.grounds.strip()
        self.translation.setVisible(shown)
        self.translation_caption.setVisible(shown)
        if shown:
            self.translation.setPlainText(fmt.untrusted(translation, 20_000))
        appealed = translate("AppealPanel", "Ruling appealed against: {ruling}").format(ruling=appeal.ruling_id)
        set_tooltip(self.title, f"{appeal_title(appeal)}\n{appealed}")
