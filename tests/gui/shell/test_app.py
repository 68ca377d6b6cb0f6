"""`arbitration-desk --demo` in a real process: the sandbox starts, the chair is signed in, the window opens
(with or without an OS credential store)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[3]

#: Runs the CLI; a timer closes the main window once it lists cases (or any message box).
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from arbitration_desk import cli
from arbitration_desk.gui.shell.main_window import MainWindow

app = QApplication(sys.argv[:1])
poll = QTimer()

def check():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print("MESSAGE:", box.text(), flush=True)
        box.done(0)
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.case_list.model.rowCount() > 0:
            print("CASES:", widget.case_list.model.rowCount(), widget.windowTitle(), flush=True)
            poll.stop()
            widget.close()

poll.timeout.connect(check)
poll.start(100)
code = cli.main(sys.argv[1:])
print("EXIT:", code, flush=True)
sys.exit(code)
"""


def _run(tmp_path: Path, backend: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(TESTS),
        "PYTHON_KEYRING_BACKEND": backend,
        "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }
    home = tmp_path / "home"
    return subprocess.run(
        [sys.executable, "-c", DRIVER, "--home", str(home), "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.mark.slow
def test_demo_opens_the_desk_on_the_sandbox(tmp_path: Path) -> None:
    result = _run(tmp_path, "helpers.keyring_backend.FileKeyring")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "CASES:" in result.stdout and "chair on http://127.0.0.1:" in result.stdout
    home = tmp_path / "home"
    assert (home / "demo" / "session.json").exists()  # demo data apart from real data
    assert (home / "demo-sandbox").is_dir()
    assert not (home / "session.json").exists()


@pytest.mark.slow
def test_demo_runs_without_a_credential_store(tmp_path: Path) -> None:
    """The demo's accounts belong to the embedded sandbox: their tokens stay in the process's memory."""
    result = _run(tmp_path, "keyring.backends.fail.Keyring")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "CASES:" in result.stdout and "MESSAGE:" not in result.stdout
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "keyring.json").exists()
