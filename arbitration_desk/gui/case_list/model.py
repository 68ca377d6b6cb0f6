"""The case list: a thin table model over ``store.reads.list_cases()`` with the badges of each case.

Rows are the store's frozen :class:`CaseRow` records; every display string is computed once per
row when the rows (or the clock) change, so ``data()`` is a dictionary look-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from arbitration_desk.domain.deadlines import DUE_SOON, DeadlineState, deadline_runs, deadline_state
from arbitration_desk.domain.enums import CaseStatus, ClaimType, is_known
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.case_format import humanize, moment, time_left, untrusted
from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.store.records import CaseRow

Index = QModelIndex | QPersistentModelIndex

#: The case ID (str) of a row, in any column.
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The :class:`CaseRow` of a row, in any column.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: A str or int ordering the column, compared natively by the proxy (money: an exact decimal string).
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class Column(IntEnum):
    BADGES = 0
    REFERENCE = 1
    DEADLINE = 2
    STATUS = 3
    CLAIM = 4
    VALUE = 5
    PARTIES = 6


HEADERS = {
    Column.BADGES: "",
    Column.REFERENCE: "Reference",
    Column.DEADLINE: "Ruling due",
    Column.STATUS: "Status",
    Column.CLAIM: "Claim",
    Column.VALUE: "Value",
    Column.PARTIES: "Buyer → Seller",
}
HEADER_TIPS = {
    Column.BADGES: "Unread changes, unsent work, evidence that failed verification, reassigned",
    Column.PARTIES: "Countries of the buyer and the seller",
    Column.DEADLINE: "When the ruling is due, and the time left",
}
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
    return tuple(names)


def badge_description(row: CaseRow) -> str:
    parts = []
    if row.has_unread:
        parts.append("Unread changes since you last looked")
    if row.unsent_count:
        parts.append(f"{row.unsent_count} unsent change(s)")
    if row.failed_verification_count:
        parts.append(f"{row.failed_verification_count} evidence file(s) failed verification")
    if row.reassigned:
        parts.append("Reassigned: read-only")
    return "; ".join(parts)


def enum_text(cls: type[StrEnum], value: str) -> str:
    """A known enum value as words ("In deliberation"); an unknown one exactly as received."""
    return humanize(value) if is_known(cls, value) else untrusted(value, 80)


def _countries(row: CaseRow) -> str:
    return f"{untrusted(row.buyer_country or '—', 8)} → {untrusted(row.seller_country or '—', 8)}"


def _due_text(due: datetime, now: datetime) -> str:
    local = due.astimezone()
    return local.strftime("%d %b") if local.year == now.astimezone().year else local.strftime("%d %b %Y")


def make_line(row: CaseRow, now: datetime) -> _Line:
    closed = not deadline_runs(row.status)  # no overdue badge on a case that is over
    left, _ = time_left(row.ruling_due_at, now)
    short = enum_text(CaseStatus, row.status) if closed else left.replace("overdue by", "overdue")
    deadline = DeadlineState.OK if closed else deadline_state(row.ruling_due_at, now)
    texts = (
        "",
        untrusted(row.reference, 80),
        f"{_due_text(row.ruling_due_at, now)} · {short}",
        enum_text(CaseStatus, row.status),
        enum_text(ClaimType, row.claim_type),
        str(row.value),
        _countries(row),
    )
    tip = f"Ruling due {moment(row.ruling_due_at)} ({left})"
    if deadline is DeadlineState.DUE_SOON:
        tip += f": due within {DUE_SOON // timedelta(hours=1)} hours"
    return _Line(row, texts, sort_keys(row), badge_names(row), badge_description(row), deadline, tip)


def make_lines(rows: list[CaseRow], now: datetime) -> list[_Line]:
    """What the model shows of ``rows`` (pure Python: may run in a worker thread)."""
    return [make_line(row, now) for row in rows]


def sort_keys(row: CaseRow) -> tuple[str | int, ...]:
    """Per column, a key Qt compares natively (no Python call per comparison); money stays exact."""
    badges = (row.has_unread << 20) + (min(row.unsent_count, 1023) << 10) + min(row.failed_verification_count, 1023)
    return (
        -badges,
        row.reference,
        int(row.ruling_due_at.timestamp()),
        row.status,
        row.claim_type,
        f"{row.value.currency} {row.value.amount_text:>20}",  # right-aligned digits sort numerically
        f"{row.buyer_country or ''} {row.seller_country or ''}",
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
        self._now = utcnow()
        self._sort_column = int(Column.DEADLINE)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._bold = QFont()
        self._bold.setBold(True)

    # -- feeding ---------------------------------------------------------------------------

    def set_rows(self, rows: list[CaseRow], now: datetime | None = None) -> None:
        """Replaces the rows (after a sync or a local change); same cases in the same order → in place."""
        moment = now or utcnow()
        self.set_lines(make_lines(rows, moment), moment)

    def set_lines(self, lines: list[_Line], now: datetime) -> None:
        """Replaces the rows with lines made by :func:`make_lines` (e.g. in a worker)."""
        self._now = now
        lines = self._sorted(lines)
        if [line.row.case_id for line in lines] == [line.row.case_id for line in self._lines]:
            self._lines = lines
            if lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._lines = lines
        self._row_of = {line.row.case_id: i for i, line in enumerate(lines)}
        self.endResetModel()

    def refresh_clock(self, now: datetime | None = None) -> None:
        """Recomputes the time left (called every minute)."""
        self.set_rows([line.row for line in self._lines], now)

    def _sorted(self, lines: list[_Line]) -> list[_Line]:
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
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
            return HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(column)
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
                    return line.badge_text or "No flags"
                return plain_tooltip(line.badge_text) or None
            if column == Column.DEADLINE:
                accessible = role == Qt.ItemDataRole.AccessibleTextRole
                return line.deadline_tip if accessible else plain_tooltip(line.deadline_tip)
            if column == Column.STATUS and role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(f"Status: {untrusted(line.row.status, 80)}")
            return line.texts[column] if role == Qt.ItemDataRole.AccessibleTextRole else None
        if role == Qt.ItemDataRole.FontRole:
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
