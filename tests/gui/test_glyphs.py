"""No emoji in the desk's own text: the default fonts of many desktops lack them, and Qt draws a box
(the "🔒 Private note" of the annotation dialog did). Symbols the desk needs are icons or plain words."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Pictographs beyond the Basic Multilingual Plane, and the emoji presentation selector.
EMOJI = re.compile("[\U0001f000-\U0001faff\ufe0f]")


def test_forms_and_gui_code_show_no_emoji() -> None:
    sources = sorted((ROOT / "ui").glob("*.ui")) + sorted((ROOT / "arbitration_desk" / "gui").rglob("*.py"))
    assert any(path.name == "annotation_dialog.ui" for path in sources)
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if EMOJI.search(line)
    ]
    assert found == []
