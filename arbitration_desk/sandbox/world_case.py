"""The skeleton of one demo case: status, timeline, parties, order, claim, history and panel."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from arbitration_desk.domain.money import CENT
from arbitration_desk.domain.timeutil import format_timestamp
from arbitration_desk.sandbox.world_text import (
    BUYER_COUNTRIES,
    CARRIERS,
    COUNTRIES,
    PHRASES,
    PRODUCTS,
    SELLER_COUNTRIES,
    SELLER_LINES,
    Country,
)

CLAIM_TYPES = ("not_received", "not_as_described", "counterfeit", "damaged", "wrong_item", "partial_delivery", "other")
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


def opaque(prefix: str, *parts: object) -> str:
    """A stable opaque identifier: ``prefix`` and 12 base-32 characters hashed from ``parts``."""
    digest = hashlib.sha256(":".join(map(str, parts)).encode()).digest()
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    number = int.from_bytes(digest[:8], "big")
    return prefix + "".join(alphabet[(number >> (5 * k)) & 31] for k in range(12))


def ts(moment: datetime) -> str:
    return format_timestamp(moment)


def money(amount: Decimal, currency: str) -> dict[str, str]:
    return {"amount": f"{amount.quantize(CENT):f}", "currency": currency}


@dataclass
class Party:
    """A party and the language helpers the chat needs."""

    json: dict[str, Any]
    country: Country
    latin_name: str

    @property
    def name(self) -> str:
        return str(self.json["display_name"])

    @property
    def language(self) -> str:
        return str(self.json["language"])


@dataclass
class CaseContext:
    """Everything later generators need to know about a case being built."""

    index: int
    rng: random.Random
    tag: str
    status: str
    claim_type: str
    now: datetime
    opened: datetime
    escalated: datetime
    end: datetime  # no event of the case happens after this
    panel_assigned: datetime | None
    decided_at: datetime | None
    buyer: Party
    seller: Party
    currency: str
    amount_claimed: Decimal
    tracking: str
    order_id: str
    stalling: bool
    hostile: bool
    case: dict[str, Any] = field(default_factory=dict)
    #: The platform's machine translations (into English) of the claim and of the seller's response, for
    #: the seeded ruling's PDF ("" when the text is in English already or there is no response).
    claim_translation: str = ""
    response_translation: str = ""


def _recurring(seed: int, role: str) -> tuple[str, str, str]:
    """(party_id, country code, display name) of the serial complainant or the stalling seller."""
    if role == "buyer":
        return opaque("pt_", seed, "serial-buyer"), "RU", "Дмитрий К."
    return opaque("pt_", seed, "stalling-seller"), "CN", "Bright Harbor Electronics"


def _party(rng: random.Random, seed: int, index: int, role: str, recurring: bool, escalated: datetime) -> Party:
    if recurring:
        party_id, code, name = _recurring(seed, role)
        since = "2018-03-14" if role == "buyer" else "2020-11-03"
    else:
        code = rng.choice(BUYER_COUNTRIES if role == "buyer" else SELLER_COUNTRIES)
        country = COUNTRIES[code]
        name = rng.choice(country.people if role == "buyer" else country.shops)
        party_id = opaque("pt_", seed, index, role)
        joined = escalated - timedelta(days=rng.randrange(40, 3600))
        since = joined.date().isoformat()
    stats = {"disputes_opened": 0, "disputes_against": 0, "rulings_won": 0, "rulings_lost": 0, "late_responses": 0}
    if recurring and role == "buyer":
        stats.update(disputes_opened=17 + index % 9, rulings_won=3, rulings_lost=8 + index % 4, late_responses=1)
    elif recurring:
        stats.update(disputes_against=41 + index % 11, rulings_won=4, rulings_lost=12 + index % 5)
        stats["late_responses"] = 14 + index % 6
    elif role == "buyer":
        stats.update(disputes_opened=rng.choice((0, 1, 1, 1, 2)), rulings_won=rng.choice((0, 0, 1)))
    else:
        stats.update(disputes_against=rng.randrange(0, 9), rulings_won=rng.randrange(0, 3))
        stats.update(rulings_lost=rng.randrange(0, 2), late_responses=rng.choice((0, 0, 0, 1)))
    country = COUNTRIES[code]
    latin_name = name if name.isascii() else f"{role.title()} {party_id[-4:]}"
    data = {
        "party_id": party_id,
        "role": role,
        "display_name": name,
        "country": code,
        "language": country.language,
        "member_since": since,
        "stats_12m": stats,
    }
    return Party(data, country, latin_name)


def status_for(index: int) -> str:
    """The fixed status plan: most cases in deliberation, a few decided, awaiting or withdrawn."""
    if index % 10 == 3:
        return "decided"
    if index % 20 == 17:
        return "withdrawn"
    if index % 10 == 6 or index % 20 == 9:
        return "awaiting_panel"
    return "in_deliberation"


@dataclass(frozen=True)
class CasePlan:
    """A decided case outside the regular plan (an appeal scenario's first instance): its ID, claim and
    decision time; ``index`` still drives the rest (parties, order, flags)."""

    case_id: str
    claim_type: str
    decided_at: datetime


def _timeline(rng: random.Random, index: int, status: str, now: datetime) -> dict[str, datetime]:
    def days(low: float, high: float) -> timedelta:
        return _days(rng, low, high)

    marks: dict[str, datetime] = {}
    if status == "decided":
        marks["escalated"] = now - days(40, 90)
        marks["due"] = marks["escalated"] + 30 * DAY
        marks["end"] = marks["escalated"] + days(12, 25)
    elif status == "withdrawn":
        marks["escalated"] = now - days(10, 40)
        marks["due"] = marks["escalated"] + 30 * DAY
        marks["end"] = marks["escalated"] + days(1, 8)
    elif status == "awaiting_panel":
        marks["escalated"] = now - days(0.3, 3)
        marks["due"] = marks["escalated"] + 30 * DAY
    elif index % 9 == 2:  # overdue
        marks["escalated"] = now - days(33, 45)
        marks["due"] = now - days(0.25, 5)
    elif index % 9 == 5:  # due within 48 hours
        marks["escalated"] = now - days(26, 29)
        marks["due"] = now + days(0.125, 1.95)
    else:
        marks["escalated"] = now - days(2, 20)
        marks["due"] = marks["escalated"] + 30 * DAY
    marks.setdefault("end", now - timedelta(minutes=1))
    return _opening(rng, marks)


def _days(rng: random.Random, low: float, high: float) -> timedelta:
    return timedelta(seconds=int(rng.uniform(low, high) * 86400))


def _opening(rng: random.Random, marks: dict[str, datetime]) -> dict[str, datetime]:
    """Adds the dispute's opening and the order's placing before escalation; the due time ends its day."""
    marks["opened"] = marks["escalated"] - _days(rng, 14, 25)
    marks["placed"] = marks["opened"] - _days(rng, 20, 45)
    marks["due"] = marks["due"].replace(hour=23, minute=59, second=59)
    return marks


def _planned_timeline(rng: random.Random, decided_at: datetime) -> dict[str, datetime]:
    """A decided case's timeline ending at ``decided_at`` (escalated 12 to 25 days before)."""
    escalated = decided_at - _days(rng, 12, 25)
    return _opening(rng, {"escalated": escalated, "due": escalated + 30 * DAY, "end": decided_at})


def _order(rng: random.Random, ctx_id: str, index: int, currency: str, per_usd: Decimal) -> list[dict[str, Any]]:
    items = []
    for product in rng.sample(PRODUCTS, rng.choice((1, 1, 1, 2, 2, 3))):
        price = (Decimal(product.usd) * per_usd * Decimal(rng.uniform(0.85, 1.15))).quantize(Decimal(1))
        unit = max(Decimal("1.00"), price - Decimal(rng.choice(("0", "0.10", "0.01"))))
        items.append(
            {
                "sku": f"{ctx_id[-3:]}-{product.sku}",
                "title": product.title,
                "quantity": rng.choice((1, 1, 1, 2)),
                "unit_price": money(unit, currency),
            }
        )
    return items


def _shipping(
    rng: random.Random, claim_type: str, marks: dict[str, datetime], buyer: Party, seller: Party, index: int
) -> dict[str, Any]:
    shipped = marks["placed"] + timedelta(hours=rng.randrange(20, 96))
    origin = rng.choice(seller.country.cities)
    city = rng.choice(buyer.country.cities)
    events = [
        {
            "at": ts(shipped - timedelta(hours=6)),
            "status": "info_received",
            "description": "Shipment information received",
        },
        {"at": ts(shipped), "location": origin, "status": "in_transit", "description": "Accepted at origin facility"},
    ]
    moment = shipped + timedelta(hours=rng.randrange(30, 60))
    events.append({"at": ts(moment), "location": origin, "status": "in_transit", "description": "Departed export hub"})
    if buyer.country.code != seller.country.code:
        moment += timedelta(hours=rng.randrange(48, 120))
        events.append({"at": ts(moment), "location": city, "status": "customs", "description": "Cleared customs"})
    tracking = f"EX{rng.randrange(10**8, 10**9)}{seller.country.code}"
    shipping: dict[str, Any] = {
        "carrier": rng.choice(CARRIERS),
        "tracking_number": tracking,
        "shipped_at": ts(shipped),
        "destination_country": buyer.country.code,
    }
    lost = claim_type == "not_received" and index % 3 == 1
    if lost:
        moment += timedelta(hours=rng.randrange(24, 72))
        events.append(
            {"at": ts(moment), "location": city, "status": "delivery_failed", "description": "Address not found"}
        )
        moment += timedelta(hours=rng.randrange(24, 72))
        events.append({"at": ts(moment), "status": "other", "description": "Held at depot, awaiting instructions"})
    else:
        moment += timedelta(hours=rng.randrange(20, 60))
        events.append(
            {"at": ts(moment), "location": city, "status": "out_for_delivery", "description": "Out for delivery"}
        )
        moment += timedelta(minutes=rng.randrange(30, 400))
        note = "Delivered to mailbox" if claim_type == "not_received" else "Delivered, signed by recipient"
        events.append({"at": ts(moment), "location": city, "status": "delivered", "description": note})
        shipping["delivered_at"] = ts(moment)
    shipping["events"] = events
    return shipping


def build_case(
    rng: random.Random, seed: int, index: int, now: datetime, case_number: int, *, plan: CasePlan | None = None
) -> CaseContext:
    """Builds the case JSON except evidence and panel, and the context for the other generators.

    With ``plan``, the case is decided at ``plan.decided_at`` with the planned ID and claim type.
    """
    if plan is None:
        status = status_for(index)
        claim_type = CLAIM_TYPES[(index * 3 + index // 7) % len(CLAIM_TYPES)]
        marks = _timeline(rng, index, status, now)
    else:
        status, claim_type = "decided", plan.claim_type
        marks = _planned_timeline(rng, plan.decided_at)
    buyer = _party(rng, seed, index, "buyer", index % 9 == 4, marks["escalated"])
    stalling = index % 6 == 1
    seller = _party(rng, seed, index, "seller", stalling, marks["escalated"])
    case_id = opaque("cs_", seed, index) if plan is None else plan.case_id
    currency = buyer.country.currency
    items = _order(rng, case_id, index, currency, Decimal(buyer.country.per_usd))
    total = sum((Decimal(i["unit_price"]["amount"]) * i["quantity"] for i in items), Decimal(0))
    remedy, claimed = _remedy(rng, claim_type, items, total)
    shipping = _shipping(rng, claim_type, marks, buyer, seller, index)
    order_id = f"or_{10**8 + (index * 7919 + seed * 104729) % 10**8}"
    paid = marks["placed"] + timedelta(seconds=rng.randrange(20, 400))
    order = {
        "order_id": order_id,
        "placed_at": ts(marks["placed"]),
        "items": items,
        "total": money(total, currency),
        "payment": {
            "method": rng.choice(("card", "card", "wallet", "bank_transfer", "cash_on_delivery")),
            "paid_at": ts(paid),
        },
        "shipping": shipping,
    }
    lang = buyer.language.split("-")[0]
    opening = {
        "not_received": "b_not_received",
        "not_as_described": "b_not_as_described",
        "counterfeit": "b_counterfeit",
        "damaged": "b_damaged",
        "wrong_item": "b_wrong_item",
        "partial_delivery": "b_partial",
        "other": "b_waiting",
    }[claim_type]
    description = PHRASES[opening][lang].format(order=order_id) + " " + PHRASES["b_refund"][lang]
    english = PHRASES[opening]["en"].format(order=order_id) + " " + PHRASES["b_refund"]["en"]
    ctx = CaseContext(
        index=index,
        rng=rng,
        tag=case_id[3:],
        status=status,
        claim_type=claim_type,
        now=now,
        opened=marks["opened"],
        escalated=marks["escalated"],
        end=marks["end"],
        panel_assigned=None,
        decided_at=marks["end"] if status == "decided" else None,
        buyer=buyer,
        seller=seller,
        currency=currency,
        amount_claimed=claimed,
        tracking=shipping["tracking_number"],
        order_id=order_id,
        stalling=stalling,
        hostile=index % 13 == 5,
    )
    if status != "awaiting_panel":
        ctx.panel_assigned = marks["escalated"] + timedelta(hours=rng.randrange(2, 20))
    ctx.case = {
        "id": case_id,
        "reference": f"ARB-{marks['escalated'].year}-{case_number:06d}",
        "status": status,
        "value": money(claimed, currency),
        "claim_type": claim_type,
        "opened_at": ts(marks["opened"]),
        "escalated_at": ts(marks["escalated"]),
        "ruling_due_at": ts(marks["due"]),
        "parties": [buyer.json, seller.json],
        "order": order,
        "claim": {
            "type": claim_type,
            "description": description,
            "requested_remedy": remedy,
            "amount_claimed": money(claimed, currency),
            "opened_at": ts(marks["opened"]),
        },
    }
    ctx.claim_translation = english if lang != "en" else ""
    _history(ctx, marks)
    return ctx


def _remedy(rng: random.Random, claim_type: str, items: list[dict[str, Any]], total: Decimal) -> tuple[str, Decimal]:
    if claim_type == "partial_delivery":
        missing = Decimal(items[-1]["unit_price"]["amount"])
        return "partial_refund", min(total, missing)
    if claim_type in ("damaged", "not_as_described") and rng.random() < 0.4:
        return "partial_refund", (total * Decimal(rng.choice(("0.3", "0.5", "0.6")))).quantize(CENT)
    if claim_type in ("wrong_item", "counterfeit") and rng.random() < 0.5:
        return "return_and_refund", total
    if claim_type == "other":
        return rng.choice(("replacement", "full_refund")), total
    return "full_refund", total


def _history(ctx: CaseContext, marks: dict[str, datetime]) -> None:
    rng, opened, escalated = ctx.rng, ctx.opened, ctx.escalated
    events: list[dict[str, Any]] = [{"at": ts(opened), "actor": "buyer", "kind": "opened"}]
    response_delay = timedelta(hours=rng.randrange(100, 200) if ctx.stalling else rng.randrange(3, 60))
    responded = opened + response_delay
    if not (ctx.stalling and ctx.index % 4 == 1):
        note = "Seller replied after the deadline." if ctx.stalling else "Seller disputes the claim."
        events.append({"at": ts(responded), "actor": "seller", "kind": "seller_responded", "note": note})
        lang = ctx.seller.language.split("-")[0]
        line = PHRASES[SELLER_LINES[1 if ctx.claim_type == "not_received" else 4]][lang]
        ctx.case["seller_response"] = {
            "text": line.format(order=ctx.order_id, tracking=ctx.tracking),
            "responded_at": ts(responded),
        }
        english = PHRASES[SELLER_LINES[1 if ctx.claim_type == "not_received" else 4]]["en"]
        ctx.response_translation = english.format(order=ctx.order_id, tracking=ctx.tracking) if lang != "en" else ""
    else:
        events.append(
            {
                "at": ts(opened + 3 * DAY),
                "actor": "platform",
                "kind": "other",
                "note": "Seller missed the response deadline.",
            }
        )
    negotiation_end = opened + 7 * DAY + timedelta(minutes=rng.randrange(0, 600))
    events.append({"at": ts(negotiation_end), "actor": "platform", "kind": "negotiation_failed"})
    if rng.random() < 0.8:
        started = negotiation_end + timedelta(hours=rng.randrange(4, 30))
        failed = escalated - timedelta(hours=rng.randrange(4, 48))
        notes = ("Seller declined a 50% refund.", "Buyer rejected the partial refund offer.", "No agreement reached.")
        events.append({"at": ts(started), "actor": "mediator", "kind": "mediation_started"})
        events.append({"at": ts(failed), "actor": "mediator", "kind": "mediation_failed", "note": rng.choice(notes)})
    events.append({"at": ts(escalated), "actor": "platform", "kind": "escalated"})
    if ctx.panel_assigned is not None:
        events.append({"at": ts(ctx.panel_assigned), "actor": "platform", "kind": "panel_assigned"})
        extended = ctx.panel_assigned + 5 * DAY
        if ctx.index % 7 == 4 and extended < ctx.end:
            events.append(
                {"at": ts(extended), "actor": "platform", "kind": "deadline_extended", "note": "Panel request."}
            )
    if ctx.status == "withdrawn":
        events.append({"at": ts(ctx.end), "actor": "buyer", "kind": "withdrawn", "note": "Buyer withdrew the claim."})
    elif ctx.status == "decided":
        events.append({"at": ts(ctx.end), "actor": "platform", "kind": "decided"})
    ctx.case["history"] = events
