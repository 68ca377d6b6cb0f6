"""PDF rendering for the demo world (reportlab, ``invariant=1`` so the bytes never embed the time)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

_LINE = 64  # bytes per padding comment line, newline included


@dataclass(frozen=True)
class TableSpec:
    """A table for a PDF document: a header row and body rows."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def latin(text: str) -> str:
    """Text the standard PDF fonts can show: characters outside Latin-1 become ``?``."""
    return text.encode("latin-1", "replace").decode("latin-1")


def _escape(text: str) -> str:
    return latin(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> Any:
    return getSampleStyleSheet()


def render_pdf(
    title: str,
    paragraphs: list[str],
    table: TableSpec | None,
    *,
    padding: int,
    seed: int,
) -> bytes:
    """Renders a one-page document; ``padding`` bytes of comment lines are added to the page stream."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, pageCompression=0)
    canvas.setTitle(latin(title))
    canvas.setAuthor("Marketplace arbitration sandbox")
    width, height = A4
    styles = _styles()
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(20 * mm, height - 25 * mm, latin(title))
    canvas.setStrokeColor(colors.HexColor("#ff6a00"))
    canvas.line(20 * mm, height - 28 * mm, width - 20 * mm, height - 28 * mm)
    y = height - 36 * mm
    for text in paragraphs:
        paragraph = Paragraph(_escape(text), styles["BodyText"])
        _, used = paragraph.wrapOn(canvas, width - 40 * mm, y)
        y -= used
        paragraph.drawOn(canvas, 20 * mm, y)
        y -= 3 * mm
    if table is not None and y > 60 * mm:
        data = [[latin(cell) for cell in table.header]] + [[latin(cell) for cell in row] for row in table.rows]
        grid = Table(data, repeatRows=1)
        grid.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                    ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ]
            )
        )
        _, used = grid.wrapOn(canvas, width - 40 * mm, y - 20 * mm)
        grid.drawOn(canvas, 20 * mm, max(20 * mm, y - used))
    if padding > 0:
        noise = random.Random(seed).randbytes((padding // _LINE + 1) * (_LINE - 3) // 2 + 1).hex()
        step = _LINE - 3
        for start in range(0, (padding // _LINE) * step, step):
            canvas.addLiteral("% " + noise[start : start + step])
    canvas.setFont("Helvetica", 7)
    canvas.drawString(20 * mm, 10 * mm, f"Document {seed:016x}")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def pdf_document(
    rng: random.Random,
    target_size: int,
    title: str,
    paragraphs: list[str],
    table: TableSpec | None = None,
) -> bytes:
    """A one-page document padded towards ``target_size`` (at least its unpadded size plus a line)."""
    seed = rng.getrandbits(64)
    base = render_pdf(title, paragraphs, table, padding=0, seed=seed)
    return render_pdf(title, paragraphs, table, padding=max(_LINE, target_size - len(base)), seed=seed)
