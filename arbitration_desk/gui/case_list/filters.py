"""Filtering and sorting of the case list: the filter value, the proxy model and the filter bar."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from arbitration_desk.domain.deadlines import DUE_SOON, DUE_THIS_WEEK, DeadlineState, deadline_state, due_within
from arbitration_desk.domain.enums import CaseStatus, ClaimType
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.case_list.model import ROW_ROLE, SORT_ROLE
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.case_format import humanize, untrusted
from arbitration_desk.store.records import CaseRow

Index = QModelIndex | QPersistentModelIndex
DEADLINES = {
    "any": "Any deadline",
    "overdue": "Overdue",
    "due_soon": f"Due within {DUE_SOON // timedelta(hours=1)} h",
    "week": f"Due within {DUE_THIS_WEEK.days} days",
}
FLAGS = {
    "any": "Any flags",
    "unread": "Unread changes",
    "unsent": "Unsent work",
    "failed": "Failed verification",
    "reassigned": "Reassigned",
}
SEARCH_DELAY_MS = 300


@dataclass(frozen=True)
class CaseFilter:
    """What the member restricts the list to (None or "any": no restriction)."""

    status: str | None = None
    claim_type: str | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    deadline: str = "any"
    flag: str = "any"
    case_ids: frozenset[str] | None = None  # the cases matching the search

    def accepts(self, row: CaseRow, now: datetime) -> bool:
        if self.case_ids is not None and row.case_id not in self.case_ids:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.claim_type is not None and row.claim_type != self.claim_type:
            return False
        if self.min_value is not None and row.value.amount < self.min_value:
            return False
        if self.max_value is not None and row.value.amount > self.max_value:
            return False
        return self._deadline_ok(row, now) and self._flag_ok(row)

    def _deadline_ok(self, row: CaseRow, now: datetime) -> bool:
        due = row.ruling_due_at
        if self.deadline == "overdue":
            return deadline_state(due, now) is DeadlineState.OVERDUE
        if self.deadline == "due_soon":
            return deadline_state(due, now) is DeadlineState.DUE_SOON
        if self.deadline == "week":
            return due_within(due, now, DUE_THIS_WEEK)
        return True

    def _flag_ok(self, row: CaseRow) -> bool:
        return {
            "unread": row.has_unread,
            "unsent": row.unsent_count > 0,
            "failed": row.failed_verification_count > 0,
            "reassigned": row.reassigned,
        }.get(self.flag, True)


class CaseFilterProxy(QSortFilterProxyModel):
    """Applies a :class:`CaseFilter`; sorting is forwarded to the source model (fast, exact keys)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = CaseFilter()
        self._now = utcnow()
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # the proxy keeps the source's order

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, value: CaseFilter, now: datetime | None = None) -> None:
        self.beginFilterChange()
        self._filter = value
        self._now = now or utcnow()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        return isinstance(row, CaseRow) and self._filter.accepts(row, self._now)


def _combo(name: str, items: dict[str | None, str], parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    box.setToolTip(name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for value, label in items.items():
        box.addItem(label, value)
    return box


def parse_amount(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip()) if text.strip() else None
    except InvalidOperation:
        return None


class FilterBar(QWidget):
    """The search box and the filter controls above the case list.

    Signals:
        filter_changed(object): the new :class:`CaseFilter` (without ``case_ids``).
        search_changed(str): the search text, after a short pause in typing ("" when cleared).
    """

    filter_changed = Signal(object)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search cases, messages and annotations   (Ctrl+F)")
        self.search.setAccessibleName("Search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.status = _combo(
            "Status filter", {None: "All statuses", **{s.value: humanize(s.value) for s in CaseStatus}}, self
        )
        self.claim = _combo(
            "Claim type filter", {None: "All claims", **{c.value: humanize(c.value) for c in ClaimType}}, self
        )
        self.deadline = _combo("Deadline filter", dict(DEADLINES), self)  # type: ignore[arg-type]
        self.flag = _combo("Flag filter", dict(FLAGS), self)  # type: ignore[arg-type]
        amount = QRegularExpressionValidator(QRegularExpression(r"^[0-9]{0,15}([.][0-9]{0,2})?$"), self)
        self.min_value = QLineEdit(self)
        self.max_value = QLineEdit(self)
        for edit, name in ((self.min_value, "Minimum value"), (self.max_value, "Maximum value")):
            edit.setValidator(amount)
            edit.setAccessibleName(name)
            edit.setPlaceholderText("min" if edit is self.min_value else "max")
            edit.setMaximumWidth(80)
        self.reset = QPushButton("Clear filters", self)
        self.reset.setAccessibleName("Clear filters")
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit_search)
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self._emit_search)
        for box in (self.status, self.claim, self.deadline, self.flag):
            box.currentIndexChanged.connect(self._emit_filter)
        for edit in (self.min_value, self.max_value):
            edit.textChanged.connect(self._emit_filter)
        self.reset.clicked.connect(self.clear)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.search, 0, 0, 1, 4)
        for column, box in enumerate((self.status, self.claim, self.deadline, self.flag)):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            grid.addWidget(box, 1, column)
            grid.setColumnStretch(column, 1)
        values = QHBoxLayout()
        values.setSpacing(6)
        label = QLabel("&Value from", self)
        label.setBuddy(self.min_value)
        values.addWidget(label)
        values.addWidget(self.min_value)
        values.addWidget(QLabel("to", self))
        values.addWidget(self.max_value)
        values.addStretch(1)
        values.addWidget(self.reset)
        grid.addLayout(values, 2, 0, 1, 4)

    def set_known_values(self, statuses: set[str], claim_types: set[str]) -> None:
        """Adds values met in the data but unknown to this version (shown exactly as received)."""
        for box, values in ((self.status, statuses), (self.claim, claim_types)):
            for value in sorted(values):
                if box.findData(value) < 0:
                    box.addItem(untrusted(value, 80), value)

    def current(self) -> CaseFilter:
        low, high = parse_amount(self.min_value.text()), parse_amount(self.max_value.text())
        return CaseFilter(
            status=self.status.currentData(),
            claim_type=self.claim.currentData(),
            min_value=low,
            max_value=high,
            deadline=str(self.deadline.currentData()),
            flag=str(self.flag.currentData()),
        )

    def clear(self) -> None:
        """Removes every restriction (the search text too)."""
        for box in (self.status, self.claim, self.deadline, self.flag):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        for edit in (self.min_value, self.max_value):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.search.clear()
        self._emit_filter()

    def stop(self) -> None:
        self._timer.stop()

    def _search_edited(self) -> None:
        self._timer.start()

    def _emit_search(self) -> None:
        self._timer.stop()
        self.search_changed.emit(self.search.text().strip())

    def _emit_filter(self) -> None:
        self.filter_changed.emit(self.current())


def with_case_ids(value: CaseFilter, case_ids: frozenset[str] | None) -> CaseFilter:
    return replace(value, case_ids=case_ids)
