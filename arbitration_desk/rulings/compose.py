"""The ruling PDF (reportlab): every section of the ruling, then the PDF/A-3 finishing touches."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from arbitration_desk.domain.enums import VoteOutcome
from arbitration_desk.rulings.draft import RulingDraft, check_draft
from arbitration_desk.rulings.errors import ComposeError, RulingError
from arbitration_desk.rulings.fonts import BASE_BOLD, BASE_FONT, register_fonts
from arbitration_desk.rulings.pdfa import CREATOR, SUBJECT, finish_pdfa
from arbitration_desk.rulings.textflow import paragraphs
from arbitration_desk.rulings.words import money_in_words

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
OUTCOME_LABELS = {
    VoteOutcome.FAVOR_BUYER.value: "In favour of the buyer",
    VoteOutcome.FAVOR_SELLER.value: "In favour of the seller",
    VoteOutcome.SPLIT.value: "Split decision",
}
GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), BASE_FONT, 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
)


class _Styles:
    def __init__(self) -> None:
        self.body = ParagraphStyle("body", fontName=BASE_FONT, fontSize=9.5, leading=13, spaceAfter=3)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10.5, spaceAfter=0)
        self.mono = ParagraphStyle("mono", parent=self.small, fontSize=6.5, leading=8.5)
        self.head = ParagraphStyle("head", parent=self.small, fontName=BASE_BOLD)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=BASE_BOLD, fontSize=17, leading=22, spaceAfter=4)
        self.h2 = ParagraphStyle(
            "h2", parent=self.body, fontName=BASE_BOLD, fontSize=12, leading=16, spaceBefore=10, spaceAfter=4
        )
        self.strong = ParagraphStyle("strong", parent=self.body, fontName=BASE_BOLD)


def outcome_label(outcome: str) -> str:
    return OUTCOME_LABELS.get(outcome, outcome)


def compose_ruling(draft: RulingDraft) -> bytes:
    """The unsigned ruling PDF (PDF/A-3b, see docs/pdfa.md) with ruling.json and evidence.json attached.

    Raises:
        DraftError: the draft fails the award or completeness checks.
        FontError: a bundled font is missing.
        ComposeError: reportlab failed.
    """
    check_draft(draft)
    register_fonts()
    buffer = io.BytesIO()
    title = f"Ruling {draft.case_reference}"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=draft.chair_name,
        subject=SUBJECT,
        creator=CREATOR,
        initialFontName=BASE_FONT,
        initialFontSize=9.5,
        initialLeading=13,
    )
    footer = partial(_footer, f"{draft.case_reference} · ruling of {draft.decided_at_text}")
    try:
        doc.build(
            _story(draft, _Styles()),
            onFirstPage=footer,
            onLaterPages=footer,
        )
    except RulingError:
        raise
    except Exception as exc:  # reportlab raises bare LayoutError/ValueError on odd content
        raise ComposeError(f"the ruling could not be laid out: {exc}") from exc
    return finish_pdfa(buffer.getvalue(), draft, title)


def _footer(text: str, canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(BASE_FONT, 7.5)
    canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
    canvas.drawString(MARGIN, MARGIN - 2 * mm, text)
    canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, f"Page {doc.page}")
    canvas.restoreState()


def _table(rows: Sequence[Sequence[list[Flowable]]], widths: Sequence[float]) -> Table:
    table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1)
    table.setStyle(GRID)
    return table


def _cells(texts: Sequence[str], widths: Sequence[float], style: ParagraphStyle) -> list[list[Flowable]]:
    return [paragraphs(text, style, width - 6) for text, width in zip(texts, widths, strict=True)]


def _rows(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], s: _Styles, mono_col: int = -1
) -> Table:
    out = [_cells(header, widths, s.head)]
    for row in rows:
        cells = _cells(row, widths, s.small)
        if mono_col >= 0:
            cells[mono_col] = paragraphs(row[mono_col], s.mono, widths[mono_col] - 6)
        out.append(cells)
    return _table(out, widths)


def _story(d: RulingDraft, s: _Styles) -> list[Flowable]:
    text = partial(paragraphs, width=WIDTH)
    story: list[Flowable] = [
        *text("Arbitration committee ruling", s.h1),
        *text(f"Case {d.case_reference}  ·  decided {d.decided_at_text}", s.strong),
        *text("Parties", s.h2),
        _rows(
            ["Role", "Name", "Country"], [[p.role, p.display_name, p.country] for p in d.parties], _w(0.2, 0.6, 0.2), s
        ),
        *text("The claim", s.h2),
        *text(
            f"Claim: {d.claim_type}; remedy requested: {d.requested_remedy}; amount claimed: {d.amount_claimed}.",
            s.body,
        ),
        *text(d.claim_description, s.body),
        *text(f"The order ({d.order_id})", s.h2),
        _rows(
            ["SKU", "Item", "Qty", "Unit price"],
            [[i.sku, i.title, str(i.quantity), str(i.unit_price)] for i in d.order_lines]
            + [["", "Total", "", str(d.order_total)]],
            _w(0.2, 0.5, 0.1, 0.2),
            s,
        ),
        *text("Procedural history", s.h2),
        _rows(
            ["Date (UTC)", "By", "Event", "Note"],
            [[h.at, h.actor, h.kind, h.note] for h in d.history],
            _w(0.22, 0.13, 0.2, 0.45),
            s,
        ),
        *text("Evidence relied on", s.h2),
        _rows(
            ["Evidence", "From", "Title", "SHA-256 of the content"],
            [[e.evidence_id, e.submitted_by, e.title, e.sha256] for e in d.evidence],
            _w(0.17, 0.1, 0.33, 0.4),
            s,
            mono_col=3,
        ),
    ]
    if d.chat:
        story += text("Messages relied on", s.h2)
        story.append(
            _rows(
                ["Message", "Sender", "Sent (UTC)", "Quote"],
                [[c.message_id, c.sender, c.sent_at, c.quote] for c in d.chat],
                _w(0.18, 0.15, 0.2, 0.47),
                s,
            )
        )
    story += _votes(d, s) + _decision(d, s)
    return story


def _w(*fractions: float) -> list[float]:
    return [WIDTH * f for f in fractions]


def _votes(d: RulingDraft, s: _Styles) -> list[Flowable]:
    tally = d.vote_tally
    counts = ", ".join(f"{outcome_label(k).lower()}: {v}" for k, v in tally.items())
    story: list[Flowable] = [*paragraphs("The votes", s.h2, WIDTH), *paragraphs(f"Tally — {counts}.", s.body, WIDTH)]
    for vote in d.votes:
        dissent = "  (dissenting)" if vote.outcome != d.outcome else ""
        block = [
            *paragraphs(f"{vote.name}: {outcome_label(vote.outcome)}, award {vote.award}{dissent}", s.strong, WIDTH),
            *paragraphs(vote.rationale, s.body, WIDTH),
        ]
        story.extend([KeepTogether(block)] if len(vote.rationale) < 1500 else block)
    return story


def _decision(d: RulingDraft, s: _Styles) -> list[Flowable]:
    para = partial(paragraphs, width=WIDTH)
    signature = [
        Spacer(0, 8 * mm),
        *para("Signature", s.h2),
        *para(f"For the panel, the chair: {d.chair_name} (member {d.chair_id}).", s.body),
        *para(
            f"Signed electronically on {d.decided_at_text}. The PAdES signature embedded in this file, with its "
            "time-stamp from the platform, is the authoritative signature; any change to the file invalidates it.",
            s.small,
        ),
    ]
    return [
        *para("Decision", s.h2),
        *para(f"Outcome: {outcome_label(d.outcome)}.", s.strong),
        *para(f"Award: {d.award} ({money_in_words(d.award)}), to be refunded to the buyer.", s.strong),
        *para("Reasons", s.h2),
        *para(d.summary, s.body),
        KeepTogether(signature),
    ]
