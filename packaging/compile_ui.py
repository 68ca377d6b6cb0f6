"""Compiles the Qt Designer forms in ui/ into arbitration_desk/gui/generated/ (nobody edits those).

Run after changing a form: `.venv/bin/python packaging/compile_ui.py`. The test suite checks that
the generated modules are up to date (tests/gui/test_forms.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "ui"
TARGET = ROOT / "arbitration_desk" / "gui" / "generated"
HEADER = "# Generated from ui/{name} by packaging/compile_ui.py (pyside6-uic). Do not edit.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found (install PySide6-Essentials)")
    return found


def compile_form(form: Path) -> str:
    result = subprocess.run([uic(), "--no-autoconnection", str(form)], capture_output=True, text=True, check=True)
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("## Created by"))
    return HEADER.format(name=form.name) + body + "\n"


def target_for(form: Path) -> Path:
    return TARGET / f"ui_{form.stem}.py"


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").write_text('"""Modules generated from ui/*.ui. Do not edit."""\n', encoding="utf-8")
    for form in sorted(FORMS.glob("*.ui")):
        target_for(form).write_text(compile_form(form), encoding="utf-8")
        print(f"{form.relative_to(ROOT)} -> {target_for(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
