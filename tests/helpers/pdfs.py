"""Small unsigned PDFs for tests, built with reportlab."""

from __future__ import annotations

import io
import random

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(
    *, pages: int = 1, filler_bytes: int = 0, encrypt_password: str | None = None, title: str = "Ruling"
) -> bytes:
    """A PDF with ``pages`` pages of text; ``filler_bytes`` of incompressible text make it larger.

    Args:
        pages: number of pages.
        filler_bytes: about how many extra bytes of random text to add (spread over the pages).
        encrypt_password: when given, the PDF is encrypted (standard security handler) with it.
        title: document title and first line.
    """
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt_password, pageCompression=0, invariant=1)
    pdf.setTitle(title)
    rng = random.Random(1234)
    per_page = filler_bytes // max(pages, 1)
    for number in range(pages):
        pdf.drawString(72, 800, f"{title} — page {number + 1}")
        text = pdf.beginText(72, 780)
        text.setFont("Helvetica", 6)
        written = 0
        while written < per_page:
            line = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(120))
            text.textLine(line)
            written += len(line) + 10
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
