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


def render_pdf(title: str, paragraphs: list[str], table: TableSpec | None, *, seed: int) -> bytes:
    """Renders a one-page document (``seed`` is printed in its footer, which makes it unique)."""
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
    canvas.setFont("Helvetica", 7)
    canvas.drawString(20 * mm, 10 * mm, f"Document {seed:016x}")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _padded(pdf: bytes, size: int, seed: int) -> bytes:
    """``pdf`` grown to ``size`` bytes by comment lines right before its cross-reference table.

    Comments may stand between objects; only the ``startxref`` offset moves (the objects do not),
    so the document stays valid and is rendered once, however large it is asked to be.
    """
    xref = pdf.rindex(b"\nxref\n") + 1
    trailer_end = pdf.rindex(b"startxref\n")
    body, table = pdf[:xref], pdf[xref:trailer_end]

    def tail(pad: int) -> bytes:
        return b"startxref\n%d\n%%%%EOF\n" % (xref + pad)

    need = max(_LINE, size - len(body) - len(table) - len(tail(0)))
    need -= len(tail(need)) - len(tail(0))
    step = _LINE - 3
    noise = random.Random(seed).randbytes(need // 2 + 1).hex()
    lines = [b"% " + noise[k : k + step].encode() + b"\n" for k in range(0, (need // _LINE) * step, step)]
    rest = need - len(lines) * _LINE
    if rest >= 2:
        lines.append(b"%" + noise[: rest - 2].encode() + b"\n")
    elif rest == 1:
        lines.append(b"\n")
    padding = b"".join(lines)
    return body + padding + table + tail(len(padding))


def pdf_document(
    rng: random.Random,
    target_size: int,
    title: str,
    paragraphs: list[str],
    table: TableSpec | None = None,
) -> bytes:
    """A one-page document padded to ``target_size`` (at least its unpadded size plus a line)."""
    seed = rng.getrandbits(64)
    return _padded(render_pdf(title, paragraphs, table, seed=seed), target_size, seed)
