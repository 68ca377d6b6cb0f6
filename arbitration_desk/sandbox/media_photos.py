"""Photo scenes of the demo world: what buyers, sellers and couriers photograph in a dispute.

A :class:`PhotoSpec` says what to draw (the scene, the product, the label texts and a variation seed);
:func:`render_photo` draws it, deterministically, as an RGB image of the requested size.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from arbitration_desk.sandbox.media_draw import (
    RGB,
    barcode,
    camera,
    crack_lines,
    drop_shadow,
    fit,
    gradient,
    jitter,
    matrix_code,
    paste_rotated,
    shade,
    surface,
    write,
)

#: Scenes :func:`render_photo` draws.
PHOTO_SCENES = (
    "parcel",
    "damaged_box",
    "open_box",
    "product",
    "studio",
    "broken",
    "serial",
    "stitching",
    "receipt",
    "mailbox",
    "doorstep",
    "warehouse",
)
#: Product shapes (see ``_PRODUCTS``); ``SCREENS`` have a display that can crack.
PRODUCT_SHAPES = (
    "phone",
    "tablet",
    "watch",
    "earbuds",
    "bank",
    "controller",
    "camera",
    "drone",
    "round",
    "bag",
    "shoe",
    "dress",
    "bottle",
    "knives",
    "blocks",
    "tea",
    "strip",
    "stand",
    "ssd",
)
SCREENS = frozenset({"phone", "tablet", "watch", "camera"})
SOFT = frozenset({"bag", "shoe", "dress"})


@dataclass(frozen=True)
class PhotoSpec:
    """What a photo shows. ``texts`` are the scene's printed lines (label, receipt, sticker)."""

    scene: str
    seed: int
    product: str = "phone"
    colour: RGB = (40, 40, 44)
    texts: tuple[str, ...] = ()
    portrait: bool = False


def render_photo(spec: PhotoSpec, size: tuple[int, int], clean: bool = False) -> Image.Image:
    """Draws ``spec`` as an RGB image of ``size`` (the same spec and size always give the same pixels).

    ``clean`` leaves out the camera (fall-off, cast, grain): for the pictures inside screenshots.
    """
    rng = random.Random(f"{spec.scene}:{spec.seed}:{spec.product}:{size}")
    image = _SCENES[spec.scene](spec, size, rng)
    if clean:
        return image
    image = camera(image, rng)
    if spec.scene == "doorstep":
        _stamp(image, spec)
    return image


def _tilt(rng: random.Random, limit: float) -> float:
    """How much an object is turned in the picture: often not at all (rotation is the costly part)."""
    return 0.0 if rng.random() < 0.3 else rng.uniform(-limit, limit)


def _text(spec: PhotoSpec, index: int, default: str = "") -> str:
    return spec.texts[index] if index < len(spec.texts) else default


# ---------------------------------------------------------------- parcels


def _label(spec: PhotoSpec, width: int, rng: random.Random) -> Image.Image:
    """A thermal shipping label: service banner, addresses, barcode and tracking number.

    Small labels are drawn at a legible size and scaled down, as a camera would see them.
    """
    drawn = max(width, 240)
    height = int(drawn * 1.3)
    layer = Image.new("RGBA", (drawn, height), (250, 250, 246, 255))
    draw = ImageDraw.Draw(layer)
    pad = drawn * 0.06
    unit = drawn / 20
    inner = drawn - 2 * pad
    service, tracking, to_name, to_city, from_name, weight = (_text(spec, k) for k in range(6))
    draw.rectangle((0, 0, drawn, unit * 2.4), fill=(24, 24, 24))
    write(
        draw,
        (pad, unit * 0.45),
        fit(service or "PARCEL", unit * 1.15, inner, True),
        unit * 1.15,
        (250, 250, 250),
        bold=True,
    )
    y = unit * 3
    write(draw, (pad, y), "FROM:", unit * 0.7, (30, 30, 30), bold=True)
    write(draw, (pad + unit * 3.3, y), fit(from_name, unit * 0.7, inner - unit * 3.3), unit * 0.7, (30, 30, 30))
    y += unit * 1.3
    draw.line((pad, y, drawn - pad, y), fill=(30, 30, 30), width=max(1, int(unit / 8)))
    y += unit * 0.5
    write(draw, (pad, y), "SHIP TO:", unit * 0.8, (20, 20, 20), bold=True)
    y += unit * 1.2
    for line in (to_name, to_city):
        write(draw, (pad, y), fit(line, unit * 1.05, inner, True), unit * 1.05, (15, 15, 15), bold=True)
        y += unit * 1.45
    y += unit * 0.3
    draw.rectangle((pad, y, drawn - pad, y + unit * 5.2), outline=(20, 20, 20), width=max(1, int(unit / 6)))
    barcode(draw, (pad + unit * 0.6, y + unit * 0.6, drawn - pad - unit * 0.6, y + unit * 4.6), rng)
    y += unit * 5.6
    write(draw, (drawn / 2, y), tracking, unit * 0.95, (15, 15, 15), bold=True, anchor="ma")
    y += unit * 1.6
    write(draw, (pad, y), f"WEIGHT {weight}", unit * 0.7, (30, 30, 30))
    matrix_code(draw, drawn - pad - unit * 3.2, y - unit * 0.2, unit * 3.2, rng)
    if drawn != width:
        layer = layer.resize((width, int(width * 1.3)), Image.Resampling.BILINEAR)
    return layer


def _box_layer(spec: PhotoSpec, size: tuple[int, int], rng: random.Random, damaged: bool) -> Image.Image:
    """The top of a cardboard box with tape, a label and its visible side (dented and torn when ``damaged``)."""
    width, height = size
    side = (max(4, width // 40), max(6, height // 22))
    cardboard = jitter((186, 144, 98), rng, 14)
    layer = Image.new("RGBA", (width + side[0], height + side[1]), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    outline = [(0.0, 0.0), (width - 1.0, 0.0), (width - 1.0, height - 1.0), (0.0, height - 1.0)]
    if damaged:
        outline = []
        for k in range(20):
            edge, f = divmod(k, 5)
            x, y = [(f / 5, 0.0), (1.0, f / 5), (1 - f / 5, 1.0), (0.0, 1 - f / 5)][edge]
            pull = rng.uniform(0.0, 0.045) if f else rng.uniform(0.02, 0.08)
            outline.append((width * (pull + x * (1 - 2 * pull)), height * (pull + y * (1 - 2 * pull))))
    draw.polygon([(x + side[0], y + side[1]) for x, y in outline], fill=(*shade(cardboard, 0.62), 255))
    draw.polygon(outline, fill=(*cardboard, 255))
    mid = height * rng.uniform(0.46, 0.54)
    tape = shade(cardboard, 1.25) if rng.random() < 0.6 else (214, 200, 150)
    tape_box = (0.0, mid - height * 0.07, width - 1.0, mid + height * 0.07)
    if damaged:
        draw.polygon(_clip_band(outline, tape_box), fill=(*tape, 255))
    else:
        draw.rectangle(tape_box, fill=(*tape, 255))
    draw.line(
        (outline[0][0] if not damaged else width * 0.06, mid, width * (0.94 if damaged else 1), mid),
        fill=(*shade(cardboard, 0.62), 255),
        width=2,
    )
    if damaged:
        _bent_panel(draw, outline, rng, cardboard)
        _dents(layer, (width, height), rng, cardboard)
    label = _label(spec, int(width * 0.42), rng)
    rotated = label
    lx = int(width * rng.uniform(0.08, 0.5))
    ly = int(min(height - rotated.height, height * rng.uniform(0.06, 0.2)))
    layer.alpha_composite(rotated, (max(0, lx), max(0, ly)))
    if rng.random() < 0.5 or damaged:
        x, y = width * rng.uniform(0.55, 0.66), height * rng.uniform(0.7, 0.8)
        draw.rectangle((x, y, x + width * 0.26, y + width * 0.07), fill=(200, 30, 30, 255))
        write(
            draw, (x + width * 0.13, y + width * 0.035), "FRAGILE", width / 24, (255, 255, 255), bold=True, anchor="mm"
        )
    if damaged:
        _creases_and_tear(draw, (width, height), rng, cardboard, outline)
    return layer


def _clip_band(
    outline: list[tuple[float, float]], band: tuple[float, float, float, float]
) -> list[tuple[float, float]]:
    """The tape across a dented box: the band between the outline's left and right edges."""
    top, bottom = band[1], band[3]
    left = [p for p in outline if p[0] < band[2] / 2]
    right = [p for p in outline if p[0] >= band[2] / 2]
    lx = min(left, key=lambda p: abs(p[1] - (top + bottom) / 2))[0] + 2
    rx = min(right, key=lambda p: abs(p[1] - (top + bottom) / 2))[0] - 2
    return [(lx, top), (rx, top), (rx, bottom), (lx, bottom)]


def _bent_panel(
    draw: ImageDraw.ImageDraw, outline: list[tuple[float, float]], rng: random.Random, cardboard: RGB
) -> None:
    """A crushed box's panel bent along a line across it: the far side turns away from the light."""
    start = rng.randrange(len(outline))
    end = (start + len(outline) // 2 + rng.randrange(-2, 3)) % len(outline)
    if end < start:
        start, end = end, start
    side = outline[start : end + 1]
    draw.polygon(side, fill=(*shade(cardboard, 0.82), 255))
    draw.line([side[0], side[-1]], fill=(*shade(cardboard, 0.6), 255), width=3)
    draw.line(
        [(side[0][0] + 2, side[0][1] + 2), (side[-1][0] + 2, side[-1][1] + 2)],
        fill=(*shade(cardboard, 1.2), 255),
        width=2,
    )


def _dents(layer: Image.Image, size: tuple[int, int], rng: random.Random, cardboard: RGB) -> None:
    """Soft dark blotches where the box was pressed in (kept inside the box's outline)."""
    width, height = size
    small = (max(4, width // 6), max(4, height // 6))
    mask = Image.new("L", small, 0)
    draw = ImageDraw.Draw(mask)
    for _ in range(rng.randrange(2, 5)):
        x, y = rng.uniform(0.15, 0.85) * small[0], rng.uniform(0.15, 0.85) * small[1]
        rx, ry = rng.uniform(0.08, 0.2) * small[0], rng.uniform(0.08, 0.18) * small[1]
        draw.ellipse((x - rx, y - ry, x + rx, y + ry), fill=rng.randrange(130, 190))
    mask = mask.filter(ImageFilter.GaussianBlur(3)).resize(size, Image.Resampling.BILINEAR)
    alpha = layer.getchannel("A").crop((0, 0, width, height))
    layer.paste((*shade(cardboard, 0.55), 255), (0, 0, width, height), ImageChops.multiply(mask, alpha))


def _creases_and_tear(
    draw: ImageDraw.ImageDraw,
    size: tuple[int, int],
    rng: random.Random,
    cardboard: RGB,
    outline: list[tuple[float, float]],
) -> None:
    width, height = size
    dark, light = (*shade(cardboard, 0.66), 255), (*shade(cardboard, 1.16), 255)
    for _ in range(rng.randrange(3, 6)):  # folds: a shadowed valley along a lit ridge, nearly straight
        x, y = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.9) * height
        angle = rng.uniform(0, math.pi)
        length = rng.uniform(0.25, 0.6) * width
        points = [(x, y)]
        for _ in range(3):
            angle += rng.uniform(-0.25, 0.25)
            x = min(width * 0.95, max(width * 0.05, x + math.cos(angle) * length / 3))
            y = min(height * 0.95, max(height * 0.05, y + math.sin(angle) * length / 3))
            points.append((x, y))
        draw.line(points, fill=dark, width=rng.choice((2, 3)), joint="curve")
        draw.line([(px + 1.5, py + 2) for px, py in points], fill=light, width=2, joint="curve")
    corner = rng.randrange(4)  # a crushed corner, pushed in: the outline's corner point and its neighbours
    cx, cy = outline[corner * 5]
    nx, ny = outline[corner * 5 + 1]
    px, py = outline[corner * 5 - 1]
    inner = (cx + (nx - cx) * 0.5 + (px - cx) * 0.5, cy + (ny - cy) * 0.5 + (py - cy) * 0.5)
    crushed = [(cx, cy), (nx, ny), inner, (px, py)]
    draw.polygon(crushed, fill=(*shade(cardboard, 0.68), 255))
    draw.line([(nx, ny), inner, (px, py)], fill=dark, width=3)
    hx, hy = rng.uniform(0.25, 0.75) * width, rng.uniform(0.62, 0.82) * height  # a ragged tear
    hole = [
        (hx + math.cos(a) * width * rng.uniform(0.02, 0.07), hy + math.sin(a) * height * rng.uniform(0.02, 0.06))
        for a in _angles(11)
    ]
    draw.polygon(hole, fill=(38, 28, 20, 255))
    draw.line([*hole, hole[0]], fill=(*shade(cardboard, 1.45), 255), width=2)


def _floor(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    return surface(rng, size, rng.choice(("wood", "oak", "carpet", "tiles", "concrete", "grey")))


def _parcel(spec: PhotoSpec, size: tuple[int, int], rng: random.Random, damaged: bool = False) -> Image.Image:
    image = _floor(rng, size)
    width, height = size
    box = (int(width * rng.uniform(0.52, 0.68)), int(height * rng.uniform(0.52, 0.68)))
    if box[0] < box[1] * 1.1:
        box = (int(box[1] * 1.25), box[1])
    _place_box(image, spec, box, (width * rng.uniform(0.45, 0.55), height * rng.uniform(0.46, 0.54)), rng, damaged)
    return image


def _place_box(
    image: Image.Image,
    spec: PhotoSpec,
    box: tuple[int, int],
    centre: tuple[float, float],
    rng: random.Random,
    damaged: bool,
) -> None:
    angle = _tilt(rng, 12)
    layer = _box_layer(spec, box, rng, damaged)
    shadow = _corners(layer.size, centre, angle)
    drop_shadow(image, shadow, offset=(box[0] * 0.03, box[1] * 0.05), blur=box[0] * 0.05, opacity=150)
    paste_rotated(image, layer, centre, angle)


def _corners(size: tuple[int, int], centre: tuple[float, float], angle: float) -> list[tuple[float, float]]:
    w, h = size[0] / 2, size[1] / 2
    cos, sin = math.cos(math.radians(-angle)), math.sin(math.radians(-angle))
    return [
        (centre[0] + x * cos - y * sin, centre[1] + x * sin + y * cos) for x, y in ((-w, -h), (w, -h), (w, h), (-w, h))
    ]


def _damaged_box(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    return _parcel(spec, size, rng, damaged=True)


def _open_box(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """An opened box seen from above: flaps, the inside, packing paper and the product."""
    image = _floor(rng, size)
    draw = ImageDraw.Draw(image)
    width, height = size
    cardboard = jitter((180, 138, 92), rng, 12)
    x0, y0 = width * rng.uniform(0.2, 0.26), height * rng.uniform(0.2, 0.26)
    x1, y1 = width - width * rng.uniform(0.2, 0.26), height - height * rng.uniform(0.2, 0.26)
    drop_shadow(image, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], offset=(10, 14), blur=20, opacity=130)
    flap = (y1 - y0) * 0.32
    for polygon, factor in (
        ([(x0, y0), (x1, y0), (x1 - 20, y0 - flap), (x0 + 20, y0 - flap)], 1.1),
        ([(x0, y1), (x1, y1), (x1 - 15, y1 + flap * 0.8), (x0 + 15, y1 + flap * 0.8)], 0.95),
        ([(x0, y0), (x0, y1), (x0 - flap, y1 - 15), (x0 - flap, y0 + 15)], 1.0),
        ([(x1, y0), (x1, y1), (x1 + flap, y1 - 15), (x1 + flap, y0 + 15)], 0.9),
    ):
        draw.polygon(polygon, fill=shade(cardboard, factor))
    inside = Image.new("RGB", (int(x1 - x0), int(y1 - y0)))
    inside.paste(gradient(inside.size, shade(cardboard, 0.45), shade(cardboard, 0.75)))
    image.paste(inside, (int(x0), int(y0)))
    paper = jitter((236, 232, 222), rng, 8)
    for _ in range(rng.randrange(7, 12)):
        px, py = rng.uniform(x0, x1), rng.uniform(y0, y1)
        r = (x1 - x0) * rng.uniform(0.07, 0.14)
        blob = [
            (px + r * math.cos(a) * rng.uniform(0.6, 1.2), py + r * math.sin(a) * rng.uniform(0.6, 1.2))
            for a in _angles(9)
        ]
        draw.polygon(blob, fill=shade(paper, rng.uniform(0.85, 1.0)), outline=shade(paper, 0.75))
    inner = (int((x1 - x0) * 0.55), int((y1 - y0) * 0.7))
    centre = (rng.uniform(x0 + inner[0] / 2, x1 - inner[0] / 2), (y0 + y1) / 2)
    _place_product(image, spec, inner, centre, _tilt(rng, 15), rng)
    return image


def _angles(count: int) -> list[float]:
    return [2 * math.pi * k / count for k in range(count)]


def _warehouse(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A packing table in a warehouse: shelving with stacked parcels behind, the labelled parcel in front."""
    width, height = size
    image = gradient(size, jitter((206, 206, 200), rng, 10), jitter((150, 148, 140), rng, 10))
    draw = ImageDraw.Draw(image)
    steel = jitter((40, 80, 150), rng, 20)
    for post in (width * 0.03, width * 0.5, width * 0.97):
        draw.rectangle((post - 7, 0, post + 7, height * 0.5), fill=steel)
    for y in (height * 0.2, height * 0.46):
        x = width * 0.05
        while x < width * 0.93:
            w, h = width * rng.uniform(0.08, 0.16), height * rng.uniform(0.08, 0.15)
            colour = jitter((176, 134, 90), rng, 18)
            draw.rectangle((x, y - h, x + w, y), fill=colour, outline=shade(colour, 0.7))
            draw.rectangle((x + w * 0.2, y - h * 0.75, x + w * 0.55, y - h * 0.45), fill=(238, 238, 232))
            x += w + width * rng.uniform(0.005, 0.02)
        draw.rectangle((0, y, width, y + 8), fill=jitter((230, 120, 30), rng, 15))
    table = jitter((196, 190, 176), rng, 12)
    top = height * 0.54
    draw.polygon([(0, top + 20), (width, top), (width, height), (0, height)], fill=table)
    draw.line((0, top + 20, width, top), fill=shade(table, 1.2), width=4)
    roll = (width * 0.82, height * 0.8)
    draw.ellipse(
        (roll[0] - 50, roll[1] - 50, roll[0] + 50, roll[1] + 50), fill=(200, 184, 140), outline=(150, 130, 90), width=3
    )
    draw.ellipse((roll[0] - 22, roll[1] - 22, roll[0] + 22, roll[1] + 22), fill=shade(table, 0.9))
    box = (int(width * 0.42), int(height * 0.34))
    _place_box(image, spec, box, (width * rng.uniform(0.36, 0.5), height * 0.74), rng, False)
    return image


# ---------------------------------------------------------------- products


def _shape_size(shape: str, room: tuple[int, int]) -> tuple[int, int]:
    aspects = {
        "phone": 0.5,
        "tablet": 0.72,
        "watch": 0.55,
        "knives": 0.75,
        "bottle": 0.6,
        "dress": 0.7,
        "strip": 1.0,
        "round": 1.0,
        "tea": 1.0,
        "drone": 1.0,
        "ssd": 3.0,
        "shoe": 2.0,
        "bag": 1.25,
        "controller": 1.5,
        "bank": 0.58,
        "camera": 1.4,
        "earbuds": 1.2,
        "blocks": 1.3,
        "stand": 1.1,
    }
    aspect = aspects.get(shape, 1.0)
    width, height = room
    if width / height > aspect:
        return int(height * aspect), height
    return width, int(width / aspect)


def _place_product(
    image: Image.Image,
    spec: PhotoSpec,
    room: tuple[int, int],
    centre: tuple[float, float],
    angle: float,
    rng: random.Random,
) -> Image.Image:
    size = _shape_size(spec.product, room)
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    _PRODUCTS.get(spec.product, _draw_phone)(ImageDraw.Draw(layer), size, spec.colour, rng)
    paste_rotated(image, layer, centre, angle, shadow=(size[0] * 0.04, size[1] * 0.05, max(size) * 0.05, 120))
    return layer


def _product(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    image = surface(rng, size, rng.choice(("wood", "oak", "white", "grey", "carpet")))
    width, height = size
    room = (int(width * rng.uniform(0.5, 0.66)), int(height * rng.uniform(0.6, 0.76)))
    centre = (width * rng.uniform(0.44, 0.56), height * rng.uniform(0.45, 0.55))
    _place_product(image, spec, room, centre, _tilt(rng, 20), rng)
    return image


def _studio(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A seller's listing photo: a seamless white or pastel backdrop and a centred product."""
    width, height = size
    top = jitter((246, 246, 246), rng, 6) if rng.random() < 0.7 else jitter((226, 232, 240), rng, 14)
    image = gradient(size, top, shade(top, 0.86))
    room = (int(width * 0.6), int(height * 0.72))
    _place_product(image, spec, room, (width / 2, height * 0.5), 0, rng)
    return image


def _broken(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """The product with the damage: shattered glass on screens, cracks, chips or a tear elsewhere."""
    image = surface(rng, size, rng.choice(("wood", "oak", "white", "grey")))
    width, height = size
    room = (int(width * 0.62), int(height * 0.8))
    centre = (width * rng.uniform(0.45, 0.55), height * 0.5)
    angle = _tilt(rng, 15)
    layer_size = _shape_size(spec.product, room)
    layer = Image.new("RGBA", layer_size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    screen = _PRODUCTS.get(spec.product, _draw_phone)(draw, layer_size, spec.colour, rng)
    lw, lh = layer_size
    if spec.product in SCREENS and screen is not None:
        if spec.product != "watch":  # a broken display is dark
            draw.rounded_rectangle(screen, radius=(screen[2] - screen[0]) * 0.06, fill=(12, 13, 16, 255))
        origin = (rng.uniform(screen[0], screen[2]), rng.uniform(screen[1], screen[1] + (screen[3] - screen[1]) * 0.6))
        crack_lines(draw, origin, screen, rng, (214, 220, 226))
    elif spec.product in SOFT:
        x, y = lw * rng.uniform(0.3, 0.6), lh * rng.uniform(0.3, 0.6)
        tear = [(x, y)]
        for _ in range(8):
            x, y = x + lw * rng.uniform(0.02, 0.05), y + lh * rng.uniform(-0.03, 0.03)
            tear.append((x, y))
        back = [(px + rng.uniform(-2, 2), py + lh * rng.uniform(0.01, 0.035)) for px, py in reversed(tear)]
        draw.polygon(tear + back, fill=(20, 16, 14, 255))
        for px, py in tear[::2]:
            draw.line(
                (px, py, px + rng.uniform(-12, 12), py - rng.uniform(4, 14)), fill=(*shade(spec.colour, 1.3), 255)
            )
    else:  # cracks across the body, kept inside its outline
        alpha = layer.getchannel("A")
        box = (lw * 0.1, lh * 0.1, lw * 0.9, lh * 0.9)
        ink = shade(spec.colour, 0.3) if sum(spec.colour) > 200 else shade(spec.colour, 2.2)
        for _ in range(2):
            crack_lines(draw, (rng.uniform(box[0], box[2]), rng.uniform(box[1], box[3])), box, rng, ink)
        layer.putalpha(alpha)
        _chip(draw, alpha, rng)
    paste_rotated(image, layer, centre, angle, shadow=(lw * 0.04, lh * 0.05, max(layer_size) * 0.05, 120))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randrange(3, 9)):  # splinters, chips or threads next to the item
        x, y = rng.uniform(0.1, 0.9) * width, rng.uniform(0.75, 0.95) * height
        shard = [(x + rng.uniform(-9, 9), y + rng.uniform(-9, 9)) for _ in range(3)]
        draw.polygon(shard, fill=shade(spec.colour, 1.4) if spec.product not in SCREENS else (200, 210, 216))
    return image


def _chip(draw: ImageDraw.ImageDraw, alpha: Image.Image, rng: random.Random) -> None:
    """Knocks a jagged piece out of the object's edge (``alpha`` is its silhouette)."""
    width, height = alpha.size
    angle = rng.uniform(0, 2 * math.pi)
    x, y = width / 2, height / 2
    while 0 <= x < width and 0 <= y < height and alpha.getpixel((int(x), int(y))):
        x, y = x + math.cos(angle) * 3, y + math.sin(angle) * 3
    radius = min(width, height) * rng.uniform(0.06, 0.1)
    piece = [
        (x + math.cos(a) * radius * rng.uniform(0.5, 1.2), y + math.sin(a) * radius * rng.uniform(0.5, 1.2))
        for a in _angles(7)
    ]
    draw.polygon(piece, fill=(0, 0, 0, 0))


# ---------------------------------------------------------------- labels and paper


def _serial(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A close-up of the product's rating/serial sticker (or its woven tag for soft goods)."""
    width, height = size
    if spec.product in SOFT:
        return _stitching(spec, size, rng)
    body = spec.colour
    image = gradient(size, shade(body, 1.2), shade(body, 0.8))
    draw = ImageDraw.Draw(image)
    for k in range(0, width, max(4, width // 120)):  # brushed/moulded texture
        draw.line((k, 0, k + rng.uniform(-20, 20), height), fill=jitter(body, rng, 6))
    brand, model, serial, origin, batch = (_text(spec, k) for k in range(5))
    lw = int(min(width, height * 1.33) * 0.62)  # the sticker keeps its shape in portrait pictures
    lh = int(lw * 0.7)
    sticker = Image.new("RGBA", (lw, lh), (*jitter((238, 236, 228), rng, 8), 255))
    sd = ImageDraw.Draw(sticker)
    unit = lw / 22
    write(sd, (unit, unit * 0.8), brand, unit * 1.8, (20, 20, 20), bold=True)
    rows = (f"MODEL: {model}", f"S/N: {serial}", f"BATCH: {batch}", f"MADE IN {origin}", "INPUT 5V 2A")
    y = unit * 3.6
    for row in rows:
        write(sd, (unit, y), row, unit * 0.95, (30, 30, 30), bold=row.startswith("S/N"))
        y += unit * 1.45
    barcode(sd, (unit, y + unit * 0.4, lw * 0.62, lh - unit * 0.8), rng)
    matrix_code(sd, lw - unit * 6.2, y - unit * 1.5, unit * 5.2, rng)
    for mark in range(rng.randrange(2, 4)):  # certification-style marks
        cx, cy = lw - unit * (2 + mark * 2.6), unit * 1.8
        sd.ellipse((cx - unit, cy - unit, cx + unit, cy + unit), outline=(30, 30, 30), width=max(1, int(unit / 6)))
    angle = _tilt(rng, 8)
    centre = (width * rng.uniform(0.45, 0.55), height * rng.uniform(0.45, 0.55))
    paste_rotated(image, sticker, centre, angle)
    return image


def _stitching(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A close-up of leather or fabric: seams with uneven stitches and a sewn-in brand tag."""
    width, height = size
    body = spec.colour
    image = gradient(size, shade(body, 1.15), shade(body, 0.75))
    draw = ImageDraw.Draw(image)
    for _ in range(900):  # grain of leather/fabric
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        draw.point((x, y), fill=jitter(body, rng, 20))
    thread = jitter((226, 214, 180), rng, 15)
    for seam in range(2):
        y = height * (0.15 + 0.7 * seam) + rng.uniform(-10, 10)
        x = width * 0.02
        while x < width:
            stitch = width * rng.uniform(0.018, 0.03)
            wobble = rng.uniform(-3, 3) * (1 + seam)
            draw.line((x, y + wobble, x + stitch, y + wobble + rng.uniform(-2, 2)), fill=thread, width=4)
            x += stitch * rng.uniform(1.4, 1.9)
    brand, model, serial, origin, batch = (_text(spec, k) for k in range(5))
    tw = int(min(width, height * 1.33) * 0.5)
    th = int(tw * 0.72)
    tag = Image.new("RGBA", (tw, th), (*jitter((245, 243, 236), rng, 6), 255))
    td = ImageDraw.Draw(tag)
    unit = tw / 18
    td.rectangle((unit * 0.4, unit * 0.4, tw - unit * 0.4, th - unit * 0.4), outline=(*thread, 255), width=3)
    write(td, (tw / 2, unit * 1.2), brand, unit * 1.8, (25, 25, 25), bold=True, anchor="ma")
    lines = (f"ART. {model}", f"No. {serial}", f"MADE IN {origin}", f"LOT {batch}")
    y = unit * 4.2
    for line in lines:
        write(td, (tw / 2, y), line, unit * 0.95, (40, 40, 40), anchor="ma")
        y += unit * 1.4
    paste_rotated(image, tag, (width * rng.uniform(0.45, 0.55), height * 0.5), _tilt(rng, 6))
    return image


def _receipt(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A till receipt on a table. ``texts``: shop, address, date, receipt number, payment, "item|price"..., total."""
    image = surface(rng, size, rng.choice(("wood", "oak", "grey", "white")))
    width, height = size
    shop, address, date, number, payment, *rows = spec.texts or ("RECEIPT", "", "", "", "", "0.00")
    total = rows.pop() if rows else ""
    pw = int(min(width * 0.56, height * 0.62))
    unit = pw / 22
    ph = int(unit * (17.5 + 1.6 * len(rows)))
    if ph > height * 0.92:  # keep the whole receipt in the picture
        scale = height * 0.92 / ph
        pw, unit, ph = int(pw * scale), unit * scale, int(ph * scale)
    paper = Image.new("RGBA", (pw, ph), (*jitter((246, 244, 236), rng, 6), 255))
    pd = ImageDraw.Draw(paper)
    ink = jitter((52, 52, 60), rng, 12)
    y = unit * 1.0
    write(pd, (pw / 2, y), fit(shop.upper(), unit * 1.3, pw - 2 * unit, True), unit * 1.3, ink, bold=True, anchor="ma")
    y += unit * 1.8
    for line in (address, f"{date}   No. {number}"):
        write(pd, (pw / 2, y), fit(line, unit * 0.85, pw - 2 * unit), unit * 0.85, ink, anchor="ma")
        y += unit * 1.2
    y += unit * 0.3
    pd.line((unit, y, pw - unit, y), fill=(*ink, 255), width=1)
    y += unit * 0.6
    for row in rows:
        name, _, price = row.partition("|")
        write(pd, (unit, y), fit(name, unit * 0.95, pw - 7.5 * unit), unit * 0.95, ink)
        write(pd, (pw - unit, y), price, unit * 0.95, ink, anchor="ra")
        y += unit * 1.6
    pd.line((unit, y, pw - unit, y), fill=(*ink, 255), width=1)
    y += unit * 0.6
    write(pd, (unit, y), "TOTAL", unit * 1.2, ink, bold=True)
    write(pd, (pw - unit, y), total, unit * 1.2, ink, bold=True, anchor="ra")
    y += unit * 1.9
    write(pd, (unit, y), fit(payment, unit * 0.85, pw - 2 * unit), unit * 0.85, ink)
    y += unit * 1.6
    barcode(pd, (pw * 0.18, y, pw * 0.82, y + unit * 2.4), rng)
    write(pd, (pw / 2, y + unit * 2.9), "THANK YOU - KEEP THIS RECEIPT", unit * 0.75, ink, anchor="ma")
    for fold in (ph * rng.uniform(0.3, 0.4), ph * rng.uniform(0.62, 0.72)):  # folds catch the light
        pd.line((0, fold, pw, fold + rng.uniform(-4, 4)), fill=(226, 224, 216, 255), width=2)
    tooth = max(3.0, unit / 2)
    for k in range(int(pw / tooth) + 1):  # torn-off edge
        x = k * tooth
        pd.polygon([(x, ph), (x + tooth / 2, ph - rng.uniform(2, 5)), (x + tooth, ph)], fill=(0, 0, 0, 0))
    angle = _tilt(rng, 8)
    centre = (width * rng.uniform(0.42, 0.58), height / 2)
    drop_shadow(image, _corners((pw, ph), centre, angle), offset=(6, 9), blur=12, opacity=90)
    paste_rotated(image, paper, centre, angle)
    return image


# ---------------------------------------------------------------- places


def _mailbox(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A building's hall: a bank of metal mailboxes with name slots and the entrance door."""
    width, height = size
    wall = jitter((214, 206, 190), rng, 16)
    image = gradient(size, shade(wall, 1.05), shade(wall, 0.7))
    draw = ImageDraw.Draw(image)
    metal = jitter((150, 154, 160), rng, 20) if rng.random() < 0.6 else jitter((70, 86, 70), rng, 20)
    cols, rows = rng.randrange(3, 6), rng.randrange(3, 5)
    x0, y0 = width * 0.06, height * 0.12
    bw, bh = width * 0.62 / cols, height * 0.62 / rows
    drop_shadow(
        image, [(x0, y0), (x0 + bw * cols, y0), (x0 + bw * cols, y0 + bh * rows), (x0, y0 + bh * rows)], (8, 8), 10
    )
    apartment = rng.randrange(1, 9) * 10
    names = list(spec.texts) or ["A.", "B."]
    for row in range(rows):
        for col in range(cols):
            left, top = x0 + col * bw, y0 + row * bh
            draw.rectangle(
                (left, top, left + bw - 3, top + bh - 3), fill=jitter(metal, rng, 6), outline=shade(metal, 0.6)
            )
            draw.rectangle(
                (left + bw * 0.15, top + bh * 0.18, left + bw * 0.85, top + bh * 0.3), fill=shade(metal, 0.35)
            )
            draw.rectangle((left + bw * 0.25, top + bh * 0.55, left + bw * 0.75, top + bh * 0.72), fill=(240, 238, 230))
            number = apartment + row * cols + col + 1
            name = names[(row * cols + col) % len(names)] if rng.random() < 0.7 else ""
            write(
                draw,
                (left + bw / 2, top + bh * 0.635),
                f"{number} {name}".strip(),
                max(9, bh / 9),
                (30, 30, 30),
                anchor="mm",
            )
            draw.ellipse((left + bw * 0.8, top + bh * 0.45, left + bw * 0.88, top + bh * 0.53), fill=shade(metal, 0.5))
    door = (width * 0.74, height * 0.06, width * 0.97, height)
    frame = jitter((90, 70, 52), rng, 20)
    draw.rectangle(door, fill=frame)
    draw.rectangle(
        (door[0] + 14, door[1] + 14, door[2] - 14, door[1] + (door[3] - door[1]) * 0.6), fill=(170, 196, 214)
    )
    draw.line(
        (door[0] + 14, door[1] + 14, door[2] - 14, door[1] + (door[3] - door[1]) * 0.6), fill=(210, 226, 236), width=6
    )
    draw.rectangle((door[0] + 10, door[3] - height * 0.3, door[0] + 22, door[3] - height * 0.22), fill=(200, 200, 200))
    floor = jitter((120, 110, 100), rng, 15)
    draw.rectangle((0, height * 0.92, width, height), fill=floor)
    return image


def _doorstep(spec: PhotoSpec, size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A courier's proof-of-delivery photo: a parcel on a doormat, the door, and the app's stamp."""
    width, height = size
    image = surface(rng, size, rng.choice(("tiles", "concrete", "wood")))
    draw = ImageDraw.Draw(image)
    door_colour = rng.choice(((120, 40, 36), (40, 60, 90), (70, 72, 70), (150, 110, 70), (230, 230, 226)))
    door_colour = jitter(door_colour, rng, 12)
    top = height * rng.uniform(0.42, 0.5)
    draw.rectangle((0, 0, width, top), fill=jitter((210, 204, 196), rng, 12))
    draw.rectangle((width * 0.22, 0, width * 0.78, top), fill=door_colour)
    for panel in range(2):
        px = width * (0.26 + panel * 0.27)
        draw.rectangle(
            (px, height * 0.03, px + width * 0.22, top - height * 0.05), outline=shade(door_colour, 0.7), width=4
        )
    draw.rectangle((width * 0.18, top, width * 0.82, top + height * 0.04), fill=jitter((150, 150, 146), rng, 10))
    mat = jitter((70, 56, 44), rng, 12)
    mat_box = (width * 0.24, top + height * 0.1, width * 0.76, top + height * 0.48)
    drop_shadow(
        image,
        [(mat_box[0], mat_box[1]), (mat_box[2], mat_box[1]), (mat_box[2], mat_box[3]), (mat_box[0], mat_box[3])],
        (4, 6),
        8,
        80,
    )
    draw.rectangle(mat_box, fill=mat)
    for k in range(int(mat_box[0]) + 6, int(mat_box[2]) - 6, 7):
        draw.line((k, mat_box[1] + 6, k, mat_box[3] - 6), fill=shade(mat, 0.8))
    box = (int(width * 0.3), int(height * 0.24))
    _place_box(image, spec, box, (width * rng.uniform(0.45, 0.55), top + height * 0.26), rng, False)
    return image


def _stamp(image: Image.Image, spec: PhotoSpec) -> None:
    """The courier app's stamp: delivery time and tracking number, burnt into the corner."""
    width, height = image.size
    draw = ImageDraw.Draw(image)
    for line_number, line in enumerate((_text(spec, 6) or "DELIVERED", f"POD {_text(spec, 1)}")):
        y = height - height * 0.1 + line_number * width / 34
        write(draw, (width * 0.03 + 2, y + 2), line, max(12, width / 40), (0, 0, 0), bold=True)
        write(draw, (width * 0.03, y), line, max(12, width / 40), (255, 214, 60), bold=True)


# ---------------------------------------------------------------- product shapes
# Each draws into a transparent layer of the given size and returns the screen's box (or None).


ShapeDrawer = Callable[
    [ImageDraw.ImageDraw, tuple[int, int], RGB, random.Random], "tuple[float, float, float, float] | None"
]


def _draw_phone(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random
) -> tuple[float, float, float, float]:
    w, h = size
    radius = w * 0.12
    draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=radius, fill=(*shade(colour, 0.9), 255))
    draw.rounded_rectangle((2, 2, w - 3, h - 3), radius=radius, outline=(*shade(colour, 1.5), 255), width=2)
    bezel = w * 0.05
    screen = (bezel, bezel * 1.6, w - bezel, h - bezel * 1.6)
    lit = rng.random() < 0.5
    top, bottom = ((40, 70, 120), (120, 60, 110)) if lit else ((20, 22, 28), (10, 11, 14))
    steps = 12
    for k in range(steps):  # the screen: a lock-screen wallpaper, or a dark panel with a faint reflection
        y0 = screen[1] + (screen[3] - screen[1]) * k / steps
        y1 = screen[1] + (screen[3] - screen[1]) * (k + 1) / steps
        mix = tuple(int(a + (b - a) * k / steps) for a, b in zip(top, bottom, strict=True))
        draw.rectangle((screen[0], y0, screen[2], y1), fill=(*mix, 255))
    if lit:
        write(
            draw,
            (w / 2, screen[1] + h * 0.14),
            f"{rng.randrange(7, 23)}:{rng.randrange(60):02d}",
            max(8, w * 0.2),
            (245, 245, 250, 255),
            bold=True,
            anchor="mm",
        )
    else:
        draw.polygon(
            [
                (screen[0], screen[1] + h * 0.25),
                (screen[2], screen[1] + h * 0.05),
                (screen[2], screen[1] + h * 0.11),
                (screen[0], screen[1] + h * 0.31),
            ],
            fill=(30, 33, 40, 255),
        )
    draw.ellipse((w / 2 - bezel * 0.3, bezel * 0.5, w / 2 + bezel * 0.3, bezel * 1.1), fill=(8, 8, 10, 255))
    return screen


def _draw_tablet(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random
) -> tuple[float, float, float, float]:
    return _draw_phone(draw, size, colour, rng)


def _draw_watch(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random
) -> tuple[float, float, float, float]:
    w, h = size
    strap = shade(colour, 0.7)
    draw.rounded_rectangle((w * 0.22, 0, w * 0.78, h), radius=w * 0.12, fill=(*strap, 255))
    for k in range(5):
        y = h * (0.78 + k * 0.04)
        draw.ellipse((w * 0.46, y, w * 0.54, y + w * 0.06), fill=(*shade(strap, 0.5), 255))
    face = (w * 0.04, h * 0.27, w * 0.96, h * 0.73)
    if rng.random() < 0.5:
        draw.ellipse(face, fill=(*shade(colour, 1.4), 255))
        inner = (face[0] + w * 0.06, face[1] + w * 0.06, face[2] - w * 0.06, face[3] - w * 0.06)
        draw.ellipse(inner, fill=(236, 232, 222, 255))
        cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
        for k in range(12):
            a = k * math.pi / 6
            r = (inner[2] - inner[0]) / 2
            draw.line(
                (
                    cx + r * 0.8 * math.cos(a),
                    cy + r * 0.8 * math.sin(a),
                    cx + r * 0.92 * math.cos(a),
                    cy + r * 0.92 * math.sin(a),
                ),
                fill=(30, 30, 30, 255),
                width=3,
            )
        draw.line(
            (cx, cy, cx + r * 0.5 * math.cos(rng.uniform(0, 6.3)), cy + r * 0.5 * math.sin(rng.uniform(0, 6.3))),
            fill=(20, 20, 20, 255),
            width=5,
        )
        draw.line(
            (cx, cy, cx + r * 0.75 * math.cos(rng.uniform(0, 6.3)), cy + r * 0.75 * math.sin(rng.uniform(0, 6.3))),
            fill=(20, 20, 20, 255),
            width=3,
        )
        return inner
    draw.rounded_rectangle(face, radius=w * 0.2, fill=(*shade(colour, 0.8), 255))
    screen = (face[0] + w * 0.07, face[1] + w * 0.07, face[2] - w * 0.07, face[3] - w * 0.07)
    draw.rounded_rectangle(screen, radius=w * 0.14, fill=(10, 12, 16, 255))
    cx, cy = (screen[0] + screen[2]) / 2, (screen[1] + screen[3]) / 2
    write(
        draw,
        (cx, cy),
        f"{rng.randrange(7, 23):02d}:{rng.randrange(60):02d}",
        max(8, w * 0.18),
        (230, 230, 230, 255),
        bold=True,
        anchor="mm",
    )
    return screen


def _draw_earbuds(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    case = (w * 0.05, h * 0.3, w * 0.6, h * 0.95)
    draw.rounded_rectangle(case, radius=h * 0.2, fill=(*colour, 255), outline=(*shade(colour, 0.7), 255), width=3)
    draw.line((case[0] + 8, h * 0.52, case[2] - 8, h * 0.52), fill=(*shade(colour, 0.6), 255), width=2)
    draw.ellipse((w * 0.3, h * 0.7, w * 0.34, h * 0.74), fill=(90, 220, 120, 255))
    for k in range(2):
        x = w * (0.66 + k * 0.16)
        draw.ellipse(
            (x, h * 0.05, x + w * 0.14, h * 0.25), fill=(*colour, 255), outline=(*shade(colour, 0.7), 255), width=2
        )
        draw.rounded_rectangle((x + w * 0.05, h * 0.2, x + w * 0.09, h * 0.55), radius=w * 0.02, fill=(*colour, 255))


def _draw_bank(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.rounded_rectangle(
        (0, 0, w - 1, h - 1), radius=w * 0.16, fill=(*colour, 255), outline=(*shade(colour, 0.6), 255), width=3
    )
    for k in range(4):
        y = h * 0.12 + k * h * 0.05
        draw.ellipse(
            (w * 0.46, y, w * 0.54, y + w * 0.08),
            fill=(80, 170, 250, 255) if k < rng.randrange(1, 5) else (60, 60, 60, 255),
        )
    draw.rounded_rectangle((w * 0.3, h * 0.94, w * 0.7, h * 0.99), radius=4, fill=(20, 20, 20, 255))
    write(draw, (w / 2, h * 0.6), "20000", max(8, w * 0.14), (*shade(colour, 0.5), 255), bold=True, anchor="mm")


def _draw_controller(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    body = (*colour, 255)
    draw.ellipse((0, h * 0.2, w * 0.42, h * 0.98), fill=body)
    draw.ellipse((w * 0.58, h * 0.2, w, h * 0.98), fill=body)
    draw.rounded_rectangle((w * 0.15, h * 0.1, w * 0.85, h * 0.66), radius=h * 0.2, fill=body)
    dark = (*shade(colour, 0.35), 255)
    draw.rectangle((w * 0.14, h * 0.33, w * 0.24, h * 0.41), fill=dark)
    draw.rectangle((w * 0.17, h * 0.28, w * 0.21, h * 0.46), fill=dark)
    for dx, dy, c in (
        (0.78, 0.26, (60, 180, 90)),
        (0.84, 0.36, (210, 60, 60)),
        (0.72, 0.36, (60, 110, 210)),
        (0.78, 0.46, (230, 190, 40)),
    ):
        draw.ellipse((w * dx - 7, h * dy - 7, w * dx + 7, h * dy + 7), fill=(*c, 255))
    for sx in (0.36, 0.62):
        draw.ellipse((w * sx - w * 0.07, h * 0.55, w * sx + w * 0.07, h * 0.55 + w * 0.14), fill=dark)


def _draw_camera(
    draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random
) -> tuple[float, float, float, float]:
    w, h = size
    draw.rounded_rectangle(
        (0, 0, w - 1, h - 1), radius=h * 0.12, fill=(*colour, 255), outline=(*shade(colour, 0.5), 255), width=3
    )
    screen = (w * 0.08, h * 0.12, w * 0.58, h * 0.88)
    draw.rounded_rectangle(screen, radius=h * 0.06, fill=(12, 14, 18, 255))
    lens = (w * 0.66, h * 0.22, w * 0.94, h * 0.22 + w * 0.28)
    draw.ellipse(lens, fill=(30, 30, 34, 255), outline=(120, 120, 126, 255), width=4)
    draw.ellipse(
        (lens[0] + w * 0.08, lens[1] + w * 0.08, lens[2] - w * 0.08, lens[3] - w * 0.08), fill=(40, 60, 90, 255)
    )
    return screen


def _draw_drone(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    for cx, cy in ((0.18, 0.18), (0.82, 0.18), (0.18, 0.82), (0.82, 0.82)):
        draw.line((w / 2, h / 2, w * cx, h * cy), fill=(*shade(colour, 0.8), 255), width=int(w * 0.06))
        draw.ellipse(
            (w * cx - w * 0.16, h * cy - h * 0.16, w * cx + w * 0.16, h * cy + h * 0.16),
            outline=(*shade(colour, 0.6), 255),
            width=3,
        )
        draw.line((w * cx - w * 0.14, h * cy, w * cx + w * 0.14, h * cy), fill=(180, 180, 184, 255), width=4)
    draw.rounded_rectangle((w * 0.36, h * 0.3, w * 0.64, h * 0.7), radius=w * 0.06, fill=(*colour, 255))
    draw.ellipse((w * 0.45, h * 0.62, w * 0.55, h * 0.72), fill=(20, 20, 30, 255))


def _draw_round(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.ellipse((0, 0, w - 1, h - 1), fill=(*colour, 255), outline=(*shade(colour, 0.55), 255), width=4)
    draw.ellipse((w * 0.08, h * 0.08, w * 0.92, h * 0.92), outline=(*shade(colour, 0.8), 255), width=2)
    draw.ellipse((w * 0.42, h * 0.1, w * 0.58, h * 0.26), fill=(*shade(colour, 0.6), 255))
    draw.rounded_rectangle((w * 0.3, h * 0.5, w * 0.7, h * 0.6), radius=6, fill=(*shade(colour, 1.3), 255))


def _draw_tea(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.ellipse((0, 0, w - 1, h - 1), fill=(232, 224, 204, 255), outline=(200, 190, 170, 255), width=3)
    draw.ellipse((w * 0.22, h * 0.22, w * 0.78, h * 0.78), outline=(180, 40, 40, 255), width=4)
    write(draw, (w / 2, h / 2), "普洱", max(10, w * 0.14), (180, 40, 40, 255), anchor="mm")
    for _ in range(40):
        x, y = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
        draw.line((x, y, x + rng.uniform(-8, 8), y + rng.uniform(-8, 8)), fill=(150, 120, 90, 255), width=1)


def _draw_bag(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.arc((w * 0.25, 0, w * 0.75, h * 0.6), 180, 360, fill=(*shade(colour, 0.75), 255), width=int(w * 0.04))
    body = [(w * 0.08, h * 0.32), (w * 0.92, h * 0.32), (w, h - 1), (0, h - 1)]
    draw.polygon(body, fill=(*colour, 255))
    flap = [(w * 0.08, h * 0.32), (w * 0.92, h * 0.32), (w * 0.86, h * 0.58), (w * 0.14, h * 0.58)]
    draw.polygon(flap, fill=(*shade(colour, 0.88), 255))
    stitch = (*shade(colour, 1.5), 255)
    for k in range(int(w * 0.12), int(w * 0.88), 14):
        draw.line((k, h * 0.55, k + 7, h * 0.55), fill=stitch, width=2)
    draw.rounded_rectangle((w * 0.44, h * 0.52, w * 0.56, h * 0.62), radius=4, fill=(200, 170, 90, 255))


def _draw_shoe(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    """A running shoe seen from the side, toe to the right."""
    w, h = size

    def at(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * w, y * h) for x, y in points]

    sole = at(
        [(0.02, 0.76), (0.9, 0.76), (0.97, 0.7), (0.995, 0.78), (0.97, 0.9), (0.9, 0.96), (0.08, 0.97), (0.01, 0.9)]
    )
    draw.polygon(sole, fill=(238, 238, 234, 255))
    draw.line(at([(0.03, 0.86), (0.96, 0.84)]), fill=(200, 200, 196, 255), width=max(1, int(h * 0.02)))
    upper = at(
        [
            (0.03, 0.78),
            (0.02, 0.5),
            (0.05, 0.32),
            (0.1, 0.27),
            (0.2, 0.33),
            (0.3, 0.28),
            (0.34, 0.1),
            (0.42, 0.08),
            (0.47, 0.25),
            (0.62, 0.38),
            (0.8, 0.48),
            (0.92, 0.56),
            (0.97, 0.68),
            (0.96, 0.77),
        ]
    )
    draw.polygon(upper, fill=(*colour, 255))
    accent = shade(colour, 1.45) if sum(colour) < 380 else shade(colour, 0.6)
    draw.polygon(at([(0.1, 0.74), (0.22, 0.52), (0.5, 0.5), (0.72, 0.6), (0.6, 0.74)]), fill=(*accent, 255))
    draw.polygon(at([(0.02, 0.5), (0.05, 0.32), (0.12, 0.3), (0.1, 0.55)]), fill=(*shade(colour, 0.7), 255))
    draw.polygon(
        at([(0.82, 0.52), (0.92, 0.56), (0.97, 0.68), (0.96, 0.76), (0.84, 0.76)]), fill=(*shade(colour, 0.85), 255)
    )
    for k in range(5):  # laces over the eyelets
        x0, y0 = 0.4 + k * 0.055, 0.2 + k * 0.06
        draw.ellipse(at([(x0 - 0.01, y0 + 0.03), (x0 + 0.01, y0 + 0.07)]), fill=(30, 30, 30, 255))
        draw.line(
            at([(x0 - 0.02, y0 + 0.02), (x0 + 0.05, y0 + 0.08)]), fill=(245, 245, 242, 255), width=max(2, int(h * 0.03))
        )
    draw.line(at([(0.05, 0.55), (0.33, 0.62), (0.7, 0.64), (0.93, 0.7)]), fill=(*shade(colour, 0.75), 255), width=1)


def _draw_dress(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.arc((w * 0.42, 0, w * 0.58, h * 0.1), 180, 360, fill=(140, 140, 144, 255), width=4)
    draw.line((w * 0.1, h * 0.1, w * 0.9, h * 0.1), fill=(120, 90, 60, 255), width=6)
    body = [
        (w * 0.3, h * 0.1),
        (w * 0.7, h * 0.1),
        (w * 0.66, h * 0.42),
        (w * 0.98, h - 1),
        (w * 0.02, h - 1),
        (w * 0.34, h * 0.42),
    ]
    draw.polygon(body, fill=(*colour, 255))
    for k in range(4):
        x = w * (0.3 + k * 0.14)
        draw.line((w / 2, h * 0.45, x, h - 4), fill=(*shade(colour, 0.85), 255), width=2)
    if rng.random() < 0.5:
        for _ in range(30):
            x, y = rng.uniform(0.3, 0.7) * w, rng.uniform(0.45, 0.9) * h
            draw.ellipse((x - 4, y - 4, x + 4, y + 4), fill=(*shade(colour, 1.5), 255))


def _draw_bottle(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.rounded_rectangle((w * 0.3, 0, w * 0.7, h * 0.22), radius=w * 0.06, fill=(40, 40, 44, 255))
    draw.rectangle((w * 0.4, h * 0.2, w * 0.6, h * 0.3), fill=(190, 180, 150, 255))
    draw.rounded_rectangle(
        (0, h * 0.28, w - 1, h - 1), radius=w * 0.14, fill=(*colour, 200), outline=(*shade(colour, 1.5), 255), width=3
    )
    draw.rectangle((w * 0.12, h * 0.34, w * 0.22, h * 0.92), fill=(*shade(colour, 1.6), 140))
    draw.rectangle((w * 0.25, h * 0.55, w * 0.75, h * 0.75), fill=(245, 240, 228, 255))
    write(draw, (w / 2, h * 0.65), "EAU DE PARFUM", max(7, w * 0.06), (60, 50, 40, 255), anchor="mm")


def _draw_knives(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    for k in range(5):
        x = w * (0.06 + k * 0.19)
        blade = h * rng.uniform(0.45, 0.6)
        draw.polygon(
            [(x, h * 0.02), (x + w * 0.12, h * 0.02 + blade * 0.15), (x + w * 0.12, blade), (x, blade)],
            fill=(200, 204, 210, 255),
        )
        draw.line((x + 2, h * 0.05, x + 2, blade), fill=(240, 244, 248, 255), width=2)
        draw.rounded_rectangle((x - 2, blade, x + w * 0.14, h - 1), radius=6, fill=(*colour, 255))
        for r in (0.3, 0.6):
            y = blade + (h - blade) * r
            draw.ellipse((x + w * 0.05, y, x + w * 0.08, y + w * 0.03), fill=(190, 190, 196, 255))


def _draw_blocks(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    palette = ((200, 40, 40), (40, 90, 200), (240, 200, 40), (40, 160, 80), (240, 240, 240))
    for _ in range(16):
        bw, bh = w * rng.choice((0.16, 0.24, 0.32)), h * 0.16
        x, y = rng.uniform(0, w - bw), rng.uniform(0, h - bh)
        c = rng.choice(palette)
        draw.rectangle((x, y, x + bw, y + bh), fill=(*c, 255), outline=(*shade(c, 0.7), 255), width=2)
        for k in range(int(bw / (w * 0.08))):
            sx = x + w * 0.04 + k * w * 0.08
            draw.ellipse(
                (sx - w * 0.025, y + bh * 0.3, sx + w * 0.025, y + bh * 0.3 + w * 0.05),
                outline=(*shade(c, 0.75), 255),
                width=2,
            )


def _draw_strip(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.ellipse((w * 0.05, h * 0.05, w * 0.95, h * 0.95), outline=(235, 235, 235, 255), width=int(w * 0.12))
    draw.ellipse((w * 0.32, h * 0.32, w * 0.68, h * 0.68), fill=(60, 60, 64, 255))
    for k in range(36):
        a = k * math.pi / 18
        cx, cy = w / 2 + w * 0.39 * math.cos(a), h / 2 + h * 0.39 * math.sin(a)
        draw.rectangle((cx - 4, cy - 4, cx + 4, cy + 4), fill=(250, 236, 180, 255))


def _draw_stand(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    alu = (*shade(colour, 1.3), 255)
    draw.rounded_rectangle(
        (w * 0.05, h * 0.1, w * 0.95, h * 0.5), radius=12, fill=alu, outline=(150, 150, 156, 255), width=3
    )
    for x in (0.2, 0.8):
        draw.rectangle((w * x - w * 0.06, h * 0.5, w * x + w * 0.06, h * 0.95), fill=(170, 172, 178, 255))
    draw.rounded_rectangle((w * 0.05, h * 0.88, w * 0.95, h * 0.98), radius=8, fill=alu)
    for k in range(6):
        draw.ellipse((w * (0.15 + k * 0.13), h * 0.25, w * (0.2 + k * 0.13), h * 0.3), fill=(140, 140, 146, 255))


def _draw_ssd(draw: ImageDraw.ImageDraw, size: tuple[int, int], colour: RGB, rng: random.Random) -> None:
    w, h = size
    draw.rectangle((0, 0, w - 1, h - 1), fill=(24, 90, 50, 255))
    for k in range(1, 12):
        draw.rectangle((w * (1 - 0.012 * k) - 3, h * 0.15, w * (1 - 0.012 * k), h * 0.85), fill=(210, 170, 60, 255))
    for x in (0.08, 0.36, 0.58):
        draw.rectangle((w * x, h * 0.12, w * x + w * 0.18, h * 0.88), fill=(24, 24, 26, 255))
    draw.ellipse((-h * 0.15, h * 0.35, h * 0.15, h * 0.65), fill=(200, 200, 200, 255))
    draw.rectangle((w * 0.1, h * 0.3, w * 0.75, h * 0.7), fill=(*colour, 230))


_PRODUCTS: dict[str, ShapeDrawer] = {
    "phone": _draw_phone,
    "tablet": _draw_tablet,
    "watch": _draw_watch,
    "earbuds": _draw_earbuds,
    "bank": _draw_bank,
    "controller": _draw_controller,
    "camera": _draw_camera,
    "drone": _draw_drone,
    "round": _draw_round,
    "bag": _draw_bag,
    "shoe": _draw_shoe,
    "dress": _draw_dress,
    "bottle": _draw_bottle,
    "knives": _draw_knives,
    "blocks": _draw_blocks,
    "tea": _draw_tea,
    "strip": _draw_strip,
    "stand": _draw_stand,
    "ssd": _draw_ssd,
}

_SCENES: dict[str, Callable[[PhotoSpec, tuple[int, int], random.Random], Image.Image]] = {
    "parcel": _parcel,
    "damaged_box": _damaged_box,
    "open_box": _open_box,
    "product": _product,
    "studio": _studio,
    "broken": _broken,
    "serial": _serial,
    "stitching": _stitching,
    "receipt": _receipt,
    "mailbox": _mailbox,
    "doorstep": _doorstep,
    "warehouse": _warehouse,
}
