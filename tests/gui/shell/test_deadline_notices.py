"""Deadline notifications: once per case within 48 h of its deadline, overdue cases at start, off by a
setting; a banner above the case where the desktop has no tray (offscreen has none)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.shell.deadline_notices import (
    DeadlineBanner,
    DeadlineNotifier,
    Notice,
    due_soon_notice,
    overdue_notice,
)
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.store import testing
from arbitration_desk.store.records import CaseRow
from arbitration_desk.store.store import Store

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def row(case_id: str, due_in: timedelta, *, status: str = "in_deliberation", reassigned: bool = False) -> CaseRow:
    reassigned_at = NOW if reassigned else None
    return testing.case_row(case_id, now=NOW, ruling_due_at=NOW + due_in, status=status, reassigned_at=reassigned_at)


def test_which_cases_are_told() -> None:
    rows = [
        row("late", -timedelta(hours=3)),
        row("soon", timedelta(hours=30)),
        row("edge", timedelta(hours=48)),
        row("later", timedelta(hours=49)),
        row("done", timedelta(hours=5), status="decided"),
        row("gone", timedelta(hours=5), reassigned=True),
    ]
    soon = due_soon_notice(rows, NOW, told=set())
    assert soon is not None and soon.case_ids == ("soon", "edge")
    assert soon.title == "2 rulings are due soon" and soon.body == "Due within 48 hours: ARB-soon, ARB-edge."
    assert due_soon_notice(rows, NOW, told={"soon", "edge"}) is None
    late = overdue_notice(rows, NOW)
    assert late == Notice("A ruling is overdue", "Overdue: ARB-late.", ("late",))
    many = [row(f"c{k}", -timedelta(hours=k + 1)) for k in range(5)]
    assert overdue_notice(many, NOW).body.endswith("and 2 more.")  # type: ignore[union-attr]


def test_once_per_case_overdue_at_start_and_off_by_a_setting(qtbot: QtBot, tmp_path: Path) -> None:
    rows = [row("late", -timedelta(hours=3)), row("soon", timedelta(hours=30))]
    settings = AppSettings(tmp_path / "gui.ini")
    shown: list[Notice] = []
    notifier = DeadlineNotifier(settings, lambda: rows, shown.append, QIcon(), clock=lambda: NOW)
    assert notifier.tray is None  # offscreen: no system tray, the banner says it
    notifier.check()
    assert [n.case_ids for n in shown] == [("late",), ("soon",)]
    notifier.check()  # the list loads again: nothing new
    assert len(shown) == 2
    rows.append(row("new", timedelta(hours=10)))
    notifier.check()
    assert shown[-1].case_ids == ("new",)
    # a restart: overdue cases are told again, the cases due soon are not (kept in gui.ini)
    again: list[Notice] = []
    ini = tmp_path / "gui.ini"
    restarted = DeadlineNotifier(AppSettings(ini), lambda: rows, again.append, QIcon(), clock=lambda: NOW)
    restarted.check()
    assert [n.case_ids for n in again] == [("late",)]
    restarted.set_enabled(False)
    rows.append(row("quiet", timedelta(hours=1)))
    quiet = DeadlineNotifier(AppSettings(ini), lambda: rows, again.append, QIcon(), clock=lambda: NOW)
    quiet.check()
    assert [n.case_ids for n in again] == [("late",)]


def test_the_banner_shows_platform_text_literally_and_opens_the_case(qtbot: QtBot) -> None:
    banner = DeadlineBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.show_notice(Notice("A ruling is overdue", "Overdue: <b>ARB-1</b>.", ("cs_1",)))
    banner.show_notice(Notice("A ruling is due soon", "Due within 48 hours: ARB-2.", ("cs_2",)))
    first, second = banner.text.text().split("\n")
    assert first == "A ruling is overdue. Overdue: <b>ARB-1</b>."  # a plain-text label: literal
    assert second == "A ruling is due soon. Due within 48 hours: ARB-2."
    with qtbot.waitSignal(banner.case_requested) as asked:
        banner.show_button.click()
    assert asked.args == ["cs_1"] and not banner.isVisible()


def test_the_desk_tells_of_deadlines_when_it_opens(
    qtbot: QtBot, store: Store, synced_home: Path, tmp_path: Path, runner
) -> None:
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
    rows = window.case_list.model.rows()
    expected = [overdue_notice(rows, datetime.now(UTC)), due_soon_notice(rows, datetime.now(UTC), set())]
    expected_shown = [n for n in expected if n is not None]
    assert expected_shown, "the demo world has overdue cases and cases due soon"
    qtbot.waitUntil(lambda: window.deadline_banner.isVisible(), timeout=5_000)
    assert [n.case_ids for n in window.deadlines.shown] == [n.case_ids for n in expected_shown]
    assert window.deadlines_action.isChecked()
    window.deadline_banner.show_button.click()
    assert window.case_view.case_id == expected_shown[0].case_ids[0]
    window.close()
