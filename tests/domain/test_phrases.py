"""Phrases: translatable sentences from below the GUI (the GUI side is in tests/gui/common/test_i18n.py).

Also the rule that makes them the way below the GUI speaks: no exception of ours is raised with a
finished English sentence in the layers under the GUI.
"""

from __future__ import annotations

import ast
import builtins
from pathlib import Path

import pytest

from arbitration_desk.domain.phrases import PhrasedError, phrase, phrase_of, render, said

PACKAGE = Path(__file__).resolve().parents[2] / "arbitration_desk"
#: The layers under the GUI, whose words reach a member through it.
BELOW_GUI = ("domain", "store", "platform", "sync", "rulings", "documents", "home_guard.py", "home_lock.py")


def test_english_text_fills_fields_and_follows_the_count() -> None:
    sentence = phrase("Sync", "{case}: opened %n dispute(s)", n=1, case="C-1")
    assert str(sentence) == "C-1: opened 1 dispute"
    assert str(phrase("Sync", "opened %n dispute(s) in {months} months", n=9, months=12)) == (
        "opened 9 disputes in 12 months"
    )


def test_nested_phrases_and_hostile_fields_stay_literal() -> None:
    inner = phrase("Store", "cannot write {path}", path="{0.__class__}")
    outer = phrase("Sync", "the sync stopped: {error}", error=inner)
    assert str(outer) == "the sync stopped: cannot write {0.__class__}"


@pytest.mark.parametrize("template", ["{0}", "{name.attr}", "{name!r}", "{name:>9}", "{missing}", "stray {"])
def test_a_template_that_is_not_plain_fields_is_refused(template: str) -> None:
    assert render(template, {"name": "x"}) is None
    # a phrase never raises on a bad template: it shows the template as written
    assert str(phrase("X", template, name="x")) == template


def test_an_error_carries_its_phrase() -> None:
    sentence = phrase("StoreError", "case not in the local store: {case}", case="C-9")
    error = PhrasedError(sentence)
    assert str(error) == "case not in the local store: C-9"
    assert phrase_of(error) == sentence == said(error)
    assert phrase_of(PhrasedError("not ours")) is None
    assert phrase_of(OSError("disk full")) is None
    assert said(OSError("disk full")) == "disk full"  # not ours: its own text, as a plain field


_BUILTIN_ERRORS = {name for name in dir(builtins) if name.endswith(("Error", "Exception"))} | {"StopIteration"}


def _english(node: ast.expr) -> bool:
    """A finished English sentence: a string literal, an f-string, a sum or a ``.format()`` of one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _english(node.func.value)
    return False


def _sentences_raised(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in _BUILTIN_ERRORS:
            continue  # a programming error, never shown to a member
        if node.exc.args and _english(node.exc.args[0]):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {name}")
    return found


def test_errors_below_the_gui_are_raised_with_phrases() -> None:
    """``raise StoreError(f"…")`` would reach a Chinese desk in English: below the GUI an error of
    ours is raised with ``phrase(...)`` (see :mod:`arbitration_desk.domain.phrases`)."""
    offenders: list[str] = []
    for part in BELOW_GUI:
        target = PACKAGE / part
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            offenders.extend(_sentences_raised(path))
    assert not offenders, "raised with an English sentence instead of a phrase:\n" + "\n".join(offenders)
