"""What a reader of the ruling sees instead of the contract's codes: labels, dates and clipped quotes.

Pure functions of plain data (standard library and the domain only), shared by the composer and the
GUI. Unknown codes (the contract's enums may grow) read as words, never as ``snake_case``.

The ruling PDF is English: :func:`label` gives a table's English. A table the GUI shows too is
written as phrases (:data:`OUTCOME_PHRASES`), shown in the desk's language with ``say()``; its
plain-English view (:data:`OUTCOMES`) is the PDF's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.domain.timeutil import parse_timestamp

ELLIPSIS = "…"

CLAIM_TYPES = {
    "not_received": "Item not received",
    "not_as_described": "Item not as described",
    "counterfeit": "Counterfeit item",
    "damaged": "Item damaged",
    "wrong_item": "Wrong item sent",
    "partial_delivery": "Partial delivery",
    "other": "Other",
}
REMEDIES = {
    "full_refund": "Full refund",
    "partial_refund": "Partial refund",
    "return_and_refund": "Return and refund",
    "replacement": "Replacement",
}
HISTORY_KINDS = {
    "opened": "Claim opened",
    "seller_responded": "Seller responded",
    "negotiation_failed": "Negotiation failed",
    "mediation_started": "Mediation started",
    "mediation_failed": "Mediation failed",
    "escalated": "Escalated to arbitration",
    "evidence_added": "Evidence added",
    "deadline_extended": "Deadline extended",
    "panel_assigned": "Panel assigned",
    "withdrawn": "Claim withdrawn",
    "decided": "Decided",
    "appeal_filed": "Appeal filed",
    "appeal_admitted": "Appeal admitted",
    "appeal_decided": "Appeal decided",
    "other": "Other",
}
ROLES = {
    "buyer": "Buyer",
    "seller": "Seller",
    "platform": "Platform",
    "mediator": "Mediator",
    "agent": "Platform agent",
    "system": "Platform (automatic)",
}
#: A ruling's or a vote's outcome in words, the one table of them: the vote board and the
#: confirmations of the desk show it translated (``say(OUTCOME_PHRASES[code])``).
OUTCOME_PHRASES: dict[str, Phrase] = {
    "favor_buyer": phrase("Outcome", "In favour of the buyer"),
    "favor_seller": phrase("Outcome", "In favour of the seller"),
    "split": phrase("Outcome", "Split decision"),
}
#: The same in English, as the ruling PDF says it (``label(OUTCOMES, code)``).
OUTCOMES: dict[str, str] = {code: str(said) for code, said in OUTCOME_PHRASES.items()}


def words(code: str) -> str:
    """An unknown code as words: ``"appeal_withdrawn"`` → ``"Appeal withdrawn"``."""
    text = code.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:] if text else ""


def label(table: Mapping[str, str | Phrase], code: str) -> str:
    """The reader's label of ``code`` in ``table`` in English (the PDF's language), or the code as
    words when it is unknown."""
    known = table.get(code)
    return str(known) if known else words(code)


def human_time(value: datetime | str) -> str:
    """``2026-12-06T14:05:09Z`` → ``"6 December 2026, 14:05 UTC"`` (text that is no timestamp is kept)."""
    if isinstance(value, str):
        try:
            moment = parse_timestamp(value)
        except ValueError:
            return value
    else:
        moment = value.astimezone(UTC)
    return f"{moment.day} {moment:%B %Y, %H:%M} UTC"


def human_date(value: datetime | str) -> str:
    """``2026-12-06T14:05:09Z`` → ``"6 December 2026"``."""
    text = human_time(value)
    return text.split(",")[0] if text.endswith(" UTC") else text


def _no_space_script(char: str) -> bool:
    """Scripts written without spaces between words (CJK ideographs, kana, Thai…): any character boundary will do."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
        or 0x0E00 <= code <= 0x0EFF
        or 0x1000 <= code <= 0x109F
    )


def _joins_previous(char: str) -> bool:
    """A character that belongs to the one before it (combining mark, joiner, variation selector)."""
    return unicodedata.combining(char) > 0 or unicodedata.category(char) in ("Mn", "Me", "Cf") or char == "\u200d"


def _char_boundary(text: str, cut: int) -> int:
    while 0 < cut < len(text) and _joins_previous(text[cut]):
        cut -= 1
    return cut


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters (plus "…") at a word boundary, never inside a word.

    Text written without spaces (Chinese, Japanese) is cut at a character boundary (never inside a
    combining sequence); "…" marks every cut.
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = _char_boundary(text, limit)
    if text[cut].isspace() or _no_space_script(text[cut]) or _no_space_script(text[cut - 1]):
        head = text[:cut]
    else:
        space = max(text.rfind(" ", 0, cut + 1), text.rfind("\n", 0, cut + 1))
        head = text[:space] if space > 0 else text[:cut]  # one word longer than the limit: cut it
    return head.rstrip().rstrip(",;:-–—") + ELLIPSIS


def _word_char(char: str) -> bool:
    return not char.isspace() and not _no_space_script(char) and unicodedata.category(char)[0] in "LMN"


def excerpt(full: str, passage: str, limit: int = 600) -> str:
    """The ``passage`` of message ``full`` widened to whole words, with "…" where the message goes on.

    A passage the message does not contain is clipped on its own (:func:`clip`).
    """
    passage = passage.strip()
    start = full.find(passage) if passage else -1
    if start < 0:
        return clip(passage or full, limit)
    end = start + len(passage)
    while start > 0 and _word_char(full[start - 1]) and _word_char(full[start]):
        start -= 1
    while end < len(full) and _word_char(full[end]) and _word_char(full[end - 1]):
        end += 1
    start = _char_boundary(full, start)
    end = _char_boundary(full, end) if end < len(full) else end
    body = clip(full[start:end], limit)
    lead = ELLIPSIS if full[:start].strip() else ""
    tail = ELLIPSIS if full[end:].strip() and not body.endswith(ELLIPSIS) else ""
    return lead + body + tail
