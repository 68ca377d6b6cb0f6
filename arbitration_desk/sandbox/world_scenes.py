"""What a demo case's evidence pictures show: the scene picked from the caption, filled with the case's facts.

A photo titled "Crushed box" shows a dented parcel with the case's shipping label; "Serial number label"
shows the ordered product's serial sticker; "Order page" is a screenshot of the case's order. Names on
pictures are the parties' (fictitious) names; brands are made up here.
"""

from __future__ import annotations

import random
import re
from datetime import datetime
from typing import Any

from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.sandbox.media_draw import RGB
from arbitration_desk.sandbox.media_photos import SOFT, PhotoSpec
from arbitration_desk.sandbox.media_screens import ScreenSpec
from arbitration_desk.sandbox.world_case import CaseContext

#: Product shape of each catalogue SKU (``world_text.PRODUCTS``).
SHAPES = {
    "EB-220-BLK": "earbuds",
    "CC-07-SIL": "earbuds",
    "SW-41-GRY": "watch",
    "PB-20K": "bank",
    "HB-LTH-BRN": "bag",
    "SN-RUN-42": "shoe",
    "DR-SLK-M": "dress",
    "KN-SET-5": "knives",
    "LP-STD-ALU": "stand",
    "DR-MINI-4K": "drone",
    "GP-PRO-W": "controller",
    "LED-STR-5M": "strip",
    "PER-100ML": "bottle",
    "SSD-1TB-NV": "ssd",
    "LEGO-CMP-1": "blocks",
    "VC-ROBO-3": "round",
    "TAB-10-64": "tablet",
    "CAM-ACT-4": "camera",
    "TEA-PU-250": "tea",
    "WT-AUTO-S": "watch",
}
_COLOURS: dict[str, RGB] = {
    "black": (34, 34, 38),
    "white": (232, 232, 228),
    "grey": (120, 122, 128),
    "brown": (118, 70, 40),
    "silver": (186, 188, 194),
}
_DEFAULT_COLOURS: dict[str, tuple[RGB, ...]] = {
    "dress": ((200, 60, 80), (60, 110, 170), (230, 200, 120), (40, 120, 100)),
    "shoe": ((40, 90, 170), (220, 60, 50), (50, 50, 54), (230, 230, 226)),
    "bag": ((118, 70, 40), (30, 30, 30), (150, 40, 40)),
    "bottle": ((210, 160, 90), (220, 150, 170), (150, 180, 210)),
    "knives": ((30, 30, 32), (120, 80, 50)),
}
#: Made-up brands for stickers and tags (no real company's name).
BRANDS = ("VANTREL", "OSKARN", "MERILO", "TESSALY", "CORVIAN", "LYNDRA", "QUIBEL", "ARDENZA", "HOLMQVIST", "PELLARO")
_ORIGINS = {"CN": "CHINA", "US": "USA", "DE": "GERMANY", "BR": "BRAZIL", "RU": "RUSSIA", "ES": "SPAIN", "GB": "UK"}
_REPAIR_SHOPS = ("Riverside Phone Repair", "FixPoint Service Centre", "Quick Mend Workshop", "Corner Repair Lab")
_POST_OFFICES = ("Post Office Counter 4", "Parcel Point Central", "City Post Branch 12")
_NEIGHBOURS = ("Novak", "Weiss", "Moreau", "Silva", "Kowal", "Lindqvist", "Haddad", "Okafor", "Brandt", "Ruiz")

_PHOTO_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("delivery photo", "doorstep", "courier", "driver"), "doorstep"),
    (("mailbox", "entrance"), "mailbox"),
    (("receipt", "estimate", "invoice"), "receipt"),
    (("shipping label", "weight"), "parcel"),
    (("serial", "label", "tag", "sticker", "hologram"), "serial"),
    (("stitching", "stitches", "seam"), "stitching"),
    (("logo", "print"), "serial"),
    (("crushed", "dented", "damaged parcel", "damaged box"), "damaged_box"),
    (("damaged", "broken", "cracked", "shattered", "defect"), "broken"),
    (("contents", "opened", "unboxed", "inside"), "open_box"),
    (("packing",), "open_box"),
    (("warehouse",), "warehouse"),
    (("parcel", "box", "package", "labelled"), "parcel"),
    (("listing",), "studio"),
    (("item", "product", "received"), "product"),
)
_CLAIM_SCENES = {
    "damaged": "broken",
    "counterfeit": "serial",
    "not_received": "parcel",
    "partial_delivery": "open_box",
}
_SCREEN_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("listing", "product page"), "listing"),
    (("tracking",), "tracking"),
    (("order",), "order"),
    (("chat", "conversation", "messages"), "chat"),
)


def _match(rules: tuple[tuple[tuple[str, ...], str], ...], title: str, description: str | None) -> str | None:
    """The first rule whose words occur in the title, else in the description (the title says more)."""
    for text in (title, description or ""):
        words = set(re.findall(r"[a-z]+", text.lower()))
        lowered = " ".join(re.findall(r"[a-z]+", text.lower()))
        for keys, scene in rules:
            if any((key in lowered) if " " in key else (key in words) for key in keys):
                return scene
    return None


def photo_scene(title: str, description: str | None, claim_type: str) -> str:
    """The scene that matches a photo's caption (or, for a bare caption, its case's claim)."""
    return _match(_PHOTO_RULES, title, description) or _CLAIM_SCENES.get(claim_type, "product")


def screen_kind(title: str, description: str | None) -> str:
    return _match(_SCREEN_RULES, title, description) or "chat"


def soft_goods(ctx: CaseContext) -> bool:
    """Whether the case's (first) product is sewn rather than assembled: bags, shoes, clothes."""
    return SHAPES.get(str(_item(ctx)["sku"]).split("-", 1)[-1]) in SOFT


def _item(ctx: CaseContext) -> dict[str, Any]:
    return dict(ctx.case["order"]["items"][0])


def product_look(item: dict[str, Any], rng: random.Random) -> tuple[str, RGB]:
    """(shape, colour) of an order item."""
    sku = str(item["sku"]).split("-", 1)[-1]
    shape = SHAPES.get(sku, "phone")
    title = str(item["title"]).lower()
    colour = next((c for word, c in _COLOURS.items() if word in title), None)
    if colour is None:
        colour = rng.choice(_DEFAULT_COLOURS.get(shape, ((34, 34, 38), (232, 232, 228), (60, 90, 150))))
    return shape, colour


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_label(moment: datetime, short: bool = False) -> str:
    """ "5 February" (``short``: "5 Feb"), in English whatever the process locale (Qt sets it)."""
    month = _MONTHS[moment.month - 1]
    return f"{moment.day} {month[:3] if short else month}"


def _short_time(stamp: str) -> str:
    moment = parse_timestamp(stamp)
    return f"{day_label(moment, short=True)} {moment:%H:%M}"


def _label_texts(ctx: CaseContext, rng: random.Random) -> tuple[str, ...]:
    shipping = ctx.case["order"]["shipping"]
    service = f"{shipping['carrier'].upper()} · {rng.choice(('TRACKED', 'PRIORITY', 'ECONOMY'))}"
    city = next((e["location"] for e in reversed(shipping["events"]) if e.get("location")), "")
    delivered = shipping.get("delivered_at")
    stamp = f"DELIVERED {_short_time(delivered)}" if delivered else "ATTEMPTED"
    return (
        service,
        ctx.tracking,
        ctx.buyer.name,
        f"{city}, {ctx.buyer.country.code}",
        ctx.seller.latin_name,
        f"{rng.uniform(0.2, 3.5):.2f} kg",
        stamp,
    )


def _sticker_texts(ctx: CaseContext, item: dict[str, Any], rng: random.Random) -> tuple[str, ...]:
    sku = str(item["sku"])
    brand = BRANDS[sum(map(ord, sku.split("-", 1)[-1])) % len(BRANDS)]
    model = f"{brand[:2]}-{rng.randrange(100, 999)}{rng.choice('ABCDEKLMSX')}"
    serial = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.choice((10, 12, 14))))
    origin = _ORIGINS.get(ctx.seller.country.code, "CHINA")
    batch = f"{rng.randrange(2022, 2026)}-{rng.randrange(1, 13):02d}"
    return brand, model, serial, origin, batch


_STREETS = ("Market Street", "Station Road", "Harbour Lane", "Mill Road", "Church Street", "Park Avenue")


def _receipt_texts(ctx: CaseContext, title: str, rng: random.Random) -> tuple[str, ...]:
    """Shop, address, date, receipt number, payment, "item|price" rows, total (see ``_receipt``)."""
    moment = ctx.opened + (ctx.escalated - ctx.opened) * rng.uniform(0.1, 0.9)
    date = moment.strftime("%d/%m/%Y %H:%M")
    lowered = title.lower()
    if "estimate" in lowered or "repair" in lowered:
        shop = rng.choice(_REPAIR_SHOPS)
        base = float(ctx.amount_claimed) * rng.uniform(0.4, 0.9)
        part = "Screen assembly" if rng.random() < 0.5 else "Replacement part"
        lines = [("Diagnosis", base * 0.12), (part, base * 0.63), ("Labour (1 h)", base * 0.25)]
    else:
        shop = rng.choice(_POST_OFFICES)
        base = float(ctx.amount_claimed) * rng.uniform(0.05, 0.15) + 4
        lines = [(f"Tracked parcel to {ctx.seller.country.code}", base * 0.8), ("Insurance", base * 0.2)]
    city = next((e["location"] for e in reversed(ctx.case["order"]["shipping"]["events"]) if e.get("location")), "")
    address = f"{rng.randrange(2, 180)} {rng.choice(_STREETS)}, {city}"
    number = f"{rng.randrange(1000, 99999):05d}"
    payment = rng.choice(("CARD ****", "DEBIT ****")) + f"{rng.randrange(1000, 9999)}  APPROVED"
    rows = tuple(f"{name}|{amount:.2f}" for name, amount in lines)
    total = sum(amount for _, amount in lines)
    return (shop, address, date, number, payment, *rows, f"{total:.2f} {ctx.currency}")


def photo_spec(ctx: CaseContext, title: str, description: str | None, rng: random.Random) -> PhotoSpec:
    """The photo a case's evidence item of this caption shows."""
    scene = photo_scene(title, description, ctx.claim_type)
    item = _item(ctx)
    shape, colour = product_look(item, rng)
    lowered = title.lower()
    if ctx.claim_type == "wrong_item" and "received" in lowered:  # another product than the one ordered
        shape = rng.choice([s for s in ("phone", "watch", "bank", "bottle", "shoe", "controller", "tea") if s != shape])
    if ctx.claim_type == "not_as_described" and "received" in lowered:  # not the listed colour
        colour = (colour[2], colour[0], colour[1]) if max(colour) - min(colour) > 30 else (150, 90, 60)
    if scene == "serial" and shape in SOFT:
        scene = "stitching"
    texts: tuple[str, ...] = ()
    if scene in ("parcel", "damaged_box", "doorstep", "warehouse", "open_box"):
        texts = _label_texts(ctx, rng)
    elif scene in ("serial", "stitching"):
        texts = _sticker_texts(ctx, item, rng)
    elif scene == "receipt":
        texts = _receipt_texts(ctx, title, rng)
    elif scene == "mailbox":
        surname = ctx.buyer.latin_name.split(" ")[-1] if " " in ctx.buyer.latin_name else ctx.buyer.latin_name
        texts = (surname, *rng.sample(_NEIGHBOURS, 5))
    portrait = scene in ("receipt", "doorstep", "serial") and rng.random() < 0.5
    return PhotoSpec(scene, rng.getrandbits(32), shape, colour, texts, portrait)


def listing_photo_spec(rng: random.Random) -> PhotoSpec:
    """The seller's listing photo shared by two cases (not tied to one case)."""
    shape = rng.choice(("earbuds", "watch", "bank", "camera", "controller"))
    return PhotoSpec("studio", rng.getrandbits(32), shape, rng.choice(tuple(_COLOURS.values())))


def _chat_rows(
    ctx: CaseContext, messages: list[dict[str, Any]], me: str, rng: random.Random
) -> tuple[tuple[str, ...], ...]:
    chat = [m for m in messages if m["channel"] == "buyer_seller"]
    if not chat:
        return (
            ("me" if me == "buyer" else "them", f"Hello, where is my order {ctx.order_id}?", "09:12"),
            ("them" if me == "buyer" else "me", f"It was shipped, tracking {ctx.tracking}.", "10:40"),
        )
    end = rng.randrange(max(1, len(chat) * 2 // 3), len(chat) + 1)
    rows: list[tuple[str, ...]] = []
    day = ""
    for message in chat[max(0, end - 14) : end]:
        sent = parse_timestamp(message["sent_at"])
        label = day_label(sent)
        if label != day:
            rows.append(("day", label))
            day = label
        side = "me" if message["sender"]["role"] == me else "them"
        rows.append((side, message["text"], sent.strftime("%H:%M")))
    return tuple(rows)


def _order_rows(ctx: CaseContext) -> tuple[tuple[str, ...], ...]:
    order = ctx.case["order"]
    shipping = order["shipping"]
    last = shipping["events"][-1]
    if shipping.get("delivered_at"):
        status = ("status", "Delivered", f"{_short_time(shipping['delivered_at'])} · {last.get('location', '')}")
    elif last["status"] == "other":
        status = ("status", "Delivery problem", last["description"])
    else:
        status = ("status", "In transit", last["description"])
    rows: list[tuple[str, ...]] = [status]
    for item in order["items"]:
        price = f"{item['unit_price']['amount']} {item['unit_price']['currency']}"
        rows.append(("item", item["title"], str(item["quantity"]), price))
    method = {
        "card": "Card",
        "wallet": "Wallet",
        "bank_transfer": "Bank transfer",
        "cash_on_delivery": "Cash on delivery",
    }
    rows += [
        ("line", "Shipping", shipping["carrier"]),
        ("line", "Payment", method.get(order["payment"]["method"], order["payment"]["method"])),
        ("line", "Tracking", ctx.tracking),
        ("total", f"{order['total']['amount']} {order['total']['currency']}"),
    ]
    return tuple(rows)


_MATERIALS = {
    "bag": "Genuine leather",
    "shoe": "Breathable mesh, rubber sole",
    "dress": "100% mulberry silk",
    "knives": "Stainless steel",
    "stand": "Aluminium alloy",
    "bottle": "Glass bottle, 100 ml",
    "tea": "Pu-erh, 2019 harvest",
    "blocks": "ABS plastic",
    "strip": "Silicone-coated LED strip",
    "ssd": "PCB with aluminium heat sink",
    "drone": "ABS body, carbon propellers",
    "controller": "ABS body, rubber grips",
    "earbuds": "ABS case, silicone ear tips",
    "bank": "Aluminium shell",
    "camera": "Polycarbonate, waterproof to 30 m",
    "watch": "Stainless steel case, sapphire glass",
    "round": "ABS body, tempered glass lid",
}


def listed_material(sku: str) -> str:
    """What the listing says the product is made of (by catalogue SKU, with or without the case prefix)."""
    shape = SHAPES.get(sku.split("-", 1)[-1], SHAPES.get(sku, "phone"))
    return _MATERIALS.get(shape, "Aluminium and tempered glass")


def _listing_rows(ctx: CaseContext, rng: random.Random) -> tuple[tuple[str, ...], ...]:
    item = _item(ctx)
    material = listed_material(str(item["sku"]))
    colour = next((word.title() for word in _COLOURS if word in str(item["title"]).lower()), "As pictured")
    price = f"{item['unit_price']['amount']} {item['unit_price']['currency']}"
    origin = ctx.case["order"]["shipping"]["events"][1].get("location", ctx.seller.country.code)
    return (
        ("price", price),
        ("rating", f"{rng.uniform(4.1, 4.9):.1f}"),
        ("spec", "Material", material),
        ("spec", "Colour", colour),
        ("spec", "Condition", "New, original packaging"),
        ("spec", "Ships from", origin),
        ("seller", ctx.seller.latin_name),
    )


def _tracking_rows(ctx: CaseContext) -> tuple[tuple[str, ...], ...]:
    shipping = ctx.case["order"]["shipping"]
    rows: list[tuple[str, ...]] = [("carrier", shipping["carrier"])]
    for event in reversed(shipping["events"]):
        rows.append(("event", _short_time(event["at"]), event.get("location", ""), event["description"]))
    return tuple(rows)


def screen_spec(
    ctx: CaseContext,
    title: str,
    description: str | None,
    submitted_by: str,
    messages: list[dict[str, Any]],
    rng: random.Random,
) -> ScreenSpec:
    """The screenshot a case's evidence item of this caption shows."""
    kind = screen_kind(title, description)
    shape, colour = product_look(_item(ctx), rng)
    seed = rng.getrandbits(32)
    if kind == "order":
        placed_at = parse_timestamp(ctx.case["order"]["placed_at"])
        placed = f"{day_label(placed_at, short=True)} {placed_at.year}"
        return ScreenSpec(kind, seed, f"Order {ctx.order_id} · placed {placed}", _order_rows(ctx), shape, colour)
    if kind == "listing":
        return ScreenSpec(kind, seed, str(_item(ctx)["title"]), _listing_rows(ctx, rng), shape, colour)
    if kind == "tracking":
        return ScreenSpec(kind, seed, ctx.tracking, _tracking_rows(ctx), shape, colour)
    me = submitted_by if submitted_by in ("buyer", "seller") else "buyer"
    other = ctx.seller.name if me == "buyer" else ctx.buyer.name
    return ScreenSpec("chat", seed, other, _chat_rows(ctx, messages, me, rng), shape, colour)
