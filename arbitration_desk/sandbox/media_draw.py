"""Drawing helpers for the demo world's evidence images: fonts, surfaces, shadows, labels and "camera" effects.

Everything here is cheap on purpose (a world draws about a hundred images): blurs run on small masks
that are then scaled up, and the grain and vignette layers are made once per image size.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, features

from arbitration_desk.documents.fonts import fonts_dir

RGB = tuple[int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
Point = tuple[float, float]

_FACES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "arabic": "NotoSansArabic-Regular.ttf",
    "cjk": "DroidSansFallbackFull.ttf",
}


@lru_cache(maxsize=96)
def font(size: int, face: str = "regular") -> Font:
    """A bundled font (``regular``, ``bold``, ``arabic``, ``cjk``), else Pillow's default one."""
    # Basic layout is much faster than Raqm; only Arabic needs shaping and right-to-left order.
    engine = ImageFont.Layout.RAQM if face == "arabic" and features.check("raqm") else ImageFont.Layout.BASIC
    try:
        return ImageFont.truetype(str(fonts_dir() / _FACES[face]), size, layout_engine=engine)
    except OSError:
        return ImageFont.load_default(size=size)


def face_for(text: str, bold: bool = False) -> str:
    """The face that has glyphs for ``text``: CJK and Arabic get their own."""
    if any("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u30ff" or "\uff00" <= c <= "\uffef" for c in text):
        return "cjk"
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return "arabic"
    return "bold" if bold else "regular"


def font_for(text: str, size: int, bold: bool = False) -> Font:
    return font(size, face_for(text, bold))


# Rendering a string with the bundled fonts runs their hinting program for every glyph, every time
# (milliseconds per line); glyphs are therefore rendered once and the strings assembled from them.


@lru_cache(maxsize=4096)
def _glyph(face: str, size: int, char: str) -> tuple[Image.Image | None, int, int, float]:
    """(mask, left, top relative to the pen on the baseline, advance) of one character."""
    if unicodedata.category(char) in ("Cf", "Cc"):  # format and control characters take no room
        return None, 0, 0, 0.0
    typeface = font(size, face)
    advance = typeface.getlength(char)
    left, top, right, bottom = (int(v) for v in typeface.getbbox(char, anchor="ls"))
    if right <= left or bottom <= top:
        return None, 0, 0, advance
    mask = Image.new("L", (right - left, bottom - top), 0)
    ImageDraw.Draw(mask).text((-left, -top), char, fill=255, font=typeface, anchor="ls")
    return mask, left, top, advance


@lru_cache(maxsize=256)
def _metrics(face: str, size: int) -> tuple[int, int]:
    typeface = font(size, face)
    if isinstance(typeface, ImageFont.FreeTypeFont):
        return typeface.getmetrics()
    return size, size // 4


def _char_face(char: str, latin: str) -> str:
    return "cjk" if "\u2e80" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" else latin


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"


def _runs(text: str) -> list[tuple[bool, str]]:
    """(is Arabic, text) runs in visual order, left to right.

    A simple bidirectional layout: Arabic runs are shaped and ordered by Raqm, other runs (order numbers,
    country codes) are drawn left to right with the Latin face, and a paragraph that starts in Arabic
    lays its runs out from right to left. Spaces and punctuation stay with the run they follow.
    """
    runs: list[list[object]] = []
    for char in text:
        arabic = _is_arabic(char)
        if runs and (runs[-1][0] == arabic or not (arabic or char.isalnum())):
            runs[-1][1] = f"{runs[-1][1]}{char}"
        else:
            runs.append([arabic, char])
    ordered = [(bool(run[0]), str(run[1])) for run in runs]
    first = next((char for char in text if _is_arabic(char) or char.isalpha()), "")
    if not (first and _is_arabic(first)):
        return ordered
    # Right to left: a left-to-right run's trailing space separates it from the run on its left.
    return [
        (arabic, run if arabic else " " * (len(run) - len(run.rstrip())) + run.rstrip())
        for arabic, run in ordered[::-1]
    ]


def _run_width(arabic: bool, text: str, size: int, latin: str) -> float:
    if arabic:
        return font(size, "arabic").getlength(text)
    return sum(_glyph(_char_face(char, latin), size, char)[3] for char in text)


def measure(text: str, size: int, bold: bool = False) -> float:
    """The width of ``text`` as :func:`write` draws it."""
    latin = "bold" if bold else "regular"
    if not any(_is_arabic(char) for char in text):
        return _run_width(False, text, size, latin)
    return sum(_run_width(arabic, run, size, latin) for arabic, run in _runs(text))


def write(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    size: float,
    fill: Sequence[int],
    bold: bool = False,
    anchor: str = "la",
) -> None:
    """Draws ``text`` like ``ImageDraw.text`` with the right bundled faces; anchors: [lmr][amsb]."""
    size = max(6, int(size))
    latin = "bold" if bold else "regular"
    ink = tuple(fill)
    ascent, descent = _metrics(latin, size)
    x, y = xy
    if anchor[0] != "l":
        width = measure(text, size, bold)
        x -= width / 2 if anchor[0] == "m" else width
    baseline = {"a": y + ascent, "m": y + (ascent - descent) / 2, "s": y, "b": y - descent}[anchor[1]]
    runs = _runs(text) if any(_is_arabic(char) for char in text) else [(False, text)]
    pen = x
    for arabic, run in runs:
        if arabic:
            draw.text((pen, baseline), run, fill=ink, font=font(size, "arabic"), anchor="ls")
            pen += _run_width(True, run, size, latin)
            continue
        for char in run:
            mask, left, top, advance = _glyph(_char_face(char, latin), size, char)
            if mask is not None:
                draw.bitmap((round(pen) + left, round(baseline) + top), mask, fill=ink)
            pen += advance


def fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text``, cut short with an ellipsis when it is wider than ``width``."""
    size = max(6, int(size))
    if measure(text, size, bold) <= width:
        return text
    while text and measure(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, size: int, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap for :func:`write` (CJK text, which has no spaces, wraps per character)."""
    if " " not in text:
        tokens, joiner = list(text), ""
    else:
        tokens, joiner = text.split(" "), " "
    lines: list[str] = []
    line = ""
    for token in tokens:
        candidate = f"{line}{joiner}{token}" if line else token
        if line and measure(candidate, size, bold) > width:
            lines.append(line)
            line = token
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def jitter(colour: Sequence[int], rng: random.Random, amount: int) -> RGB:
    r, g, b = (max(0, min(255, int(c) + rng.randint(-amount, amount))) for c in colour[:3])
    return (r, g, b)


def shade(colour: Sequence[int], factor: float) -> RGB:
    """Darker (< 1) or lighter (> 1, towards white) version of ``colour``."""
    if factor <= 1:
        r, g, b = (int(c * factor) for c in colour[:3])
    else:
        r, g, b = (int(c + (255 - c) * (factor - 1)) for c in colour[:3])
    return (r, g, b)


# ---------------------------------------------------------------- surfaces


@lru_cache(maxsize=1)
def _ramp() -> Image.Image:
    return Image.linear_gradient("L").resize((4, 64))


def gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    """A vertical gradient from ``top`` to ``bottom`` (made small, then scaled up: cheap)."""
    small = Image.composite(Image.new("RGB", (4, 64), bottom), Image.new("RGB", (4, 64), top), _ramp())
    column = small.resize((1, size[1]), Image.Resampling.BILINEAR)
    return column.resize(size, Image.Resampling.NEAREST)


def surface(rng: random.Random, size: tuple[int, int], kind: str) -> Image.Image:
    """A table, floor or wall the object lies on: a lit gradient with a texture of its kind."""
    width, height = size
    palettes = {
        "wood": ((150, 104, 66), (186, 140, 96), (112, 74, 44)),
        "oak": ((196, 164, 120), (220, 192, 150), (170, 136, 96)),
        "white": ((226, 226, 222), (240, 240, 236), (205, 205, 200)),
        "grey": ((150, 152, 156), (176, 178, 182), (128, 130, 134)),
        "carpet": ((120, 112, 104), (140, 132, 122), (100, 94, 86)),
        "concrete": ((160, 158, 152), (182, 180, 174), (132, 130, 126)),
        "tiles": ((196, 190, 180), (214, 208, 198), (170, 164, 156)),
    }
    base, light, dark = (jitter(c, rng, 14) for c in palettes[kind])
    image = gradient(size, light, dark) if rng.random() < 0.6 else gradient(size, dark, light)
    draw = ImageDraw.Draw(image)
    if kind in ("wood", "oak"):
        y = rng.uniform(-20, 10)
        while y < height:
            plank = rng.uniform(0.18, 0.3) * height
            draw.line((0, y, width, y + rng.uniform(-6, 6)), fill=shade(base, 0.72), width=2)
            for _ in range(rng.randrange(6, 14)):
                yy = y + rng.uniform(0, plank)
                x0 = rng.uniform(-0.2, 0.8) * width
                draw.line((x0, yy, x0 + rng.uniform(0.2, 0.7) * width, yy + rng.uniform(-3, 3)), fill=shade(base, 0.9))
            y += plank
    elif kind == "tiles":
        step = rng.randrange(width // 5, width // 3)
        for x in range(rng.randrange(step), width, step):
            draw.line((x, 0, x, height), fill=shade(base, 0.85), width=3)
        for row in range(rng.randrange(step), height, step):
            draw.line((0, row, width, row), fill=shade(base, 0.85), width=3)
    elif kind in ("carpet", "concrete"):
        for _ in range(400 if kind == "carpet" else 120):
            cx, cy = rng.uniform(0, width), rng.uniform(0, height)
            r = rng.uniform(1, 4)
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=shade(base, rng.uniform(0.8, 1.15)))
    return image


# ---------------------------------------------------------------- objects


def drop_shadow(
    image: Image.Image, polygon: Sequence[Point], offset: Point = (12, 16), blur: float = 14, opacity: int = 120
) -> None:
    """Darkens the ground under ``polygon``; the mask covers only its box and is blurred at a quarter size."""
    margin = 2 * blur + 4
    xs = [x + offset[0] for x, _ in polygon]
    ys = [y + offset[1] for _, y in polygon]
    left, top = int(max(0, min(xs) - margin)), int(max(0, min(ys) - margin))
    right, bottom = int(min(image.width, max(xs) + margin)), int(min(image.height, max(ys) + margin))
    if right - left < 8 or bottom - top < 8:
        return
    small = (max(2, (right - left) // 4), max(2, (bottom - top) // 4))
    mask = Image.new("L", small, 0)
    shifted = [((x - left) / 4, (y - top) / 4) for x, y in zip(xs, ys, strict=True)]
    ImageDraw.Draw(mask).polygon(shifted, fill=opacity)
    mask = mask.filter(ImageFilter.GaussianBlur(blur / 4)).resize(
        (right - left, bottom - top), Image.Resampling.BILINEAR
    )
    image.paste((18, 14, 10), (left, top, right, bottom), mask)


def paste_rotated(
    image: Image.Image,
    layer: Image.Image,
    centre: Point,
    angle: float,
    shadow: tuple[float, float, float, int] | None = None,
) -> list[Point]:
    """Pastes an RGBA ``layer`` rotated by ``angle`` degrees around ``centre``; returns its corners.

    ``shadow`` = (dx, dy, blur, opacity) first casts the layer's own silhouette, softened, on the image.
    """
    # Nearest-neighbour rotation: bilinear costs ten times as much, and the grain hides the steps.
    rotated = layer if angle == 0 else layer.rotate(angle, resample=Image.Resampling.NEAREST, expand=True)
    x = int(centre[0] - rotated.width / 2)
    y = int(centre[1] - rotated.height / 2)
    if shadow is not None:
        dx, dy, blur, opacity = shadow
        margin = int(2 * blur) + 2
        small = (max(2, (rotated.width + 2 * margin) // 4), max(2, (rotated.height + 2 * margin) // 4))
        silhouette = Image.new("L", (rotated.width + 2 * margin, rotated.height + 2 * margin), 0)
        silhouette.paste(rotated.getchannel("A").point(lambda v: v * opacity // 255), (margin, margin))
        soft = silhouette.resize(small, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(blur / 4))
        image.paste((18, 14, 10), (int(x + dx - margin), int(y + dy - margin)), soft.resize(silhouette.size))
    image.paste(rotated, (x, y), rotated)
    return rotated_corners(layer.size, centre, angle)


def rotated_corners(size: tuple[int, int], centre: Point, angle: float) -> list[Point]:
    import math

    w, h = size[0] / 2, size[1] / 2
    cos, sin = math.cos(math.radians(-angle)), math.sin(math.radians(-angle))
    return [
        (centre[0] + x * cos - y * sin, centre[1] + x * sin + y * cos) for x, y in ((-w, -h), (w, -h), (w, h), (-w, h))
    ]


def barcode(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], rng: random.Random) -> None:
    """Code-128-looking stripes in ``box``."""
    x0, y0, x1, y1 = box
    x = x0
    unit = max(1.0, (x1 - x0) / 180)
    while x < x1 - 3 * unit:
        bar = unit * rng.choice((1, 1, 1, 2, 2, 3))
        draw.rectangle((x, y0, min(x1, x + bar - 0.5), y1), fill=(20, 20, 22))
        x += bar + unit * rng.choice((1, 1, 2, 3))


def matrix_code(draw: ImageDraw.ImageDraw, x: float, y: float, size: float, rng: random.Random) -> None:
    """A 2-D code with three finder squares (looks like a QR code, encodes nothing)."""
    cells = 21
    cell = size / cells
    ink = (22, 22, 24)
    for row in range(cells):
        for col in range(cells):
            if rng.random() < 0.48:
                draw.rectangle((x + col * cell, y + row * cell, x + (col + 1) * cell, y + (row + 1) * cell), fill=ink)
    for fx, fy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        left, top = x + fx * cell, y + fy * cell
        draw.rectangle((left, top, left + 7 * cell, top + 7 * cell), fill=(255, 255, 255))
        draw.rectangle((left, top, left + 7 * cell, top + 7 * cell), outline=ink, width=max(1, int(cell)))
        draw.rectangle((left + 2 * cell, top + 2 * cell, left + 5 * cell, top + 5 * cell), fill=ink)


def crack_lines(
    draw: ImageDraw.ImageDraw, origin: Point, box: tuple[float, float, float, float], rng: random.Random, colour: RGB
) -> None:
    """Shattered-glass lines radiating from ``origin``, clipped to ``box``, with a web of short cross cracks."""
    import math

    x0, y0, x1, y1 = box
    reach = max(x1 - x0, y1 - y0)
    rays: list[list[Point]] = []
    for number in range(rng.randrange(7, 13)):
        angle = 2 * math.pi * (number + rng.uniform(-0.3, 0.3)) / 10
        points = [origin]
        x, y = origin
        length = reach * rng.uniform(0.25, 0.9)
        step = reach / 25
        travelled = 0.0
        while travelled < length:
            angle += rng.uniform(-0.35, 0.35)
            x, y = x + step * math.cos(angle), y + step * math.sin(angle)
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                break
            points.append((x, y))
            travelled += step
        rays.append(points)
        draw.line(points, fill=colour, width=rng.choice((1, 2, 2)))
    for ring in range(1, rng.randrange(3, 6)):  # the spider web around the impact
        for first, second in zip(rays, rays[1:] + rays[:1], strict=True):
            depth = ring + rng.randrange(0, 2)
            if len(first) > depth and len(second) > depth and rng.random() < 0.7:
                draw.line((first[depth], second[depth]), fill=colour, width=1)
    r = reach / 40
    draw.ellipse((origin[0] - r, origin[1] - r, origin[0] + r, origin[1] + r), fill=shade(colour, 0.85))


# ---------------------------------------------------------------- camera


#: Colour casts of the "camera": neutral, warm indoor light, cool daylight, dim.
_TINTS = ((1.0, 1.0, 1.0), (1.0, 0.95, 0.86), (0.9, 0.95, 1.0), (0.86, 0.86, 0.84))


@lru_cache(maxsize=16)
def _lens(width: int, height: int, tint: int) -> Image.Image:
    """Lens fall-off, colour cast and sensor grain in one multiplier: 255 is "unchanged"."""
    radial = Image.radial_gradient("L").resize((64, 48), Image.Resampling.BILINEAR)
    radial = radial.point(lambda v: 255 - max(0, v - 120) * 100 // 135)  # about 155 in the corners
    falloff = radial.resize((width, height), Image.Resampling.BILINEAR)
    noise = Image.frombytes("L", (width, height), random.Random(f"grain:{width}x{height}").randbytes(width * height))
    grain = noise.point(lambda v: 255 - v // 9)  # up to 11 % darker, per pixel
    lens = ImageChops.multiply(falloff, grain)
    return Image.merge("RGB", [lens.point(lambda v, f=f: int(v * f)) for f in _TINTS[tint]])


def camera(image: Image.Image, rng: random.Random) -> Image.Image:
    """Lens fall-off, a colour cast and sensor grain: what makes a drawing look photographed."""
    return ImageChops.multiply(image, _lens(image.width, image.height, rng.randrange(len(_TINTS))))
