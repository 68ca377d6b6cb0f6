"""The case list: a thin table model over ``store.reads.list_cases()`` with the badges of each case.

Rows are the store's frozen :class:`CaseRow` records; every display string is computed once per
row when the rows (or the clock) change, so ``data()`` is a dictionary look-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from arbitration_desk.domain.abuse_signals import CAVEAT, describe
from arbitration_desk.domain.deadlines import DUE_SOON, DeadlineState, deadline_runs, deadline_state
from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.domain.enums import CaseStatus, ClaimType, is_known
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.case_format import (
    humanize,
    largest_unit,
    moment,
    money,
    short_day,
    time_left,
    untrusted,
)
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, say, translate
from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.store.records import CaseRow

Index = QModelIndex | QPersistentModelIndex

#: The case ID (str) of a row, in any column.
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The :class:`CaseRow` of a row, in any column.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: A str or int ordering the column, compared natively by the proxy (money: an exact decimal string).
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: The member's part in the case (a :class:`MemberPart` value as str, None while unknown), in any column:
#: Qt hands a str back, read it with :func:`as_part`.
PART_ROLE = Qt.ItemDataRole.UserRole + 4


class Column(IntEnum):
    BADGES = 0
    REFERENCE = 1
    DEADLINE = 2
    STATUS = 3
    CLAIM = 4
    VALUE = 5
    PARTIES = 6
    PART = 7  # last, so that a header saved by an earlier version restores onto the same columns


HEADERS = {
    Column.BADGES: "",
    Column.REFERENCE: QT_TRANSLATE_NOOP("CaseListModel", "Reference"),
    Column.DEADLINE: QT_TRANSLATE_NOOP("CaseListModel", "Ruling due"),
    Column.STATUS: QT_TRANSLATE_NOOP("CaseListModel", "Status"),
    Column.CLAIM: QT_TRANSLATE_NOOP("CaseListModel", "Claim"),
    Column.VALUE: QT_TRANSLATE_NOOP("CaseListModel", "Value"),
    Column.PARTIES: QT_TRANSLATE_NOOP("CaseListModel", "Buyer → Seller"),
    Column.PART: QT_TRANSLATE_NOOP("CaseListModel", "Your part"),
}
UNREAD_LEGEND = QT_TRANSLATE_NOOP(
    "CaseListModel", "Blue dot: the case changed since you last opened it; it clears when you open the case"
)
#: The tooltip of the badge of a first-instance case whose ruling is appealed.
UNDER_APPEAL_TEXT = QT_TRANSLATE_NOOP("CaseListModel", "Under appeal: the ruling stands until the appeal panel decides")
#: The hours of "due soon" (the legend's and the deadline tooltip's ``{hours}``).
DUE_SOON_HOURS = DUE_SOON // timedelta(hours=1)
#: Icon name → what it means, as written (``{hours}``: :data:`DUE_SOON_HOURS`); read through :func:`legend_text`.
LEGEND_SOURCES = {
    "unread": QT_TRANSLATE_NOOP(
        "CaseListModel",
        "The case changed since you last opened it (new messages, evidence, votes or status); "
        "opening the case clears it.",
    ),
    "unsent": QT_TRANSLATE_NOOP(
        "CaseListModel",
        "You have work on this case not yet sent to the platform (a vote, an annotation, a ruling); "
        "the next sync sends it.",
    ),
    "failed_verification": QT_TRANSLATE_NOOP(
        "CaseListModel",
        "An evidence file failed verification twice (its content does not match the "
        "platform's hash); it is not shown, and platform support was told.",
    ),
    "reassigned": QT_TRANSLATE_NOOP(
        "CaseListModel", "The case was reassigned away from you: read-only, deleted from this computer after 7 days."
    ),
    "appeal": QT_TRANSLATE_NOOP(
        "CaseListModel",
        "An appeal case (second instance): a party appealed the ruling of the first-instance case "
        "the tooltip names, and a new, larger panel decides. Evidence and messages added on appeal are marked "
        "“New on appeal”; the flag filter's “Appeals” lists these cases.",
    ),
    "appealed": QT_TRANSLATE_NOOP(
        "CaseListModel",
        "Under appeal: the ruling stands until the appeal panel decides (read-only meanwhile; the case returns "
        "to “Decided” then). The flag filter's “Under appeal” lists these cases.",
    ),
    # followed by the caveat said with every signal (domain.abuse_signals.CAVEAT): see legend_text()
    "abuse_signal": QT_TRANSLATE_NOOP(
        "CaseListModel",
        "A party may be a serial complainant (the buyer) or stalling (the seller), by its "
        "dispute statistics of the last 12 months and this case's history; the tooltip and the summary give "
        "the reasons in numbers, and the flag filter's “Abuse signals” lists these cases.",
    ),
    "overdue": QT_TRANSLATE_NOOP("CaseListModel", "The ruling is overdue."),
    "due_soon": QT_TRANSLATE_NOOP("CaseListModel", "The ruling is due within {hours} hours."),
}


#: The marks whose meaning ends with the caveat of a signal of abuse, on a line of its own.
_WITH_CAVEAT = frozenset({"abuse_signal"})


def _legend(name: str, source: str, caveat: str) -> str:
    text = source.format(hours=DUE_SOON_HOURS)
    return f"{text}\n{caveat}" if name in _WITH_CAVEAT else text


def legend_text(name: str) -> str:
    """What the mark ``name`` means, in the desk's language."""
    return _legend(name, translate("CaseListModel", LEGEND_SOURCES[name]), say(CAVEAT))


#: Icon name → what it means (in English): the case list's flags and deadline marks (its tooltips and Help's legend).
#: ("appealed", not "under_appeal": the legend keys its rows by these names and "Your part" values alike.)
LEGEND = {name: _legend(name, source, str(CAVEAT)) for name, source in LEGEND_SOURCES.items()}
#: "Your part" → when it applies (the column's tooltip and Help's legend): read through :func:`part_help`.
PART_HELP = {
    MemberPart.NEEDS_MY_VOTE: QT_TRANSLATE_NOOP("CaseListModel", "Deliberation is open and you have not voted."),
    MemberPart.READY_TO_RULE: QT_TRANSLATE_NOOP(
        "CaseListModel", "You chair the panel and every vote is in: record the ruling."
    ),
    MemberPart.MY_VOTE_CAST: QT_TRANSLATE_NOOP("CaseListModel", "Your vote is queued; it is sent at the next sync."),
    MemberPart.VOTES_OPEN: QT_TRANSLATE_NOOP("CaseListModel", "You voted; other members still have to."),
    MemberPart.AWAITING_RULING: QT_TRANSLATE_NOOP("CaseListModel", "Every vote is in; the chair records the ruling."),
    MemberPart.RULING_SENT: QT_TRANSLATE_NOOP("CaseListModel", "You signed the ruling; it is being filed."),
    MemberPart.NOT_OPEN: QT_TRANSLATE_NOOP("CaseListModel", "Deliberation has not opened yet."),
    MemberPart.DECIDED: QT_TRANSLATE_NOOP("CaseListModel", "The ruling is recorded."),
    MemberPart.UNDER_APPEAL: QT_TRANSLATE_NOOP(
        "CaseListModel", "A party appealed the ruling; it stands until a second panel decides the appeal."
    ),
    MemberPart.CLOSED: QT_TRANSLATE_NOOP("CaseListModel", "The case is closed."),
}
PART_COLUMN_TIP = QT_TRANSLATE_NOOP("CaseListModel", "What the case waits for from you:")
#: One line of the "Your part" column's tooltip.
PART_COLUMN_LINE = QT_TRANSLATE_NOOP("CaseListModel", "{part}: {text}")


def part_label(part: MemberPart) -> str:
    """``part`` in words, in the desk's language ("Needs my vote"; ``MemberPart.label``)."""
    return say(part.label)


def part_help(part: MemberPart) -> str:
    """When ``part`` applies, in the desk's language."""
    return translate("CaseListModel", PART_HELP[part])


def _part_column_tip(translated: bool) -> str:
    if not translated:
        lines = [PART_COLUMN_LINE.format(part=part.label, text=text) for part, text in PART_HELP.items()]
        return "\n".join([PART_COLUMN_TIP, *lines])
    line = translate("CaseListModel", PART_COLUMN_LINE)
    lines = [line.format(part=part_label(part), text=part_help(part)) for part in PART_HELP]
    return "\n".join([translate("CaseListModel", PART_COLUMN_TIP), *lines])


#: The columns' tooltips (in English; shown through :func:`header_tip`).
HEADER_TIPS = {
    Column.BADGES: QT_TRANSLATE_NOOP(
        "CaseListModel",
        "Blue dot: the case changed since you last opened it; it clears when you open the case.\n"
        "Other flags: unsent work, evidence that failed verification, reassigned (read-only),"
        " a possible serial complainant or stalling seller, an appeal case (second instance), a ruling under appeal."
        "\nHelp → Case list legend explains each.",
    ),
    Column.PART: _part_column_tip(translated=False),
    Column.PARTIES: QT_TRANSLATE_NOOP("CaseListModel", "Countries of the buyer and the seller"),
    Column.DEADLINE: QT_TRANSLATE_NOOP("CaseListModel", "When the ruling is due, and the time left"),
}


def header_text(column: Column) -> str:
    """The title of ``column`` in the desk's language ("" for the badges)."""
    title = HEADERS[column]
    return translate("CaseListModel", title) if title else ""


def header_tip(column: Column) -> str | None:
    """The tooltip of ``column``'s header in the desk's language (None: none)."""
    if column is Column.PART:
        return _part_column_tip(translated=True)
    tip = HEADER_TIPS.get(column)
    return None if tip is None else translate("CaseListModel", tip)


OVERDUE_COLOR = QColor("#c62828")
DUE_SOON_COLOR = QColor("#b26a00")
MUTED_COLOR = QColor("#757575")


@dataclass(frozen=True, slots=True)
class _Line:
    """What the view shows of one case (computed once, read by ``data()``)."""

    row: CaseRow
    texts: tuple[str, ...]
    keys: tuple[str | int, ...]
    badges: tuple[str, ...]
    badge_text: str
    deadline: DeadlineState
    deadline_tip: str
    part: MemberPart | None = None


def badge_names(row: CaseRow) -> tuple[str, ...]:
    names = []
    if row.has_unread:
        names.append("unread")
    if row.unsent_count:
        names.append("unsent")
    if row.failed_verification_count:
        names.append("failed_verification")
    if row.reassigned:
        names.append("reassigned")
    if row.is_appeal:
        names.append("appeal")
    if is_under_appeal(row):
        names.append("appealed")
    if row.signals:
        names.append("abuse_signal")
    return tuple(names)


def is_under_appeal(row: CaseRow) -> bool:
    """Whether the case is a first-instance case whose ruling is appealed (read-only until the appeal is decided)."""
    return row.status == CaseStatus.UNDER_APPEAL


def appeal_text(row: CaseRow) -> str:
    """The appeal badge's words: ``"Appeal against ARB-… (second instance)"`` ("" on a first-instance case)."""
    if row.appeal_of is None:
        return ""
    reference = untrusted(row.appeal_of, 80) or translate("CaseListModel", "(no reference)")
    return translate("CaseListModel", "Appeal against {reference} (second instance)").format(reference=reference)


def badge_description(row: CaseRow) -> str:
    parts = []
    if row.has_unread:
        parts.append(translate("CaseListModel", UNREAD_LEGEND))
    if row.unsent_count:
        parts.append(translate("CaseListModel", "%n unsent change(s)", n=row.unsent_count))
    if row.failed_verification_count:
        parts.append(
            translate("CaseListModel", "%n evidence file(s) failed verification", n=row.failed_verification_count)
        )
    if row.reassigned:
        parts.append(translate("CaseListModel", "Reassigned: read-only"))
    if row.is_appeal:
        parts.append(appeal_text(row))
    if is_under_appeal(row):
        parts.append(translate("CaseListModel", UNDER_APPEAL_TEXT))
    text = translate("CaseListModel", "; ", "between the flags of a case in its tooltip").join(parts)
    if row.signals:
        signals = "\n".join(say(line) for line in describe(row.signals))
        text = f"{text}\n\n{signals}" if text else signals
    return text


def enum_text(cls: type[StrEnum], value: str) -> str:
    """A known enum value as words ("In deliberation"); an unknown one exactly as received."""
    return humanize(value) if is_known(cls, value) else untrusted(value, 80)


def _countries(row: CaseRow) -> str:
    return f"{untrusted(row.buyer_country or '—', 8)} → {untrusted(row.seller_country or '—', 8)}"


def _due_text(due: datetime, now: datetime) -> str:
    return short_day(due, year=due.astimezone().year != now.astimezone().year)


#: "Your part" in the order of what to do first (the column sorts by it, then by deadline).
PART_ORDER = {part: rank for rank, part in enumerate(MemberPart)}
PART_TIPS = {
    MemberPart.NEEDS_MY_VOTE: QT_TRANSLATE_NOOP(
        "CaseListModel", "You sit on the panel and have not cast your vote (a saved draft is not cast)"
    ),
    MemberPart.READY_TO_RULE: QT_TRANSLATE_NOOP(
        "CaseListModel", "Every vote is in and you chair the panel: record the ruling"
    ),
    MemberPart.MY_VOTE_CAST: QT_TRANSLATE_NOOP(
        "CaseListModel", "Your vote is cast here and will be sent at the next sync"
    ),
    MemberPart.VOTES_OPEN: QT_TRANSLATE_NOOP("CaseListModel", "Voting is open: other members still have to vote"),
    MemberPart.AWAITING_RULING: QT_TRANSLATE_NOOP("CaseListModel", "Every vote is in: the chair records the ruling"),
    MemberPart.RULING_SENT: QT_TRANSLATE_NOOP("CaseListModel", "A signed ruling is queued or filed"),
    MemberPart.NOT_OPEN: QT_TRANSLATE_NOOP("CaseListModel", "The panel is not complete yet: voting has not opened"),
    MemberPart.DECIDED: QT_TRANSLATE_NOOP("CaseListModel", "The ruling is recorded"),
    MemberPart.UNDER_APPEAL: QT_TRANSLATE_NOOP(
        "CaseListModel", "Under appeal: the ruling stands until the appeal panel decides (read-only)"
    ),
    MemberPart.CLOSED: QT_TRANSLATE_NOOP("CaseListModel", "Closed or read-only: nothing to do"),
}


def _largest_unit(delta: timedelta, overdue: bool) -> str:
    """``"3 d left"``, ``"overdue 5 h"``: the list's short form (the tooltip has the exact time)."""
    amount = largest_unit(delta)
    if overdue:
        return translate("CaseListModel", "overdue {amount}").format(amount=amount)
    return translate("CaseListModel", "{amount} left").format(amount=amount)


def make_line(row: CaseRow, now: datetime, part: MemberPart | None = None) -> _Line:
    closed = not deadline_runs(row.status)  # no overdue badge on a case that is over
    left, overdue = time_left(row.ruling_due_at, now)
    short = enum_text(CaseStatus, row.status) if closed else _largest_unit(row.ruling_due_at - now, overdue)
    deadline = DeadlineState.OK if closed else deadline_state(row.ruling_due_at, now)
    texts = (
        "",
        untrusted(row.reference, 80),
        f"{_due_text(row.ruling_due_at, now)} · {short}",
        enum_text(CaseStatus, row.status),
        enum_text(ClaimType, row.claim_type),
        money(row.value),
        _countries(row),
        part_label(part) if part is not None else "",
    )
    if deadline is DeadlineState.DUE_SOON:
        tip = translate("CaseListModel", "Ruling due {when} ({left}): due within {hours} hours")
    else:
        tip = translate("CaseListModel", "Ruling due {when} ({left})")
    tip = tip.format(when=moment(row.ruling_due_at), left=left, hours=DUE_SOON_HOURS)
    keys = sort_keys(row, part)
    return _Line(row, texts, keys, badge_names(row), badge_description(row), deadline, tip, part)


def make_lines(rows: list[CaseRow], now: datetime, parts: Mapping[str, MemberPart] | None = None) -> list[_Line]:
    """What the model shows of ``rows`` (pure Python: may run in a worker thread).

    Args:
        rows: the store's case rows.
        now: the time the deadlines are measured from.
        parts: the member's part in each case (``store.reads.member_parts()``); missing: unknown.
    """
    parts = parts or {}
    return [make_line(row, now, parts.get(row.case_id)) for row in rows]


def as_part(value: object) -> MemberPart | None:
    """The :class:`MemberPart` of ``PART_ROLE`` data (None when unknown)."""
    try:
        return MemberPart(value) if isinstance(value, str) else None
    except ValueError:
        return None


def is_open(row: CaseRow) -> bool:
    """Whether the case is still open (not decided or withdrawn): its ruling deadline runs."""
    return deadline_runs(row.status)


def sort_keys(row: CaseRow, part: MemberPart | None = None) -> tuple[str | int, ...]:
    """Per column, a key Qt compares natively (no Python call per comparison); money stays exact."""
    badges = (
        (row.has_unread << 23)
        + (min(row.unsent_count, 1023) << 13)
        + (min(row.failed_verification_count, 1023) << 3)
        + (bool(row.signals) << 2)
        + (row.is_appeal << 1)
        + is_under_appeal(row)
    )
    due = int(row.ruling_due_at.timestamp())
    # Closed cases after every open one, whatever their dates (decided cases are due in the past).
    closed = 0 if is_open(row) else 1 << 40
    return (
        -badges,
        row.reference,
        closed + due,
        row.status,
        row.claim_type,
        f"{row.value.currency} {row.value.amount_text:>20}",  # right-aligned digits sort numerically
        f"{row.buyer_country or ''} {row.seller_country or ''}",
        (PART_ORDER[part] if part is not None else len(PART_ORDER)) * (1 << 42) + closed + due,
    )


class CaseListModel(QAbstractTableModel):
    """One row per local case, sorted here by precomputed keys (Python's sort: no call per comparison).

    Args:
        parent: the owning QObject.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._row_of: dict[str, int] = {}
        #: Case ID → the version the member opened here: its unread dot stays cleared until a newer one.
        self._viewed: dict[str, int] = {}
        self._now = utcnow()
        self._sort_column = int(Column.DEADLINE)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._bold = QFont()
        self._bold.setBold(True)

    # -- feeding ---------------------------------------------------------------------------

    def set_rows(
        self, rows: list[CaseRow], now: datetime | None = None, parts: Mapping[str, MemberPart] | None = None
    ) -> None:
        """Replaces the rows (after a sync or a local change); same cases in the same order → in place.

        Without ``parts``, each case keeps the part it had (None for a new case).
        """
        moment = now or utcnow()
        if parts is None:
            parts = {line.row.case_id: line.part for line in self._lines if line.part is not None}
        self.set_lines(make_lines(rows, moment, parts), moment)

    def set_lines(self, lines: list[_Line], now: datetime) -> None:
        """Replaces the rows with lines made by :func:`make_lines` (e.g. in a worker)."""
        self._now = now
        lines = self._sorted([self._seen(line) for line in lines])
        if [line.row.case_id for line in lines] == [line.row.case_id for line in self._lines]:
            self._lines = lines
            if lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._lines = lines
        self._row_of = {line.row.case_id: i for i, line in enumerate(lines)}
        self.endResetModel()

    def mark_viewed(self, case_id: str) -> None:
        """The member opened the case: its unread dot goes now, and stays gone until a newer version.

        The store records the same when the case view reads the opened case
        (``MemberWork.mark_case_viewed``); the list does not wait for that write, nor for its
        next reload, and a reload read before the write does not bring the dot back.
        """
        row = self._row_of.get(case_id)
        if row is None:
            return
        line = self._lines[row]
        self._viewed[case_id] = max(line.row.version, self._viewed.get(case_id, 0))
        if line.row.has_unread:
            self._lines[row] = self._seen(line)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _seen(self, line: _Line) -> _Line:
        row = line.row
        if not row.has_unread or self._viewed.get(row.case_id, -1) < row.version:
            return line
        return make_line(replace(row, has_unread=False), self._now, line.part)

    def refresh_clock(self, now: datetime | None = None) -> None:
        """Recomputes the time left (called every minute)."""
        self.set_rows([line.row for line in self._lines], now)

    def _sorted(self, lines: list[_Line]) -> list[_Line]:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if descending and column == Column.DEADLINE:  # latest first, but open cases still before closed ones
            return sorted(lines, key=lambda line: (not is_open(line.row), -line.row.ruling_due_at.timestamp()))
        return sorted(lines, key=lambda line: line.keys[column], reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._lines[index.row()].row.case_id for index in old]
        self._sort_column, self._sort_order = column, order
        self._lines = self._sorted(self._lines)
        self._row_of = {line.row.case_id: i for i, line in enumerate(self._lines)}
        self.changePersistentIndexList(
            old, [self.index(self._row_of[i], x.column()) for i, x in zip(ids, old, strict=True)]
        )
        self.layoutChanged.emit()

    # -- queries ---------------------------------------------------------------------------

    def case_row(self, case_id: str) -> CaseRow | None:
        row = self._row_of.get(case_id)
        return None if row is None else self._lines[row].row

    def row_of(self, case_id: str) -> int | None:
        return self._row_of.get(case_id)

    def rows(self) -> list[CaseRow]:
        return [line.row for line in self._lines]

    @property
    def now(self) -> datetime:
        return self._now

    # -- QAbstractItemModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return line.texts[column]
        if role == CASE_ID_ROLE:
            return line.row.case_id
        if role == ROW_ROLE:
            return line.row
        if role == SORT_ROLE:
            return line.keys[column]
        if role == PART_ROLE:
            return None if line.part is None else line.part.value
        return self._decoration(line, column, role)

    def _decoration(self, line: _Line, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.BADGES:
                return icons.badge_strip(line.badges) if line.badges else None
            if column == Column.DEADLINE and line.deadline is not DeadlineState.OK:
                return icons.icon("overdue" if line.deadline is DeadlineState.OVERDUE else "due_soon")
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == Column.BADGES:
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return line.badge_text or translate("CaseListModel", "No flags")
                return plain_tooltip(line.badge_text) or None
            if column == Column.DEADLINE:
                accessible = role == Qt.ItemDataRole.AccessibleTextRole
                return line.deadline_tip if accessible else plain_tooltip(line.deadline_tip)
            if column == Column.PART and line.part is not None:
                tip = translate("CaseListModel", PART_TIPS[line.part])
                return tip if role == Qt.ItemDataRole.AccessibleTextRole else plain_tooltip(tip)
            if column == Column.STATUS and role == Qt.ItemDataRole.ToolTipRole:
                status = untrusted(line.row.status, 80)
                return plain_tooltip(translate("CaseListModel", "Status: {status}").format(status=status))
            return line.texts[column] if role == Qt.ItemDataRole.AccessibleTextRole else None
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.PART:
                return self._bold if line.part is not None and line.part.waits_for_me else None
            return self._bold if line.row.has_unread and column == Column.REFERENCE else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _foreground(self, line: _Line, column: int) -> QBrush | None:
        if line.row.reassigned:
            return QBrush(MUTED_COLOR)
        if column == Column.DEADLINE and line.deadline is DeadlineState.OVERDUE:
            return QBrush(OVERDUE_COLOR)
        if column == Column.DEADLINE and line.deadline is DeadlineState.DUE_SOON:
            return QBrush(DUE_SOON_COLOR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
