"""The case list for a member's triage (issue #15): open cases first by deadline, "Your part", the
value filter per currency, the unread dot cleared on opening, and columns that fit at 1366×768."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.domain.money import Money
from arbitration_desk.gui.case_list.filters import CaseFilter
from arbitration_desk.gui.case_list.model import PART_ROLE, ROW_ROLE, Column, as_part, is_open
from arbitration_desk.gui.case_list.view import CaseListView
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.store.records import CaseRow
from arbitration_desk.store.store import Store


def _loaded_view(qtbot, store: Store, runner, desk: DeskModel | None = None) -> CaseListView:
    view = CaseListView(store, runner, desk=desk)
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.reload()
    return view


def _shown_rows(view: CaseListView) -> list[CaseRow]:
    return [view.proxy.index(r, 0).data(ROW_ROLE) for r in range(view.proxy.rowCount())]


def _part_of(view: CaseListView, case_id: str) -> MemberPart | None:
    row = view.model.row_of(case_id)
    assert row is not None
    return as_part(view.model.index(row, Column.PART).data(PART_ROLE))


def test_default_view_is_open_cases_by_deadline_and_decided_never_sort_above_open(qtbot, store, runner) -> None:
    view = _loaded_view(qtbot, store, runner)
    rows = store.reads.list_cases()
    assert any(r.status == "decided" for r in rows)
    shown = _shown_rows(view)
    assert shown and all(is_open(r) for r in shown)
    assert len(shown) == sum(is_open(r) for r in rows)
    assert [r.ruling_due_at for r in shown] == sorted(r.ruling_due_at for r in shown)  # soonest first
    view.filter_bar.clear()  # every status
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table.sortByColumn(Column.DEADLINE, order)
        every = _shown_rows(view)
        assert len(every) == len(rows)
        closed_from = next(i for i, r in enumerate(every) if not is_open(r))
        assert all(not is_open(r) for r in every[closed_from:]), order  # no closed case above an open one


def test_your_part_column_and_filter_follow_votes_drafts_and_the_chair(qtbot, store, runner) -> None:
    desk = DeskModel(store, runner)
    view = _loaded_view(qtbot, store, runner, desk)
    me = store.reads.member_id()
    boards = {r.case_id: store.reads.vote_board(r.case_id) for r in store.reads.list_cases() if r.can_vote}

    def votes(case_id: str) -> dict[str, bool]:
        board = boards[case_id]
        assert board is not None
        return {e["member_id"]: e["has_voted"] for e in board.board["items"]}

    must_vote = [c for c in boards if votes(c).get(me) is False]
    to_rule = [c for c in boards if all(votes(c).values())]  # the demo chair sits on every panel
    others = [c for c in boards if votes(c).get(me) and not all(votes(c).values())]
    assert must_vote and to_rule and others
    assert {_part_of(view, c) for c in must_vote} == {MemberPart.NEEDS_MY_VOTE}
    assert {_part_of(view, c) for c in to_rule} == {MemberPart.READY_TO_RULE}
    assert {_part_of(view, c) for c in others} == {MemberPart.VOTES_OPEN}
    decided = next(r.case_id for r in store.reads.list_cases() if r.status == "decided")
    assert _part_of(view, decided) is MemberPart.DECIDED
    row = view.model.row_of(must_vote[0])
    assert row is not None
    cell = view.model.index(row, Column.PART)
    assert cell.data() == "Needs my vote" and "not cast your vote" in cell.data(Qt.ItemDataRole.ToolTipRole)

    part_box = view.filter_bar.part
    part_box.setCurrentIndex(part_box.findData(MemberPart.NEEDS_MY_VOTE.value))
    assert {r.case_id for r in _shown_rows(view)} == set(must_vote)
    part_box.setCurrentIndex(part_box.findData("waiting"))
    assert {r.case_id for r in _shown_rows(view)} == set(must_vote) | set(to_rule)

    # A saved draft is not a cast vote; casting it (queued for the next sync) is.
    case_id = must_vote[0]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        desk.save_vote_draft(case_id, "split", Money.parse("1", view.row(case_id).value.currency), "Half.")
        view.reload()
    assert _part_of(view, case_id) is MemberPart.NEEDS_MY_VOTE
    with qtbot.waitSignal(view.loaded, timeout=5000):
        desk.cast_vote(case_id, "favor_seller", Money.parse("0", view.row(case_id).value.currency), "No proof.")
    assert _part_of(view, case_id) is MemberPart.MY_VOTE_CAST
    assert case_id not in {r.case_id for r in _shown_rows(view)}  # no longer waiting for me
    runner.wait()


def test_value_filter_compares_amounts_only_within_one_currency(qtbot, store, runner) -> None:
    view = _loaded_view(qtbot, store, runner)
    bar = view.filter_bar
    bar.clear()
    assert not bar.min_value.isEnabled()  # no bounds without a currency
    bar.min_value.setText("100")
    assert bar.current().min_value is None and view.proxy.rowCount() == view.model.rowCount()
    currencies = {r.value.currency for r in view.model.rows()}
    assert {"EUR", "RUB"} <= currencies
    assert {bar.currency.itemData(i) for i in range(1, bar.currency.count())} == currencies
    bar.currency.setCurrentIndex(bar.currency.findData("EUR"))
    assert bar.min_value.isEnabled()
    bar.min_value.setText("100")
    bar.max_value.setText("1000")
    shown = [r.value for r in _shown_rows(view)]
    eur = [r.value for r in view.model.rows() if r.value.currency == "EUR" and 100 <= r.value.amount <= 1000]
    assert shown and sorted(shown, key=str) == sorted(eur, key=str)
    # RUB amounts within 100..1000 as numbers, or above, never pass an EUR range.
    rub = next(r for r in view.model.rows() if r.value.currency == "RUB")
    odd = CaseFilter(min_value=Money.parse("1", "EUR"), max_value=Money.parse("999999", "EUR"))
    assert not odd.accepts(rub, view.model.now)
    assert odd.accepts(next(r for r in view.model.rows() if r.value.currency == "EUR"), view.model.now)


def test_unread_dot_has_a_legend_and_clears_when_the_case_is_opened(qtbot, store, runner) -> None:
    view = _loaded_view(qtbot, store, runner)
    header_tip = view.model.headerData(Column.BADGES, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Blue dot" in header_tip and "clears when you open" in header_tip
    row = next(
        r for r in _shown_rows(view) if r.has_unread and not r.unsent_count and not r.reassigned and not r.signals
    )
    index = view.model.index(view.model.row_of(row.case_id), Column.BADGES)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Blue dot" in index.data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(view.case_selected, timeout=2000):
        view.select_case(row.case_id)
    index = view.model.index(view.model.row_of(row.case_id), Column.BADGES)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None and not view.row(row.case_id).has_unread
    # A reload read before the case view recorded the opening does not bring the dot back.
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.reload()
    assert not view.row(row.case_id).has_unread


def test_opening_a_case_in_the_window_clears_its_dot_in_the_store_too(
    qtbot, store: Store, synced_home: Path, tmp_path: Path, runner
) -> None:
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
    case_id = next(r.case_id for r in window.case_list.model.rows() if r.has_unread and is_open(r))
    window.case_list.select_case(case_id)
    assert not window.case_list.row(case_id).has_unread
    qtbot.waitUntil(lambda: not next(r for r in store.reads.list_cases() if r.case_id == case_id).has_unread)
    window.close()


def test_columns_fit_the_list_at_1366_by_768(qtbot, store: Store, synced_home: Path, tmp_path: Path, runner) -> None:
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # the main window's default size
    window.show()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
    window.case_list.filter_bar.clear()  # every case: the longest texts
    qtbot.wait(50)
    table = window.case_list.table
    header = table.horizontalHeader()
    width = table.viewport().width()
    assert window.width() == 1366 and 300 < width < 1366
    shown = [c for c in Column if not table.isColumnHidden(c)]
    assert {Column.REFERENCE, Column.PART, Column.DEADLINE, Column.VALUE, Column.BADGES} <= set(shown)
    for column in shown:
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width, column  # not cut off
    assert header.length() <= width and table.horizontalScrollBar().maximum() == 0
    model = window.case_list.model
    for column in (Column.REFERENCE, Column.PART, Column.DEADLINE, Column.VALUE):
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = index.data(Qt.ItemDataRole.FontRole) or table.font()
            icon = 20 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
            needed = QFontMetrics(font).horizontalAdvance(index.data()) + icon + 6
            assert header.sectionSize(column) >= needed, (column, index.data())  # shown whole, not elided
    # Shown again, a hidden column still fits: the others give up width.
    table.setColumnHidden(Column.STATUS, False)
    window.case_list._fit_columns()
    assert header.length() <= table.viewport().width()
    window.close()
