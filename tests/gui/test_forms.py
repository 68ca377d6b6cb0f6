"""The generated form modules are up to date with ui/*.ui (compiled again here and compared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _compile_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "packaging" / "compile_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_forms() -> None:
    assert any(form.name == "sign_in_dialog.ui" for form in FORMS)


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_generated_module_is_up_to_date(form: Path, tmp_path: Path) -> None:
    compile_ui = _compile_ui()
    fresh = tmp_path / f"ui_{form.stem}.py"
    fresh.write_text(compile_ui.compile_form(form), encoding="utf-8")
    generated = compile_ui.target_for(form)
    assert generated.exists(), f"{generated} missing: run packaging/compile_ui.py"
    assert generated.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        f"{generated.name} is out of date with ui/{form.name}: run packaging/compile_ui.py"
    )
