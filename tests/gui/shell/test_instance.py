"""One desk per home in the window: a second desk offers to bring the first forward; the first comes forward."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from arbitration_desk import home_lock
from arbitration_desk.gui.shell import app
from arbitration_desk.gui.shell.instance import ForwardServer, ask_first_desk_forward, server_name
from helpers.desk import cli, cli_env
from helpers.home_holder import lock_held_elsewhere


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def held_elsewhere(home: Path) -> Iterator[None]:
    with lock_held_elsewhere(home):
        yield


def _answer_box_with(button_text: str, seen: list[str]) -> QTimer:
    """Clicks ``button_text`` in the modal box once it shows (what the member would do)."""
    timer = QTimer()

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            timer.stop()
            button = next(b for b in box.buttons() if b.text() == button_text)
            button.click()

    timer.timeout.connect(check)
    timer.start(50)
    return timer


@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")  # offscreen
def test_the_first_desk_comes_forward_when_a_second_one_asks(qtbot: QtBot, home: Path) -> None:
    desk = app.DeskApp(home)
    server = ForwardServer(home)
    server.forward_requested.connect(desk.bring_forward)
    try:
        assert server.listening
        desk.start()  # nobody signed in: the window with its sign-in dialog
        window = desk.window
        assert window is not None
        qtbot.addWidget(window)  # closed and deleted by pytest-qt, after the store below
        qtbot.waitExposed(window)
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized)
        with qtbot.waitSignal(server.forward_requested, timeout=10_000):
            assert ask_first_desk_forward(home)
        qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible())
        qtbot.waitUntil(window.isActiveWindow)
    finally:
        server.close()
        desk.close()


def test_a_second_desk_says_so_and_brings_the_first_forward(
    qtbot: QtBot, home: Path, held_elsewhere: None, capsys: pytest.CaptureFixture[str]
) -> None:
    del held_elsewhere
    first = ForwardServer(home)  # the first desk's listener (its lock is held by the other process)
    seen: list[str] = []
    try:
        timer = _answer_box_with("Show the open desk", seen)
        with qtbot.waitSignal(first.forward_requested, timeout=10_000):
            code = app.main(home=home)
        timer.stop()
    finally:
        first.close()
    assert code == app.EXIT_FAILED
    assert seen == [f"Another Arbitration Desk is using {home}."]
    assert f"arbitration-desk: Another Arbitration Desk is using {home}." in capsys.readouterr().err
    assert not any(isinstance(w, app.MainWindow) for w in QApplication.topLevelWidgets() if w.isVisible())


def test_a_second_desk_that_is_told_no_asks_nothing(qtbot: QtBot, home: Path, held_elsewhere: None) -> None:
    del held_elsewhere
    first = ForwardServer(home)
    asked: list[bool] = []
    first.forward_requested.connect(lambda: asked.append(True))
    seen: list[str] = []
    try:
        timer = _answer_box_with("Close", seen)
        assert app.main(home=home) == app.EXIT_FAILED
        timer.stop()
        qtbot.wait(200)
    finally:
        first.close()
    assert seen and asked == []


def test_nobody_to_ask_is_no_error(home: Path, qtbot: QtBot) -> None:
    """The home may be held by a command (a sync), which listens for nobody."""
    del qtbot
    assert not ask_first_desk_forward(home, wait_ms=500)


def test_the_name_is_one_per_home(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


#: The desk in a process of its own; it closes its window once the test creates ``<home>/quit``.
DESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from arbitration_desk import cli
from arbitration_desk.gui.shell.main_window import MainWindow

app = QApplication(sys.argv[:1])
home = Path(sys.argv[2])
poll = QTimer()
told = []

def check():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows and not told:
        told.append(True)
        print("UP", flush=True)
    if windows and (home / "quit").exists():
        poll.stop()
        for widget in app.topLevelWidgets():
            widget.close()

poll.timeout.connect(check)
poll.start(50)
sys.exit(cli.main(sys.argv[1:]))
"""


def test_the_desk_holds_the_home_while_it_runs(tmp_path: Path, home: Path) -> None:
    """A real desk process holds the home's lock from start to end; a sync beside it is refused."""
    env = {**cli_env(tmp_path / "keyring.json"), "QT_QPA_PLATFORM": "offscreen"}
    desk = subprocess.Popen(
        [sys.executable, "-c", DESK, "--home", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert desk.stdout is not None and desk.stderr is not None
    try:
        assert desk.stdout.readline().strip() == "UP"
        with pytest.raises(home_lock.HomeBusy):
            home_lock.acquire(home)
        refused = cli(home, env, "sync", "--quiet", timeout=120)
        assert refused.returncode == 1 and "another Arbitration Desk is using" in refused.stderr
        (home / "quit").touch()
        assert desk.wait(timeout=60) == 0, desk.stderr.read()
    finally:
        if desk.poll() is None:
            desk.kill()
            desk.wait(timeout=30)
        desk.stdout.close()
        desk.stderr.close()
    with home_lock.acquire(home) as lock:  # given back: a later desk may start
        assert lock.held
