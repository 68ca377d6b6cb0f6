"""The panel side of a demo case: panel JSON, votes, shared annotations and the ruling."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from arbitration_desk.documents.compose import compose_ruling
from arbitration_desk.documents.draft import draft_from_case
from arbitration_desk.documents.labels import OUTCOMES as OUTCOME_LABELS
from arbitration_desk.documents.labels import label
from arbitration_desk.domain.money import CENT, Money
from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.sandbox.world_case import CaseContext, money, ts
from arbitration_desk.sandbox.world_rationales import OUTCOMES, case_facts, compose_rationale, first_sentence
from arbitration_desk.sandbox.world_text import ANNOTATION_BODIES
from arbitration_desk.sandbox.world_types import AnnotationSeed, MemberSeed, RulingSeed, VoteSeed


def panel_json(panel: tuple[MemberSeed, ...]) -> dict[str, Any]:
    return {
        "chair_id": panel[0].member_id,
        "members": [
            {"member_id": m.member_id, "display_name": m.display_name, "role": "chair" if k == 0 else "member"}
            for k, m in enumerate(panel)
        ],
    }


def _between(ctx: CaseContext, start: datetime, end: datetime) -> datetime:
    seconds = max(1, int((end - start).total_seconds()))
    return start + timedelta(seconds=ctx.rng.randrange(seconds))


def award_for(ctx: CaseContext, outcome: str) -> dict[str, str]:
    """The award (Money JSON) a vote or ruling with ``outcome`` gives on the case."""
    return money(_award(ctx, outcome), ctx.currency)


def _award(ctx: CaseContext, outcome: str) -> Decimal:
    if outcome == "favor_seller":
        return Decimal("0.00")
    if outcome == "split":
        return (ctx.amount_claimed * Decimal("0.5")).quantize(CENT)
    return ctx.amount_claimed


def votes_cast(index: int) -> int:
    """How many panel members have voted on an in-deliberation case (0 to 3, capped by the panel)."""
    return (index // 10 + index) % 4


def build_votes(ctx: CaseContext, panel: tuple[MemberSeed, ...], majority: str) -> list[VoteSeed]:
    """Votes for ``in_deliberation`` (some members) and ``decided`` (all, majority ``majority``).

    Each rationale is composed from the case's facts (its evidence must be on ``ctx.case``) and reads
    differently from the other votes on the case; the dissent of a decided case reads as one.
    """
    if ctx.status == "decided":
        voters = list(panel)
    elif ctx.status == "in_deliberation":
        voters = ctx.rng.sample(list(panel), min(len(panel), votes_cast(ctx.index)))
    else:
        return []
    assert ctx.panel_assigned is not None
    dissent = ctx.status == "decided" and ctx.index % 20 == 13
    facts = case_facts(ctx)
    used: set[str] = set()
    votes = []
    for number, member in enumerate(voters):
        outcome = majority
        dissenting = dissent and number == len(voters) - 1
        if ctx.status == "in_deliberation" or dissenting:
            outcome = ctx.rng.choice(tuple(o for o in OUTCOMES if o != majority or not dissent))
        cast = _between(ctx, ctx.panel_assigned + timedelta(hours=1), ctx.end - timedelta(hours=1))
        votes.append(
            VoteSeed(
                member_id=member.member_id,
                outcome=outcome,
                award=money(_award(ctx, outcome), ctx.currency),
                rationale=compose_rationale(facts, outcome, ctx.rng, dissent=dissenting, used=used),
                cast_at=ts(cast),
            )
        )
    return votes


def build_annotations(
    ctx: CaseContext,
    panel: tuple[MemberSeed, ...],
    messages: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
) -> list[AnnotationSeed]:
    """A few shared annotations on the case, an image (with a region) and a message (with a quote)."""
    rng = ctx.rng
    if ctx.panel_assigned is None:
        return []
    targets: list[dict[str, Any]] = [{"type": "case"}]
    images = [e for e in evidence if e["media_type"].startswith("image/")]
    if images:
        x, y = round(rng.uniform(0, 0.5), 3), round(rng.uniform(0, 0.5), 3)
        region = {"x": x, "y": y, "width": round(rng.uniform(0.1, 0.45), 3), "height": round(rng.uniform(0.1, 0.45), 3)}
        targets.append({"type": "evidence", "id": rng.choice(images)["evidence_id"], "region": region})
    texts = [m for m in messages[:200] if len(m["text"]) > 20]
    if texts:
        message = rng.choice(texts)
        start = rng.randrange(0, len(message["text"]) // 2)
        quote = message["text"][start : start + rng.randrange(8, 40)]
        targets.append({"type": "message", "id": message["message_id"], "quote": quote})
    annotations = []
    for target in rng.sample(targets, rng.randrange(1, len(targets) + 1)):
        created = _between(ctx, ctx.panel_assigned, ctx.end - timedelta(hours=2))
        updated = created if rng.random() < 0.6 else _between(ctx, created, ctx.end - timedelta(hours=1))
        annotations.append(
            AnnotationSeed(
                annotation_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                author_id=rng.choice(panel).member_id,
                target=target,
                body=rng.choice(ANNOTATION_BODIES),
                created_at=ts(created),
                updated_at=ts(max(created, updated)),
            )
        )
    return annotations


def build_ruling(
    ctx: CaseContext,
    votes: list[VoteSeed],
    majority: str,
    panel: tuple[MemberSeed, ...] = (),
    *,
    appeal_note: str = "",
) -> RulingSeed:
    """The ruling of a decided case, agreeing with the majority of ``votes``.

    With ``appeal_note`` (a sentence for the summary), it is an appeal ruling: its PDF is composed
    when the loader has completed the case's ``appeal`` object (``RulingSeed.compose``).
    """
    assert ctx.decided_at is not None
    award = award_for(ctx, majority)
    tally = {o: sum(1 for v in votes if v.outcome == o) for o in OUTCOMES}
    reason = next((first_sentence(v.rationale) for v in votes if v.outcome == majority), "")
    decision = "to split the claim" if majority == "split" else label(OUTCOME_LABELS, majority).lower()
    panel_name = "appeal panel" if appeal_note else "panel"
    decided = (
        f"The {panel_name} decided {decision} by {tally[majority]} of {len(votes)} votes "
        f"and awards {award['amount']} {award['currency']} to the buyer."
    )
    summary = " ".join(part for part in (decided, appeal_note, reason) if part).strip()
    decided_at = ts(ctx.decided_at)
    if appeal_note:

        def compose(case: dict[str, Any]) -> bytes:
            return ruling_pdf(ctx, majority, award, summary, decided_at, votes, panel, case=case)

        return RulingSeed(majority, award, summary, decided_at, pdf=b"", compose=compose)
    pdf = ruling_pdf(ctx, majority, award, summary, decided_at, votes, panel)
    return RulingSeed(outcome=majority, award=award, summary=summary, decided_at=decided_at, pdf=pdf)


def ruling_pdf(
    ctx: CaseContext,
    outcome: str,
    award: dict[str, str],
    summary: str,
    decided_at: str,
    votes: list[VoteSeed] | None = None,
    panel: tuple[MemberSeed, ...] = (),
    *,
    case: dict[str, Any] | None = None,
) -> bytes:
    """An unsigned ruling document, composed by the desk's own composer (invariant: same world, same bytes).

    The loader signs it as the chair (``pki_sign``); legal staff see one kind of record, seeded or filed.
    ``case`` replaces ``ctx.case`` (an appeal case with its completed ``appeal`` object).
    """
    names = {m.member_id: m.display_name for m in panel}
    cast = votes or []
    board = {
        "sealed": False,
        "cast": len(cast),
        "quorum": len(cast),
        "items": [
            {
                "member_id": v.member_id,
                "display_name": names.get(v.member_id, v.member_id),
                "outcome": v.outcome,
                "award": v.award,
                "rationale": v.rationale,
            }
            for v in cast
        ],
    }
    draft = draft_from_case(
        ctx.case if case is None else case,
        board,
        outcome=outcome,
        award=Money.from_json(award),
        summary=summary,
        decided_at=parse_timestamp(decided_at),
    )
    draft = replace(
        draft,
        claim_translation=ctx.claim_translation,
        seller_response_translation=ctx.response_translation,
    )
    return compose_ruling(draft, invariant=True)
