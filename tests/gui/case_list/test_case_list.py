"""The case list: models (qtmodeltester), badges, sorting by money, filters, search, keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from arbitration_desk.domain.money import Money
from arbitration_desk.gui.case_list.filters import CaseFilter, CaseFilterProxy
from arbitration_desk.gui.case_list.model import CASE_ID_ROLE, ROW_ROLE, CaseListModel, Column, is_open
from arbitration_desk.gui.case_list.view import CaseListView
from arbitration_desk.gui.sync.errors_dialog import FailureListModel
from arbitration_desk.gui.timeline.search_hits import SearchHitsModel
from arbitration_desk.store.records import CaseRow
from arbitration_desk.store.store import Store
from arbitration_desk.sync.report import ItemFailure


def _index_all(store: Store) -> None:
    """A sync stores messages unindexed (the desk's SearchIndexer indexes them): search finds them after this."""
    while store.search.index_messages():
        pass


def test_models_pass_the_model_tester(qapp, qtmodeltester, store) -> None:
    model = CaseListModel()
    model.set_rows(store.reads.list_cases())
    qtmodeltester.check(model)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.VALUE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    hits = SearchHitsModel()
    _index_all(store)
    hits.set_hits(store.search.search("refund"))
    assert {"case", "message"} <= {hit.kind for hit in hits.hits()}
    qtmodeltester.check(hits)
    failures = FailureListModel([ItemFailure(what="case cs_1", reason="bad", case_id="cs_1", request_id="req-1")])
    qtmodeltester.check(failures)


def test_badges_and_texts(qapp, store) -> None:
    rows = store.reads.list_cases()
    now = max(r.ruling_due_at for r in rows) - timedelta(days=400)
    row = replace(
        rows[0],
        status="in_deliberation",
        ruling_due_at=now + timedelta(hours=10),
        unsent_count=2,
        failed_verification_count=1,
        has_unread=True,
    )
    odd = replace(
        rows[1], status="on_hold_by_legal", claim_type="\u202egnp.exe", ruling_due_at=now - timedelta(hours=1)
    )
    model = CaseListModel()
    model.set_rows([row, odd], now)
    first, second = model.row_of(row.case_id), model.row_of(odd.case_id)
    assert first is not None and second is not None
    badges = model.index(first, Column.BADGES)
    assert "2 unsent" in badges.data(Qt.ItemDataRole.ToolTipRole)
    assert "failed verification" in badges.data(Qt.ItemDataRole.ToolTipRole)
    assert badges.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "left" in model.index(first, Column.DEADLINE).data()
    assert "48 hours" in model.index(first, Column.DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
    assert "overdue" in model.index(second, Column.DEADLINE).data()
    assert model.index(second, Column.STATUS).data() == "on_hold_by_legal"  # unknown status shown as received
    assert "⟦RLO⟧" in model.index(second, Column.CLAIM).data()  # bidi control made visible
    assert model.index(first, Column.VALUE).data() == str(row.value)


def test_value_sorts_as_decimal_not_float(qtbot, store) -> None:
    base = store.reads.list_cases()[0]
    big = [
        replace(base, case_id=f"c{i}", reference=f"R{i}", value=Money(Decimal(a), "EUR"))
        for i, a in enumerate(["999999999999999.99", "999999999999999.98", "10.00"])
    ]
    model = CaseListModel()
    model.set_rows(big)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.VALUE, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(3)] == ["c2", "c1", "c0"]


def test_filters(qapp, store) -> None:
    rows = store.reads.list_cases()
    model = CaseListModel()
    model.set_rows(rows)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(CaseFilter(status="decided"))
    assert 0 < proxy.rowCount() < len(rows)
    assert all(proxy.index(r, 0).data(ROW_ROLE).status == "decided" for r in range(proxy.rowCount()))
    low, high = Money.parse("100", "EUR"), Money.parse("1000", "EUR")
    proxy.set_filter(CaseFilter(currency="EUR", min_value=low, max_value=high))
    shown = [proxy.index(r, 0).data(ROW_ROLE).value for r in range(proxy.rowCount())]
    assert shown and all(v.currency == "EUR" and Decimal(100) <= v.amount <= 1000 for v in shown)
    proxy.set_filter(CaseFilter(case_ids=frozenset({rows[3].case_id})))
    assert proxy.rowCount() == 1


def test_view_search_selection_and_keyboard(qtbot, store, runner) -> None:
    _index_all(store)
    view = CaseListView(store, runner)
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.reload()
    total = view.model.rowCount()
    assert total == len(store.reads.list_cases()) > 0
    view.table.setFocus()
    with qtbot.waitSignal(view.case_selected, timeout=2000) as first:
        view.select_case(view.proxy.index(2, 0).data(CASE_ID_ROLE))
    assert view.current_case_id() == first.args[0] == view.proxy.index(2, 0).data(CASE_ID_ROLE)
    with qtbot.waitSignal(view.case_selected, timeout=2000) as second:
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert second.args[0] == view.proxy.index(3, 0).data(CASE_ID_ROLE)
    with qtbot.waitSignal(view.search_finished, timeout=5000) as searched:
        view.filter_bar.search.setText("counterfeit")
    assert searched.args[0] > 0 and "incomplete" not in view.hits_title.text()
    shown = {view.proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(view.proxy.rowCount())}
    hit_cases = view.hits_model.case_ids()
    assert shown == {c for c in hit_cases if is_open(view.model.case_row(c))} and 0 < len(shown) < total  # open only
    assert view.hits_box.isVisible()
    with qtbot.waitSignal(view.search_finished, timeout=2000):
        view.filter_bar.search.clear()
    assert view.proxy.rowCount() == sum(is_open(r) for r in view.model.rows()) and not view.hits_box.isVisible()


def test_unknown_status_offered_in_filter(qtbot, store, runner) -> None:
    view = CaseListView(store, runner)
    qtbot.addWidget(view)
    rows: list[CaseRow] = store.reads.list_cases()
    view.set_rows([replace(rows[0], status="paused_by_platform"), *rows[1:]])
    assert view.filter_bar.status.findData("paused_by_platform") >= 0
