"""Evidence of a demo case: item metadata, real content, and the links to chat messages."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from arbitration_desk.sandbox import media
from arbitration_desk.sandbox.world_case import CaseContext, ts
from arbitration_desk.sandbox.world_pdf import TableSpec, latin, pdf_document
from arbitration_desk.sandbox.world_scenes import listing_photo_spec, photo_spec, screen_spec, soft_goods

KB = 1024
#: Weights of the generated kinds when the caller asks for many items.
BULK_KINDS = ("photo", "screenshot", "document", "text", "video")
BULK_WEIGHTS = (45, 25, 20, 5, 5)


@dataclass(frozen=True)
class EvidenceOptions:
    """The evidence knobs of :func:`build_world`."""

    count: int | None
    size_kb: int | None


@dataclass
class _Draft:
    kind: str  # photo, screenshot, order_record, tracking, document, text, video
    submitted_by: str
    title: str
    description: str | None = None


def _target(rng: random.Random, size_kb: int | None, low_kb: int, high_kb: int) -> int:
    if size_kb is not None:
        return int(size_kb * KB * rng.uniform(0.98, 1.02))
    return int(KB * low_kb * (high_kb / low_kb) ** rng.random())


def _demo_drafts(ctx: CaseContext) -> list[_Draft]:
    rng = ctx.rng
    drafts = [_Draft("order_record", "platform", "Order record")]
    by_claim = {
        "not_received": [
            _Draft("tracking", "seller", "Carrier proof of delivery"),
            _Draft("photo", "buyer", "Mailbox and building entrance", "Photo of my mailbox."),
            _Draft("screenshot", "buyer", "Tracking page", "The tracking says delivered, but nothing came."),
        ],
        "not_as_described": [
            _Draft("photo", "buyer", "Item as received", "The colour and material differ."),
            _Draft("screenshot", "buyer", "Listing page screenshot"),
        ],
        "counterfeit": [
            _Draft("photo", "buyer", "Serial number label"),
            _Draft("document", "seller", "Distributor invoice"),
        ],
        "damaged": [
            _Draft("photo", "buyer", "Damaged item"),
            _Draft("photo", "buyer", "Crushed box", "Photo of the damaged parcel as delivered."),
            _Draft("photo", "seller", "Packing photo before shipping"),
        ],
        "wrong_item": [
            _Draft("photo", "buyer", "Item received", "Not the product I ordered."),
            _Draft("screenshot", "buyer", "Order page"),
        ],
        "partial_delivery": [
            _Draft("photo", "buyer", "Contents of the parcel", "Only part of the order was inside."),
            _Draft("tracking", "seller", "Shipment weight record"),
        ],
        "other": [_Draft("screenshot", "buyer", "Chat with the seller")],
    }
    if ctx.claim_type == "not_received" and "delivered_at" in ctx.case["order"]["shipping"]:
        by_claim["not_received"].append(
            _Draft("photo", "seller", "Courier's delivery photo", "Taken by the driver at the door.")
        )
    elif ctx.claim_type == "counterfeit":
        optional = [
            _Draft("photo", "buyer", "Logo and stitching close-up")
            if soft_goods(ctx)
            else _Draft("photo", "buyer", "Close-up of the logo and print"),
            _Draft("screenshot", "buyer", "Listing page screenshot", "The listing says original."),
        ]
        by_claim["counterfeit"] += rng.sample(optional, rng.randrange(0, 3))
    elif ctx.claim_type == "damaged" and rng.random() < 0.5:
        by_claim["damaged"].append(_Draft("photo", "buyer", "Repair estimate", "Quote from a local repair shop."))
    drafts += by_claim[ctx.claim_type]
    extras = [
        _Draft("screenshot", "seller", "Chat screenshot"),
        _Draft("text", "platform", "Chat export", "Export of the buyer-seller conversation."),
        _Draft("document", "buyer", "Bank statement extract"),
        _Draft("photo", "seller", "Warehouse photo", "The parcel labelled and ready for pick-up."),
        _Draft("video", "buyer", "Unboxing video"),
    ]
    if ctx.claim_type in ("wrong_item", "counterfeit", "not_as_described"):
        extras.append(_Draft("photo", "buyer", "Return postage receipt", "I sent the item back as asked."))
    drafts += rng.sample(extras, rng.randrange(0, 4))
    return drafts


def _bulk_drafts(rng: random.Random, count: int) -> list[_Draft]:
    drafts = []
    for number in range(count):
        kind = "order_record" if number == 0 else rng.choices(BULK_KINDS, BULK_WEIGHTS)[0]
        submitter = "platform" if kind in ("order_record", "text") else rng.choice(("buyer", "seller"))
        drafts.append(_Draft(kind, submitter, f"{kind.replace('_', ' ').title()} {number + 1}"))
    return drafts


def _pdf_content(ctx: CaseContext, draft: _Draft, rng: random.Random, target: int) -> bytes:
    order = ctx.case["order"]
    parties = f"Buyer: {ctx.buyer.latin_name} ({ctx.buyer.country.code}). Seller: {ctx.seller.latin_name}."
    if draft.kind == "order_record":
        rows = tuple(
            (i["sku"], latin(i["title"]), str(i["quantity"]), f"{i['unit_price']['amount']} {ctx.currency}")
            for i in order["items"]
        )
        table = TableSpec(("SKU", "Item", "Qty", "Unit price"), rows)
        text = [
            f"Order {ctx.order_id} placed {order['placed_at']}.",
            parties,
            f"Total paid: {order['total']['amount']} {ctx.currency} by {order['payment']['method']}.",
        ]
    elif draft.kind == "tracking":
        shipping = order["shipping"]
        rows = tuple((e["at"], latin(e.get("location", "")), e["status"], e["description"]) for e in shipping["events"])
        table = TableSpec(("Time (UTC)", "Location", "Status", "Carrier note"), rows)
        text = [
            f"{shipping['carrier']} - tracking number {ctx.tracking}.",
            parties,
            "This record was produced from the carrier's scan history.",
        ]
    else:
        table = TableSpec(("Reference", "Amount"), ((ctx.order_id, f"{order['total']['amount']} {ctx.currency}"),))
        text = [
            f"{draft.title} for order {ctx.order_id}.",
            parties,
            "Issued for the purposes of the dispute. " * rng.randrange(2, 8),
        ]
    return pdf_document(rng, target, f"{draft.title} - {ctx.order_id}", text, table)


def _content(
    ctx: CaseContext,
    draft: _Draft,
    rng: random.Random,
    options: EvidenceOptions,
    messages: list[dict[str, Any]],
) -> tuple[bytes, str, str]:
    """Returns (content, media type, file name) for a draft."""
    size_kb, bulk = options.size_kb, options.count is not None
    number = rng.randrange(1000, 9999)
    if draft.kind == "photo":
        photo_size = _target(rng, size_kb, 150, 2000)
        spec = None if bulk else photo_spec(ctx, draft.title, draft.description, rng)
        data = media.photo_jpeg(rng, photo_size, f"{ctx.order_id} {draft.title}", spec)
        return data, "image/jpeg", f"IMG_{number}.jpg"
    if draft.kind == "screenshot":
        screen_size = _target(rng, size_kb, 80, 400)
        if bulk:
            variant = rng.randrange(8)
            title, lines = f"Chat #{variant}", [f"Message {variant}-{k}: is there any update?" for k in range(10)]
            data = media.screenshot_png(rng, screen_size, title, lines)
        else:
            screen = screen_spec(ctx, draft.title, draft.description, draft.submitted_by, messages, rng)
            data = media.screenshot_png(rng, screen_size, screen.title, [], screen)
        return data, "image/png", f"Screenshot_{number}.png"
    if draft.kind in ("order_record", "tracking", "document"):
        data = _pdf_content(ctx, draft, rng, _target(rng, size_kb, 20, 300))
        stem = {"order_record": f"order_{ctx.order_id}", "tracking": f"POD_{ctx.tracking}"}.get(draft.kind)
        return data, "application/pdf", f"{stem or draft.title.replace(' ', '_')}.pdf"
    if draft.kind == "text":
        lines = [f"{m['sent_at']} {m['sender']['display_name']}: {m['text']}" for m in messages[:40]]
        target = None if size_kb is None else _target(rng, size_kb, 1, 2)
        data = media.text_file(lines or [f"Chat export for order {ctx.order_id}"], target)
        data += f"-- export {rng.getrandbits(64):016x}\n".encode()
        return data, "text/plain", f"chat_export_{ctx.order_id}.txt"
    data = media.mp4_stub(rng, _target(rng, size_kb, 900, 3000))
    return data, "video/mp4", f"VID_{number}.mp4"


_KIND = {"photo": "image", "screenshot": "image", "text": "chat_export"}


def build_evidence(
    ctx: CaseContext,
    messages: list[dict[str, Any]],
    options: EvidenceOptions,
    shared: Callable[[], tuple[_Draft, bytes]] | None = None,
) -> list[tuple[dict[str, Any], bytes]]:
    """Evidence items with content; attaches some to messages of the submitting party."""
    rng = ctx.rng
    drafts = _demo_drafts(ctx) if options.count is None else _bulk_drafts(rng, options.count)
    by_sender: dict[str, list[dict[str, Any]]] = {"buyer": [], "seller": []}
    for message in messages:
        if message["sender"]["role"] in by_sender:
            by_sender[message["sender"]["role"]].append(message)
    latest = ctx.end - timedelta(minutes=2)
    items = []
    for number, draft in enumerate(drafts):
        item_rng = random.Random(rng.getrandbits(64))
        content, media_type, filename = _content(ctx, draft, item_rng, options, messages)
        items.append(_item(ctx, number, draft, content, media_type, filename, by_sender, latest))
    if shared is not None:
        draft, content = shared()
        items.append(_item(ctx, len(items), draft, content, "image/jpeg", "listing_photo.jpg", by_sender, latest))
    return items


def shared_listing_photo(seed: int) -> tuple[_Draft, bytes]:
    """The same seller listing photo, used as evidence by two cases (same content, different ids)."""
    rng = random.Random(f"{seed}:shared-listing-photo")
    draft = _Draft("photo", "seller", "Listing photo", "The photo shown on our product page.")
    return draft, media.photo_jpeg(rng, 420 * KB, "listing photo", listing_photo_spec(rng))


def _item(
    ctx: CaseContext,
    number: int,
    draft: _Draft,
    content: bytes,
    media_type: str,
    filename: str,
    by_sender: dict[str, list[dict[str, Any]]],
    latest: datetime,
) -> tuple[dict[str, Any], bytes]:
    rng = ctx.rng
    evidence_id = f"ev_{ctx.tag}{number:05d}"
    referenced: list[str] = []
    candidates = by_sender.get(draft.submitted_by, [])
    if draft.kind == "order_record":
        submitted_at = ts(ctx.escalated)
    elif candidates and rng.random() < 0.6:
        message = candidates[rng.randrange(len(candidates))]
        message["attachments"].append(evidence_id)
        referenced.append(message["message_id"])
        submitted_at = message["sent_at"]
    else:
        submitted_at = ts(ctx.opened + (latest - ctx.opened) * rng.random())
    return _item_json(evidence_id, draft, content, media_type, filename, submitted_at, referenced), content


def _item_json(
    evidence_id: str,
    draft: _Draft,
    content: bytes,
    media_type: str,
    filename: str,
    submitted_at: str,
    referenced: list[str],
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "evidence_id": evidence_id,
        "submitted_by": draft.submitted_by,
        "kind": _KIND.get(draft.kind, draft.kind),
        "title": draft.title,
    }
    if draft.description:
        item["description"] = draft.description
    item.update(
        filename=filename,
        media_type=media_type,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        submitted_at=submitted_at,
        referenced_message_ids=referenced,
    )
    return item


def appeal_item(
    ctx: CaseContext, number: int, kind: str, title: str, description: str, message: dict[str, Any]
) -> tuple[dict[str, Any], bytes]:
    """Evidence item ``number`` of an appeal case, sent with ``message`` (submitted when it was sent).

    ``kind`` is a generator kind (photo, screenshot, document, ...); the message's sender submits it.
    """
    draft = _Draft(kind, str(message["sender"]["role"]), title, description)
    item_rng = random.Random(ctx.rng.getrandbits(64))
    content, media_type, filename = _content(ctx, draft, item_rng, EvidenceOptions(None, None), [message])
    evidence_id = f"ev_{ctx.tag}{number:05d}"
    message["attachments"].append(evidence_id)
    referenced = [str(message["message_id"])]
    return _item_json(evidence_id, draft, content, media_type, filename, message["sent_at"], referenced), content


def add_evidence_history(ctx: CaseContext, items: list[dict[str, Any]]) -> None:
    """Adds ``evidence_added`` events for items submitted after escalation, then sorts the history."""
    history = ctx.case["history"]
    escalated = ts(ctx.escalated)
    late = [i for i in items if str(i["submitted_at"]) > escalated and i["submitted_by"] != "platform"]
    for item in late[:5]:
        actor = str(item["submitted_by"])
        history.append({"at": item["submitted_at"], "actor": actor, "kind": "evidence_added", "note": item["title"]})
    history.sort(key=lambda event: event["at"])
