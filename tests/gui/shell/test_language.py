"""The desk in Simplified Chinese: the main window's words, and choosing the language in View ▸ Language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from arbitration_desk.gui.common import i18n
from arbitration_desk.gui.shell.app import _language_setting
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.store.store import Store

#: Latin words of three letters or more: in a Chinese window only names and codes may have them.
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
#: What may stay Latin: the product's codes, formats and the platform's data.
ALLOWED = re.compile(r"^(ARB-[\d-]+|PDF|SHA-256|CRL|UTC|EUR|USD|CNY|GBP|http\S*|[A-Z]{2,5})$")


def _untranslated(texts: list[str]) -> list[str]:
    return [text for text in texts if any(not ALLOWED.match(w) for w in LATIN_WORD.findall(text))]


@pytest.mark.usefixtures("chinese")
def test_the_main_window_speaks_chinese(qtbot, store: Store, synced_home: Path, tmp_path: Path, runner) -> None:
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "视图(&V)" in menus and "同步(&S)" in menus, menus
    assert not _untranslated(menus)
    items = [a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions() if a.text()]
    assert not _untranslated(items), _untranslated(items)
    # Headers, buttons and the desk's own labels (not the platform's data in them).
    model = window.case_list.model
    headers = [
        str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for column in range(model.columnCount())
    ]
    assert not _untranslated(headers), headers
    own = [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible() and w.text()]
    assert not _untranslated(own), _untranslated(own)
    labels = [w.accessibleName() for w in window.findChildren(QWidget) if w.isVisible() and w.accessibleName()]
    assert not _untranslated(labels), _untranslated(labels)
    assert all(not isinstance(w, QLabel) or w.text() != "Case list" for w in window.findChildren(QLabel))


def test_view_language_keeps_the_choice_for_the_next_start(
    qtbot, store: Store, synced_home: Path, tmp_path: Path, runner
) -> None:
    settings = AppSettings(tmp_path / "gui.ini")
    window = MainWindow(store, synced_home, runner, settings, None, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    actions = window.view_menu.language_actions
    assert actions[""].isChecked()  # nothing chosen: the system's
    assert actions["zh_CN"].text() == "简体中文"  # each language by its own name
    actions["zh_CN"].trigger()
    box = qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=5_000) or window.findChild(
        QMessageBox
    )
    assert box is not None and "简体中文" in box.text() and "next start" in box.text()
    box.close()
    assert AppSettings(tmp_path / "gui.ini").text(i18n.SETTING) == "zh_CN"
    assert actions["zh_CN"].isChecked() and not actions[""].isChecked()
    # The next start reads it (the demo keeps its own settings in its own home).
    (tmp_path / "next").mkdir()
    (tmp_path / "gui.ini").rename(tmp_path / "next" / "gui.ini")
    assert _language_setting(tmp_path / "next", demo=False) == "zh_CN"
    assert i18n.language_for(None, _language_setting(tmp_path / "next", demo=False), QLocale("en_US")) == "zh_CN"
    assert i18n.language_for("en", "zh_CN", QLocale("en_US")) == "en"  # --lang wins
