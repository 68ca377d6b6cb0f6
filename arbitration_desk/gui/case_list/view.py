"""The left pane: filter bar, the sortable case table and, while searching, the search hits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.case_list.filters import CaseFilter, CaseFilterProxy, FilterBar, with_case_ids
from arbitration_desk.gui.case_list.model import CASE_ID_ROLE, CaseListModel, Column, header_text, make_lines
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.timeline.search_hits import HIT_ROLE, SearchHitsModel
from arbitration_desk.store.records import CaseRow, SearchHit
from arbitration_desk.store.store import Store

CLOCK_MS = 60_000
SEARCH_LIMIT = 200
DEFAULT_WIDTHS = {
    Column.BADGES: 38,  # two badges side by side (an unread dot and a signal of abuse, often)
    Column.REFERENCE: 128,
    Column.PART: 112,
    Column.DEADLINE: 150,
    Column.STATUS: 112,
    Column.CLAIM: 120,
    Column.VALUE: 100,
    Column.PARTIES: 96,
}
#: Hidden until the member shows them (header menu): the list has to fit beside the case at 1366 px,
#: "Your part" and the deadline say what the status does, and the case view shows the claim.
HIDDEN_BY_DEFAULT = (Column.STATUS, Column.CLAIM, Column.PARTIES)
#: Where "Your part" is shown (it is the last column of the model: see ``Column.PART``).
PART_POSITION = 2
#: When the columns are wider than the list, the first of these gives up width first.
#: The reference, which names the case, gives up width only when every other column is at its least.
SHRINK_ORDER = (
    Column.PARTIES,
    Column.STATUS,
    Column.CLAIM,
    Column.DEADLINE,
    Column.VALUE,
    Column.PART,
    Column.BADGES,
)
MIN_WIDTH = 56
#: The largest decoration a cell shows unscaled: a strip of three badges (``icons.badge_strip``) is
#: wider than the 16 px square Qt would otherwise scale it into. A square icon keeps its 16 px.
ICON_SIZE = QSize(64, 16)


class CaseListView(QWidget):
    """The member's cases: filter, sort, search, keyboard navigation.

    Args:
        store: the member's store (read off the GUI thread).
        runner: runs the reads and searches.
        desk: when given, the list reloads itself whenever the desk says a case changed.

    Signals:
        case_selected(str): the current case changed ("" when none is selected).
        case_activated(str): Enter on the current case: the member turns to it.
        loaded(int): the rows were (re)loaded; the number of local cases.
        load_failed(str): the local case list could not be read (the empty list says why).
        search_finished(int): a search ended; the number of hits.
        sign_in_requested(): the empty list's "Sign in…" button was pressed (nobody is signed in).
    """

    case_selected = Signal(str)
    case_activated = Signal(str)
    loaded = Signal(int)
    load_failed = Signal(str)
    search_finished = Signal(int)
    sign_in_requested = Signal()

    def __init__(
        self, store: Store, runner: Runner, parent: QWidget | None = None, *, desk: DeskModel | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        if desk is not None:
            desk.case_changed.connect(self._case_changed)
        self.model = CaseListModel(self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.hits_model = SearchHitsModel(self)
        self.filter_bar = FilterBar(self)
        self._fitting = False
        self._wanted = {int(c): DEFAULT_WIDTHS.get(c, 100) for c in Column}  # widths before fitting
        self.table = self._make_table()
        self.hits = self._make_hits()
        self.summary = QLabel(self)
        self.summary.setAccessibleName(translate("CaseListView", "Case count"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("color: palette(mid); padding: 0 6px;")
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(translate("CaseListView", "Empty list notice"))
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.sign_in_button = QPushButton(translate("CaseListView", "Sign in…"), self)
        self.sign_in_button.setAccessibleName(translate("CaseListView", "Sign in to fetch your cases"))
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self._signed_in = True
        self._current = ""
        self._search_text = ""
        self._search_generation = 0
        self._load_generation = 0
        self._layout()
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self._tick)
        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.filter_bar.search_changed.connect(self.search)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.proxy.set_filter(self.filter_bar.current())  # the default view: open cases
        self.proxy.layoutChanged.connect(self._update_summary)
        self.proxy.modelReset.connect(self._update_summary)
        self._update_summary()

    # -- construction ----------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(translate("CaseListView", "Case list"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setIconSize(ICON_SIZE)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns fit instead
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)  # the fitting below gives the spare width to the last column
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(24)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.moveSection(header.visualIndex(Column.PART), PART_POSITION)
        for column, width in DEFAULT_WIDTHS.items():
            table.setColumnWidth(column, width)
        for column in HIDDEN_BY_DEFAULT:
            table.setColumnHidden(column, True)
        header.sectionResized.connect(self._section_resized)
        header.sectionMoved.connect(lambda *_: self._fit_columns())
        table.viewport().installEventFilter(self)
        # Enter turns to the case (the keyboard's way into it; a click leaves the focus in the list)
        turn = QAction(translate("CaseListView", "Go to the selected case"), table)
        turn.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        turn.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        turn.triggered.connect(self._activated)
        table.addAction(turn)
        return table

    def _make_hits(self) -> QListView:
        hits = QListView(self)
        hits.setAccessibleName(translate("CaseListView", "Search hits"))
        hits.setModel(self.hits_model)
        hits.setUniformItemSizes(True)
        hits.setWordWrap(False)
        hits.setTextElideMode(Qt.TextElideMode.ElideRight)
        hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hits.activated.connect(self._hit_chosen)
        hits.clicked.connect(self._hit_chosen)
        return hits

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_bar)
        row = QHBoxLayout()
        row.addWidget(self.summary)
        layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        top = QWidget(self.splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        # The empty-list notice (and, signed out, its "Sign in…" button) sits centred where the table was.
        self.empty_box = QWidget(top)
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        top_layout.addWidget(self.empty_box)
        self.hits_box = QWidget(self.splitter)
        hits_layout = QVBoxLayout(self.hits_box)
        hits_layout.setContentsMargins(0, 4, 0, 0)
        self.hits_title = QLabel(self.hits_box)
        self.hits_title.setTextFormat(Qt.TextFormat.PlainText)
        self.hits_title.setAccessibleName(translate("CaseListView", "Search hits title"))
        self.hits_title.setWordWrap(True)  # room for "results may be incomplete" while indexing
        self.hits_title.setStyleSheet("font-weight: 600; padding: 0 6px;")
        hits_layout.addWidget(self.hits_title)
        hits_layout.addWidget(self.hits)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.hits_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.hits_box.hide()
        layout.addWidget(self.splitter, 1)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the case list again (off the GUI thread); the selection is kept."""
        self._load_generation += 1
        generation = self._load_generation
        store = self.store

        def work() -> tuple[list[CaseRow], list[Any], datetime]:
            now = utcnow()
            rows = store.reads.list_cases()
            parts: dict[str, MemberPart] = store.reads.member_parts()
            return rows, make_lines(rows, now, parts), now

        self.runner.run(work, lambda result: self._loaded(generation, *result), self._load_failed)

    @Slot(str)
    def _case_changed(self, _case_id: str) -> None:
        self.reload()  # a row's badges (unsent work) or the whole list changed

    def _loaded(self, generation: int, rows: list[CaseRow], lines: list[Any], now: datetime) -> None:
        if generation == self._load_generation:
            self._show(rows, lambda: self.model.set_lines(lines, now))

    def _load_failed(self, exc: BaseException) -> None:
        why = explain(exc)
        self.empty.setText(translate("CaseListView", "The local case list cannot be read: {error}").format(error=why))
        self.empty_box.show()
        self.load_failed.emit(why)

    def set_rows(self, rows: list[CaseRow]) -> None:
        """Shows ``rows`` (the store's list), keeping the current case selected if it is still there."""
        self._show(rows, lambda: self.model.set_rows(rows))

    def _show(self, rows: list[CaseRow], fill: Callable[[], None]) -> None:
        keep = self._current
        fill()
        self.filter_bar.set_known_values(
            {r.status for r in rows}, {r.claim_type for r in rows}, {r.value.currency for r in rows}
        )
        if keep and self.model.row_of(keep) is None:
            self._current = ""
            self.case_selected.emit("")
        elif keep:
            self.select_case(keep, reveal=False)
        self._update_summary()
        self.loaded.emit(len(rows))

    def row(self, case_id: str) -> CaseRow | None:
        return self.model.case_row(case_id)

    # -- selection -------------------------------------------------------------------------

    def current_case_id(self) -> str:
        return self._current

    def select_case(self, case_id: str, *, reveal: bool = True) -> bool:
        """Makes ``case_id`` current; False when it is not in the list (or hidden and not ``reveal``).

        Args:
            case_id: the case.
            reveal: clear the search and filters if they hide the case.
        """
        source_row = self.model.row_of(case_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, Column.REFERENCE))
        if not index.isValid() and not reveal:
            return False
        if not index.isValid():
            self.filter_bar.clear()
            self.search("")
            index = self.proxy.mapFromSource(self.model.index(source_row, Column.REFERENCE))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del previous
        case_id = str(current.data(CASE_ID_ROLE) or "") if current.isValid() else ""
        if case_id != self._current:
            self._current = case_id
            if case_id:
                self.model.mark_viewed(case_id)  # opening the case clears its unread dot
            self.case_selected.emit(case_id)

    def _activated(self) -> None:
        if self._current:
            self.case_activated.emit(self._current)

    def focus_list(self) -> None:
        """The keyboard focus in the table (on the current case), or in the search when no case is listed."""
        target = self.table if self.table.isVisible() and self.proxy.rowCount() else self.filter_bar.search
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    # -- filtering and search ----------------------------------------------------------------

    def _filter_changed(self, value: CaseFilter) -> None:
        self.proxy.set_filter(with_case_ids(value, self.proxy.case_filter.case_ids))
        self._update_summary()

    def search(self, text: str) -> None:
        """Restricts the list to cases matching ``text`` (full-text index) and lists the hits."""
        self._search_generation += 1
        generation = self._search_generation
        self._search_text = text
        if not text:
            self.hits_model.set_hits([])
            self.hits_box.hide()
            self.proxy.set_filter(with_case_ids(self.proxy.case_filter, None))
            self._update_summary()
            self.search_finished.emit(0)
            return
        store = self.store

        def work() -> tuple[list[SearchHit], int]:
            return store.search.search(text, limit=SEARCH_LIMIT), store.search.messages_to_index()

        self.runner.run(
            work,
            lambda result: self._searched(generation, *result),
            lambda exc: self._search_failed(generation, exc),
        )

    def refresh_search(self) -> None:
        """Runs the current search again (e.g. once more messages are searchable); no-op without one."""
        if self._search_text:
            self.search(self._search_text)

    def _searched(self, generation: int, hits: list[SearchHit], unindexed: int) -> None:
        if generation != self._search_generation:
            return
        self.hits_model.set_hits(hits)
        cases = self.hits_model.case_ids()
        found = {
            "matches": translate("CaseListView", "%n match(es)", n=len(hits)),
            "cases": translate("CaseListView", "%n case(s)", n=len(cases)),
            "text": self._search_text,
            "count": f"{unindexed:,}",
        }
        if unindexed > 0:
            title = translate(
                "CaseListView",
                "{matches} in {cases} for “{text}” — still indexing {count} messages: results may be incomplete",
            ).format(**found)
        else:
            title = translate("CaseListView", "{matches} in {cases} for “{text}”").format(**found)
        self.hits_title.setText(title)
        self.hits_box.show()
        self.proxy.set_filter(with_case_ids(self.proxy.case_filter, cases))
        self._update_summary()
        self.search_finished.emit(len(hits))

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._search_generation:
            self.hits_model.set_hits([])
            self.hits_title.setText(translate("CaseListView", "Search failed: {error}").format(error=explain(exc)))
            self.hits_box.show()
            self.search_finished.emit(0)

    def _hit_chosen(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.select_case(hit.case_id)

    def _update_summary(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.summary.setText(translate("CaseListView", "%n case(s)", n=total))
        else:
            self.summary.setText(translate("CaseListView", "{shown} of %n case(s) shown", n=total).format(shown=shown))
        filtered = self.proxy.case_filter != CaseFilter()
        if total == 0 and not self._signed_in:
            self.empty.setText(
                translate("CaseListView", "No cases on this machine.\nSign in to fetch the cases assigned to you.")
            )
        elif total == 0:
            self.empty.setText(
                translate(
                    "CaseListView", "No cases on this machine yet.\nSync (F5) to fetch the cases assigned to you."
                )
            )
        elif shown == 0:
            self.empty.setText(translate("CaseListView", "No case matches the search and filters."))
        self.empty_box.setVisible(shown == 0)
        self.sign_in_button.setVisible(total == 0 and not self._signed_in)
        self.table.setVisible(shown > 0 or filtered)

    def set_signed_in(self, signed_in: bool) -> None:
        """Whether a member is signed in: the empty list offers "Sign in…" or "Sync (F5)"."""
        self._signed_in = signed_in
        self._update_summary()

    # -- clock and layout ------------------------------------------------------------------

    def _tick(self) -> None:
        self.reload()  # recomputes the time left off the GUI thread
        if self.proxy.case_filter.deadline != "any":
            self.proxy.set_filter(self.proxy.case_filter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._clock.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._clock.stop()
        self.filter_bar.stop()

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for column in Column:
            if column is Column.REFERENCE:
                continue
            action = menu.addAction(header_text(column) or translate("CaseListView", "Flags"))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _show_column(self, column: Column, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        self._fit_columns()

    def header_state(self) -> QByteArray:
        """The header's state with the widths the member chose (not those squeezed to fit)."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in self._wanted.items():
                header.resizeSection(column, width)
            state = header.saveState()
        finally:
            self._fitting = False
        self._fit_columns()
        return state

    def restore_header(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        if header.restoreState(state):
            if header.count() == len(Column) and header.visualIndex(Column.PART) == len(Column) - 1:
                header.moveSection(len(Column) - 1, PART_POSITION)  # saved before "Your part" existed
            self._wanted = {int(c): header.sectionSize(c) or DEFAULT_WIDTHS.get(c, 100) for c in Column}
        self._fit_columns()

    # -- fitting the columns to the width of the list --------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if self._fitting or new == 0:  # 0: hidden
            return
        self._wanted[logical] = new  # the member dragged it: that is the width they want
        QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        """Sizes the shown columns to fill the list's width exactly: no horizontal scrolling.

        The widths the member chose (or the defaults) are kept while they fit; when they do not,
        columns give up width in :data:`SHRINK_ORDER` down to :data:`MIN_WIDTH`, then down to the
        header's minimum; their text elides. Spare width goes to the last column shown.
        """
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        shown = [c for c in Column if not header.isSectionHidden(c)]
        if available <= 0 or not shown:
            return
        widths = {c: self._wanted.get(c, DEFAULT_WIDTHS.get(c, 100)) for c in shown}
        excess = sum(widths.values()) - available
        least = header.minimumSectionSize()
        for floor, columns in ((MIN_WIDTH, SHRINK_ORDER), (least, SHRINK_ORDER), (least, (Column.REFERENCE,))):
            for column in columns:
                if column in widths and excess > 0:
                    take = min(max(widths[column] - floor, 0), excess)
                    widths[column] -= take
                    excess -= take
        last = max(shown, key=header.visualIndex)
        if excess < 0:
            widths[last] -= excess
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False
