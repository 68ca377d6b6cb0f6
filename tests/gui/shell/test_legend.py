"""Help → Case list legend: every flag, deadline mark and "Your part" of the list, in the list's words."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.gui.case_list.model import HEADER_TIPS, LEGEND, PART_HELP, Column
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.shell.legend import LegendDialog
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.store.store import Store


def test_the_legend_explains_every_mark_of_the_case_list(qtbot: QtBot) -> None:
    dialog = LegendDialog()
    qtbot.addWidget(dialog)
    assert set(LEGEND) == {
        "unread",
        "unsent",
        "failed_verification",
        "reassigned",
        "appeal",
        "appealed",
        "abuse_signal",
        "overdue",
        "due_soon",
    }
    assert set(PART_HELP) == set(MemberPart)  # a new part cannot go unexplained
    for name, text in LEGEND.items():
        assert dialog.rows[name].text() == text
    for part, text in PART_HELP.items():
        assert dialog.rows[part.value].text() == text
        assert f"{part.label}: {text}" in HEADER_TIPS[Column.PART]
    assert "clears" in LEGEND["unread"] and "Help" in HEADER_TIPS[Column.BADGES]
    assert "not a finding" in LEGEND["abuse_signal"] and "Abuse signals" in LEGEND["abuse_signal"]
    dialog.show()
    dialog.grab().save("/tmp/legend.png")


def test_help_opens_the_legend(qtbot: QtBot, store: Store, synced_home: Path, tmp_path: Path, runner: Runner) -> None:
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.legend_action.trigger()
    dialog = window.show_legend()
    assert dialog.isVisible() and window.show_legend() is dialog
    assert dialog.parent() is window
    dialog.close()
    window.close()
