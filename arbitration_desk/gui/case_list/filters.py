"""Filtering and sorting of the case list: the filter value, the proxy model and the filter bar."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

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
from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.domain.enums import CaseStatus, ClaimType
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.case_list.model import (
    PART_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    as_part,
    is_open,
    is_under_appeal,
    part_label,
)
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.case_format import humanize, untrusted
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.store.records import CaseRow

Index = QModelIndex | QPersistentModelIndex
#: The deadline filter's choices, as written (``{hours}``, ``{days}``: see :func:`deadline_label`).
DEADLINES = {
    "any": QT_TRANSLATE_NOOP("FilterBar", "Any deadline"),
    "overdue": QT_TRANSLATE_NOOP("FilterBar", "Overdue"),
    "due_soon": QT_TRANSLATE_NOOP("FilterBar", "Due within {hours} h"),
    "week": QT_TRANSLATE_NOOP("FilterBar", "Due within {days} days"),
}
FLAGS = {
    "any": QT_TRANSLATE_NOOP("FilterBar", "Any flags"),
    "unread": QT_TRANSLATE_NOOP("FilterBar", "Unread changes"),
    "unsent": QT_TRANSLATE_NOOP("FilterBar", "Unsent work"),
    "failed": QT_TRANSLATE_NOOP("FilterBar", "Failed verification"),
    "reassigned": QT_TRANSLATE_NOOP("FilterBar", "Reassigned"),
    "signals": QT_TRANSLATE_NOOP("FilterBar", "Abuse signals"),
    "appeals": QT_TRANSLATE_NOOP("FilterBar", "Appeals"),
    "under_appeal": QT_TRANSLATE_NOOP("FilterBar", "Under appeal"),
}
#: Flags only closed cases have: choosing one while the list shows open cases only shows every status.
CLOSED_FLAGS = frozenset({"under_appeal"})
#: "Your part" choices before the parts themselves: "waiting" is every case where the member has something to do now.
PARTS = {
    "any": QT_TRANSLATE_NOOP("FilterBar", "Any part"),
    "waiting": QT_TRANSLATE_NOOP("FilterBar", "Waiting for me"),
}
#: The status filter's first (default) choice: cases still open, of any status.
OPEN_CASES = "\x00open"
SEARCH_DELAY_MS = 300


@dataclass(frozen=True)
class CaseFilter:
    """What the member restricts the list to (None, False or "any": no restriction).

    Amounts are compared only within one currency: ``currency`` keeps the cases valued in it, and
    the bounds are :class:`Money`, so a case in another currency is never within them.
    """

    status: str | None = None
    claim_type: str | None = None
    min_value: Money | None = None
    max_value: Money | None = None
    deadline: str = "any"
    flag: str = "any"
    case_ids: frozenset[str] | None = None  # the cases matching the search
    open_only: bool = False
    part: str = "any"
    currency: str | None = None

    def accepts(self, row: CaseRow, now: datetime, part: MemberPart | None = None) -> bool:
        """Whether ``row`` passes (``part``: the member's part in the case, None when unknown)."""
        if self.case_ids is not None and row.case_id not in self.case_ids:
            return False
        if self.open_only and not is_open(row):
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.claim_type is not None and row.claim_type != self.claim_type:
            return False
        if not self._value_ok(row.value):
            return False
        return self._deadline_ok(row, now) and self._flag_ok(row) and self._part_ok(part)

    def _value_ok(self, value: Money) -> bool:
        if self.currency is not None and value.currency != self.currency:
            return False
        for bound in (self.min_value, self.max_value):
            if bound is not None and bound.currency != value.currency:
                return False  # never compared across currencies
        if self.min_value is not None and value.amount < self.min_value.amount:
            return False
        return self.max_value is None or value.amount <= self.max_value.amount

    def _part_ok(self, part: MemberPart | None) -> bool:
        if self.part == "any":
            return True
        if self.part == "waiting":
            return part is not None and part.waits_for_me
        return part is not None and part.value == self.part

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
            "signals": bool(row.signals),
            "appeals": row.is_appeal,
            "under_appeal": is_under_appeal(row),
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
        index = model.index(source_row, 0, source_parent)
        row = model.data(index, ROW_ROLE)
        return isinstance(row, CaseRow) and self._filter.accepts(row, self._now, as_part(model.data(index, PART_ROLE)))


def deadline_label(key: str) -> str:
    """A choice of the deadline filter in the desk's language ("Due within 48 h")."""
    return translate("FilterBar", DEADLINES[key]).format(hours=DUE_SOON // timedelta(hours=1), days=DUE_THIS_WEEK.days)


def _part_choices() -> dict[str | None, str]:
    choices: dict[str | None, str] = {key: translate("FilterBar", text) for key, text in PARTS.items()}
    return choices | {part.value: part_label(part) for part in MemberPart}


def _combo(name: str, items: dict[str | None, str], parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    box.setToolTip(name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for value, label in items.items():
        box.addItem(label, value)
    return box


def parse_amount(text: str, currency: str | None) -> Money | None:
    """A bound typed by the member, in ``currency`` (None without a currency or an amount)."""
    if currency is None or not text.strip():
        return None
    try:
        return Money.parse(text, currency)
    except MoneyError:
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
        self.search.setPlaceholderText(translate("FilterBar", "Search cases, messages and annotations   (Ctrl+F)"))
        self.search.setAccessibleName(translate("FilterBar", "Search"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.part = _combo(translate("FilterBar", "Your part filter"), _part_choices(), self)
        self.part.setToolTip(translate("FilterBar", "What the case waits for from you"))
        statuses: dict[str | None, str] = {
            OPEN_CASES: translate("FilterBar", "Open cases"),
            None: translate("FilterBar", "All statuses"),
        }
        self.status = _combo(
            translate("FilterBar", "Status filter"), statuses | {s.value: humanize(s.value) for s in CaseStatus}, self
        )
        self.status.setToolTip(translate("FilterBar", "Status filter (open cases: not decided or withdrawn)"))
        claims: dict[str | None, str] = {None: translate("FilterBar", "All claims")}
        self.claim = _combo(
            translate("FilterBar", "Claim type filter"), claims | {c.value: humanize(c.value) for c in ClaimType}, self
        )
        deadlines: dict[str | None, str] = {key: deadline_label(key) for key in DEADLINES}
        self.deadline = _combo(translate("FilterBar", "Deadline filter"), deadlines, self)
        flags: dict[str | None, str] = {key: translate("FilterBar", text) for key, text in FLAGS.items()}
        self.flag = _combo(translate("FilterBar", "Flag filter"), flags, self)
        self.currency = _combo(
            translate("FilterBar", "Value currency"), {None: translate("FilterBar", "Any", "any currency")}, self
        )
        self.currency.setToolTip(translate("FilterBar", "Amounts are compared only within the chosen currency"))
        amount = QRegularExpressionValidator(QRegularExpression(r"^[0-9]{0,15}([.][0-9]{0,2})?$"), self)
        self.min_value = QLineEdit(self)
        self.max_value = QLineEdit(self)
        self.min_value.setAccessibleName(translate("FilterBar", "Minimum value"))
        self.min_value.setPlaceholderText(translate("FilterBar", "min", "the smallest value shown"))
        self.max_value.setAccessibleName(translate("FilterBar", "Maximum value"))
        self.max_value.setPlaceholderText(translate("FilterBar", "max", "the largest value shown"))
        for edit in (self.min_value, self.max_value):
            edit.setValidator(amount)
            edit.setMaximumWidth(72)
            edit.setEnabled(False)  # until a currency is chosen
            edit.setToolTip(
                translate("FilterBar", "Choose a currency first: amounts in different currencies are not compared")
            )
        self.reset = QPushButton(translate("FilterBar", "Clear filters"), self)
        self.reset.setAccessibleName(translate("FilterBar", "Clear filters"))
        self.reset.setToolTip(translate("FilterBar", "Show every case: all statuses, no other filter, no search"))
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit_search)
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self._emit_search)
        self.flag.currentIndexChanged.connect(self._flag_changed)  # before the filter is emitted
        for box in self._boxes():
            box.currentIndexChanged.connect(self._emit_filter)
        self.currency.currentIndexChanged.connect(self._currency_changed)
        for edit in (self.min_value, self.max_value):
            edit.textChanged.connect(self._emit_filter)
        self.reset.clicked.connect(self.clear)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.search, 0, 0, 1, 4)
        for column, box in enumerate((self.part, self.status, self.claim, self.deadline)):
            grid.addWidget(box, 1, column)
            grid.setColumnStretch(column, 1)
        for box in (*self._boxes(), self.currency):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        values = QHBoxLayout()
        values.setSpacing(6)
        values.addWidget(self.flag, 1)
        label = QLabel(translate("FilterBar", "Value &in"), self)  # Alt+V is the View menu
        label.setBuddy(self.currency)
        values.addWidget(label)
        self.currency.setMinimumContentsLength(4)
        values.addWidget(self.currency)
        # "Value in [currency] from [min] to [max]": each word its own label, between the fields
        values.addWidget(QLabel(translate("FilterBar", "from", "value in a currency from [min] to [max]"), self))
        values.addWidget(self.min_value)
        values.addWidget(QLabel(translate("FilterBar", "to", "value in a currency from [min] to [max]"), self))
        values.addWidget(self.max_value)
        values.addWidget(self.reset)
        grid.addLayout(values, 2, 0, 1, 4)

    def _boxes(self) -> tuple[QComboBox, ...]:
        return (self.part, self.status, self.claim, self.deadline, self.flag)

    def set_known_values(
        self, statuses: Iterable[str], claim_types: Iterable[str], currencies: Iterable[str] = ()
    ) -> None:
        """Adds values met in the data but unknown to this version (shown exactly as received), and
        the currencies of the cases."""
        for box, values in ((self.status, statuses), (self.claim, claim_types), (self.currency, currencies)):
            for value in sorted(values):
                if box.findData(value) < 0:
                    box.addItem(untrusted(value, 80), value)

    def current(self) -> CaseFilter:
        currency = self.currency.currentData()
        currency = currency if isinstance(currency, str) else None
        status = self.status.currentData()
        return CaseFilter(
            status=None if status == OPEN_CASES else status,
            open_only=status == OPEN_CASES,
            claim_type=self.claim.currentData(),
            currency=currency,
            min_value=parse_amount(self.min_value.text(), currency),
            max_value=parse_amount(self.max_value.text(), currency),
            deadline=str(self.deadline.currentData()),
            flag=str(self.flag.currentData()),
            part=str(self.part.currentData()),
        )

    def _flag_changed(self) -> None:
        """A flag of closed cases only (a ruling under appeal) with "Open cases": every status, so that they show."""
        if self.flag.currentData() in CLOSED_FLAGS and self.status.currentData() == OPEN_CASES:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(1)  # "All statuses" (as clear())
            self.status.blockSignals(False)

    def _currency_changed(self) -> None:
        chosen = self.currency.currentData() is not None
        for edit in (self.min_value, self.max_value):
            edit.setEnabled(chosen)
        self._emit_filter()

    def clear(self) -> None:
        """Removes every restriction (the search text too): every case of every status."""
        for box in (*self._boxes(), self.currency):
            box.blockSignals(True)
            box.setCurrentIndex(1 if box is self.status else 0)
            box.blockSignals(False)
        for edit in (self.min_value, self.max_value):
            edit.setEnabled(False)
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
