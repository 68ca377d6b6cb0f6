"""Sign-out from the window: erased cryptographically, and when files stay behind the member is told
exactly what remains (literally), the window is signed out and usable."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.platform.credentials import HomeKeyring
from arbitration_desk.store.home import HomeMarker
from arbitration_desk.store.store import DB_NAME, Store
from arbitration_desk.sync.session import SessionInfo


def _window(qtbot, store: Store, home: Path, runner, tmp_path: Path) -> MainWindow:
    window = MainWindow(store, home, runner, AppSettings(tmp_path / "gui.ini"), SessionInfo.load(home), auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    return window


def test_sign_out_erases_the_key_and_the_files_and_the_window_goes_on(
    qtbot, store: Store, synced_home: Path, runner, tmp_path: Path
) -> None:
    window = _window(qtbot, store, synced_home, runner, tmp_path)
    marker = HomeMarker.load(synced_home)
    assert marker is not None and store.reads.list_cases()
    window.sign_out_now()
    qtbot.waitUntil(lambda: "deleted" in window.status.activity.text(), timeout=20_000)
    assert HomeKeyring().load(marker.home_id) is None
    assert store.reads.list_cases() == [] and not any(p.is_file() for p in (synced_home / "blobs").rglob("*"))
    assert store.reads.member_id() is None  # an empty store under a new key, ready for the next member
    window.close()


def test_when_files_stay_behind_the_member_is_told_what_remains(
    qtbot, store: Store, synced_home: Path, runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, store, synced_home, runner, tmp_path)
    real_unlink = os.unlink

    def read_only(path: object, *args: object, **kwargs: object) -> None:
        if str(path).endswith(DB_NAME):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        real_unlink(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "unlink", read_only)
    window.sign_out_now()
    qtbot.waitUntil(lambda: "did not finish" in window.status.activity.text(), timeout=20_000)
    monkeypatch.undo()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert str(synced_home / DB_NAME) in text and "Nothing readable remains" in text
    assert boxes[0].textFormat() == boxes[0].textFormat().PlainText
    assert not window.sign_out_action.isEnabled() and window.sync.session is None
    boxes[0].close()
    window.close()
