"""The sandbox's deterministic demo world: members and lazily generated cases.

``build_world(seed, cases, now=...)`` always yields the same cases for the same arguments; case ``i``
uses its own random generator, so it does not depend on how many cases follow it. The appeal
scenarios (``appeals``) follow the regular cases.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from arbitration_desk.sandbox.world_appeals import SCENARIOS, appeal_seeds
from arbitration_desk.sandbox.world_case import build_case
from arbitration_desk.sandbox.world_chat import build_messages
from arbitration_desk.sandbox.world_evidence import (
    EvidenceOptions,
    add_evidence_history,
    build_evidence,
    shared_listing_photo,
)
from arbitration_desk.sandbox.world_members import DEMO_PASSWORD, MEMBERS, OTP_SECRET, panel_for
from arbitration_desk.sandbox.world_panel import build_annotations, build_ruling, build_votes, panel_json
from arbitration_desk.sandbox.world_types import (
    AnnotationSeed,
    CaseSeed,
    EvidenceSeed,
    MemberSeed,
    RulingSeed,
    VoteSeed,
    World,
)

__all__ = [
    "DEMO_PASSWORD",
    "OTP_SECRET",
    "AnnotationSeed",
    "CaseSeed",
    "EvidenceSeed",
    "MemberSeed",
    "RulingSeed",
    "VoteSeed",
    "World",
    "WorldError",
    "build_world",
]

#: The two cases (by index) that share one evidence content (the stalling seller's listing photo).
SHARED_CONTENT_CASES = (1, 7)
#: Content size of the ``large_evidence`` items when ``evidence_kb`` is not given.
LARGE_EVIDENCE_KB = 32
_OUTCOMES = ("favor_buyer", "favor_buyer", "favor_seller", "split")


class WorldError(ValueError):
    """Arguments that cannot make a world."""


def build_world(
    seed: int = 1,
    cases: int = 40,
    *,
    now: datetime | None = None,
    messages_per_case: int | None = None,
    evidence_per_case: int | None = None,
    evidence_kb: int | None = None,
    large_chat: int = 0,
    large_evidence: int = 0,
    appeals: int = 0,
) -> World:
    """Describes a demo world; cases are generated lazily when ``World.cases()`` is iterated.

    Args:
        seed: selects the world; the same arguments give the same world.
        cases: number of cases.
        now: reference time for deadlines and the latest event (default: today 00:00 UTC).
        messages_per_case: exact message count per case (default: a realistic random amount).
        evidence_per_case: exact evidence count per case (default: realistic, by claim type).
        evidence_kb: approximate size of every evidence content in KiB (default: realistic by kind).
        large_chat: when positive, the first case gets exactly this many messages.
        large_evidence: when positive, the first case gets exactly this many evidence items
            (of ``evidence_kb`` KiB each, or ``LARGE_EVIDENCE_KB`` by default).
        appeals: number of appeal scenarios (0 to 3, see ``world_appeals``) after the ``cases``
            regular cases; each adds two cases, a decided case and the appeal case against it.

    Raises:
        WorldError: a negative count or size, ``appeals`` out of range, or a naive ``now``.
    """
    for name, value in (("cases", cases), ("large_chat", large_chat), ("large_evidence", large_evidence)):
        if value < 0:
            raise WorldError(f"{name} must not be negative, got {value}")
    for name, knob in (("messages_per_case", messages_per_case), ("evidence_per_case", evidence_per_case)):
        if knob is not None and knob < 0:
            raise WorldError(f"{name} must not be negative, got {knob}")
    if not 0 <= appeals <= len(SCENARIOS):
        raise WorldError(f"appeals must be between 0 and {len(SCENARIOS)}, got {appeals}")
    if evidence_kb is not None and evidence_kb < 1:
        raise WorldError(f"evidence_kb must be at least 1, got {evidence_kb}")
    if now is None:
        now = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    elif now.tzinfo is None:
        raise WorldError("now must be timezone-aware")
    settings = _Settings(
        seed=seed,
        now=now.astimezone(UTC).replace(microsecond=0),
        messages=messages_per_case,
        evidence=EvidenceOptions(count=evidence_per_case, size_kb=evidence_kb),
        large_chat=large_chat,
        large_evidence=large_evidence,
    )
    return World(members=MEMBERS, case_count=cases + 2 * appeals, cases=partial(_iterate, settings, cases, appeals))


@dataclass(frozen=True)
class _Settings:
    seed: int
    now: datetime
    messages: int | None
    evidence: EvidenceOptions
    large_chat: int
    large_evidence: int


def _iterate(settings: _Settings, count: int, appeals: int) -> Iterator[CaseSeed]:
    for index in range(count):
        yield _case_seed(settings, index)
    for number in range(appeals):  # references continue the regular cases' numbering
        number_at = 100 + count + 2 * number
        yield from appeal_seeds(settings.seed, number, settings.now, number_at, settings.messages, settings.evidence)


def _case_seed(settings: _Settings, index: int) -> CaseSeed:
    """Generates case ``index`` of a world (independent of the other cases)."""
    rng = random.Random(f"{settings.seed}:{index}")
    ctx = build_case(rng, settings.seed, index, settings.now, case_number=100 + index)
    panel = panel_for(index, ctx.status)
    ctx.case["panel"] = panel_json(panel)
    message_count = settings.messages if settings.messages is not None else rng.randrange(8, 60)
    if index == 0 and settings.large_chat > 0:
        message_count = settings.large_chat
    messages = build_messages(ctx, message_count)
    options = settings.evidence
    if index == 0 and settings.large_evidence > 0:
        # Many items: keep the one case's content in memory small unless a size was asked for.
        options = EvidenceOptions(count=settings.large_evidence, size_kb=options.size_kb or LARGE_EVIDENCE_KB)
    shared = None
    if settings.evidence.count is None and index in SHARED_CONTENT_CASES:
        shared = partial(shared_listing_photo, settings.seed)
    evidence = build_evidence(ctx, messages, options, shared)
    items = [item for item, _ in evidence]
    ctx.case["evidence"] = items
    add_evidence_history(ctx, items)
    majority = _OUTCOMES[rng.randrange(len(_OUTCOMES))]
    votes = build_votes(ctx, panel, majority)
    ruling = build_ruling(ctx, votes, majority, panel) if ctx.status == "decided" else None
    annotations = build_annotations(ctx, panel, messages, items)
    return CaseSeed(
        case=ctx.case,
        messages=messages,
        evidence=[EvidenceSeed(item, content) for item, content in evidence],
        votes=votes,
        annotations=annotations,
        ruling=ruling,
    )
