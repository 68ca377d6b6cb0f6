"""Signals of abuse in the case list (issue #18): the badge, its tooltip in words, the filter, on the demo world."""

from __future__ import annotations

from PySide6.QtCore import Qt

from arbitration_desk.domain.abuse_signals import CAVEAT
from arbitration_desk.gui.case_list.filters import FLAGS
from arbitration_desk.gui.case_list.model import ROW_ROLE, Column
from arbitration_desk.gui.case_list.view import CaseListView
from arbitration_desk.sandbox.world_case import opaque
from arbitration_desk.store.store import Store

#: The demo world's recurring parties (seed 1, the GUI tests' sandbox): the only abusive ones.
KNOWN = {"buyer": opaque("pt_", 1, "serial-buyer"), "seller": opaque("pt_", 1, "stalling-seller")}


def test_badge_tooltip_and_filter_show_the_worlds_known_parties(qtbot, store: Store, runner) -> None:
    expected: dict[str, set[str]] = {}
    for row in store.reads.list_cases():
        case = store.reads.case_detail(row.case_id).case
        assert case is not None
        expected[row.case_id] = {p["role"] for p in case["parties"] if KNOWN.get(p["role"]) == p["party_id"]}
    assert any("buyer" in roles for roles in expected.values())
    assert any("seller" in roles for roles in expected.values())

    view = CaseListView(store, runner)
    qtbot.addWidget(view)
    view.resize(620, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.reload()
    # Two badges (an unread dot and the flag, often) show whole and unscaled: 14 px each, 2 apart.
    assert view.table.iconSize().width() >= 3 * 14 + 2 * 2 and view.table.columnWidth(Column.BADGES) >= 2 * 14 + 2 + 6
    model = view.model
    for row in model.rows():
        assert {signal.role for signal in row.signals} == expected[row.case_id], row.reference
        index = model.index(model.row_of(row.case_id), Column.BADGES)
        tip = index.data(Qt.ItemDataRole.AccessibleTextRole)
        if not row.signals:
            assert "Possible" not in tip
            continue
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None
        assert tip.endswith(str(CAVEAT))
        if "buyer" in expected[row.case_id]:
            assert "Possible serial complainant (buyer):\n  • opened " in tip
        if "seller" in expected[row.case_id]:
            assert "Possible stalling (seller):\n  • missed " in tip
        assert "Possible" in index.data(Qt.ItemDataRole.ToolTipRole)  # the tooltip: the same words, literal

    view.filter_bar.clear()  # every status: decided cases have signals too
    flag = view.filter_bar.flag
    assert flag.itemText(flag.findData("signals")) == FLAGS["signals"] == "Abuse signals"
    flag.setCurrentIndex(flag.findData("signals"))
    shown = {view.proxy.index(r, 0).data(ROW_ROLE).case_id for r in range(view.proxy.rowCount())}
    assert shown == {case_id for case_id, roles in expected.items() if roles}
    assert "Abuse signals" not in view.summary.text() and f"{len(shown)} of " in view.summary.text()
