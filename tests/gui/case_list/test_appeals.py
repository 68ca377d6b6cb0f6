"""Appeals in the case list (contract 1.1): the two badges, their words, the flag filter and the legend."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.gui.case_list.filters import FLAGS, OPEN_CASES, CaseFilter, CaseFilterProxy, FilterBar
from arbitration_desk.gui.case_list.model import (
    HEADER_TIPS,
    LEGEND,
    PART_HELP,
    ROW_ROLE,
    CaseListModel,
    Column,
    badge_names,
)
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.shell.legend import LegendDialog
from arbitration_desk.store import testing
from arbitration_desk.store.records import CaseRow

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
HOSTILE_REFERENCE = "<b>ARB-2026-000042</b>\u202e"


def case_row(case_id: str, status: str = "in_deliberation", appeal_of: str | None = None) -> CaseRow:
    return testing.case_row(case_id, now=NOW, reference=f"ARB-2026-{case_id}", status=status, appeal_of=appeal_of)


FIRST = case_row("000001")
APPEAL = case_row("000101", appeal_of="ARB-2026-000099")
HOSTILE = case_row("000102", appeal_of=HOSTILE_REFERENCE)
UNDER_APPEAL = case_row("000099", status="under_appeal")
ROWS = [FIRST, APPEAL, HOSTILE, UNDER_APPEAL]


def shown_text(tooltip: str) -> str:
    """What Qt shows of a rich-text tooltip."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_badges_and_their_tooltips(qapp) -> None:
    model = CaseListModel()
    model.set_rows(ROWS, NOW)

    def cell(row: CaseRow, role: Qt.ItemDataRole) -> object:
        number = model.row_of(row.case_id)
        assert number is not None
        return model.index(number, Column.BADGES).data(role)

    assert badge_names(FIRST) == ()
    assert cell(FIRST, Qt.ItemDataRole.DecorationRole) is None
    assert cell(FIRST, Qt.ItemDataRole.ToolTipRole) is None
    assert cell(FIRST, Qt.ItemDataRole.AccessibleTextRole) == "No flags"

    assert badge_names(APPEAL) == ("appeal",)
    assert cell(APPEAL, Qt.ItemDataRole.DecorationRole) is not None
    expected = "Appeal against ARB-2026-000099 (second instance)"
    assert cell(APPEAL, Qt.ItemDataRole.AccessibleTextRole) == expected
    assert shown_text(str(cell(APPEAL, Qt.ItemDataRole.ToolTipRole))) == expected

    # The first-instance reference is the platform's: shown literally, its bidi control made visible.
    literal = "Appeal against <b>ARB-2026-000042</b>⟦RLO⟧ (second instance)"
    assert cell(HOSTILE, Qt.ItemDataRole.AccessibleTextRole) == literal
    assert shown_text(str(cell(HOSTILE, Qt.ItemDataRole.ToolTipRole))) == literal

    assert badge_names(UNDER_APPEAL) == ("appealed",)
    assert cell(UNDER_APPEAL, Qt.ItemDataRole.DecorationRole) is not None
    under = "Under appeal: the ruling stands until the appeal panel decides"
    assert cell(UNDER_APPEAL, Qt.ItemDataRole.AccessibleTextRole) == under
    assert shown_text(str(cell(UNDER_APPEAL, Qt.ItemDataRole.ToolTipRole))) == under
    assert "appeal case (second instance)" in HEADER_TIPS[Column.BADGES]

    for name in ("appeal", "appealed"):  # bundled icons, in the style of the others
        assert icons.icon_path(name).is_file()
        assert not icons.icon(name).pixmap(16, 16).isNull()


def test_flag_filter_lists_appeals_and_cases_under_appeal(qtbot: QtBot) -> None:
    assert (FLAGS["appeals"], FLAGS["under_appeal"]) == ("Appeals", "Under appeal")
    assert [row.case_id for row in ROWS if CaseFilter(flag="appeals").accepts(row, NOW)] == ["000101", "000102"]
    assert [row.case_id for row in ROWS if CaseFilter(flag="under_appeal").accepts(row, NOW)] == ["000099"]

    model = CaseListModel()
    model.set_rows(ROWS, NOW)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.filter_changed.connect(lambda value: proxy.set_filter(value, NOW))
    assert bar.status.currentData() == OPEN_CASES

    def shown() -> set[str]:
        return {proxy.index(r, 0).data(ROW_ROLE).case_id for r in range(proxy.rowCount())}

    flag = bar.flag
    assert flag.itemText(flag.findData("appeals")) == "Appeals"
    flag.setCurrentIndex(flag.findData("appeals"))
    assert shown() == {"000101", "000102"}
    assert bar.status.currentData() == OPEN_CASES  # appeal cases are open cases

    # A case under appeal is not open (its ruling stands): the filter shows every status for it.
    flag.setCurrentIndex(flag.findData("under_appeal"))
    assert flag.currentText() == "Under appeal"
    assert bar.status.currentText() == "All statuses"
    assert shown() == {"000099"}
    bar.clear()
    assert shown() == {row.case_id for row in ROWS}


def test_legend_explains_both_badges(qtbot: QtBot) -> None:
    dialog = LegendDialog()
    qtbot.addWidget(dialog)
    assert {"appeal", "appealed"} <= set(LEGEND)
    assert dialog.rows["appeal"].text() == LEGEND["appeal"]
    assert dialog.rows["appealed"].text() == LEGEND["appealed"]
    assert dialog.rows["under_appeal"].text() == PART_HELP[MemberPart.UNDER_APPEAL]  # "Your part": its own row
    assert "second instance" in LEGEND["appeal"] and "“Appeals”" in LEGEND["appeal"]
    assert "New on appeal" in LEGEND["appeal"]
    assert LEGEND["appealed"].startswith("Under appeal: the ruling stands until the appeal panel decides")
    assert "“Under appeal”" in LEGEND["appealed"]
    dialog.show()
    dialog.grab().save("/tmp/legend_appeals.png")
