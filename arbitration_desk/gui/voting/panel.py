"""The member's blind vote: a draft saved as they type, cast through the outbox, and the vote board."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from arbitration_desk.domain.deliberation import own_vote_entry
from arbitration_desk.domain.enums import CaseStatus, RulingCheck, VoteOutcome, parse_enum
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.rules import award_problems
from arbitration_desk.gui.case_view.context import CaseState
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.flow import CardGrid
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.plaintext import make_plain, set_plain_text
from arbitration_desk.gui.generated.ui_vote_panel import Ui_VotePanel
from arbitration_desk.gui.timeline.model import local_zone
from arbitration_desk.gui.voting.board import (
    VoteColumn,
    board_open,
    entry_name,
    majority,
    sealed_summary,
    voters_summary,
)
from arbitration_desk.store.case_bundle import CaseBundle
from arbitration_desk.store.records import VoteDraftRecord

MAX_RATIONALE = 20_000
SAVE_DELAY_MS = 800
#: The narrowest a member's vote is shown (three side by side need about 700 pixels), and its least height.
BOARD_CARD_WIDTH = 220
BOARD_CARD_HEIGHT = 240


class VotePanel(QWidget):
    """Outcome, award and rationale of the member's vote; the board, sealed or open.

    A part of the case view (:class:`~arbitration_desk.gui.case_view.context.CasePart`): it shows
    the vote of the case context's bundle and saves and casts through the desk.

    Signals:
        changed(): the vote was cast (queued for the platform).

    Args:
        desk: saves and casts the vote off the GUI thread.
        zone: display time zone (default: the operating system's).
        parent: owner.
    """

    changed = Signal()

    def __init__(self, desk: DeskModel, parent: QWidget | None = None, *, zone: tzinfo | None = None):
        super().__init__(parent)
        self.desk = desk
        self.zone = zone or local_zone()
        self.ui = Ui_VotePanel()
        self.ui.setupUi(self)
        for label in (
            self.ui.boardLabel,
            self.ui.votersLabel,
            self.ui.readOnlyLabel,
            self.ui.problemLabel,
            self.ui.confirmLabel,
            self.ui.claimedLabel,
            self.ui.draftLabel,
        ):
            make_plain(label)
        for label in (self.ui.currencyLabel, self.ui.counterLabel):
            label.setWordWrap(False)
        self.ui.stateLayout.setStretch(0, 1)
        self.ui.claimedLabel.setStyleSheet("color: palette(placeholder-text);")
        # The members' votes reflow: as many side by side as fit, the others below (never cut off).
        self.board_layout = CardGrid(self.ui.boardArea, min_width=BOARD_CARD_WIDTH, min_height=BOARD_CARD_HEIGHT)
        self.board_layout.setContentsMargins(0, 4, 0, 0)
        font = self.ui.boardLabel.font()
        font.setBold(True)
        self.ui.boardLabel.setFont(font)
        self.ui.readOnlyLabel.setStyleSheet("color: #b45309;")
        self.ui.problemLabel.setStyleSheet("color: #b45309;")
        self.case_id: str | None = None
        self.claimed: Money | None = None
        self.editable = False
        self._filling = False
        #: The member changed the form since it was last filled or stored: a new state of the same
        #: case (another panel's write, a sync) must not overwrite it.
        self._touched = False
        self._filled: str | None = None  # the case whose vote the form was filled with
        self._radios = {
            VoteOutcome.FAVOR_BUYER.value: self.ui.favorBuyerRadio,
            VoteOutcome.FAVOR_SELLER.value: self.ui.favorSellerRadio,
            VoteOutcome.SPLIT.value: self.ui.splitRadio,
        }
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)
        for radio in self._radios.values():
            radio.toggled.connect(self._edited)
        self.ui.awardEdit.textEdited.connect(self._edited)
        self.ui.rationaleEdit.textChanged.connect(self._edited)
        self.ui.castButton.clicked.connect(self._ask_confirm)
        self.ui.confirmButton.clicked.connect(self.cast)
        self.ui.cancelButton.clicked.connect(self.ui.confirmBar.hide)
        self.ui.confirmBar.hide()
        for button in (self.ui.castButton, self.ui.confirmButton, self.ui.cancelButton):
            button.setAutoDefault(True)  # Enter presses the focused one, as in a dialog (the bar asks as one would)
        self.set_context(CaseState())

    # ---- public API ----

    def set_context(self, state: CaseState) -> None:
        """Shows the vote of the context's case (no case: nothing); an unsaved draft of the
        previous case is saved first."""
        same = state.case_id == self.case_id
        if not same:
            if self._save_timer.isActive():
                self.save_draft()
            self.case_id = state.case_id
            self._touched = False
            self.ui.confirmBar.hide()
        if state.case_id is None:
            self._set_editable(False)
            set_plain_text(self.ui.boardLabel, translate("VotePanel", "No case selected."))
            for label in (self.ui.votersLabel, self.ui.readOnlyLabel, self.ui.draftLabel, self.ui.problemLabel):
                label.clear()
            self._show_board(None, {}, None)
        elif state.error:
            set_plain_text(
                self.ui.boardLabel, translate("VotePanel", "Could not read the vote: {error}").format(error=state.error)
            )
        elif state.bundle is not None:
            self._loaded(state.bundle, keep_form=self._touched and self._filled == state.case_id)

    def outcome(self) -> str | None:
        return next((value for value, radio in self._radios.items() if radio.isChecked()), None)

    def problems(self) -> list[str]:
        """What keeps the vote from being cast, in words (empty: it can be cast)."""
        found = []
        outcome = self.outcome()
        if outcome is None:
            found.append(translate("VotePanel", "Choose an outcome."))
        award = self._award()
        if award is None:
            found.append(translate("VotePanel", "Enter the award as an amount such as 52.45."))
        elif outcome is not None and self.claimed is not None:
            for check in award_problems(outcome, award, self.claimed):
                if check == RulingCheck.AWARD_EXCEEDS_CLAIM:
                    text = translate("VotePanel", "The award exceeds the amount claimed ({claimed}).")
                    found.append(text.format(claimed=self.claimed))
                elif outcome == VoteOutcome.FAVOR_SELLER:
                    found.append(translate("VotePanel", "With “favor seller” the award is 0.00."))
                else:
                    text = translate("VotePanel", "The award must be in {currency}.")
                    found.append(text.format(currency=self.claimed.currency))
        rationale = self.ui.rationaleEdit.toPlainText()
        if not rationale.strip():
            found.append(translate("VotePanel", "Write a rationale."))
        elif len(rationale) > MAX_RATIONALE:
            text = translate("VotePanel", "The rationale is {count} characters too long.")
            found.append(text.format(count=f"{len(rationale) - MAX_RATIONALE:,}"))
        return found

    # ---- loading ----

    def _loaded(self, loaded: CaseBundle, *, keep_form: bool) -> None:
        """Shows the bundle's vote; ``keep_form`` keeps what the member is typing (and its state)."""
        row, case = loaded.row, loaded.detail.case or {}
        claimed = (case.get("claim") or {}).get("amount_claimed")
        try:
            self.claimed = Money.from_json(claimed) if claimed else row.value
        except MoneyError:
            self.claimed = row.value
        names = {
            str(m.get("member_id")): str(m.get("display_name", ""))
            for m in (case.get("panel") or {}).get("members", [])
        }
        set_plain_text(
            self.ui.claimedLabel, translate("VotePanel", "Amount claimed: {amount}").format(amount=self.claimed)
        )
        set_plain_text(self.ui.currencyLabel, self.claimed.currency)
        reason = ""
        if row.reassigned:
            reason = translate("VotePanel", "This case was reassigned; it is read-only.")
        elif not row.can_vote:
            status = parse_enum(CaseStatus, row.status)
            if isinstance(status, CaseStatus):
                # humanize's words, in a sentence ("in deliberation")
                reason = translate("VotePanel", "Voting is closed: the case is {status}.")
                reason = reason.format(status=fmt.humanize(row.status).lower())
            else:
                reason = translate("VotePanel", "Voting is unavailable: unknown case status “{status}”.")
                reason = reason.format(status=row.status)
        set_plain_text(self.ui.readOnlyLabel, reason)
        self.ui.readOnlyLabel.setVisible(bool(reason))
        board = loaded.vote_board.board if loaded.vote_board else None
        own = own_vote_entry(board, loaded.member_id)
        if not keep_form:
            self._fill(loaded.vote_draft, own)
            self._filled = loaded.case_id
        self._set_editable(row.can_vote)
        if board is None:
            set_plain_text(
                self.ui.boardLabel, translate("VotePanel", "No vote board yet; it arrives with the next sync.")
            )
            self.ui.votersLabel.clear()
        else:
            set_plain_text(self.ui.boardLabel, sealed_summary(board))
            set_plain_text(self.ui.votersLabel, voters_summary(board, names, loaded.member_id))
        self._show_board(board, names, loaded.member_id)
        if not keep_form:
            self._show_draft_state(loaded.vote_draft, own)
        self._validate()

    def _fill(self, draft: VoteDraftRecord | None, own: Mapping[str, Any] | None) -> None:
        self._filling = True
        try:
            outcome, award, rationale = None, "", ""
            if draft is not None:
                outcome, rationale = draft.outcome, draft.rationale
                award = draft.award.amount_text if draft.award else ""
            elif own is not None and own.get("has_voted"):
                outcome, rationale = own.get("outcome"), str(own.get("rationale", ""))
                award = str((own.get("award") or {}).get("amount", ""))
            for value, radio in self._radios.items():
                radio.setAutoExclusive(False)
                radio.setChecked(value == outcome)
                radio.setAutoExclusive(True)
            self.ui.awardEdit.setText(award)
            self.ui.rationaleEdit.setPlainText(rationale)
        finally:
            self._filling = False
        self._touched = False

    def _set_editable(self, editable: bool) -> None:
        self.editable = editable
        for radio in self._radios.values():
            radio.setEnabled(editable)
        self.ui.awardEdit.setEnabled(editable and self.outcome() != VoteOutcome.FAVOR_SELLER)
        self.ui.rationaleEdit.setReadOnly(not editable)
        self.ui.castButton.setEnabled(False)

    def _show_board(self, board: dict[str, Any] | None, names: dict[str, str], me: str | None) -> None:
        layout = self.board_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        sealed = not board_open(board)
        self.ui.boardArea.setVisible(not sealed)
        if sealed or board is None:
            return
        items = list(board.get("items", []))
        winner = majority(items)
        previous: QWidget = self.ui.cancelButton  # made after the form, the rationales would come last in Tab order
        for entry in items:
            dissent = winner is not None and entry.get("has_voted") and entry.get("outcome") != winner
            column = VoteColumn(entry, entry_name(entry, names, me), bool(dissent), self.zone)
            layout.addWidget(column)
            for rationale in column.findChildren(QPlainTextEdit):
                QWidget.setTabOrder(previous, rationale)
                previous = rationale

    def _show_draft_state(self, draft: VoteDraftRecord | None, own: Mapping[str, Any] | None) -> None:
        if draft is not None and draft.queued:
            text = translate("VotePanel", "Queued — will be sent at the next sync.")
        elif own is not None and own.get("has_voted"):
            text = translate("VotePanel", "Your vote is recorded on the platform; you may change it until the ruling.")
        elif draft is not None:
            when = fmt.short_moment(draft.updated_at, self.zone)
            text = translate("VotePanel", "Draft saved {when} (not cast).").format(when=when)
        else:
            text = translate("VotePanel", "Not voted yet.")
        set_plain_text(self.ui.draftLabel, text)

    # ---- editing ----

    def _award(self) -> Money | None:
        if self.claimed is None:
            return None
        try:
            return Money.parse(self.ui.awardEdit.text(), self.claimed.currency)
        except MoneyError:
            return None

    def _edited(self, *_args: Any) -> None:
        if self._filling:
            return
        self._touched = True
        if self.outcome() == VoteOutcome.FAVOR_SELLER:
            self.ui.awardEdit.setText("0.00")
        self.ui.awardEdit.setEnabled(self.editable and self.outcome() != VoteOutcome.FAVOR_SELLER)
        self.ui.confirmBar.hide()
        self._validate()
        if self.editable:
            set_plain_text(self.ui.draftLabel, translate("VotePanel", "Editing… (the draft is saved as you type)"))
            self._save_timer.start()

    def _validate(self) -> None:
        found = self.problems()
        set_plain_text(self.ui.problemLabel, " ".join(found[:2]))
        length = len(self.ui.rationaleEdit.toPlainText())
        set_plain_text(self.ui.counterLabel, f"{length:,} / {MAX_RATIONALE:,}")
        self.ui.counterLabel.setStyleSheet("color: #b91c1c;" if length > MAX_RATIONALE else "")
        self.ui.castButton.setEnabled(self.editable and not found)

    def save_draft(self) -> None:
        """Saves the form as the local draft now (normally called by the debounce timer)."""
        self._save_timer.stop()
        case_id = self.case_id
        if case_id is None or not self.editable:
            return
        outcome, award, rationale = self.outcome(), self._award(), self.ui.rationaleEdit.toPlainText()
        moment = datetime.now(self.zone).strftime("%H:%M")

        def saved(_result: object) -> None:
            if case_id == self.case_id:
                saved_at = translate("VotePanel", "Draft saved at {time} (not cast).").format(time=moment)
                set_plain_text(self.ui.draftLabel, saved_at)
                # Stored as shown, unless the member typed on meanwhile (the timer runs again).
                self._touched = self._save_timer.isActive()

        self.desk.save_vote_draft(
            case_id, outcome, award, rationale, done=guarded(self, saved), failed=guarded(self, self._save_failed)
        )

    def _save_failed(self, exc: BaseException) -> None:
        text = translate("VotePanel", "The draft could not be saved: {error}")
        set_plain_text(self.ui.draftLabel, text.format(error=explain(exc)))

    def _ask_confirm(self) -> None:
        if not self.ui.castButton.isEnabled():
            return
        outcome = str(self.outcome())
        text = translate(
            "VotePanel",
            "Cast “{outcome}”, award {award}? Others see it only when everyone has voted; "
            "you may change it until the ruling.",
        )
        set_plain_text(
            self.ui.confirmLabel,
            text.format(
                outcome=fmt.outcome_words(outcome),
                award=self._award(),
            ),
        )
        self.ui.confirmBar.show()
        self.ui.confirmButton.setFocus()

    def cast(self) -> None:
        """Saves the draft and queues it for ``PUT votes/me`` (the confirmation was given)."""
        self.ui.confirmBar.hide()
        case_id = self.case_id
        if case_id is None or self.problems() or not self.editable:
            return
        self._save_timer.stop()
        outcome, award, rationale = self.outcome(), self._award(), self.ui.rationaleEdit.toPlainText()

        def done(_result: object) -> None:
            if case_id == self.case_id and not self._save_timer.isActive():
                self._touched = False  # the case context hands over the queued vote next
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            set_plain_text(
                self.ui.draftLabel, translate("VotePanel", "The vote was not cast: {error}").format(error=explain(exc))
            )

        self.desk.cast_vote(case_id, outcome, award, rationale, done=guarded(self, done), failed=guarded(self, failed))
