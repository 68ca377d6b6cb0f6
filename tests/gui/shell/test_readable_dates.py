"""Dates in Qt's own dialogs are readable under the C or POSIX locale (they said "6 12 2026")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from arbitration_desk.gui.shell.app import READABLE_DATES, readable_dates_environment, use_readable_dates


@pytest.mark.parametrize(
    ("environ", "changes"),
    [
        ({}, {"LC_TIME": READABLE_DATES}),
        ({"LANG": "C.UTF-8", "LC_CTYPE": "C.UTF-8"}, {"LC_TIME": READABLE_DATES}),
        ({"LANG": "de_DE.UTF-8", "LC_TIME": "POSIX"}, {"LC_TIME": READABLE_DATES}),
        (
            {"LC_ALL": "C", "LC_CTYPE": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"},  # LC_ALL overrides both
            {"LC_TIME": READABLE_DATES, "LC_ALL": None, "LC_CTYPE": None, "LANG": "C"},
        ),
        ({"LANG": "fr_FR.UTF-8"}, {}),  # a language: its own dates
        ({"LANG": "C", "LC_TIME": "sv_SE.UTF-8"}, {}),
        ({"LC_ALL": "pt_PT.UTF-8", "LANG": "C"}, {}),
    ],
)
def test_only_the_c_and_posix_locales_get_readable_dates(
    environ: dict[str, str], changes: dict[str, str | None]
) -> None:
    assert readable_dates_environment(environ, "linux") == changes
    applied = dict(environ)
    use_readable_dates(applied, "linux")
    expected = {**environ, **{k: v for k, v in changes.items() if v is not None}}
    assert applied == {k: v for k, v in expected.items() if changes.get(k, "") is not None}
    assert readable_dates_environment(environ, "win32") == readable_dates_environment(environ, "darwin") == {}


#: A Qt application started in the environment given: the date a file dialog's model shows for a file.
PROBE = """
import os, sys, time
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QApplication, QFileSystemModel
app = QApplication(sys.argv[:1])
path = sys.argv[1]
os.utime(path, (0, QDateTime(QDate(2026, 12, 6), QTime(14, 5)).toSecsSinceEpoch()))
model = QFileSystemModel()
model.setRootPath(os.path.dirname(path))
end = time.monotonic() + 10
while time.monotonic() < end and not model.data(model.index(path, 3)):
    app.processEvents()
    time.sleep(0.005)
print(model.data(model.index(path, 3)))
"""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Qt reads the locale from the environment on Unix")
def test_a_file_dialog_dates_files_readably_under_the_c_locale(tmp_path: Path) -> None:
    target = tmp_path / "ruling.pdf"
    target.write_bytes(b"%PDF-1.7\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG="C", QT_QPA_PLATFORM="offscreen")
    assert use_readable_dates(env) == {"LC_TIME": READABLE_DATES}  # as the desk does before its QApplication starts
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(target)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "06/12/2026 14:05"  # not "6 12 2026 14:05"
