"""The demo world's appeal scenarios (contract 1.1): each is a decided case and the appeal case against it.

Scenario ``number`` follows the world's regular cases and uses random generators of its own, so it
depends on neither the regular cases (only its reference numbers continue theirs) nor the other
scenarios. The appeal case carries the first instance's evidence (same IDs, same content) and chat
log (same message IDs) and adds what the parties brought on appeal; its history repeats the first
instance's, then ``appeal_filed`` and ``appeal_admitted``. The first-instance case records
``appeal_filed``, ``appeal_admitted`` and, once the appeal is decided, ``appeal_decided`` too.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from arbitration_desk.sandbox.appeal_rules import (
    VALUE_THRESHOLD_USD,
    admission_note,
    appeal_object,
    decision_note,
    usd_value,
)
from arbitration_desk.sandbox.world_appeal_text import APPEAL_PHRASES
from arbitration_desk.sandbox.world_case import DAY, HOUR, CaseContext, CasePlan, Party, build_case, opaque, ts
from arbitration_desk.sandbox.world_chat import AGENT_NAME, build_messages
from arbitration_desk.sandbox.world_evidence import EvidenceOptions, add_evidence_history, appeal_item, build_evidence
from arbitration_desk.sandbox.world_members import BY_USERNAME
from arbitration_desk.sandbox.world_panel import award_for, build_annotations, build_ruling, build_votes, panel_json
from arbitration_desk.sandbox.world_rationales import OUTCOMES, case_facts, compose_rationale
from arbitration_desk.sandbox.world_types import CaseSeed, EvidenceSeed, MemberSeed, VoteSeed

#: Attempts at a first-instance case that fits its scenario (value, appellant's language).
_ATTEMPTS = 2000
_ADMISSION_TIME = timedelta(hours=20, minutes=25)
_ASSIGNMENT_TIME = timedelta(hours=3, minutes=10)


@dataclass(frozen=True)
class NewItem:
    """An evidence item a party adds on appeal (``kind`` as in ``world_evidence``: document, photo, ...)."""

    kind: str
    title: str
    description: str


@dataclass(frozen=True)
class Scenario:
    """One appeal scenario. Panels are usernames, chair first; times are before the world's ``now``."""

    index: int  # drives parties, order and flags like a case index (no regular case gets near it)
    claim_type: str
    value: str  # "high": at least 500.00 USD-equivalent; "low": below; "any"
    first_panel: tuple[str, ...]
    first_outcome: str
    decided_ago: timedelta
    appellant: str
    grounds: str  # an APPEAL_PHRASES intent
    filed_after: timedelta  # after the first ruling
    appeal_panel: tuple[str, ...]
    voters: tuple[str, ...]  # appeal panel members who have voted
    appellant_item: NewItem
    respondent_item: NewItem | None = None
    appeal_outcome: str | None = None  # set for a decided appeal
    appeal_decided_ago: timedelta | None = None
    dissenter: str | None = None


SCENARIOS: tuple[Scenario, ...] = (
    # 0: an open appeal the demo chair presides over; admitted on value.
    Scenario(
        index=99_990_000,
        claim_type="not_received",
        value="high",
        first_panel=("wchen", "fsilva", "oadeyemi"),
        first_outcome="favor_buyer",
        decided_ago=timedelta(days=9, hours=18, minutes=43),
        appellant="seller",
        grounds="g_delivered",
        filed_after=timedelta(days=3, hours=4, minutes=12),
        appeal_panel=("chair", "member1", "member2", "otpmember", "eivanova"),
        voters=("otpmember", "eivanova"),
        appellant_item=NewItem("document", "Signed delivery receipt", "Obtained from the carrier after the ruling."),
        respondent_item=NewItem("document", "Building manager's statement", "No parcel was left on the delivery day."),
    ),
    # 1: a decided appeal whose ruling replaces the first one.
    Scenario(
        index=99_990_002,
        claim_type="counterfeit",
        value="any",
        first_panel=("eivanova", "member1", "kalrashid"),
        first_outcome="favor_seller",
        decided_ago=timedelta(days=69, hours=20, minutes=5),
        appellant="buyer",
        grounds="g_counterfeit",
        filed_after=timedelta(days=6, hours=2, minutes=31),
        appeal_panel=("chair", "member2", "otpmember", "wchen", "fsilva"),
        voters=("chair", "member2", "otpmember", "wchen", "fsilva"),
        appellant_item=NewItem(
            "document", "Authentication report", "Report of an authorised dealer, after the ruling."
        ),
        appeal_outcome="favor_buyer",
        appeal_decided_ago=timedelta(days=34, hours=21, minutes=10),
        dissenter="otpmember",
    ),
    # 2: the demo chair's ruling under appeal; low value, admitted on the buyer's new evidence.
    Scenario(
        index=99_990_003,
        claim_type="damaged",
        value="low",
        first_panel=("chair", "member1", "member2"),
        first_outcome="favor_seller",
        decided_ago=timedelta(days=8, hours=19, minutes=26),
        appellant="buyer",
        grounds="g_damaged",
        filed_after=timedelta(days=2, hours=1, minutes=48),
        appeal_panel=("wchen", "fsilva", "oadeyemi", "eivanova", "kalrashid"),
        voters=("fsilva",),
        appellant_item=NewItem("document", "Transit damage assessment", "A repair shop's findings, after the ruling."),
    ),
)


def appeal_seeds(
    seed: int, number: int, now: datetime, case_number: int, messages: int | None, evidence: EvidenceOptions
) -> tuple[CaseSeed, CaseSeed]:
    """Scenario ``number``: the first-instance case (reference ``case_number``), then its appeal case."""
    scenario = SCENARIOS[number]
    first_id, appeal_id = scenario_case_ids(seed, number)
    ctx = _first_context(seed, number, scenario, now, case_number, first_id)
    first = _first_instance(ctx, scenario, messages, evidence)
    second = _appeal_case(ctx, scenario, first, appeal_id, case_number + 1, random.Random(f"{seed}:appeal:{number}:2"))
    return first, second


def scenario_case_ids(seed: int, number: int) -> tuple[str, str]:
    """(first-instance case ID, appeal case ID) of scenario ``number`` in the worlds of ``seed``."""
    return opaque("cs_", seed, "appeal-scenario", number, "first"), opaque(
        "cs_", seed, "appeal-scenario", number, "appeal"
    )


def _party(ctx: CaseContext, role: str) -> Party:
    return ctx.buyer if role == "buyer" else ctx.seller


def _other(role: str) -> str:
    return "seller" if role == "buyer" else "buyer"


def _members(usernames: tuple[str, ...]) -> tuple[MemberSeed, ...]:
    return tuple(BY_USERNAME[name] for name in usernames)


def _first_context(
    seed: int, number: int, scenario: Scenario, now: datetime, case_number: int, case_id: str
) -> CaseContext:
    """The first-instance case: the first draw whose value and appellant's language fit the scenario."""
    plan = CasePlan(case_id, scenario.claim_type, now - scenario.decided_ago)
    for attempt in range(_ATTEMPTS):
        rng = random.Random(f"{seed}:appeal:{number}:{attempt}")
        ctx = build_case(rng, seed, scenario.index, now, case_number, plan=plan)
        usd = usd_value(ctx.case["value"])
        assert usd is not None
        fits = {"high": usd >= VALUE_THRESHOLD_USD, "low": usd < VALUE_THRESHOLD_USD}.get(scenario.value, True)
        if fits and not _party(ctx, scenario.appellant).language.startswith("en"):
            return ctx
    raise RuntimeError(f"no first-instance case fits appeal scenario {number}")


def _first_instance(ctx: CaseContext, scenario: Scenario, messages: int | None, options: EvidenceOptions) -> CaseSeed:
    panel = _members(scenario.first_panel)
    ctx.case["panel"] = panel_json(panel)
    chat = build_messages(ctx, messages if messages is not None else ctx.rng.randrange(8, 60))
    built = build_evidence(ctx, chat, options)
    items = [item for item, _ in built]
    ctx.case["evidence"] = items
    add_evidence_history(ctx, items)
    votes = build_votes(ctx, panel, scenario.first_outcome)
    ruling = build_ruling(ctx, votes, scenario.first_outcome, panel)
    annotations = build_annotations(ctx, panel, chat, items)
    evidence = [EvidenceSeed(item, content) for item, content in built]
    return CaseSeed(
        case=ctx.case, messages=chat, evidence=evidence, votes=votes, annotations=annotations, ruling=ruling
    )


def _appeal_case(
    ctx: CaseContext, scenario: Scenario, first: CaseSeed, appeal_id: str, case_number: int, rng: random.Random
) -> CaseSeed:
    """The appeal case; adds the appeal events to ``first`` (which becomes ``under_appeal`` if still open)."""
    assert ctx.decided_at is not None and first.ruling is not None
    filed = ctx.decided_at + scenario.filed_after
    admitted = filed + _ADMISSION_TIME
    decided = None if scenario.appeal_decided_ago is None else ctx.now - scenario.appeal_decided_ago
    actx = replace(
        ctx,
        rng=rng,
        tag=appeal_id[3:],
        status="in_deliberation" if decided is None else "decided",
        escalated=admitted,
        end=decided or ctx.now - timedelta(minutes=1),
        panel_assigned=admitted + _ASSIGNMENT_TIME,
        decided_at=decided,
        case=copy.deepcopy(first.case),
    )
    case = actx.case
    due = (admitted + 30 * DAY).replace(hour=23, minute=59, second=59)
    reference = f"ARB-{admitted.year}-{case_number:06d}"
    case.update(id=appeal_id, reference=reference, status=actx.status, escalated_at=ts(admitted), ruling_due_at=ts(due))
    panel = _members(scenario.appeal_panel)
    case["panel"] = panel_json(panel)
    grounds, translations = _render(actx, scenario.grounds, _party(actx, scenario.appellant).language)
    terms = {"decided_at": first.ruling.decided_at, "outcome": first.ruling.outcome, "award": first.ruling.award}
    case["appeal"] = appeal_object(
        first.case,
        terms,
        first_panel_size=len(scenario.first_panel),
        appellant=scenario.appellant,
        grounds=grounds,
        translations=translations,
        filed_at=ts(filed),
    )
    added, new_evidence = _added_on_appeal(actx, scenario, filed, admitted)
    chat = copy.deepcopy(first.messages) + added
    evidence = [EvidenceSeed(copy.deepcopy(e.item), e.content) for e in first.evidence] + new_evidence
    case["evidence"] = [e.item for e in evidence]
    admitted_note = admission_note(case["value"], new_evidence=True)
    events = [
        {"at": ts(filed), "actor": scenario.appellant, "kind": "appeal_filed"},
        {"at": ts(admitted), "actor": "platform", "kind": "appeal_admitted", "note": admitted_note},
    ]
    case["history"] += [
        *copy.deepcopy(events),
        {"at": ts(admitted + _ASSIGNMENT_TIME), "actor": "platform", "kind": "panel_assigned"},
    ]
    add_evidence_history(actx, [e.item for e in new_evidence])  # those added after admission
    votes = _appeal_votes(actx, panel, scenario)
    ruling = None
    if decided is not None and scenario.appeal_outcome is not None:
        note = decision_note(terms, scenario.appeal_outcome, award_for(actx, scenario.appeal_outcome))
        ruling = build_ruling(actx, votes, scenario.appeal_outcome, panel, appeal_note=note)
        closing = {"at": ts(decided), "actor": "platform", "kind": "appeal_decided", "note": note}
        case["history"] += [{"at": ts(decided), "actor": "platform", "kind": "decided"}, closing]
        events.append(dict(closing))
    case["history"].sort(key=lambda event: event["at"])
    first.case["history"] += events
    first.case["status"] = "under_appeal" if decided is None else "decided"
    annotations = build_annotations(actx, panel, chat, case["evidence"])
    return CaseSeed(
        case=case,
        messages=chat,
        evidence=evidence,
        votes=votes,
        annotations=annotations,
        ruling=ruling,
        appeal_of=first.case["id"],
    )


def _render(ctx: CaseContext, intent: str, language: str) -> tuple[str, dict[str, str]]:
    """A phrase in ``language`` and its English machine translation (none for English)."""
    table, values = APPEAL_PHRASES[intent], {"order": ctx.order_id, "tracking": ctx.tracking}
    base = language.split("-")[0]
    text = table[base].format(**values)
    return text, ({} if base == "en" else {"en": table["en"].format(**values)})


def _message(
    ctx: CaseContext, number: int, role: str, channel: str, at: datetime, intent: str, party: Party
) -> dict[str, Any]:
    text, translations = _render(ctx, intent, party.language)
    return {
        "message_id": f"msg_{ctx.tag}{number:07d}",
        "channel": channel,
        "sender": {"role": role, "display_name": AGENT_NAME if role == "agent" else party.name},
        "sent_at": ts(at),
        "language": party.language,
        "text": text,
        "translations": translations,
        "attachments": [],
    }


def _added_on_appeal(
    ctx: CaseContext, scenario: Scenario, filed: datetime, admitted: datetime
) -> tuple[list[dict[str, Any]], list[EvidenceSeed]]:
    """Messages and evidence the parties add on appeal, all after ``filed`` (oldest first)."""
    appellant, respondent = scenario.appellant, _other(scenario.appellant)
    assert ctx.panel_assigned is not None
    channel = f"{appellant}_platform"
    grounds_at = filed + timedelta(minutes=6, seconds=ctx.rng.randrange(600))
    messages = [
        _message(ctx, 0, appellant, channel, grounds_at, "m_filed", _party(ctx, appellant)),
        _message(ctx, 1, "agent", channel, admitted + timedelta(minutes=12), "m_admitted", _party(ctx, appellant)),
    ]
    start, stop = ctx.panel_assigned + 2 * HOUR, ctx.end - 2 * HOUR
    reply_at = start + timedelta(seconds=ctx.rng.randrange(int((stop - start).total_seconds())))
    intent = "m_reply" if scenario.respondent_item is None else "m_reply_evidence"
    messages.append(_message(ctx, 2, respondent, f"{respondent}_platform", reply_at, intent, _party(ctx, respondent)))
    wanted = [(messages[0], scenario.appellant_item), (messages[2], scenario.respondent_item)]
    evidence: list[EvidenceSeed] = []
    for message, item in wanted:
        if item is not None:
            built = appeal_item(ctx, len(evidence), item.kind, item.title, item.description, message)
            evidence.append(EvidenceSeed(*built))
    return messages, evidence


def _appeal_votes(ctx: CaseContext, panel: tuple[MemberSeed, ...], scenario: Scenario) -> list[VoteSeed]:
    """The appeal panel's own votes (it never sees the first panel's): the scenario's voters only."""
    assert ctx.panel_assigned is not None and {m.username for m in panel} >= set(scenario.voters)
    rng, facts = ctx.rng, case_facts(ctx)
    used: set[str] = set()
    start, stop = ctx.panel_assigned + HOUR, ctx.end - HOUR
    votes = []
    for username in scenario.voters:
        dissent = username == scenario.dissenter
        if scenario.appeal_outcome is None:
            outcome = rng.choice(OUTCOMES)
        elif dissent:
            outcome = rng.choice([o for o in OUTCOMES if o != scenario.appeal_outcome])
        else:
            outcome = scenario.appeal_outcome
        cast = start + timedelta(seconds=rng.randrange(int((stop - start).total_seconds())))
        rationale = compose_rationale(facts, outcome, rng, dissent=dissent, used=used)
        votes.append(VoteSeed(BY_USERNAME[username].member_id, outcome, award_for(ctx, outcome), rationale, ts(cast)))
    return votes
