"""Phone screenshots of the demo world: a chat, an order page, a listing page and a tracking page.

A :class:`ScreenSpec` carries the texts (``rows`` are tagged tuples, see each page's drawer);
:func:`render_screen` draws it, deterministically, as an RGB image of the requested size.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

from arbitration_desk.sandbox.media_draw import RGB, jitter, measure, shade, wrap, write
from arbitration_desk.sandbox.media_photos import PhotoSpec, render_photo

#: Pages :func:`render_screen` draws.
SCREEN_KINDS = ("chat", "order", "listing", "tracking")
_ACCENTS: tuple[RGB, ...] = ((255, 106, 0), (232, 76, 61), (0, 122, 255), (46, 160, 90), (120, 80, 200))


@dataclass(frozen=True)
class ScreenSpec:
    """What a screenshot shows: ``title`` for the header, ``rows`` of texts tagged by their first item."""

    kind: str
    seed: int
    title: str
    rows: tuple[tuple[str, ...], ...] = ()
    product: str = "phone"
    colour: RGB = (40, 40, 44)


class _Page:
    """A phone screen being drawn: scale-aware fonts and a cursor going down."""

    def __init__(self, size: tuple[int, int], rng: random.Random, dark: bool) -> None:
        self.size = size
        self.scale = size[0] / 720
        self.dark = dark
        self.background: RGB = (18, 18, 20) if dark else jitter((244, 245, 247), rng, 3)
        self.card: RGB = (36, 37, 40) if dark else (255, 255, 255)
        self.ink: RGB = (236, 236, 238) if dark else (28, 28, 32)
        self.muted: RGB = (150, 150, 156) if dark else (118, 118, 126)
        self.image = Image.new("RGB", size, self.background)
        self.draw = ImageDraw.Draw(self.image)
        self.y = 0.0

    def px(self, value: float) -> float:
        return value * self.scale

    def size_of(self, size: float) -> int:
        return max(8, int(self.px(size)))

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        return measure(text, self.size_of(size), bold)

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        return wrap(text, self.size_of(size), width, bold)

    def text(
        self, xy: tuple[float, float], text: str, size: float, colour: RGB, bold: bool = False, anchor: str = "la"
    ) -> None:
        write(self.draw, xy, text, self.size_of(size), colour, bold, anchor)

    def status_bar(self, rng: random.Random, colour: RGB, ink: RGB) -> None:
        width = self.size[0]
        self.draw.rectangle((0, 0, width, self.px(44)), fill=colour)
        self.text((self.px(28), self.px(10)), f"{rng.randrange(7, 23)}:{rng.randrange(60):02d}", 20, ink, bold=True)
        x = width - self.px(30)
        level = rng.uniform(0.15, 0.95)
        self.draw.rounded_rectangle(
            (x - self.px(38), self.px(14), x, self.px(32)), radius=self.px(4), outline=ink, width=2
        )
        self.draw.rectangle(
            (x - self.px(35), self.px(17), x - self.px(35) + self.px(32) * level, self.px(29)), fill=ink
        )
        for bar in range(4):
            bx = x - self.px(90) + bar * self.px(9)
            self.draw.rectangle((bx, self.px(32) - self.px(5 + 4 * bar), bx + self.px(6), self.px(32)), fill=ink)
        self.y = self.px(44)

    def header(self, title: str, colour: RGB, ink: RGB, subtitle: str = "") -> None:
        width = self.size[0]
        height = self.px(84)
        self.draw.rectangle((0, self.y, width, self.y + height), fill=colour)
        arrow = self.y + height / 2
        self.draw.line(
            (self.px(40), arrow - self.px(14), self.px(26), arrow, self.px(40), arrow + self.px(14)),
            fill=ink,
            width=max(2, int(self.px(4))),
        )
        self.text(
            (self.px(70), self.y + (self.px(14) if subtitle else self.px(26))), _fit(title, 34), 28, ink, bold=True
        )
        if subtitle:
            self.text((self.px(70), self.y + self.px(50)), subtitle, 19, shade(ink, 0.85) if self.dark else ink)
        self.y += height

    def card_box(self, height: float, margin: float = 20) -> tuple[float, float, float, float]:
        box = (self.px(margin), self.y + self.px(14), self.size[0] - self.px(margin), self.y + self.px(14) + height)
        self.draw.rounded_rectangle(box, radius=self.px(16), fill=self.card)
        self.y = box[3]
        return box


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_screen(spec: ScreenSpec, size: tuple[int, int]) -> Image.Image:
    """Draws ``spec`` as an RGB image of ``size`` (the same spec and size always give the same pixels)."""
    rng = random.Random(f"{spec.kind}:{spec.seed}:{size}")
    return _DRAWERS[spec.kind](spec, size, rng)


# ---------------------------------------------------------------- chat


def _chat(spec: ScreenSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A messaging app: ``rows`` are ("me"|"them", text, time) or ("day", label)."""
    page = _Page(size, rng, dark=rng.random() < 0.25)
    accent = rng.choice(_ACCENTS)
    bar = shade(accent, 0.85)
    page.status_bar(rng, bar, (255, 255, 255))
    page.header(
        spec.title,
        accent,
        (255, 255, 255),
        subtitle=rng.choice(("online", "last seen recently", "typically replies in a day")),
    )
    width, height = size
    avatar = page.px(26)
    page.draw.ellipse(
        (width - page.px(80), page.px(60), width - page.px(80) + 2 * avatar, page.px(60) + 2 * avatar),
        fill=shade(accent, 1.4),
    )
    page.text(
        (width - page.px(80) + avatar, page.px(60) + avatar), spec.title[:1].upper(), 24, accent, bold=True, anchor="mm"
    )
    mine_fill = shade(accent, 1.75) if not page.dark else shade(accent, 0.55)
    theirs_fill = page.card
    y = page.y + page.px(20)
    bottom = height - page.px(110)
    bubbles: list[tuple[str, list[str], str, float]] = []
    body_size = 22
    for row in spec.rows:
        if row[0] == "day":
            bubbles.append(("day", [row[1]], "", page.px(56)))
            continue
        side, text, time = row[0], row[1], row[2] if len(row) > 2 else ""
        lines = page.wrap(text, body_size, width * 0.62)[:6]
        bubbles.append((side, lines, time, page.px(34) * len(lines) + page.px(58)))
    total = sum(b[3] + page.px(14) for b in bubbles)
    if total > bottom - y:  # a chat screenshot shows the latest messages
        skip = total - (bottom - y)
        while bubbles and skip > 0:
            skip -= bubbles[0][3] + page.px(14)
            bubbles.pop(0)
    for side, lines, time, bubble_height in bubbles:
        if side == "day":
            label = lines[0]
            w = page.measure(label, 17) + page.px(30)
            page.draw.rounded_rectangle(
                (width / 2 - w / 2, y + page.px(10), width / 2 + w / 2, y + page.px(42)),
                radius=page.px(14),
                fill=shade(page.background, 0.92),
            )
            page.text((width / 2, y + page.px(26)), label, 17, page.muted, anchor="mm")
            y += bubble_height
            continue
        mine = side == "me"
        widest = max(page.measure(line, body_size) for line in lines)
        box_width = max(widest, page.px(90)) + page.px(36)
        x0 = width - page.px(20) - box_width if mine else page.px(20)
        page.draw.rounded_rectangle(
            (x0, y, x0 + box_width, y + bubble_height), radius=page.px(22), fill=mine_fill if mine else theirs_fill
        )
        ty = y + page.px(14)
        for line in lines:
            page.text((x0 + page.px(18), ty), line, body_size, page.ink)
            ty += page.px(34)
        right = x0 + box_width - page.px(16)
        if mine:  # the "read" double tick
            for k in range(2):
                tx = right - page.px(22) + k * page.px(7)
                ticks = [
                    (tx, y + bubble_height - page.px(21)),
                    (tx + page.px(5), y + bubble_height - page.px(16)),
                    (tx + page.px(13), y + bubble_height - page.px(27)),
                ]
                page.draw.line(ticks, fill=accent, width=max(1, int(page.px(2.5))))
            right -= page.px(30)
        page.text((right, y + bubble_height - page.px(12)), time, 15, page.muted, anchor="rb")
        y += bubble_height + page.px(14)
    page.draw.rectangle((0, height - page.px(96), width, height), fill=page.card)
    page.draw.rounded_rectangle(
        (page.px(20), height - page.px(80), width - page.px(110), height - page.px(26)),
        radius=page.px(27),
        fill=page.background,
    )
    page.text((page.px(44), height - page.px(53)), "Message", 21, page.muted, anchor="lm")
    page.draw.ellipse(
        (width - page.px(86), height - page.px(82), width - page.px(26), height - page.px(22)), fill=accent
    )
    return page.image


# ---------------------------------------------------------------- order and listing pages


def _thumbnail(spec: ScreenSpec, side: int, seed: int) -> Image.Image:
    return render_photo(PhotoSpec("studio", seed, spec.product, spec.colour), (side, side), clean=True)


def _order(spec: ScreenSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """An order page.

    Rows: ("status", text, detail), ("item", title, quantity, price), ("line", label, value), ("total", value).
    """
    page = _Page(size, rng, dark=False)
    accent = rng.choice(_ACCENTS)
    page.status_bar(rng, (255, 255, 255), (20, 20, 20))
    page.header("Order details", (255, 255, 255), (20, 20, 20))
    width = size[0]
    status = next((r for r in spec.rows if r[0] == "status"), ("status", "Completed", ""))
    box = page.card_box(page.px(120))
    page.draw.rounded_rectangle((box[0], box[1], box[2], box[1] + page.px(8)), radius=page.px(4), fill=accent)
    page.text((box[0] + page.px(24), box[1] + page.px(28)), status[1], 28, accent, bold=True)
    page.text((box[0] + page.px(24), box[1] + page.px(72)), _fit(status[2], 48), 19, page.muted)
    items = [r for r in spec.rows if r[0] == "item"]
    box = page.card_box(page.px(60) + page.px(150) * len(items))
    page.text((box[0] + page.px(24), box[1] + page.px(18)), spec.title, 19, page.muted)
    y = box[1] + page.px(56)
    side = int(page.px(124))
    for number, (_, title, quantity, price) in enumerate(items):
        page.image.paste(_thumbnail(spec, side, spec.seed + number), (int(box[0] + page.px(24)), int(y)))
        tx = box[0] + page.px(24) + side + page.px(20)
        lines = page.wrap(title, 21, box[2] - tx - page.px(24))[:2]
        for k, line in enumerate(lines):
            page.text((tx, y + k * page.px(30)), line, 21, page.ink)
        page.text((tx, y + page.px(72)), f"x{quantity}", 19, page.muted)
        page.text((box[2] - page.px(24), y + page.px(98)), price, 23, page.ink, bold=True, anchor="rs")
        y += page.px(150)
    summary = [r for r in spec.rows if r[0] in ("line", "total")]
    box = page.card_box(page.px(40) + page.px(48) * len(summary))
    y = box[1] + page.px(22)
    for row in summary:
        bold = row[0] == "total"
        label, value = ("Order total", row[1]) if bold else (row[1], row[2])
        page.text((box[0] + page.px(24), y), label, 23 if bold else 20, page.ink if bold else page.muted, bold=bold)
        page.text((box[2] - page.px(24), y), _fit(value, 30), 23 if bold else 20, page.ink, bold=bold, anchor="ra")
        y += page.px(48)
    if page.y < size[1] - page.px(130):
        y = size[1] - page.px(110)
        half = (width - page.px(60)) / 2
        for k, label in enumerate(("Contact seller", "Track package")):
            x0 = page.px(20) + k * (half + page.px(20))
            fill, ink = ((255, 255, 255), page.ink) if k == 0 else (accent, (255, 255, 255))
            page.draw.rounded_rectangle(
                (x0, y, x0 + half, y + page.px(70)), radius=page.px(35), fill=fill, outline=shade(page.background, 0.8)
            )
            page.text((x0 + half / 2, y + page.px(35)), label, 22, ink, bold=True, anchor="mm")
    return page.image


def _listing(spec: ScreenSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A product page: the photo, rows ("price", value), ("spec", name, value), ("seller", name), ("rating", text)."""
    page = _Page(size, rng, dark=False)
    accent = rng.choice(_ACCENTS)
    width, height = size
    photo_side = width
    photo = render_photo(
        PhotoSpec("studio", spec.seed, spec.product, spec.colour), (photo_side, int(photo_side * 0.9)), clean=True
    )
    page.image.paste(photo, (0, 0))
    page.status_bar(rng, shade(photo.getpixel((width // 2, 4)), 1.0), (30, 30, 30))  # type: ignore[arg-type]
    page.y = photo.height
    for dot in range(5):
        x = width / 2 + (dot - 2) * page.px(18)
        fill = (40, 40, 40) if dot == 0 else (200, 200, 200)
        page.draw.ellipse((x - page.px(5), page.y - page.px(24), x + page.px(5), page.y - page.px(14)), fill=fill)
    box = page.card_box(page.px(210), margin=0)
    price = next((r[1] for r in spec.rows if r[0] == "price"), "")
    page.text((page.px(28), box[1] + page.px(18)), price, 40, accent, bold=True)
    rating = next((r[1] for r in spec.rows if r[0] == "rating"), "4.7")
    page.text((width - page.px(28), box[1] + page.px(30)), rating, 22, (230, 160, 20), bold=True, anchor="ra")
    _star(page.draw, width - page.px(90), box[1] + page.px(42), page.px(13), (240, 170, 20))
    y = box[1] + page.px(84)
    for line in page.wrap(spec.title, 25, width - page.px(56), bold=True)[:3]:
        page.text((page.px(28), y), line, 25, page.ink, bold=True)
        y += page.px(36)
    specs = [r for r in spec.rows if r[0] == "spec"]
    box = page.card_box(page.px(70) + page.px(46) * len(specs), margin=0)
    page.text((page.px(28), box[1] + page.px(18)), "Specifications", 23, page.ink, bold=True)
    y = box[1] + page.px(64)
    for _, name, value in specs:
        page.text((page.px(28), y), name, 20, page.muted)
        page.text((page.px(260), y), _fit(value, 34), 20, page.ink)
        y += page.px(46)
    seller = next((r[1] for r in spec.rows if r[0] == "seller"), "")
    if seller and page.y < height - page.px(200):
        box = page.card_box(page.px(90), margin=0)
        page.draw.ellipse(
            (page.px(28), box[1] + page.px(18), page.px(82), box[1] + page.px(72)), fill=shade(accent, 1.5)
        )
        page.text((page.px(100), box[1] + page.px(22)), _fit(seller, 30), 22, page.ink, bold=True)
        page.text((page.px(100), box[1] + page.px(54)), "98.1% positive feedback", 17, page.muted)
    page.draw.rectangle((0, height - page.px(100), width, height), fill=page.card)
    half = (width - page.px(60)) / 2
    for k, label in enumerate(("Add to cart", "Buy now")):
        x0 = page.px(20) + k * (half + page.px(20))
        fill = shade(accent, 1.6) if k == 0 else accent
        page.draw.rounded_rectangle(
            (x0, height - page.px(84), x0 + half, height - page.px(20)), radius=page.px(32), fill=fill
        )
        page.text(
            (x0 + half / 2, height - page.px(52)),
            label,
            22,
            accent if k == 0 else (255, 255, 255),
            bold=True,
            anchor="mm",
        )
    return page.image


def _star(draw: ImageDraw.ImageDraw, x: float, y: float, radius: float, colour: RGB) -> None:
    points = []
    for k in range(10):
        r = radius if k % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + k * math.pi / 5
        points.append((x + r * math.cos(angle), y - r * math.sin(angle)))
    draw.polygon(points, fill=colour)


def _tracking(spec: ScreenSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A tracking page: rows ("carrier", name), ("event", time, place, description) newest first."""
    page = _Page(size, rng, dark=False)
    accent = rng.choice(_ACCENTS)
    page.status_bar(rng, accent, (255, 255, 255))
    page.header("Track package", accent, (255, 255, 255))
    carrier = next((r[1] for r in spec.rows if r[0] == "carrier"), "")
    events = [r for r in spec.rows if r[0] == "event"]
    box = page.card_box(page.px(130))
    page.text((box[0] + page.px(24), box[1] + page.px(20)), carrier, 20, page.muted)
    page.text((box[0] + page.px(24), box[1] + page.px(56)), spec.title, 30, page.ink, bold=True)
    box = page.card_box(page.px(40) + page.px(116) * len(events))
    y = box[1] + page.px(34)
    for number, (_, time, place, description) in enumerate(events):
        x = box[0] + page.px(44)
        colour = accent if number == 0 else (190, 190, 196)
        if number < len(events) - 1:
            page.draw.line(
                (x, y + page.px(12), x, y + page.px(116)), fill=(210, 210, 214), width=max(2, int(page.px(3)))
            )
        page.draw.ellipse((x - page.px(11), y, x + page.px(11), y + page.px(22)), fill=colour)
        page.text(
            (x + page.px(34), y - page.px(4)),
            _fit(description, 38),
            22,
            page.ink if number == 0 else page.muted,
            bold=number == 0,
        )
        page.text((x + page.px(34), y + page.px(32)), f"{time}  {place}".strip(), 18, page.muted)
        y += page.px(116)
    return page.image


_DRAWERS: dict[str, Callable[[ScreenSpec, tuple[int, int], random.Random], Image.Image]] = {
    "chat": _chat,
    "order": _order,
    "listing": _listing,
    "tracking": _tracking,
}
