"""Untrusted plain text → reportlab flowables, in any script, right-to-left included.

Left-to-right text becomes one :class:`Paragraph` whose runs carry their font (``wordWrap='CJK'``
when it holds CJK, which has no spaces to break at). Text with Arabic (or Hebrew) is shaped with
``arabic_reshaper``, wrapped into lines in logical order by measured width, and each line is put in
visual order with ``python-bidi`` and right-aligned when its paragraph is right-to-left.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from arbitration_desk.documents.fonts import BASE_BOLD, font_runs, sanitize, text_width

_RTL = frozenset({"R", "AL"})
_reshaper = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL for char in text)


def is_rtl_paragraph(text: str) -> bool:
    """The paragraph direction (Unicode rule P2: the first strong character decides)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return False


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for already sanitized text: escaped, each run in its font."""
    return "".join(f'<font name="{name}">{escape(run)}</font>' for name, run in font_runs(text, bold))


def _bold(style: ParagraphStyle) -> bool:
    return style.fontName == BASE_BOLD


def paragraphs(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    """Flowables for plain ``text`` (never interpreted as markup); blank lines separate paragraphs."""
    flowables: list[Flowable] = []
    for block in sanitize(text).split("\n"):
        if not block.strip():
            continue
        if has_rtl(block):
            flowables.extend(_bidi_lines(block, style, width))
        else:
            wrap = "CJK" if any(_is_cjk(c) for c in block) else None
            line_style = ParagraphStyle(f"{style.name}-ltr", parent=style, wordWrap=wrap)
            flowables.append(Paragraph(markup(block, _bold(style)), line_style))
    return flowables


def _bidi_lines(block: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    rtl = is_rtl_paragraph(block)
    shaped = _reshaper.reshape(block)
    bold = _bold(style)
    lines = wrap_logical(shaped, style.fontSize, width - style.leftIndent - style.rightIndent - 2, bold)
    align = TA_RIGHT if rtl else TA_LEFT
    line_style = ParagraphStyle(f"{style.name}-bidi", parent=style, alignment=align, wordWrap=None)
    out: list[Flowable] = []
    for number, line in enumerate(lines):
        visual = get_display(line, base_dir="R" if rtl else "L")
        spacing = {"spaceBefore": 0} if number else {}
        spacing |= {"spaceAfter": 0} if number < len(lines) - 1 else {}
        out.append(Paragraph(markup(visual, bold), ParagraphStyle(f"{style.name}-l", parent=line_style, **spacing)))
    return out


def wrap_logical(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap in logical order; a word wider than the line is cut by characters."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, size, bold) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and text_width(current[:cut], size, bold) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines
