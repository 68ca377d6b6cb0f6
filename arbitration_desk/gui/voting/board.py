"""The vote board as received: who has voted (sealed) or every member's vote side by side (unsealed)."""

from __future__ import annotations

from collections import Counter
from datetime import tzinfo
from typing import Any

from PySide6.QtWidgets import QFrame, QPlainTextEdit, QVBoxLayout, QWidget

from arbitration_desk.documents.labels import OUTCOME_PHRASES
from arbitration_desk.domain.deliberation import votes_open
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.gui.common.case_format import moment
from arbitration_desk.gui.common.i18n import say, translate
from arbitration_desk.gui.common.plaintext import plain_label, visible_controls


def outcome_label(outcome: object) -> str:
    """An outcome for display, as the ruling words it (``documents.labels.OUTCOME_PHRASES``, translated); an
    unknown one as received."""
    key = str(outcome)
    return say(OUTCOME_PHRASES[key]) if key in OUTCOME_PHRASES else visible_controls(key)


def money_text(data: object) -> str:
    try:
        return str(Money.from_json(data))
    except MoneyError:
        return translate("VoteColumn", "(invalid amount)")


def when_text(stamp: object, zone: tzinfo) -> str:
    try:
        return moment(parse_timestamp(str(stamp)), zone)
    except ValueError:
        return visible_controls(str(stamp))


def entry_name(entry: dict[str, Any], names: dict[str, str], me: str | None) -> str:
    member_id = str(entry.get("member_id", ""))
    name = visible_controls(str(entry.get("display_name") or names.get(member_id) or member_id))
    return translate("VoteColumn", "{name} (you)").format(name=name) if member_id == me else name


def board_open(board: dict[str, Any] | None) -> bool:
    """Whether the board shows every member's vote (no board, or no ``sealed`` field: sealed)."""
    if board is None:
        return False
    cast, quorum = int(board.get("cast", 0)), int(board.get("quorum", 0))
    return votes_open(sealed=bool(board.get("sealed", True)), cast=cast, quorum=quorum)


def sealed_summary(board: dict[str, Any]) -> str:
    cast, quorum = int(board.get("cast", 0)), int(board.get("quorum", 0))
    if not board_open(board):
        text = translate("VoteColumn", "{cast} of {quorum} voted; votes open when everyone has voted.")
        return text.format(cast=cast, quorum=quorum)
    return translate("VoteColumn", "All {quorum} members have voted; the votes are open to the panel.").format(
        quorum=quorum
    )


def voters_summary(board: dict[str, Any], names: dict[str, str], me: str | None) -> str:
    items = board.get("items", [])
    voted = [entry_name(e, names, me) for e in items if e.get("has_voted")]
    waiting = [entry_name(e, names, me) for e in items if not e.get("has_voted")]
    parts = []
    if voted:
        parts.append(translate("VoteColumn", "Voted: {names}").format(names=", ".join(voted)))
    if waiting:
        parts.append(translate("VoteColumn", "Not yet: {names}").format(names=", ".join(waiting)))
    return " · ".join(parts)


def majority(items: list[dict[str, Any]]) -> str | None:
    """The outcome most members chose, or None without a single most common one."""
    counts = Counter(str(e.get("outcome")) for e in items if e.get("has_voted") and e.get("outcome"))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


class VoteColumn(QFrame):
    """One member's vote: name, outcome, award, time, rationale (all plain text).

    Args:
        entry: the member's VoteEntry as received.
        name: the member's display name.
        dissent: the vote differs from the majority.
        zone: display time zone.
        parent: owner.
    """

    def __init__(self, entry: dict[str, Any], name: str, dissent: bool, zone: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("voteColumn")
        self.setAccessibleName(translate("VoteColumn", "Vote of {name}").format(name=name))
        self.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        heading = plain_label(name, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(translate("VoteColumn", "Member"))
        layout.addWidget(heading)
        if not entry.get("has_voted"):
            waiting = plain_label(translate("VoteColumn", "Has not voted yet."), self)
            waiting.setAccessibleName(translate("VoteColumn", "Vote state"))
            layout.addWidget(waiting)
            layout.addStretch(1)
            return
        outcome = outcome_label(entry.get("outcome"))
        if dissent:
            outcome = translate("VoteColumn", "{outcome}  — dissent").format(outcome=outcome)
        self.outcome = plain_label(outcome, self)
        self.outcome.setAccessibleName(translate("VoteColumn", "Outcome"))
        color = "#b45309" if dissent else "#166534"
        self.outcome.setStyleSheet(f"color: {color}; font-weight: 600;")
        layout.addWidget(self.outcome)
        award = plain_label(
            translate("VoteColumn", "Award: {amount}").format(amount=money_text(entry.get("award"))), self
        )
        award.setAccessibleName(translate("VoteColumn", "Award"))
        layout.addWidget(award)
        cast = plain_label(
            translate("VoteColumn", "Cast {when}").format(when=when_text(entry.get("cast_at", ""), zone)), self
        )
        cast.setAccessibleName(translate("VoteColumn", "Cast at"))
        cast.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(cast)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setReadOnly(True)
        self.rationale.setPlainText(visible_controls(str(entry.get("rationale", ""))))
        self.rationale.setAccessibleName(translate("VoteColumn", "Rationale of {name}").format(name=name))
        layout.addWidget(self.rationale, 1)
