"""Rationales of the demo world's votes: a few sentences that fit the case, the outcome and the voter.

A rationale is composed from the case's facts (claim type, tracking, the seller's response, the evidence
on file, amounts): one or two findings on the claim's matter, sometimes a remark on the parties' conduct,
and the remedy; a dissent says so first. Templates carry the facts they need as ``[flag flag]``
prefixes (``!flag`` when a fact must be absent), so that no vote cites evidence the case does not have.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal

from arbitration_desk.domain.money import CENT
from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.sandbox.world_case import CaseContext
from arbitration_desk.sandbox.world_scenes import day_label, listed_material

OUTCOMES = ("favor_buyer", "favor_seller", "split")

_FINDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "not_received": {
        "favor_buyer": (
            "[failed] The carrier's own history ends with a failed delivery attempt in {city} and the parcel "
            "held at the depot: it never reached the buyer.",
            "[delivered mailbox] A scan saying 'delivered to mailbox' is not proof that the buyer received the goods, "
            "and the buyer reported the non-receipt within days.",
            "[delivered] The tracking for {tracking} shows a delivery on {delivered_on}, but the scan carries no "
            "signature and no photo that ties it to the buyer's address.",
            "The seller has not produced a proof of delivery to the buyer's address, and the burden of proving "
            "delivery rests with the seller.",
            "[courier_photo] The courier's photo shows a parcel at a door, but nothing in it identifies the "
            "buyer's building, and the label cannot be read.",
            "[mailbox_photo] The buyer's photo of the building's mailboxes is consistent with an account of "
            "shared, unlocked boxes where a parcel of this size would not fit.",
            "The seller chose a service without signature on delivery for an order of {total}; it bears the "
            "risk of that choice.",
        ),
        "favor_seller": (
            "[delivered] The carrier confirms delivery of {tracking} in {city} on {delivered_on}, and the "
            "address on the label matches the order.",
            "[courier_photo] The courier's delivery photo shows the parcel, with its label, left at the "
            "buyer's door at the recorded time.",
            "[delivered pod] The proof of delivery from {carrier} is specific: time, place and the delivery "
            "scan of this tracking number.",
            "[failed] The delivery failed because the address was not found; the address was the buyer's to "
            "give, and the parcel is still at the depot to be collected.",
            "The seller shipped on time with a tracked service; what happened to the parcel after the "
            "delivery scan is not something the seller can answer for.",
            "[delivered] Nothing in the file suggests a misdelivery: no neighbour's address, no complaint to "
            "the carrier, no police report.",
        ),
        "split": (
            "[delivered] Delivery is recorded, but the evidence of where the parcel was actually left is "
            "thin on both sides.",
            "[delivered] Neither the carrier's scan nor the buyer's account settles whether the parcel "
            "reached the buyer or a neighbour in the same building.",
            "[failed] The failed delivery is partly down to an incomplete address and partly to the "
            "carrier, which made a single attempt.",
            "The seller shipped correctly but without a signature on delivery for an order of {total}, while "
            "the buyer did not follow up with the carrier; the loss should be shared.",
            "[mailbox_photo] The buyer's mailbox photo makes a theft from the building plausible, which is a "
            "risk neither party controlled.",
        ),
    },
    "not_as_described": {
        "favor_buyer": (
            "[item_photo] The buyer's photo shows the {item} in a colour and finish that visibly differ from the "
            "listing photo.",
            "[listing_shot] The listing screenshot promises {material}; the item received is plainly not "
            "that, and the seller does not say otherwise.",
            "A difference in material is not a matter of taste: it goes to what the buyer paid for.",
            "The seller has not disputed the buyer's photographs and offered no evidence that the item "
            "matched its own description.",
            "[listing_photo] The seller's listing photo and the item received are visibly not the same product finish.",
        ),
        "favor_seller": (
            "The listing describes the {item} accurately; the differences the buyer points to are within the "
            "normal variation of colour between a screen and daylight.",
            "The complaint concerns the buyer's preference rather than a misdescription or a defect.",
            "[listing_shot] Read as a whole, the listing screenshot matches the item in the buyer's own "
            "photo, including the material stated.",
            "[item_photo] The buyer's photo shows the advertised {item}; I see no feature that contradicts "
            "the description.",
            "A buyer who changed their mind has the return policy, not a claim for misdescription.",
        ),
        "split": (
            "The only difference from the listing is the colour of the {item}; the buyer can use the item and "
            "keep it at a reduced price.",
            "The difference from the description is real but minor, and a partial refund reflects the loss of "
            "value better than a full one.",
            "[listing_shot] The listing overstated the finish ({material}), but the item is otherwise as described.",
            "Both the listing's wording and the buyer's expectations were loose; the fair answer sits between "
            "the two positions.",
        ),
    },
    "counterfeit": {
        "favor_buyer": (
            "[serial_photo] The serial number on the label in the buyer's photo follows no format the brand "
            "uses, and the seller could not show it is genuine.",
            "[stitching_photo] The close-up shows uneven stitching and a brand tag whose print does not match "
            "a genuine product.",
            "[logo_photo] The close-up shows a blurred logo print and a misspelt brand name on the casing, which "
            "a genuine product would not have.",
            "[invoice] The distributor invoice lists no serial numbers, so it cannot tie this unit to an "
            "authorised source.",
            "Once the buyer raised a credible doubt about authenticity, it was for the seller to show the "
            "item is genuine, and it has not done so.",
            "The price paid, {total}, is low for the authentic {item} sold through authorised channels, "
            "which supports the counterfeit finding.",
            "[!invoice] The seller asserts the goods are original but has produced nothing on the source of "
            "this unit: no invoice, no serial check.",
        ),
        "favor_seller": (
            "[invoice] The distributor invoice covers this model and quantity and predates the sale; that is "
            "adequate proof that the goods are genuine.",
            "The buyer's only evidence is that a serial number could not be found on a website, which is not "
            "a finding by the brand that the item is counterfeit.",
            "[serial_photo] Nothing in the serial label photo departs from the genuine product's label as far "
            "as the panel can verify.",
            "Authenticity has not been disproved, and an allegation of counterfeit needs more than a suspicion.",
            "[listing_shot] The listing did not claim an authorised-dealer warranty, and the item matches the "
            "brand's published specification.",
        ),
        "split": (
            "Authenticity cannot be established either way on this file: the serial label is doubtful, the "
            "invoice plausible.",
            "The evidence on the authenticity of the {item} is inconclusive, and neither account is clearly "
            "more credible.",
            "[invoice] The invoice shows a genuine source for the model, but not that this unit came from it; "
            "the authenticity question stays open.",
            "Without an expert report on authenticity, neither party has carried its point.",
        ),
    },
    "damaged": {
        "favor_buyer": (
            "[crushed_photo item_photo] The photos show both the crushed box and the broken {item}; the damage "
            "is consistent with rough handling in transit.",
            "Goods travel at the seller's risk until delivery, and the buyer reported the damage on arrival.",
            "[packing_photo] The seller's own packing photo shows too little padding around the {item}.",
            "[estimate] The repair estimate confirms the damage and shows that repair would cost most of the "
            "item's price.",
            "[crushed_photo] The crushed corner of the box lines up with the damaged side of the item.",
            "[video] The unboxing video shows the damaged item coming out of the box as delivered.",
        ),
        "favor_seller": (
            "[packing_photo] The seller's packing photo shows the {item} well protected, and the box in the "
            "buyer's photo is only scuffed.",
            "The damage in the photos is not consistent with transit: the packaging is intact where the item "
            "is broken.",
            "[signed] The buyer signed for the parcel without noting any damage and reported it only later.",
            "[!video] Without an unboxing record, nothing shows the damage was present when the parcel was "
            "opened rather than caused afterwards.",
            "The seller packed to the standard the listing describes; a claim for transit damage lies against "
            "the carrier.",
        ),
        "split": (
            "The parcel was damaged in transit, but the damage to the {item} is cosmetic, not functional.",
            "[packing_photo] Packing was adequate but not generous for a fragile item, and the damage is partial.",
            "[estimate] The repair estimate is credible, but it covers a repair the buyer has not shown to be "
            "needed in full.",
            "Transit damage is likely, yet the buyer's delay in reporting it makes the extent hard to judge.",
        ),
    },
    "wrong_item": {
        "favor_buyer": (
            "[item_photo] The buyer's photo shows a different product from the {item} in the order.",
            "The seller does not deny sending a different item and has not offered to send the right one.",
            "[return_receipt] The buyer has already sent the item back, as the postage receipt shows.",
            "[order_shot] The order page lists the {item}; what arrived is something else, whatever the "
            "reason for the mix-up.",
            "A wrong item is a failure to deliver the goods sold, and the buyer is entitled to a refund.",
        ),
        "favor_seller": (
            "The item received is the one listed under the ordered SKU; the buyer appears to have chosen the "
            "wrong variant.",
            "The seller offered an exchange, which is the remedy the policy provides for a wrong variant, and "
            "the buyer refused it.",
            "[item_photo] The buyer's photo does not show the product label, so it does not establish that a "
            "different item was sent.",
            "[!return_receipt] The buyer has not returned the item, and a refund while keeping it would "
            "overcompensate.",
        ),
        "split": (
            "A different item was sent, but it is of similar value and the buyer has kept and used it.",
            "The mix-up is the seller's, but the buyer refused a reasonable exchange; the loss should be shared.",
            "[return_receipt] The buyer returned the item, but by a slower and costlier route than the one "
            "the seller offered.",
        ),
    },
    "partial_delivery": {
        "favor_buyer": (
            "[weight_record] The shipment weight recorded by the carrier is lower than the full order should "
            "weigh, which supports the buyer's account that the {missing} never arrived.",
            "[item_photo] The photo of the opened parcel shows only part of the order.",
            "The seller produced no packing list or photo showing the {missing} in the box.",
            "The buyer reported the missing {missing} the day the parcel arrived, which is credible.",
        ),
        "favor_seller": (
            "[weight_record] The shipment weight matches the complete order, which makes the missing-item "
            "claim unlikely.",
            "The box arrived sealed and undamaged, and the seller's packing record lists every item, including "
            "the {missing}.",
            "[signed] The buyer signed for the parcel without any note of a missing item.",
            "Nothing suggests the parcel was opened in transit, and the seller's account of the packing is consistent.",
        ),
        "split": (
            "Whether the seller packed the {missing} cannot be settled on this file; sharing its value is "
            "the fair result.",
            "[weight_record] The recorded weight is ambiguous: it fits the full order and a partial one "
            "within the scale's tolerance.",
            "Part of the order is confirmed delivered; the doubt concerns only the {missing}, and both "
            "parties had a hand in it.",
        ),
    },
    "other": {
        "favor_buyer": (
            "[silent] The seller never answered the claim and did not engage with the platform's mediator.",
            "[late] The seller left the buyer's messages unanswered for over a week and answered only after "
            "the deadline.",
            "The buyer's request is reasonable and the seller offered no alternative to it.",
            "The order was not fulfilled as agreed, and the seller has given no account of why.",
        ),
        "favor_seller": (
            "The complaint is about delay in answering, not about the goods, which were delivered as ordered.",
            "The seller's slow replies are regrettable but caused the buyer no loss that a refund would repair.",
            "[responded] The seller did answer, offered a solution, and the buyer escalated before it could "
            "be carried out.",
        ),
        "split": (
            "Both sides contributed to the breakdown: the seller answered slowly and the buyer escalated "
            "before the response period had run.",
            "The buyer's frustration is understandable, but the loss claimed is larger than the harm shown.",
        ),
    },
}

#: Remarks on the parties' conduct and on the file, for any claim type.
_REMARKS: dict[str, tuple[str, ...]] = {
    "favor_buyer": (
        "[silent] The seller did not respond to the claim at all, which leaves the buyer's account unchallenged.",
        "[late] The seller answered late at every step; its account arrived only after escalation.",
        "[seller_declined] The seller declined the mediator's proposal of a 50% refund.",
        "[repeat_seller] The seller has {seller_disputes} disputes against it this year, many on the same ground.",
        "[bank] The bank statement confirms the buyer paid {total}.",
        "[chat_export] The chat export bears out the buyer's timeline.",
    ),
    "favor_seller": (
        "[serial_buyer] The buyer has opened {buyer_disputes} disputes in the past twelve months; I have "
        "weighed the statements in this one with that in mind.",
        "[buyer_rejected] The buyer rejected a partial refund in mediation that was close to fair.",
        "[responded !late] The seller answered the claim promptly and in substance.",
        "[warehouse_photo] The seller's dispatch photo shows the parcel labelled as the order required.",
        "[chat_export responded !late] The chat export shows the seller replying to each of the buyer's messages.",
    ),
    "split": (
        "[mediation] The mediator's proposal was close to this outcome, and neither party accepted it.",
        "[late] The seller's late answers did not help, but they do not decide the case either.",
        "[serial_buyer] The buyer's dispute history does not decide this case, but it counts against an "
        "unsupported account.",
        "The file does not allow a clear finding for either party.",
    ),
}

_REMEDIES: dict[str, tuple[str, ...]] = {
    "favor_buyer": (
        "[full_refund] I would order a full refund of {claimed}.",
        "[full_refund] The buyer should receive the {claimed} claimed.",
        "[return_and_refund] The buyer should return the item at the seller's cost and be refunded {claimed}.",
        "[return_and_refund] Refund {claimed} against the return of the item; the seller pays for the return.",
        "[partial_refund] The partial refund of {claimed} that the buyer asks for is proportionate.",
        "[partial_refund] I would award the {claimed} claimed; the buyer keeps the item.",
        "[replacement] A replacement is no longer practical, so the buyer should be refunded {claimed}.",
        "I would uphold the claim and award {claimed}.",
    ),
    "favor_seller": (
        "The claim should be dismissed.",
        "I would dismiss the claim; no refund is due.",
        "No award to the buyer.",
        "[!serial_buyer] The claim fails, though nothing suggests the buyer brought it in bad faith.",
    ),
    "split": (
        "I propose splitting the claim: {half} to the buyer.",
        "An award of {half}, half the amount claimed, is fair to both sides.",
        "The buyer should receive {half}, half of the {claimed} claimed.",
    ),
}

_DISSENT_OPENERS = (
    "I respectfully dissent.",
    "I do not join the majority.",
    "With respect to my colleagues, I would decide this case differently.",
    "I disagree with the majority's reading of the evidence.",
)
_DISSENT_CLOSERS = {
    "favor_buyer": "For these reasons I would uphold the claim and award {claimed}.",
    "favor_seller": "For these reasons I would dismiss the claim.",
    "split": "For these reasons I would split the loss and award {half}.",
}

_TEMPLATE = re.compile(r"^(?:\[([^\]]*)\]\s*)?(.*)$", re.DOTALL)


@dataclass(frozen=True)
class CaseFacts:
    """What a panel member knows about a case: flags for the templates' conditions and their values."""

    claim_type: str
    flags: frozenset[str]
    values: dict[str, str]


def _in_sentence(text: str) -> str:
    """'Genuine leather' -> 'genuine leather', but 'NVMe SSD' and 'ABS plastic' keep their capitals."""
    text = text.strip()
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def _short_title(title: str) -> str:
    """'Wireless earbuds, black' -> 'wireless earbuds' (the noun phrase a sentence can use)."""
    return _in_sentence(title.split(",")[0])


def _amount(amount: Decimal, currency: str) -> str:
    return f"{amount.quantize(CENT)} {currency}"


_EVIDENCE_FLAGS = (
    ("courier_photo", ("courier's delivery photo",)),
    ("mailbox_photo", ("mailbox",)),
    ("pod", ("proof of delivery",)),
    ("tracking_shot", ("tracking page",)),
    ("listing_shot", ("listing page",)),
    ("listing_photo", ("listing photo",)),
    ("item_photo", ("item as received", "item received", "damaged item", "contents of the parcel")),
    ("serial_photo", ("serial number",)),
    ("stitching_photo", ("stitching",)),
    ("logo_photo", ("logo and print",)),
    ("invoice", ("distributor invoice",)),
    ("packing_photo", ("packing photo",)),
    ("crushed_photo", ("crushed box",)),
    ("estimate", ("repair estimate",)),
    ("return_receipt", ("return postage",)),
    ("weight_record", ("weight record",)),
    ("order_shot", ("order page",)),
    ("video", ("unboxing video",)),
    ("chat_export", ("chat export",)),
    ("bank", ("bank statement",)),
    ("warehouse_photo", ("warehouse photo",)),
)


def case_facts(ctx: CaseContext) -> CaseFacts:
    """The facts of ``ctx``'s case (its evidence must be on ``ctx.case`` already)."""
    case = ctx.case
    order = case["order"]
    shipping = order["shipping"]
    flags: set[str] = {case["claim"]["requested_remedy"]}
    delivered = shipping.get("delivered_at")
    last_delivery = next((e for e in reversed(shipping["events"]) if e["status"] == "delivered"), None)
    if delivered:
        flags.add("delivered")
        note = str(last_delivery["description"]).lower() if last_delivery else ""
        flags.update(word for word in ("mailbox", "signed") if word in note)
    if any(e["status"] == "delivery_failed" for e in shipping["events"]):
        flags.add("failed")
    flags.add("responded" if "seller_response" in case else "silent")
    if ctx.stalling and "seller_response" in case:
        flags.add("late")
    buyer, seller = (p["stats_12m"] for p in case["parties"])
    if buyer["disputes_opened"] >= 10:
        flags.add("serial_buyer")
    if seller["disputes_against"] >= 30:
        flags.add("repeat_seller")
    for event in case["history"]:
        note = str(event.get("note", ""))
        if event["kind"] == "mediation_failed":
            flags.add("mediation")
            if note.startswith("Seller declined"):
                flags.add("seller_declined")
            elif note.startswith("Buyer rejected"):
                flags.add("buyer_rejected")
    titles = [str(e["title"]).lower() for e in case.get("evidence", [])]
    for flag, words in _EVIDENCE_FLAGS:
        if any(word in title for title in titles for word in words):
            flags.add(flag)
    items = order["items"]
    city = next((e["location"] for e in reversed(shipping["events"]) if e.get("location")), "the buyer's city")
    values = {
        "item": _short_title(items[0]["title"]),
        "missing": _short_title(items[-1]["title"]),
        "material": _in_sentence(listed_material(items[0]["sku"])),
        "carrier": shipping["carrier"],
        "tracking": shipping["tracking_number"],
        "city": city,
        "delivered_on": day_label(parse_timestamp(delivered)) if delivered else "",
        "claimed": _amount(ctx.amount_claimed, ctx.currency),
        "half": _amount(ctx.amount_claimed * Decimal("0.5"), ctx.currency),
        "total": f"{order['total']['amount']} {ctx.currency}",
        "buyer_disputes": str(buyer["disputes_opened"]),
        "seller_disputes": str(seller["disputes_against"]),
    }
    return CaseFacts(ctx.claim_type, frozenset(flags), values)


def _usable(templates: tuple[str, ...], flags: frozenset[str]) -> list[str]:
    """The templates whose conditions ``flags`` meet, without their condition prefix."""
    usable = []
    for template in templates:
        match = _TEMPLATE.match(template)
        assert match is not None
        condition, text = match.group(1) or "", match.group(2)
        needs = condition.split()
        if all((need[1:] not in flags) if need.startswith("!") else (need in flags) for need in needs):
            usable.append(text)
    return usable


def _pick(rng: random.Random, options: list[str], used: set[str], count: int = 1, reuse: bool = True) -> list[str]:
    """Up to ``count`` options no earlier vote on the case has used (one used one if ``reuse`` and none is left)."""
    fresh = [o for o in options if o not in used]
    if not fresh:
        fresh = options[:] if reuse else []
        count = 1
    chosen = rng.sample(fresh, min(count, len(fresh)))
    used.update(chosen)
    return chosen


def compose_rationale(facts: CaseFacts, outcome: str, rng: random.Random, *, dissent: bool, used: set[str]) -> str:
    """A 2-5 sentence rationale for a vote ``outcome`` on the case of ``facts``.

    ``used`` collects the sentences of the case's earlier votes, so that two votes rarely read alike.
    """
    findings = _usable(_FINDINGS[facts.claim_type][outcome], facts.flags)
    remarks = _usable(_REMARKS[outcome], facts.flags)
    remedies = _usable(_REMEDIES[outcome], facts.flags)
    sentences: list[str] = []
    if dissent:
        sentences.append(rng.choice(_DISSENT_OPENERS))
    budget = 4 - len(sentences)  # room before the remedy
    count = 2 if budget >= 2 and rng.random() < 0.6 else 1
    sentences += _pick(rng, findings, used, count)
    if remarks and len(sentences) < 4 and rng.random() < 0.55:
        sentences += _pick(rng, remarks, used, reuse=False)
    if dissent:
        sentences.append(_DISSENT_CLOSERS[outcome])
    else:
        sentences += _pick(rng, remedies, used)
    return " ".join(sentence.format(**facts.values) for sentence in sentences)


def first_sentence(text: str) -> str:
    """The first sentence of a rationale (amounts such as 12.50 do not end one)."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
