"""The code stays clean and layered: ruff, mypy, import-linter, and a headless engine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "arbitration_desk", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean() -> None:
    result = _run(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_layers_point_one_way() -> None:
    result = _run(str(BIN / "lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


HEADLESS_MODULES = ["domain", "store", "platform", "sync", "rulings", "sandbox"]


@pytest.mark.parametrize("layer", HEADLESS_MODULES)
def test_engine_imports_without_qt(layer: str) -> None:
    """Every module below the GUI imports with PySide6 made unimportable."""
    code = f"""
import importlib, pkgutil, sys
sys.modules['PySide6'] = None
sys.modules['shiboken6'] = None
import arbitration_desk.{layer} as pkg
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
    importlib.import_module(info.name)
import arbitration_desk.cli
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
