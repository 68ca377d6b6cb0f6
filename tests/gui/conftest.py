"""Shared fixtures of the GUI tests: one sandbox and one synced home per session, thread hygiene.

* ``gui_sandbox``: the demo world (40 cases) served on 127.0.0.1 for the whole session.
* ``synced_template``: a home signed in as the demo chair and fully synced once per session.
* ``synced_home``: a private copy of it per test (its refresh token installed in the test's keyring).
* ``store`` / ``runner``: the store of ``synced_home`` and a Runner waited for at teardown.
* ``_dangling_qthreads_and_timers`` (autouse): fails a test that leaves a QThread running, a
  thread pool busy or a QTimer active (napari's ``_dangling_qthreads``/``_dangling_qtimers`` idea).
"""

from __future__ import annotations

import shutil
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from gui.timeline_fixtures import chat_store, view  # noqa: F401 (the timeline tests' fixtures)
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QThread, QThreadPool, QTimer

from arbitration_desk.gui.common import i18n
from arbitration_desk.gui.common.fonts import install_bundled_fonts
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.store import Store
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.session import SessionInfo, sign_in
from helpers.keyring_backend import MemoryKeyring
from helpers.keyring_swap import installed_keyring
from helpers.sandbox import DEMO_PASSWORD, start_sandbox
from helpers.stores import open_store

DEMO_CASES = 40
DEMO_USER = "chair"


#: Harmless messages of the offscreen platform plugin (not of our code; a menu opened by its key grabs
#: the keyboard).
OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass(frozen=True)
class SyncedTemplate:
    home: Path
    secrets: dict[tuple[str, str], str]
    session: SessionInfo


@pytest.fixture(scope="session", autouse=True)
def _bundled_fonts(qapp: Any) -> None:
    """As the desk does at start-up: CJK and Arabic text drawn with glyphs in every grab."""
    del qapp
    install_bundled_fonts()


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: Any) -> Iterator[None]:
    """As the desk does at start-up in English: its plural forms ("1 case", "2 cases") and conventions."""
    installed = i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp, installed)


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    """The desk in Simplified Chinese (its conventions too) for one test, then English again."""
    installed = i18n.install(qapp, "zh_CN", system=QLocale("zh_CN"))
    yield
    i18n.uninstall(qapp, installed)
    i18n.install(qapp, "en")


@pytest.fixture(scope="session")
def gui_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("gui-sandbox"), cases=DEMO_CASES)
    try:
        yield server
    finally:
        server.stop()


def otp_for(server: SandboxServer, username: str) -> str | None:
    return server.control.otp_code(username) if server.control.member(username).get("otp_secret") else None


@pytest.fixture(scope="session")
def synced_template(gui_sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> SyncedTemplate:
    """Signed in as the chair and synced once; never used directly (tests get a copy)."""
    with installed_keyring(MemoryKeyring()) as backend:
        home = tmp_path_factory.mktemp("synced-home") / "home"
        info = sign_in(home, gui_sandbox.url, DEMO_USER, DEMO_PASSWORD, otp_for(gui_sandbox, DEMO_USER))
        client = info.client()
        with open_store(home) as store:
            report = SyncEngine(store.sync, store.outbox, store.reads, client).run()
        client.close()
        assert report.ok, report.failures
        return SyncedTemplate(home, dict(backend.secrets), info)


@pytest.fixture
def synced_home(synced_template: SyncedTemplate, tmp_path: Path, memory_keyring: MemoryKeyring) -> Path:
    """A private copy of the synced home, its session's secrets in this test's keyring."""
    home = tmp_path / "home"
    shutil.copytree(synced_template.home, home)
    memory_keyring.secrets.update(synced_template.secrets)
    return home


@pytest.fixture
def store(synced_home: Path) -> Iterator[Store]:
    with open_store(synced_home) as opened:
        yield opened


@pytest.fixture
def runner(qapp: Any) -> Iterator[Runner]:
    del qapp
    made = Runner()
    try:
        yield made
    finally:
        assert made.wait(30_000), "background jobs still running after 30 s"
        QCoreApplication.sendPostedEvents()
        made.deleteLater()


# -- thread and timer hygiene ----------------------------------------------------------------


@pytest.fixture(autouse=True)
def _dangling_qthreads_and_timers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fails the test if it leaves a QThread running, a QThreadPool busy or a QTimer active."""
    timers: list[weakref.ReferenceType[QTimer]] = []
    threads: list[weakref.ReferenceType[QThread]] = []
    pools: list[weakref.ReferenceType[QThreadPool]] = []
    timer_start, thread_start, pool_start = QTimer.start, QThread.start, QThreadPool.start

    def start_timer(self: QTimer, *args: Any) -> None:
        timers.append(weakref.ref(self))
        timer_start(self, *args)

    def start_thread(self: QThread, *args: Any) -> None:
        threads.append(weakref.ref(self))
        thread_start(self, *args)

    def start_job(self: QThreadPool, *args: Any) -> None:
        pools.append(weakref.ref(self))
        pool_start(self, *args)

    monkeypatch.setattr(QTimer, "start", start_timer)
    monkeypatch.setattr(QThread, "start", start_thread)
    monkeypatch.setattr(QThreadPool, "start", start_job)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    alive = [ref() for ref in timers]
    active_timers = [t for t in alive if t is not None and shiboken6.isValid(t) and t.isActive()]
    running = [t for t in (ref() for ref in threads) if t is not None and shiboken6.isValid(t) and t.isRunning()]
    busy = [p for p in (ref() for ref in pools) if p is not None and shiboken6.isValid(p) and p.activeThreadCount() > 0]
    problems = []
    if active_timers:
        problems.append(f"{len(active_timers)} QTimer(s) still active: {[t.objectName() or t for t in active_timers]}")
    if running:
        problems.append(f"{len(running)} QThread(s) still running")
    if busy:
        problems.append(f"{len(busy)} QThreadPool(s) still busy (wait for your Runner)")
    if problems:
        pytest.fail("; ".join(problems))
