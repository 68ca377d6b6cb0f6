""" "Open externally": the readable copy lives in <home>/opened and goes at exit, sign-out and after a crash."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.files import FileKind, external_copy
from arbitration_desk.gui.evidence.gallery import EvidenceGallery
from arbitration_desk.gui.shell.app import DeskApp
from arbitration_desk.store.opened import OPENED_DIR
from arbitration_desk.store.store import Store
from helpers.case_parts import show_in_context
from helpers.case_world import png_bytes, store_case_with_evidence
from helpers.stores import open_store

CONTENT = b"#!/bin/sh\necho owned\n"


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        store_case_with_evidence(
            opened, "cs_1", [({"title": "Script"}, CONTENT), ({"title": "Photo"}, png_bytes(80, 60))]
        )
        yield opened


def _leftover_copy(home: Path) -> Path:
    """A copy as a desk that crashed leaves it: read-only, in its private directory."""
    return external_copy(io.BytesIO(CONTENT), FileKind.OTHER, hashlib.sha256(CONTENT).hexdigest(), home)


def test_the_copy_goes_to_the_home_and_the_warning_says_it_leaves_the_protection(
    qtbot: QtBot, store: Store, runner: Runner
) -> None:
    gallery = EvidenceGallery(DeskModel(store, runner))
    qtbot.addWidget(gallery)
    gallery.show()
    show_in_context(gallery, gallery.desk, "cs_1")
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 2)
    gallery.show_evidence("ev_0")
    qtbot.waitUntil(lambda: gallery.viewer.kind is FileKind.OTHER)
    catcher = _UrlCatcher()
    warnings: list[str] = []

    def confirm() -> None:
        box = next(w for w in gallery.findChildren(QMessageBox) if w.isVisible())
        warnings.append(box.text())
        box.button(QMessageBox.StandardButton.Open).click()

    QDesktopServices.setUrlHandler("file", catcher, "handle")  # type: ignore[arg-type]  # the stub says bytes; str works
    try:
        QTimer.singleShot(50, confirm)
        gallery.viewer.details.open_external.click()
        qtbot.waitUntil(lambda: bool(catcher.urls))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert "it leaves the desk's protection" in warnings[0]
    assert "deletes its copy when it closes and when you sign out" in warnings[0]
    copy = Path(catcher.urls[0].toLocalFile())
    opened = store.home / OPENED_DIR
    assert copy.parent.parent == opened and copy.read_bytes() == CONTENT
    assert opened.stat().st_mode & 0o777 == 0o700 and copy.parent.stat().st_mode & 0o777 == 0o700
    # Signing out (its local part; the same wipe runs when another member signs in) removes it.
    store.erase()
    assert not opened.exists()


def test_copies_go_when_the_desk_exits_and_at_the_next_start_after_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    crashed = _leftover_copy(home)
    desk = DeskApp(home)
    try:
        desk.start()  # nobody signed in: the window and its sign-in dialog
        assert desk.window is not None
        qtbot.addWidget(desk.window)
        assert not crashed.exists() and not (home / OPENED_DIR).exists()
        during = _leftover_copy(home)  # opened while the desk runs
        assert during.exists()
    finally:
        desk.close()
    assert not (home / OPENED_DIR).exists()


def test_nothing_to_remove_is_no_error(tmp_path: Path) -> None:
    with open_store(tmp_path / "home") as store:
        store.erase()
        assert not (store.home / OPENED_DIR).exists() and store.home.is_dir()
