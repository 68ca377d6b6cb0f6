"""The translations match the code, the Chinese one is complete and keeps every field, and the build compiles them.

``packaging/translations.py update`` refreshes the ``.ts`` files from the code; these tests fail
when someone changed a user-facing string without running it, or left a Chinese entry untranslated.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402

LANGUAGES = tuple(translations.LANGUAGES)
FIELD = re.compile(r"\{[a-z_]+\}")
#: A Latin letter in a Chinese text is fine for names (PDF, SHA-256, CRL...), not for words left in English.
ENGLISH_WORD = re.compile(r"\b(the|and|of|with|is|are|to|for|this|that)\b", re.IGNORECASE)


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(translations.ts_path(language)).getroot()  # noqa: S314 - the project's own .ts files
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_match_the_code(language: str) -> None:
    messages = translations.extract()
    on_disk = translations.ts_path(language).read_text(encoding="utf-8")
    assert on_disk == translations.expected(language, messages), (
        f"{translations.ts_path(language).name} is out of date: run .venv/bin/python packaging/translations.py update"
    )


def test_every_chinese_entry_is_finished_and_keeps_its_fields() -> None:
    problems = []
    for context, message in _messages("zh_CN"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus")
            else [translation.text or ""]
        )
        where = f"{context}: {source!r}"
        if translation.get("type") or not all(forms):
            problems.append(f"untranslated {where}")
            continue
        if message.get("numerus") and len(forms) != 1:
            problems.append(f"Chinese has one plural form: {where}")
        for form in forms:
            if sorted(FIELD.findall(form)) != sorted(FIELD.findall(source)):
                problems.append(f"fields differ in {where}: {form!r}")
            if translations.COUNT.findall(source) != translations.COUNT.findall(form):
                problems.append(f"%n lost in {where}: {form!r}")
            if source.count("&") - source.count("&&") != form.count("&") - form.count("&&"):
                problems.append(f"mnemonic differs in {where}: {form!r}")
            if ENGLISH_WORD.search(form):
                problems.append(f"English left in {where}: {form!r}")
    assert not problems, "\n".join(problems)


def test_every_english_plural_has_its_two_forms() -> None:
    problems = []
    for context, message in _messages("en"):
        assert message.get("numerus") == "yes", "the English file carries the plural forms only"
        forms = [f.text or "" for f in message.iter("numerusform")]
        source = message.findtext("source", "")
        # the singular may say "A ruling" rather than "1 ruling"; the plural shows the count
        if (
            len(forms) != 2
            or not forms[0]
            or translations.COUNT.findall(forms[1]) != translations.COUNT.findall(source)
        ):
            problems.append(f"{context}: {source!r} -> {forms}")
    assert not problems, "\n".join(problems)


def test_the_reader_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    for body in (
        'translate("Ctx", f"{x} cases")',
        'translate("Ctx", "a " + x)',
        'translate("Ctx", "{x}".format(x=1))',
        'translate(name, "text")',
        'translate("Ctx", "%n case(s)")',
        'translate("Ctx", "cases", n=3)',
        'QT_TRANSLATE_NOOP("Ctx", x)',
    ):
        source = tmp_path / "module.py"
        source.write_text(f"x = 1\nname = 'Ctx'\n{body}\n", encoding="utf-8")
        with pytest.raises(translations.ExtractionError, match=r"module\.py:3"):
            translations.extract_file(source, tmp_path)


def test_the_reader_finds_plurals_with_any_count_expression(tmp_path: Path) -> None:
    """What pyside6-lupdate silently drops: a count that is an expression."""
    source = tmp_path / "module.py"
    source.write_text(
        'translate("Ctx", "%n item(s)", n=len(items))\nQCoreApplication.translate("Form", "Title", None)\n'
        '"text".translate(table)\npainter.translate(point)\nQT_TRANSLATE_NOOP("Ctx", "Marked")\n',
        encoding="utf-8",
    )
    found = {(key.context, key.source, numerus) for key, numerus, _ in translations.extract_file(source, tmp_path)}
    assert found == {("Ctx", "%n item(s)", True), ("Form", "Title", False), ("Ctx", "Marked", False)}


def test_no_self_tr_in_the_desk() -> None:
    """PySide6's ``self.tr`` takes its context from the runtime class: a subclass loses its translations."""
    offenders = []
    for path in sorted((ROOT / "arbitration_desk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders


def test_the_build_compiles_the_translations(tmp_path: Path) -> None:
    """The compiled files the desk reads (made by the set-up's build step) are those of the current sources."""
    fresh = translations.compile_translations(target=tmp_path)
    assert {path.name for path in fresh} == {f"arbitration_desk_{language}.qm" for language in LANGUAGES}
    for path in fresh:
        installed = translations.TRANSLATIONS / path.name
        assert installed.is_file() and installed.read_bytes() == path.read_bytes(), (
            f"{installed.name} is stale: run .venv/bin/python packaging/translations.py compile"
        )


def test_lrelease_is_found() -> None:
    assert translations.lrelease().is_file()
    assert shutil.which(str(translations.lrelease()))
