"""The ruling PDF: content, embedded fonts, PDF/A-3 parts, attached JSON, and no missing glyphs."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen.canvas import Canvas
from rulings.samples import TEXTS, make_draft

from arbitration_desk.rulings import textflow
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.draft import ruling_record
from arbitration_desk.rulings.fonts import font_runs, register_fonts, sanitize
from arbitration_desk.rulings.pdfa import ATTACHMENT_NAME

POPPLER = pytest.mark.skipif(
    subprocess.run(["which", "pdftoppm"], capture_output=True, check=False).returncode != 0,
    reason="poppler-utils missing",
)


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


@POPPLER
@pytest.mark.parametrize(("lang", "script_font"), [("zh", "DroidSansFallback"), ("ar", "NotoSansArabic")])
def test_fonts_are_embedded_truetype_subsets(lang: str, script_font: str, write: Callable[[str, bytes], Path]) -> None:
    path = write(f"{lang}.pdf", compose_ruling(make_draft(lang)))
    rows = _run("pdffonts", str(path)).splitlines()[2:]
    assert rows, "no fonts"
    assert any(script_font in row for row in rows)
    for row in rows:
        assert "Type 3" not in row and " TrueType " in row, row
        emb, sub, uni = row.split()[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


@POPPLER
def test_text_is_extractable_and_never_markup(write: Callable[[str, bytes], Path]) -> None:
    draft = make_draft("zh", summary="<b>not bold</b> & \u202eevil\u202c " + TEXTS["zh"][3])
    text = _run("pdftotext", "-layout", str(write("zh.pdf", compose_ruling(draft))), "-")
    flat = "".join(text.split())
    assert "".join(TEXTS["zh"][1].split()) in flat
    assert "<b>notbold</b>&evil" in flat
    assert "\u202e" not in text
    for needle in ("ARB-2026-000123", "onehundredfourand90/100EUR", "Dissent", "mb_4RZ81KQ7", draft.evidence[0].sha256):
        assert needle in flat


def test_attachment_xmp_and_output_intent() -> None:
    draft = make_draft("ar")
    reader = PdfFileReader(io.BytesIO(compose_ruling(draft)))
    root = reader.root
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]  # sorted by name: evidence.json comes first
    spec = {names[i]: names[i + 1] for i in range(0, len(names), 2)}[ATTACHMENT_NAME]
    assert spec["/AFRelationship"] == "/Data" and root["/AF"][0] == spec
    stream = spec["/EF"]["/F"]
    assert stream["/Subtype"] == "/application/json" and "/ModDate" in stream["/Params"]
    assert json.loads(stream.data) == ruling_record(draft)
    xmp = root["/Metadata"].data
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp
    intent = root["/OutputIntents"][0]
    assert intent["/S"] == "/GTS_PDFA1" and intent["/DestOutputProfile"]["/N"] == 3
    assert reader.input_version <= (1, 7)
    assert "/Encrypt" not in reader.trailer


def test_sanitize_drops_bidi_controls_and_marks_unknown_characters() -> None:
    assert sanitize("a\u202eb\u2066c\u200bd") == "abcd"
    assert sanitize("x\U0001f600y") == "x\ufffdy"  # no bundled emoji font: visible replacement, not tofu
    assert sanitize("tab\tnew\nline") == "tab new\nline"


def test_bidi_lines_keep_logical_order_top_to_bottom() -> None:
    register_fonts()
    lines = textflow.wrap_logical(TEXTS["ar"][3], 9.5, 120)
    assert len(lines) > 2
    assert " ".join(lines) == TEXTS["ar"][3]
    assert textflow.is_rtl_paragraph(TEXTS["ar"][3]) and not textflow.is_rtl_paragraph("Dissent: " + TEXTS["ar"][2])


# --- rendered glyphs ---------------------------------------------------------------------------
#
# Every character of a text is drawn alone in its own cell, in the font our run splitter chose for
# it, next to a cell holding that font's .notdef glyph (a private-use code point no font has). The
# page is rendered by poppler; a cell that is blank or pixel-identical to the .notdef cell is a
# missing glyph. A font lacking the script (e.g. Noto Sans for Chinese) fails this test.

CELL, SIZE, DPI = 28, 18, 96
NOTDEF = "\ue000"


def _cells(text: str) -> list[tuple[str, str]]:
    """(font our run splitter chose, character) for every visible character of ``text``."""
    register_fonts()
    return [(name, char) for name, run in font_runs(text) for char in run if not char.isspace()]


def _glyph_sheet(cells: list[tuple[str, str]]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(CELL * 2 + 10, CELL * len(cells) + 10), initialFontName="ArbSans")
    for row, (name, char) in enumerate(cells):
        y = 10 + CELL * (len(cells) - 1 - row) + 6
        canvas.setFont(name, SIZE)
        canvas.drawString(5, y, char)
        canvas.drawString(5 + CELL, y, NOTDEF)
    canvas.save()
    return buffer.getvalue()


def _missing_glyphs(cells: list[tuple[str, str]], tmp_path: Path) -> list[str]:
    (tmp_path / "sheet.pdf").write_bytes(_glyph_sheet(cells))
    command = ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile"]
    subprocess.run([*command, str(tmp_path / "sheet.pdf"), str(tmp_path / "sheet")], check=True, timeout=60)
    image = Image.open(tmp_path / "sheet.png").convert("L")
    scale = DPI / 72

    def cell(x: float, row: int) -> tuple[int, int, int, int]:
        top = int((5 + CELL * row) * scale)
        return int(x * scale), top, int((x + CELL) * scale), top + int(CELL * scale)

    missing = []
    for row, (_name, char) in enumerate(cells):
        glyph, notdef = image.crop(cell(5, row)), image.crop(cell(5 + CELL, row))
        darkest = glyph.getextrema()[0]
        assert isinstance(darkest, int | float)
        blank = darkest > 200
        if blank or ImageChops.difference(glyph, notdef).getbbox() is None:
            missing.append(char)
    return missing


@POPPLER
@pytest.mark.parametrize("lang", ["zh", "ar", "ru", "fr", "en"])
def test_no_missing_glyphs_in_rendering(lang: str, tmp_path: Path) -> None:
    text = "".join(TEXTS[lang])
    if lang == "ar":
        text = textflow._reshaper.reshape(text)  # the presentation forms the PDF really draws
    assert _missing_glyphs(_cells(text), tmp_path) == []


@POPPLER
def test_glyph_check_detects_a_font_without_the_script(tmp_path: Path) -> None:
    """The check itself: Chinese or Arabic drawn with the Latin font is reported missing."""
    cells = [("ArbSans", "中"), ("ArbSans", "文"), ("ArbSans", "\ufedf"), ("ArbSans", "a")]
    assert _missing_glyphs(cells, tmp_path) == ["中", "文", "\ufedf"]
