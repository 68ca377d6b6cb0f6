"""The bundled icons load from the source tree (editable install) and from any working directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from arbitration_desk.gui.common import icons


@pytest.mark.parametrize("name", icons.NAMES)
def test_every_icon_loads(qapp, name: str) -> None:
    assert icons.icon_path(name).is_file()
    assert not icons.icon(name).pixmap(16, 16).isNull()


def test_badge_strip(qapp) -> None:
    strip = icons.badge_strip(("unread", "unsent"))
    assert strip.availableSizes()[0].width() > strip.availableSizes()[0].height()


def test_icons_found_from_another_directory(tmp_path: Path) -> None:
    code = "from arbitration_desk.gui.common import icons; print(icons.icons_dir())"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    )
    assert Path(out.stdout.strip()) == icons.icons_dir()
    assert (Path(out.stdout.strip()) / "app.svg").is_file()
