"""The composition input: plain dataclasses, a builder from the contract's shapes, the filing metadata."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from arbitration_desk.documents.errors import DraftError
from arbitration_desk.domain.appeals import Appeal, AppealEffect, appeal_effect
from arbitration_desk.domain.deliberation import votes_open
from arbitration_desk.domain.enums import RulingCheck, VoteOutcome, is_known
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.phrases import phrase, phrase_of
from arbitration_desk.domain.rules import award_problems, tally
from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp

MAX_SUMMARY = 10_000
MAX_FINDINGS = 10_000
#: The language of the ruling's text; the platform's machine translations into it are shown.
RULING_LANGUAGE = "en"
COMMITTEE = "Arbitration Committee of the Marketplace"
RULES = "The marketplace's dispute resolution rules, as applied through the platform contract, version 1.1"


@dataclass(frozen=True)
class SignerInfo:
    """What the chair's certificate says, shown in the signature block (the signature itself comes later)."""

    name: str
    member_id: str
    serial: str
    issuer: str = ""
    #: SHA-256 fingerprint of the platform CA the certificate chains to (hex).
    ca_fingerprint: str = ""


@dataclass(frozen=True)
class Party:
    role: str
    display_name: str
    country: str = ""


@dataclass(frozen=True)
class OrderLine:
    sku: str
    title: str
    quantity: int
    unit_price: Money


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    actor: str
    kind: str
    note: str = ""


@dataclass(frozen=True)
class EvidenceRef:
    evidence_id: str
    title: str
    sha256: str
    submitted_by: str = ""


@dataclass(frozen=True)
class ChatQuote:
    message_id: str
    sender: str
    sent_at: str
    quote: str
    #: The platform's machine translation of the quoted message ("" when there is none or the quote is a passage).
    translation: str = ""


@dataclass(frozen=True)
class MemberVote:
    name: str
    outcome: str
    award: Money
    rationale: str
    member_id: str = ""


@dataclass(frozen=True)
class RulingDraft:
    """Everything the ruling PDF says; build it with :func:`draft_from_case` or by hand."""

    case_id: str
    case_reference: str
    parties: tuple[Party, ...]
    claim_type: str
    claim_description: str
    requested_remedy: str
    amount_claimed: Money
    order_id: str
    order_lines: tuple[OrderLine, ...]
    order_total: Money
    history: tuple[HistoryEntry, ...]
    evidence: tuple[EvidenceRef, ...]
    votes: tuple[MemberVote, ...]
    outcome: str
    award: Money
    summary: str
    chair_name: str
    chair_id: str
    decided_at: datetime
    chat: tuple[ChatQuote, ...] = field(default=())
    #: The findings of fact, written by the chair apart from the reasons ("" when there are none).
    findings: str = ""
    #: The platform's machine translation of the claim ("" when it has none).
    claim_translation: str = ""
    #: The seller's formal response ("" when the seller did not respond), when, and its machine translation.
    seller_response: str = ""
    seller_response_at: str = ""
    seller_response_translation: str = ""
    committee: str = COMMITTEE
    rules: str = RULES
    #: The chair's certificate, when known at compose time.
    signer: SignerInfo | None = None
    #: On an appeal case, the appeal it decides (the ruling appealed against, the grounds).
    appeal: Appeal | None = None

    @property
    def appeal_effect(self) -> AppealEffect | None:
        """Whether this ruling upholds or replaces the ruling appealed against (None at first instance)."""
        return None if self.appeal is None else appeal_effect(self.appeal, self.outcome, self.award)

    @property
    def vote_tally(self) -> dict[str, int]:
        return tally(vote.outcome for vote in self.votes)

    @property
    def decided_at_text(self) -> str:
        return format_timestamp(self.decided_at)


def check_draft(draft: RulingDraft) -> None:
    """The checks a filed ruling must pass that the client can run before composing.

    Raises:
        DraftError: with the failing contract check names in ``checks``.
    """
    if not is_known(VoteOutcome, draft.outcome):
        raise DraftError(
            phrase("Documents", "unknown outcome {outcome}", outcome=repr(draft.outcome)),
            [RulingCheck.AWARD_INVALID.value],
        )
    problems = award_problems(draft.outcome, draft.award, draft.amount_claimed)
    if problems:
        raise DraftError(
            phrase(
                "Documents",
                "the award {award} fails {checks} (claimed {claimed})",
                award=str(draft.award),
                checks=", ".join(problems),  # the contract's check names, not words
                claimed=str(draft.amount_claimed),
            ),
            [p.value for p in problems],
        )
    if not draft.votes:
        raise DraftError(phrase("Documents", "the ruling records no votes"), [RulingCheck.VOTES_INCOMPLETE.value])
    if not draft.summary.strip() or len(draft.summary) > MAX_SUMMARY:
        raise DraftError(phrase("Documents", "the summary must hold 1 to {most} characters", most=MAX_SUMMARY))
    if len(draft.findings) > MAX_FINDINGS:
        raise DraftError(phrase("Documents", "the findings must hold at most {most} characters", most=MAX_FINDINGS))
    if draft.decided_at.tzinfo is None:
        raise DraftError(phrase("Documents", "decided_at must be an aware datetime"))


def ruling_record(draft: RulingDraft) -> dict[str, Any]:
    """The machine-readable ruling embedded in the PDF: the filing metadata plus evidence hashes.

    An appeal ruling also names the ruling it decides on, by ID and SHA-256, and says whether it
    upholds or replaces it.
    """
    record: dict[str, Any] = {
        "case_id": draft.case_id,
        "case_reference": draft.case_reference,
        "chair_id": draft.chair_id,
        "outcome": draft.outcome,
        "award": draft.award.to_json(),
        "vote_tally": draft.vote_tally,
        "summary": draft.summary,
        "findings": draft.findings,
        "decided_at": draft.decided_at_text,
        "evidence": [{"evidence_id": e.evidence_id, "title": e.title, "sha256": e.sha256} for e in draft.evidence],
        "messages": [{"message_id": c.message_id, "sent_at": c.sent_at} for c in draft.chat],
    }
    if draft.appeal is not None and draft.appeal_effect is not None:
        record["appeal"] = {
            "of_case_id": draft.appeal.of_case_id,
            "of_reference": draft.appeal.of_reference,
            "ruling_id": draft.appeal.ruling_id,
            "document_sha256": draft.appeal.document_sha256,
            "effect": draft.appeal_effect.value,
        }
    return record


def filing_metadata(draft: RulingDraft, signed_pdf: bytes) -> dict[str, Any]:
    """The ``metadata`` part of ``POST /v1/cases/{id}/ruling`` for the FINAL signed bytes."""
    return {
        "outcome": draft.outcome,
        "award": draft.award.to_json(),
        "vote_tally": draft.vote_tally,
        "summary": draft.summary,
        "decided_at": draft.decided_at_text,
        "document_sha256": hashlib.sha256(signed_pdf).hexdigest(),
    }


def draft_from_case(
    case: Mapping[str, Any],
    board: Mapping[str, Any],
    *,
    outcome: str,
    award: Money,
    summary: str,
    decided_at: datetime,
    evidence_ids: Iterable[str] | None = None,
    chat: Iterable[ChatQuote] = (),
    findings: str = "",
    signer: SignerInfo | None = None,
) -> RulingDraft:
    """A draft from a case (``GET /v1/cases/{id}``) and its unsealed vote board.

    Args:
        evidence_ids: the evidence relied on (default: all of the case's evidence).
        findings: the chair's findings of fact (optional).
        signer: the chair's certificate, for the signature block (optional).

    Raises:
        DraftError: malformed case, sealed or incomplete votes, or a failing award check.
    """
    try:
        draft = _build(case, board, outcome, award, summary, decided_at, evidence_ids, tuple(chat))
        draft = replace(draft, findings=findings, signer=signer)
    except (KeyError, TypeError, ValueError, MoneyError) as exc:
        # ours (a malformed amount or timestamp): its phrase; else Python's, as written (KeyError('panel'))
        error = phrase_of(exc) or repr(exc)
        raise DraftError(phrase("Documents", "the case or vote board is malformed: {error}", error=error)) from None
    check_draft(draft)
    return draft


def _build(
    case: Mapping[str, Any],
    board: Mapping[str, Any],
    outcome: str,
    award: Money,
    summary: str,
    decided_at: datetime,
    evidence_ids: Iterable[str] | None,
    chat: tuple[ChatQuote, ...],
) -> RulingDraft:
    if not votes_open(sealed=board["sealed"], cast=board["cast"], quorum=board["quorum"]):
        raise DraftError(
            phrase(
                "Documents",
                "votes are incomplete ({cast} of {quorum})",
                cast=str(board["cast"]),
                quorum=str(board["quorum"]),
            ),
            [RulingCheck.VOTES_INCOMPLETE.value],
        )
    panel = case["panel"]
    names = {m["member_id"]: m["display_name"] for m in panel["members"]}
    chair_id = panel["chair_id"]
    votes = tuple(
        MemberVote(
            name=item.get("display_name") or names.get(item["member_id"], item["member_id"]),
            outcome=item["outcome"],
            award=Money.from_json(item["award"]),
            rationale=item["rationale"],
            member_id=item["member_id"],
        )
        for item in board["items"]
    )
    wanted = None if evidence_ids is None else set(evidence_ids)
    evidence = tuple(
        EvidenceRef(e["evidence_id"], e["title"], e["sha256"], e.get("submitted_by", ""))
        for e in case["evidence"]
        if wanted is None or e["evidence_id"] in wanted
    )
    if wanted is not None and len(evidence) != len(wanted):
        unknown = sorted(wanted - {e.evidence_id for e in evidence})
        raise DraftError(phrase("Documents", "unknown evidence: {ids}", ids=str(unknown)))
    claim, order = case["claim"], case["order"]
    response = case.get("seller_response") or {}
    for entry in case["history"]:
        parse_timestamp(entry["at"])
    return RulingDraft(
        case_id=case["id"],
        case_reference=case["reference"],
        parties=tuple(Party(p["role"], p["display_name"], p.get("country", "")) for p in case["parties"]),
        claim_type=claim["type"],
        claim_description=claim.get("description", ""),
        requested_remedy=claim.get("requested_remedy", ""),
        amount_claimed=Money.from_json(claim["amount_claimed"]),
        order_id=order["order_id"],
        order_lines=tuple(
            OrderLine(i["sku"], i["title"], int(i["quantity"]), Money.from_json(i["unit_price"]))
            for i in order["items"]
        ),
        order_total=Money.from_json(order["total"]),
        history=tuple(HistoryEntry(h["at"], h["actor"], h["kind"], h.get("note", "")) for h in case["history"]),
        evidence=evidence,
        votes=votes,
        outcome=outcome,
        award=award,
        summary=summary,
        chair_name=names.get(chair_id, chair_id),
        chair_id=chair_id,
        decided_at=decided_at,
        appeal=Appeal.from_case(case),
        chat=chat,
        claim_translation=translation_of(claim.get("description_translations")),
        seller_response=str(response.get("text", "")),
        seller_response_at=str(response.get("responded_at", "")),
        seller_response_translation=translation_of(response.get("text_translations")),
    )


def translation_of(translations: object, language: str = RULING_LANGUAGE) -> str:
    """The platform's machine translation into ``language`` (or a regional variant of it), else "".

    Messages carry ``translations`` (BCP 47 tag → text); contract 1.1 gives none for the claim or the
    seller's response, so those are read from ``description_translations`` / ``text_translations``
    when the platform sends them (the contract's pattern, as for an appeal's ``grounds_translations``).
    """
    if not isinstance(translations, Mapping):
        return ""
    for tag, text in translations.items():
        if isinstance(tag, str) and isinstance(text, str) and tag.lower().split("-")[0] == language and text.strip():
            return text
    return ""
