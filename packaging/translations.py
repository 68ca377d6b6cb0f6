"""The desk's translation sources: finds every translatable string in the code and writes the ``.ts`` files.

``.venv/bin/python packaging/translations.py update`` after changing a user-facing string: it reads
``arbitration_desk/`` (the GUI's ``translate()`` and ``QT_TRANSLATE_NOOP()``, the generated forms,
and the ``phrase()`` of the layers below; not the sandbox, which speaks for the platform), keeps
every translation already made,
drops the strings the code no longer has, and writes

* ``resources/translations/arbitration_desk_zh_CN.ts``: every string, for the Chinese translation;
* ``resources/translations/arbitration_desk_en.ts``: the strings with a count (``%n``) only, for
  their English plural forms ("1 case", "2 cases").

Open a ``.ts`` in Qt Linguist (``.venv/bin/pyside6-linguist``) to translate. The build compiles them
to ``.qm`` (``setup.py``, with :func:`compile_translations`); ``update`` compiles them too, and
``compile`` alone does after editing a ``.ts`` by hand. ``fill zh_CN FILE.json…`` adds translations
written outside Linguist (``{"Context": {"English": "译文"}}``) to the ``.ts``. ``tests/packaging/test_translations.py``
checks that the files match the code and that the Chinese one is complete.

Why not ``pyside6-lupdate``: its Python reader silently drops a ``translate(...)`` call whose count
is an expression (``len(items)``) and never marks ``translate(..., n=count)`` as a plural, so strings
went missing without a word. This reader walks the syntax tree and refuses what it cannot read
(an f-string, a sum or a ``.format()`` inside ``translate``) with the file and line.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "arbitration_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "arbitration_desk_"  # arbitration_desk.gui.common.i18n.PREFIX
#: language -> (plural forms Qt expects, whether the file carries every string or the plurals only)
LANGUAGES = {"zh_CN": (1, False), "en": (2, True)}
MARKERS = ("translate", "QT_TRANSLATE_NOOP", "phrase")
#: Where the markers are defined, not used.
DEFINITIONS = ("gui/common/i18n.py", "domain/phrases.py")
#: Not the desk's words: the sandbox plays the platform, whose texts are never translated.
OUTSIDE = ("sandbox/",)


#: Where Qt puts the count: ``%n``, or ``%Ln`` with the locale's digit grouping ("50,000").
COUNT = re.compile(r"%L?n")


class ExtractionError(Exception):
    """A ``translate`` call the reader cannot read (the message has the file and line)."""


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Message:
    key: Key
    numerus: bool
    locations: set[str] = field(default_factory=set)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, position: int, name: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _marker(call: ast.Call) -> str | None:
    """``translate(...)``, ``QCoreApplication.translate(...)`` (the generated forms), ``QT_TRANSLATE_NOOP(...)``
    or ``phrase(...)`` (below the GUI); not ``str.translate`` nor ``QPainter.translate``."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id if func.id in MARKERS else None
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        receiver = func.value
        if isinstance(receiver, ast.Name) and receiver.id in ("QCoreApplication", "QApplication", "i18n"):
            return "translate"
    return None


def extract_file(path: Path, root: Path = ROOT) -> list[tuple[Key, bool, str]]:
    """(key, numerus, location) of every translatable string in ``path``."""
    where = path.relative_to(root).as_posix()
    found: list[tuple[Key, bool, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or not (marker := _marker(node)):
            continue
        line = f"{where}:{node.lineno}"
        context = _literal(_argument(node, 0, "context"))
        source_node = _argument(node, 1, "source")
        source = _literal(source_node)
        if context is None:
            raise ExtractionError(f"{line}: the context of {marker}() must be a string literal")
        if source is None:
            if marker != "translate" or not isinstance(source_node, (ast.Name, ast.Attribute, ast.Subscript)):
                raise ExtractionError(
                    f"{line}: the text of {marker}() must be a string literal (or, for translate(), a value marked"
                    " with QT_TRANSLATE_NOOP); fill fields with .format() after translating"
                )
            continue  # translate(context, VALUE): VALUE is marked where it is written
        comment_node = _argument(node, 2, "disambiguation")
        comment = _literal(comment_node)
        if (
            comment_node is not None
            and comment is None
            and not (isinstance(comment_node, ast.Constant) and comment_node.value is None)
        ):
            raise ExtractionError(f"{line}: the disambiguation of {marker}() must be a string literal or None")
        numerus = _argument(node, 3, "n") is not None
        if numerus != bool(COUNT.search(source)):
            raise ExtractionError(f"{line}: a text with %n (or %Ln) needs n=, and n= needs %n in the text")
        found.append((Key(context, source, comment or ""), numerus, where))
    return found


def extract(sources: Path = SOURCES, root: Path = ROOT) -> dict[Key, Message]:
    """Every translatable string of the desk, by key."""
    messages: dict[Key, Message] = {}
    for path in sorted(sources.rglob("*.py")):
        relative = path.relative_to(sources).as_posix()
        if relative in DEFINITIONS or relative.startswith(OUTSIDE):
            continue
        for key, numerus, where in extract_file(path, root):
            message = messages.setdefault(key, Message(key, numerus))
            if message.numerus != numerus:
                raise ExtractionError(f"{where}: {key.source!r} is used both with and without a count")
            message.locations.add(where)
    return messages


def ts_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"{PREFIX}{language}.ts"


def read_translations(path: Path) -> dict[Key, list[str] | str]:
    """The finished translations of a ``.ts`` file: plural forms as a list, else a string."""
    if not path.exists():
        return {}
    done: dict[Key, list[str] | str] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - the project's own .ts files
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = Key(name, message.findtext("source", ""), message.findtext("comment", "") or "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                done[key] = [form.text or "" for form in translation.iter("numerusform")]
            else:
                done[key] = translation.text or ""
    return done


def render(language: str, messages: Iterable[Message], done: dict[Key, list[str] | str]) -> str:
    """The ``.ts`` file of ``language``: ``messages`` with the translations in ``done``."""
    forms, _ = LANGUAGES[language]
    ts = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.key.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(ts, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(by_context[name], key=lambda m: (m.key.source, m.key.comment)):
            element = ET.SubElement(context, "message", {"numerus": "yes"} if message.numerus else {})
            for where in sorted(message.locations):
                ET.SubElement(element, "location", filename=f"../../{where}")
            ET.SubElement(element, "source").text = message.key.source
            if message.key.comment:
                ET.SubElement(element, "comment").text = message.key.comment
            translation = ET.SubElement(element, "translation")
            existing = done.get(message.key)
            if message.numerus:
                values = existing if isinstance(existing, list) and len(existing) == forms else None
                for index in range(forms):
                    ET.SubElement(translation, "numerusform").text = values[index] if values else ""
                if values is None or not all(values):
                    translation.set("type", "unfinished")
            elif isinstance(existing, str) and existing:
                translation.text = existing
            else:
                translation.set("type", "unfinished")
    ET.indent(ts, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def expected(language: str, messages: dict[Key, Message], directory: Path = TRANSLATIONS) -> str:
    """What ``update`` would write for ``language``."""
    _, plurals_only = LANGUAGES[language]
    chosen = [m for m in messages.values() if m.numerus or not plurals_only]
    return render(language, chosen, read_translations(ts_path(language, directory)))


def update(directory: Path = TRANSLATIONS) -> list[Path]:
    messages = extract()
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        path = ts_path(language, directory)
        text = expected(language, messages, directory)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def fill(language: str, sources: Iterable[Path], directory: Path = TRANSLATIONS) -> tuple[int, list[Key]]:
    """Adds the translations of JSON files (``{"Context": {"English": "translation" or [plural forms]}}``)
    to ``language``'s ``.ts``, for translations written outside Linguist; ``update`` first. Returns
    how many were filled, and the keys of the files the code does not have (left out)."""
    messages = extract()
    done = read_translations(ts_path(language, directory))
    unknown: list[Key] = []
    filled = 0
    for source in sources:
        for context, entries in json.loads(source.read_text(encoding="utf-8")).items():
            for english, translation in entries.items():
                key = Key(context, english)
                if key not in messages:
                    unknown.append(key)
                    continue
                numerus = messages[key].numerus
                done[key] = [translation] if numerus and isinstance(translation, str) else translation
                filled += 1
    _, plurals_only = LANGUAGES[language]
    chosen = [m for m in messages.values() if m.numerus or not plurals_only]
    ts_path(language, directory).write_text(render(language, chosen, done), encoding="utf-8")
    return filled, unknown


def lrelease() -> Path:
    """Qt's ``lrelease``, from PySide6-Essentials (a dependency, and a build requirement)."""
    spec = find_spec("PySide6")
    for place in spec.submodule_search_locations or [] if spec else []:
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
            if (Path(place) / name).is_file():
                return Path(place) / name
    raise FileNotFoundError("Qt's lrelease was not found: PySide6-Essentials must be installed")


def compile_translations(directory: Path = TRANSLATIONS, target: Path | None = None) -> list[Path]:
    """Compiles each ``.ts`` of ``directory`` to a ``.qm`` in ``target`` (default: beside it); the
    build's step (``setup.py``), also ``packaging/translations.py compile``."""
    target = target or directory
    compiled = []
    for source in sorted(directory.glob("*.ts")):
        qm = target / source.with_suffix(".qm").name
        subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "fill" and argv[1] in LANGUAGES:
        filled, unknown = fill(argv[1], [Path(name) for name in argv[2:]])
        for key in unknown:
            print(f"not in the code: {key.context}: {key.source!r}", file=sys.stderr)
        print(f"filled {filled} translations; run update")
        return 1 if unknown else 0
    if argv not in (["update"], ["compile"]):
        print("usage: packaging/translations.py update|compile|fill LANGUAGE FILE.json…", file=sys.stderr)
        return 2
    try:
        written = update() + compile_translations() if argv == ["update"] else compile_translations()
    except ExtractionError as exc:
        print(f"translations.py: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
