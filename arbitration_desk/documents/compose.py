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

from arbitration_desk.documents.draft import RulingDraft, SignerInfo, check_draft
from arbitration_desk.documents.errors import ComposeError, RulingError
from arbitration_desk.documents.fonts import BASE_BOLD, BASE_FONT, register_fonts
from arbitration_desk.documents.labels import (
    CLAIM_TYPES,
    HISTORY_KINDS,
    OUTCOMES,
    REMEDIES,
    ROLES,
    clip,
    human_time,
    label,
)
from arbitration_desk.documents.pdfa import CREATOR, SUBJECT, finish_pdfa
from arbitration_desk.documents.textflow import paragraphs
from arbitration_desk.documents.words import money_in_words
from arbitration_desk.domain.appeals import Appeal, AppealEffect
from arbitration_desk.domain.phrases import phrase

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
OUTCOME_LABELS = OUTCOMES
#: A quoted chat line longer than this is cut at a word boundary, with "…".
MAX_QUOTE_SHOWN = 600
MACHINE_TRANSLATION = "Machine translation (platform)"
VERIFY_COMMAND = "arbitration-desk verify FILE.pdf"
GREY = colors.Color(0.35, 0.35, 0.35)
DARK = colors.Color(0.2, 0.2, 0.2)
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
        self.note = ParagraphStyle("note", parent=self.small, fontSize=7, leading=9, textColor=GREY)
        self.mono = ParagraphStyle("mono", parent=self.small, fontSize=6.5, leading=8.5)
        self.head = ParagraphStyle("head", parent=self.small, fontName=BASE_BOLD, keepWithNext=1)
        self.label = ParagraphStyle("label", parent=self.note, fontName=BASE_BOLD, spaceBefore=2)
        self.translated = ParagraphStyle(
            "translated", parent=self.body, leftIndent=8, textColor=colors.Color(0.2, 0.2, 0.2)
        )
        self.committee = ParagraphStyle("committee", parent=self.body, fontName=BASE_BOLD, fontSize=10.5, leading=14)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=BASE_BOLD, fontSize=17, leading=22, spaceAfter=4)
        self.h2 = ParagraphStyle(
            "h2",
            parent=self.body,
            fontName=BASE_BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.strong = ParagraphStyle("strong", parent=self.body, fontName=BASE_BOLD)


def outcome_label(outcome: str) -> str:
    return label(OUTCOMES, outcome)


def compose_ruling(draft: RulingDraft, *, signer: SignerInfo | None = None, invariant: bool = False) -> bytes:
    """The unsigned ruling PDF (PDF/A-3b, see docs/pdfa.md) with ruling.json and evidence.json attached.

    Args:
        signer: the chair's certificate for the signature block (default: ``draft.signer``).
        invariant: the same bytes for the same draft (no clock, no random file ID), for the sandbox's world.

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
        invariant=1 if invariant else 0,
    )
    footer = partial(_footer, f"Ruling {draft.case_reference} · {human_time(draft.decided_at)}")
    try:
        doc.build(
            _story(draft, signer or draft.signer, _Styles()),
            onFirstPage=footer,
            onLaterPages=footer,
        )
    except RulingError:
        raise
    except Exception as exc:  # reportlab raises bare LayoutError/ValueError on odd content
        raise ComposeError(phrase("Documents", "the ruling could not be laid out: {error}", error=str(exc))) from exc
    return finish_pdfa(buffer.getvalue(), draft, title, invariant=invariant)


def _footer(text: str, canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(BASE_FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN, MARGIN - 2 * mm, text)
    canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, f"Page {doc.page}")
    canvas.restoreState()


def _table(rows: Sequence[Sequence[list[Flowable]]], widths: Sequence[float], header: bool = True) -> Table:
    table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1 if header else 0)
    table.setStyle(GRID)
    if not header:
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.white)]))
    return table


Cell = str | list[Flowable]


def _rows(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], s: _Styles) -> Table:
    """A table with a header row; a cell is plain text (small type) or ready flowables."""
    out = [[paragraphs(text, s.head, width - 6) for text, width in zip(header, widths, strict=True)]]
    for row in rows:
        out.append(
            [
                paragraphs(cell, s.small, width - 6) if isinstance(cell, str) else cell
                for cell, width in zip(row, widths, strict=True)
            ]
        )
    return _table(out, widths)


def _with_id(text: str, id_label: str, ident: str, width: float, s: _Styles) -> list[Flowable]:
    """A cell: the reader's text, and under it the ID to look it up by, labelled, in small type."""
    cell = paragraphs(text, s.small, width - 6)
    return cell + paragraphs(f"{id_label} {ident}", s.note, width - 6) if ident else cell


def _translated(original: str, translation: str, s: _Styles, width: float = WIDTH) -> list[Flowable]:
    """The original text, then the platform's machine translation, labelled as such."""
    out = paragraphs(original, s.body, width)
    if translation.strip() and translation.strip() != original.strip():
        out += paragraphs(MACHINE_TRANSLATION, s.label, width)
        out += paragraphs(translation, s.translated, width)
    return out


def _w(*fractions: float) -> list[float]:
    return [WIDTH * f for f in fractions]


def _heading(d: RulingDraft, s: _Styles) -> list[Flowable]:
    text = partial(paragraphs, width=WIDTH)
    widths = _w(0.22, 0.78)
    facts = [
        ("Case reference", d.case_reference),
        ("Rules applied", d.rules),
        ("Decided", human_time(d.decided_at)),
        ("Panel chair", d.chair_name),
    ]
    if d.appeal is not None:
        facts.insert(1, ("Appeal against", _first_ruling(d.appeal)))
    rows = [[paragraphs(k, s.head, widths[0] - 6), paragraphs(v, s.small, widths[1] - 6)] for k, v in facts]
    table = Table(rows, colWidths=widths)
    table.setStyle(GRID)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.Color(0.92, 0.92, 0.92))]))
    table.setStyle(TableStyle([("BACKGROUND", (1, 0), (1, 0), colors.white)]))
    title = "Ruling on appeal" if d.appeal is not None else "Ruling"
    return [*text(d.committee, s.committee), *text(title, s.h1), table]


def _first_ruling(appeal: Appeal) -> str:
    """The ruling appealed against, by reference, date, ruling ID and SHA-256."""
    return (
        f"The ruling in {appeal.of_reference} of {human_time(appeal.decided_at)}; ruling ID {appeal.ruling_id}, "
        f"SHA-256 {appeal.document_sha256}"
    )


def _appeal(d: RulingDraft, s: _Styles) -> list[Flowable]:
    """The appeal: who appealed, when, on what grounds, and what the first ruling decided."""
    appeal = d.appeal
    if appeal is None:
        return []
    text = partial(paragraphs, width=WIDTH)
    award = appeal.award if appeal.award is not None else None
    first = f"{outcome_label(appeal.outcome)}" + (f", award {award}" if award is not None else ", nothing awarded")
    size = f" of {appeal.first_panel_size} members" if appeal.first_panel_size else ""
    return [
        *text("The appeal", s.h2),
        *text(
            f"The {label(ROLES, appeal.appellant).lower()} appealed on {human_time(appeal.filed_at)} against the "
            f"ruling of the first panel{size} in {appeal.of_reference}, decided {human_time(appeal.decided_at)}: "
            f"{first}.",
            s.body,
        ),
        *text(f"Ruling appealed against: ruling ID {appeal.ruling_id}", s.note),
        *text(f"SHA-256 of its signed document: {appeal.document_sha256}", s.note),
        *text("Grounds of appeal", s.head),
        *_translated(appeal.grounds, appeal.translation(), s),
    ]


def _story(d: RulingDraft, signer: SignerInfo | None, s: _Styles) -> list[Flowable]:
    text = partial(paragraphs, width=WIDTH)
    story: list[Flowable] = [
        *_heading(d, s),
        *text("Parties", s.h2),
        _rows(
            ["Role", "Name", "Country"],
            [[label(ROLES, p.role), p.display_name, p.country] for p in d.parties],
            _w(0.2, 0.6, 0.2),
            s,
        ),
        *_appeal(d, s),
        *text("The claim", s.h2),
        *text(f"Type of claim: {label(CLAIM_TYPES, d.claim_type)}.", s.body),
        *text(f"Remedy requested: {label(REMEDIES, d.requested_remedy)}. Amount claimed: {d.amount_claimed}.", s.body),
        *text("The buyer's statement", s.head),
        *_translated(d.claim_description, d.claim_translation, s),
    ]
    if d.seller_response.strip():
        when = f" ({human_time(d.seller_response_at)})" if d.seller_response_at else ""
        story += text(f"The seller's response{when}", s.head)
        story += _translated(d.seller_response, d.seller_response_translation, s)
    story += [
        *text("The order", s.h2),
        *text(f"Order ID {d.order_id}", s.note),
        Spacer(0, 1.5 * mm),
        _rows(
            ["Item", "SKU", "Quantity", "Unit price"],
            [[i.title, i.sku, str(i.quantity), str(i.unit_price)] for i in d.order_lines]
            + [["Total", "", "", str(d.order_total)]],
            _w(0.5, 0.2, 0.1, 0.2),
            s,
        ),
        *text("Procedural history", s.h2),
        _rows(
            ["Date", "By", "Event", "Note"],
            [[human_time(h.at), label(ROLES, h.actor), label(HISTORY_KINDS, h.kind), h.note] for h in d.history],
            _w(0.25, 0.12, 0.2, 0.43),
            s,
        ),
        *text("Evidence relied on", s.h2),
        _evidence(d, s),
    ]
    if d.chat:
        story += text("Messages relied on", s.h2)
        story.append(_messages(d, s))
    story += _votes(d, s) + _decision(d, signer, s)
    return story


def _evidence(d: RulingDraft, s: _Styles) -> Table:
    widths = _w(0.42, 0.14, 0.44)
    rows: list[list[Cell]] = [
        [
            _with_id(e.title, "Evidence ID", e.evidence_id, widths[0], s),
            label(ROLES, e.submitted_by) if e.submitted_by else "",
            paragraphs(e.sha256, s.mono, widths[2] - 6),
        ]
        for e in d.evidence
    ]
    return _rows(["Item", "Submitted by", "SHA-256 of the content"], rows, widths, s)


def _messages(d: RulingDraft, s: _Styles) -> Table:
    widths = _w(0.2, 0.25, 0.55)
    rows: list[list[Cell]] = []
    for c in d.chat:
        quote = paragraphs(f"“{clip(c.quote, MAX_QUOTE_SHOWN)}”", s.small, widths[2] - 6)
        if c.translation.strip() and c.translation.strip() != c.quote.strip():
            quote += paragraphs(MACHINE_TRANSLATION, s.label, widths[2] - 6)
            quote += paragraphs(clip(c.translation, MAX_QUOTE_SHOWN), s.small, widths[2] - 6)
        rows.append([_with_id(c.sender, "Message ID", c.message_id, widths[0], s), human_time(c.sent_at), quote])
    return _rows(["From", "Sent", "Quote"], rows, widths, s)


def _votes(d: RulingDraft, s: _Styles) -> list[Flowable]:
    tally = d.vote_tally
    counts = "; ".join(f"{outcome_label(k).lower()}: {v}" for k, v in tally.items())
    story: list[Flowable] = [*paragraphs("The votes", s.h2, WIDTH), *paragraphs(f"Tally — {counts}.", s.body, WIDTH)]
    for vote in d.votes:
        dissent = "  (dissenting)" if vote.outcome != d.outcome else ""
        block = [
            *paragraphs(f"{vote.name}: {outcome_label(vote.outcome)}, award {vote.award}{dissent}", s.strong, WIDTH),
            *paragraphs(vote.rationale, s.body, WIDTH),
        ]
        story.extend([KeepTogether(block)] if len(vote.rationale) < 1500 else block)
    return story


def _decision(d: RulingDraft, signer: SignerInfo | None, s: _Styles) -> list[Flowable]:
    para = partial(paragraphs, width=WIDTH)
    story: list[Flowable] = [
        *para("Decision", s.h2),
        *para(f"Outcome: {outcome_label(d.outcome)}.", s.strong),
        *para(f"Award: {d.award} ({money_in_words(d.award)}), to be refunded to the buyer.", s.strong),
    ]
    if d.appeal is not None and d.appeal_effect is not None:
        verb = "upholds" if d.appeal_effect is AppealEffect.UPHOLDS else "replaces"
        story += para(
            f"On appeal, this ruling {verb} the ruling in {d.appeal.of_reference} (ruling ID {d.appeal.ruling_id}, "
            f"SHA-256 {d.appeal.document_sha256}). It is final.",
            s.strong,
        )
    if d.findings.strip():
        story += [*para("Findings", s.h2), *para(d.findings, s.body)]
    story += [*para("Reasons", s.h2), *para(d.summary, s.body), Spacer(0, 6 * mm), _signature(d, signer, s)]
    return story


def _signature(d: RulingDraft, signer: SignerInfo | None, s: _Styles) -> Flowable:
    """The visible signature block: who signs, with what certificate, and how to verify it."""
    inner = WIDTH - 12
    para = partial(paragraphs, width=inner)
    block: list[Flowable] = [
        *para("Signature", s.strong),
        *para(f"For the panel, the chair: {d.chair_name}", s.body),
        *para(f"Member ID {d.chair_id}", s.note),
        *para(f"Decided on {human_time(d.decided_at)}.", s.small),
    ]
    if signer is not None:
        issuer = f", issued by {signer.issuer}" if signer.issuer else ""
        block += para(f"Signing certificate: {signer.name} (member ID {signer.member_id}){issuer}.", s.small)
        block += para(f"Certificate serial number {signer.serial}", s.note)
    fingerprint = signer.ca_fingerprint if signer is not None else ""
    block += para(
        "Signed electronically with a PAdES signature embedded in this file, time-stamped by the platform; the "
        "signing time is the time in that time-stamp. The embedded signature is authoritative: any change to the "
        "file invalidates it.",
        s.small,
    )
    block += para(
        f"To verify: run “{VERIFY_COMMAND}”, which checks the signature, its time-stamp and the certificate chain "
        "up to the platform CA" + (f" (SHA-256 fingerprint {fingerprint})." if fingerprint else "."),
        s.small,
    )
    box = Table([[block]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.Color(0.3, 0.3, 0.3)),
                ("FONT", (0, 0), (-1, -1), BASE_FONT, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return KeepTogether([box])
