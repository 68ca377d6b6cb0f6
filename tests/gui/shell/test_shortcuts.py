"""Help → Keyboard shortcuts: read from the window itself, every key listed, none given twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.shortcuts import EVERYWHERE, ShortcutsDialog, ambiguous, without_mnemonic
from helpers.stores import open_store

SCREENSHOT = Path("/tmp/keyboard_shortcuts.png")


def test_help_lists_every_key_of_the_window_once(qtbot: QtBot, tmp_path: Path, runner: Runner) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        window = MainWindow(store, home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

        # Help ▸ Keyboard shortcuts, by its keys (Alt+H, K)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        menu = QApplication.activePopupWidget()
        assert menu is not None
        qtbot.keyClick(menu, Qt.Key.Key_K)
        dialog = window.findChild(ShortcutsDialog)
        assert dialog is not None and dialog.isVisible() and window.show_shortcuts() is dialog

        keys = window.shortcuts()
        listed = set(dialog.rows())
        assert {(s.keys, s.action, s.where) for s in keys} == listed  # each key, nothing else
        assert all(keys and action and where for keys, action, where in listed)
        pairs = ambiguous(keys)
        assert not pairs, [(a.keys, a.action, a.where, b.action, b.where) for a, b in pairs]
        for expected in (
            ("F5", "Sync now (Sync menu)", EVERYWHERE),
            ("Ctrl+F", "Find (Edit menu)", EVERYWHERE),
            ("Ctrl+L", "Go to the case list (Edit menu)", EVERYWHERE),
            ("Alt+H", "Open the Help menu", EVERYWHERE),
            ("Alt+C", "Show the Chat tab", "Case"),
            ("Alt+T", "Show the Vote tab", "Case"),
            ("Ctrl+M", "Annotate the selected message", "Chat"),
            ("Ctrl+M", "Annotate this item", "Evidence"),  # another tab: never active at once
            ("F3", "Next search hit", "Chat"),
            ("Alt+U", "Record the ruling of this case", "Vote"),
            ("Alt+I", "Go to Value currency", "Case list"),
            ("Return", "Go to the selected case", "Case list"),  # while the focus is in the list
        ):
            assert expected in listed, sorted(listed)
        rows = dialog.rows()
        assert rows[0][2] == EVERYWHERE and rows[-1][2] != EVERYWHERE  # the window's keys first

        qtbot.wait(50)
        dialog.grab().save(str(SCREENSHOT))
        dialog.close()
        window.close()


def test_a_key_given_twice_is_found(qtbot: QtBot, tmp_path: Path, runner: Runner) -> None:
    """The check finds a clash, unless the two keys are on tabs never shown together."""
    home = tmp_path / "home"
    with open_store(home) as store:
        window = MainWindow(store, home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
        qtbot.addWidget(window)
        assert ambiguous(window.shortcuts()) == []
        clash = QShortcut(QKeySequence("Alt+C"), window.case_list)  # the Chat tab's mnemonic
        clash.setWhatsThis("Clashing key")
        found = [(a.action, b.action) for a, b in ambiguous(window.shortcuts())]
        assert found in ([("Show the Chat tab", "Clashing key")], [("Clashing key", "Show the Chat tab")])
        clash.setParent(None)
        apart = QShortcut(QKeySequence("F3"), window.case_view.gallery)  # the Chat's F3 is on another tab
        apart.setWhatsThis("Evidence F3")
        assert ambiguous(window.shortcuts()) == []
        window.close()


def test_mnemonics_are_read_as_text() -> None:
    assert without_mnemonic("C&hat") == "Chat"
    assert without_mnemonic("Sync &errors…") == "Sync errors"
    assert without_mnemonic("Q&&A") == "Q&A"
