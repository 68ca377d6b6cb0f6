"""The bundled fonts: where they are, their registration with reportlab, and per-character choice.

Text is split into runs, each in the first font that has a glyph for its characters (Latin,
Greek, Cyrillic → Noto Sans; Arabic → Noto Sans Arabic; CJK → Droid Sans Fallback). Characters no
bundled font covers are replaced by U+FFFD so that nothing is silently drawn as an empty box.

reportlab is imported where the fonts are registered with it and where text is measured, not at
the top: locating the fonts (:func:`fonts_dir`, which the desk's start-up and the sandbox use) must
not cost its import (issue 16, "Start-up cost").
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from arbitration_desk.documents.errors import FontError
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.resources import env_var, resource_dir

FONTS_ENV = env_var("fonts")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class FontFace:
    name: str
    regular: str
    bold: str


#: In fallback order. Names are the reportlab registration names.
FACES = (
    FontFace("ArbSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    FontFace("ArbArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    FontFace("ArbCJK", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
)
BASE_FONT = "ArbSans"
BASE_BOLD = "ArbSans-Bold"
_LOCK = threading.Lock()


def fonts_dir() -> Path:
    """``$ARBITRATION_DESK_FONTS``, else the bundled ``resources/fonts`` (:mod:`arbitration_desk.resources`).

    Raises:
        FileNotFoundError: the desk is installed without its fonts.
    """
    return resource_dir("fonts")


def _font_name(face: FontFace, bold: bool) -> str:
    return f"{face.name}-Bold" if bold else face.name


@cache
def _registered() -> tuple[tuple[str, frozenset[int]], ...]:
    """Registers every face (regular and bold) once; returns (name, covered code points) in order."""
    from reportlab.pdfbase import pdfmetrics  # here, not at the top: see the module's docstring
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        directory = fonts_dir()
    except FileNotFoundError as exc:
        raise FontError(str(exc)) from None
    coverage: list[tuple[str, frozenset[int]]] = []
    with _LOCK:
        for face in FACES:
            for bold, filename in ((False, face.regular), (True, face.bold)):
                name = _font_name(face, bold)
                try:
                    font = TTFont(name, str(directory / filename))
                except (OSError, TTFError) as exc:
                    raise FontError(
                        phrase(
                            "Documents",
                            "cannot load the bundled font {path}: {error}",
                            path=str(directory / filename),
                            error=str(exc),
                        )
                    ) from None
                pdfmetrics.registerFont(font)
                coverage.append((name, frozenset(font.face.charToGlyph)))
    return tuple(coverage)


def register_fonts() -> None:
    """Registers the bundled fonts with reportlab (idempotent, thread safe).

    Raises:
        FontError: a font file is missing or unreadable.
    """
    _registered()


def _coverage(bold: bool) -> list[tuple[str, frozenset[int]]]:
    return [(name, cover) for name, cover in _registered() if name.endswith("-Bold") == bold]


def covered(char: str) -> bool:
    """Whether some bundled font has a glyph for ``char``."""
    return any(ord(char) in cover for _name, cover in _coverage(False))


def sanitize(text: str) -> str:
    """Untrusted text made drawable: format/bidi controls dropped, controls → space, unknown → U+FFFD."""
    out: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cf":
            continue  # bidi overrides/isolates, zero-width characters: never drawn, never obeyed
        if category == "Cc":
            out.append("\n" if char == "\n" else " ")
        elif char.isspace() or covered(char):
            out.append(char)
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` as (font name, run) pairs; spaces and marks stay in the run they follow."""
    faces = _coverage(bold)
    runs: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        current = runs[-1][0] if runs else faces[0][0]
        current_cover = next(cover for name, cover in faces if name == current)
        if code in current_cover or (char.isspace() and runs):
            name = current
        else:
            name = next((n for n, cover in faces if code in cover), faces[0][0])
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def text_width(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase import pdfmetrics  # imported by _registered (font_runs) already

    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in font_runs(text, bold))
