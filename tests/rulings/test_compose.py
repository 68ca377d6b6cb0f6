"""The ruling PDF: content, embedded fonts, PDF/A-3 parts, attached JSON, and no missing glyphs."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen.canvas import Canvas
from rulings.samples import CHAIR_ID, TEXTS, board_dict, case_dict, make_draft

from arbitration_desk.documents import textflow
from arbitration_desk.documents.draft import (
    MAX_SUMMARY,
    ChatQuote,
    HistoryEntry,
    RulingDraft,
    SignerInfo,
    check_draft,
    draft_from_case,
)
from arbitration_desk.documents.errors import DraftError
from arbitration_desk.documents.labels import clip, excerpt, human_time
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.phrases import phrase_of
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


# ---- a ruling that reads like a ruling (issue #15) ----


def _text(pdf: bytes, tmp_path: Path, name: str = "ruling.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return _run("pdftotext", str(path), "-")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _readable_draft(lang: str = "en", **changes: object) -> RulingDraft:
    draft = make_draft(lang, findings="The parcel was left at house number 14; the buyer lives at number 41.")
    fields: dict[str, object] = {
        "claim_translation": TEXTS["en"][1] if lang != "en" else "",
        "seller_response": "Los productos son 100% originales, tenemos la factura del proveedor.",
        "seller_response_at": "2026-01-28T02:05:19Z",
        "seller_response_translation": "The products are 100% original, we have the supplier's invoice.",
        "signer": SignerInfo("Ana Ribeiro", CHAIR_ID, "5A3F910C", "Sandbox Platform CA", "ab" * 32),
    }
    fields.update(changes)
    return replace(draft, **fields)  # type: ignore[arg-type]


@POPPLER
def test_labels_and_dates_replace_codes_and_timestamps(tmp_path: Path) -> None:
    draft = _readable_draft()
    draft = replace(
        draft,
        requested_remedy="return_and_refund",
        history=(*draft.history, HistoryEntry("2026-02-04T00:00:00Z", "platform", "negotiation_failed")),
    )
    flat = _flat(_text(compose_ruling(draft), tmp_path))
    for label in (
        "Item not received",
        "Return and refund",
        "Seller responded",
        "Negotiation failed",
        "Escalated to arbitration",
        "26 January 2026, 08:14 UTC",
        "2 March 2026, 09:12 UTC",
        "In favour of the buyer",
    ):
        assert label in flat, label
    for code in ("not_received", "return_and_refund", "seller_responded", "negotiation_failed", "favor_buyer"):
        assert code not in flat, code
    assert "2026-01-26T08:14:03Z" not in flat and "T09:12" not in flat
    # IDs only where a reader looks something up, and then labelled
    assert "Evidence ID ev_01J9Y9A1B2C3" in flat and "Message ID msg_01J7Q2V4N8D1" in flat
    assert "Member ID mb_4RZ81KQ7" in flat and "Order ID or_88213374" in flat


@POPPLER
def test_claim_and_response_show_the_platforms_machine_translation(tmp_path: Path) -> None:
    flat = _flat(_text(compose_ruling(_readable_draft("zh")), tmp_path))
    assert flat.count("Machine translation (platform)") == 2
    assert TEXTS["en"][1] in flat  # the claim, translated
    assert "The products are 100% original" in flat
    plain = _flat(_text(compose_ruling(make_draft("zh")), tmp_path))
    assert "Machine translation" not in plain


def test_draft_from_case_reads_translations_and_the_sellers_response() -> None:
    case = case_dict("zh")
    case["claim"]["description_translations"] = {"en-GB": "Delivered, but my mailbox was empty."}
    case["seller_response"] = {
        "text": "包裹已投递。",
        "responded_at": "2026-01-28T02:05:19Z",
        "text_translations": {"en": "The parcel was delivered."},
    }
    draft = draft_from_case(
        case,
        board_dict("zh"),
        outcome="favor_buyer",
        award=Money.parse("104.90", "EUR"),
        summary="Refund.",
        decided_at=datetime(2026, 3, 2, tzinfo=UTC),
        findings="Facts.",
    )
    assert draft.claim_translation == "Delivered, but my mailbox was empty."
    assert (draft.seller_response, draft.seller_response_translation) == ("包裹已投递。", "The parcel was delivered.")
    assert draft.findings == "Facts." and ruling_record(draft)["findings"] == "Facts."


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Los productos son 100% originales, tenemos la factura", 40, "Los productos son 100% originales…"),
        ("short", 40, "short"),
        ("包裹被投递到错误的地址。仲裁庭裁定", 8, "包裹被投递到错误…"),
        ("Supercalifragilistic", 5, "Super…"),
    ],
)
def test_clip_cuts_at_word_boundaries_with_an_ellipsis(text: str, limit: int, expected: str) -> None:
    assert clip(text, limit) == expected


def test_excerpt_widens_a_passage_to_whole_words() -> None:
    full = "Los productos son 100% originales, tenemos la factura del proveedor."
    assert excerpt(full, "ctos son 100% originales, tenemos la fa") == (
        "…productos son 100% originales, tenemos la factura…"
    )
    assert excerpt("物流显示已签收，但信箱里什么也没有。", "已签收，但信箱") == "…已签收，但信箱…"


@POPPLER
def test_long_quotes_end_at_a_word_boundary_with_an_ellipsis(tmp_path: Path) -> None:
    words = " ".join(f"word{n:03d}" for n in range(300))
    draft = replace(_readable_draft(), chat=(ChatQuote("msg_1", "Camille D.", "2026-01-26T08:20:41Z", words),))
    flat = _flat(_text(compose_ruling(draft), tmp_path))
    quoted = flat[flat.index("“") + 1 : flat.index("”")].replace(" ", "")
    assert quoted.endswith("…")
    last = quoted[:-1][-7:]
    assert last.startswith("word") and len(last) == 7, last  # a whole word before the ellipsis


@POPPLER
def test_findings_are_their_own_section_before_the_reasons(tmp_path: Path) -> None:
    flat = _flat(_text(compose_ruling(_readable_draft()), tmp_path))
    assert "Findings" in flat and "the buyer lives at number 41" in flat
    assert flat.index("Findings") < flat.index("the buyer lives at number 41") < flat.index("Reasons")
    without = _flat(_text(compose_ruling(_readable_draft(findings="")), tmp_path))
    assert "Findings" not in without


@POPPLER
def test_heading_and_signature_blocks(tmp_path: Path) -> None:
    flat = _flat(_text(compose_ruling(_readable_draft()), tmp_path))
    head = flat[: flat.index("Parties")]
    assert "Arbitration Committee of the Marketplace" in head
    assert "Rules applied" in head and "Case reference ARB-2026-000123" in head
    tail = flat[flat.index("Reasons") :]
    for needle in (
        "Signature",
        "For the panel, the chair: Ana Ribeiro",
        "Certificate serial number 5A3F910C",
        "arbitration-desk verify FILE.pdf",
        "ab" * 32,
    ):
        assert needle in tail, needle


def test_invariant_composition_gives_the_same_bytes() -> None:
    draft = make_draft("en")
    assert compose_ruling(draft, invariant=True) == compose_ruling(draft, invariant=True)


def test_human_time() -> None:
    assert human_time("2026-12-06T14:05:09Z") == "6 December 2026, 14:05 UTC"
    assert human_time(datetime(2026, 12, 6, 15, 5, tzinfo=timezone(timedelta(hours=1)))) == (
        "6 December 2026, 14:05 UTC"
    )


def test_a_draft_error_carries_its_phrase_and_reads_as_before() -> None:
    """The composer's refusals are phrases (the desk shows them translated); their English is unchanged."""
    with pytest.raises(DraftError) as raised:
        check_draft(replace(make_draft(), summary=" "))
    said = phrase_of(raised.value)
    assert said is not None and said.context == "Documents"
    assert said.template == "the summary must hold 1 to {most} characters"
    assert str(raised.value) == f"the summary must hold 1 to {MAX_SUMMARY} characters"
    board = board_dict("en", CHAIR_ID)
    board["items"][0]["award"] = {"amount": "1.5", "currency": "EUR"}  # one vote's award breaks the contract
    with pytest.raises(DraftError) as malformed:
        draft_from_case(
            case_dict("en", CHAIR_ID),
            board,
            outcome="favor_buyer",
            award=Money.parse("10", "EUR"),
            summary="Reasons.",
            decided_at=datetime(2026, 3, 2, tzinfo=UTC),
        )
    inner = phrase_of(malformed.value)
    assert inner is not None and inner.template == "the case or vote board is malformed: {error}"
    assert str(malformed.value) == (
        "the case or vote board is malformed: amount must be a decimal string with two fraction digits: '1.5'"
    )
