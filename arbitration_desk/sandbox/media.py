"""Evidence content for the demo world: photos (JPEG), screenshots (PNG), documents (PDF) and more.

Everything is deterministic for a given :class:`random.Random`. Encoding images is the slow part, so
base images are rendered once per process and cached; each item gets distinct bytes (and a size close
to the requested one) from a unique, valid padding block: a JPEG comment segment, a private PNG
ancillary chunk, or a PDF content-stream comment.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

# Bases for photos, by (width, height); the smallest whose encoding leaves room for padding is used.
PHOTO_SIZES: tuple[tuple[int, int], ...] = ((160, 120), (320, 240), (640, 480), (1024, 768), (1600, 1200), (2400, 1800))
PHOTO_SCENES = 5
_JPEG_SEGMENT_MAX = 65533  # payload bytes of one JPEG marker segment
_PNG_PAD_CHUNK = b"adPt"  # ancillary, private, safe-to-copy


# ---------------------------------------------------------------- photos


@lru_cache(maxsize=32)
def _photo_base(scene: int, width: int, height: int) -> bytes:
    """A photo-like JPEG (gradient, soft shapes, sensor grain), rendered once per process.

    The scene is drawn at a quarter of the size and scaled up, which softens it like a lens would;
    the grain comes from random bytes (much faster than ``Image.effect_noise``).
    """
    rng = random.Random(f"photo:{scene}")
    small = (max(8, width // 4), max(8, height // 4))
    top = tuple(rng.randrange(60, 230) for _ in range(3))
    bottom = tuple(rng.randrange(20, 160) for _ in range(3))
    gradient = Image.linear_gradient("L").resize(small)
    image = Image.composite(Image.new("RGB", small, bottom), Image.new("RGB", small, top), gradient)
    draw = ImageDraw.Draw(image)
    for _ in range(6 + scene % 4):
        x0, y0 = rng.uniform(0, 0.8) * small[0], rng.uniform(0, 0.8) * small[1]
        x1, y1 = x0 + rng.uniform(0.1, 0.5) * small[0], y0 + rng.uniform(0.1, 0.5) * small[1]
        colour = tuple(rng.randrange(0, 256) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rounded_rectangle((x0, y0, x1, y1), radius=max(1, small[0] // 30), fill=colour)
    image = image.resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.frombytes("L", (width, height), rng.randbytes(width * height)).convert("RGB")
    image = Image.blend(image, grain, 0.16)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88, optimize=False)
    return out.getvalue()


def _jpeg_with_padding(base: bytes, padding: bytes) -> bytes:
    """Inserts ``padding`` as COM segments right after the SOI marker."""
    parts = [base[:2]]
    for start in range(0, len(padding), _JPEG_SEGMENT_MAX):
        chunk = padding[start : start + _JPEG_SEGMENT_MAX]
        parts.append(b"\xff\xfe" + struct.pack(">H", len(chunk) + 2) + chunk)
    parts.append(base[2:])
    return b"".join(parts)


def photo_jpeg(rng: random.Random, target_size: int, caption: str) -> bytes:
    """A product photo of about ``target_size`` bytes (never less than its base image plus caption)."""
    scene = rng.randrange(PHOTO_SCENES)
    chosen = _photo_base(scene, *PHOTO_SIZES[0])
    for width, height in PHOTO_SIZES[1:]:
        if len(_photo_base(scene, width, height)) * 1.02 > target_size:
            break
        chosen = _photo_base(scene, width, height)
    label = caption.encode("utf-8")[:200] + b"\n"
    overhead = 4 * (1 + (target_size - len(chosen)) // _JPEG_SEGMENT_MAX)
    filler = max(16, target_size - len(chosen) - len(label) - overhead)
    return _jpeg_with_padding(chosen, label + rng.randbytes(filler))


# ---------------------------------------------------------------- screenshots


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_with_padding(png: bytes, padding: bytes) -> bytes:
    """Inserts a private ancillary chunk carrying ``padding`` before IEND."""
    iend = png.rindex(b"IEND") - 4
    return png[:iend] + _png_chunk(_PNG_PAD_CHUNK, padding) + png[iend:]


@lru_cache(maxsize=64)
def _screenshot_base(title: str, lines: tuple[str, ...], width: int, height: int) -> bytes:
    image = Image.new("RGB", (width, height), (245, 246, 248))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 64), fill=(255, 106, 0))
    draw.text((24, 18), title, fill=(255, 255, 255), font=_font(26))
    y = 90
    for number, line in enumerate(lines):
        mine = number % 2 == 1
        box_width = min(width - 120, 40 + 11 * len(line))
        x0 = width - 24 - box_width if mine else 24
        draw.rounded_rectangle(
            (x0, y, x0 + box_width, y + 48), radius=14, fill=(220, 248, 198) if mine else (255, 255, 255)
        )
        draw.text((x0 + 16, y + 13), line, fill=(30, 30, 30), font=_font(19))
        y += 64
        if y > height - 80:
            break
    draw.rectangle((0, height - 56, width, height), fill=(230, 230, 235))
    draw.text((24, height - 40), "Type a message…", fill=(140, 140, 140), font=_font(18))
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def screenshot_png(rng: random.Random, target_size: int, title: str, lines: list[str]) -> bytes:
    """A fake chat or order page with the given text (Latin script), padded towards ``target_size``."""
    sizes = ((720, 1280), (540, 960), (360, 640)) if rng.random() < 0.7 else ((1280, 800), (960, 600), (640, 400))
    for width, height in sizes:
        base = _screenshot_base(title, tuple(lines[:16]), width, height)
        if len(base) * 1.03 < target_size:
            break
    filler = max(16, target_size - len(base) - 12)
    return _png_with_padding(base, rng.randbytes(filler))


# ---------------------------------------------------------------- other kinds


def text_file(lines: list[str], target_size: int | None = None) -> bytes:
    """UTF-8 text; repeated lines fill up to ``target_size`` when it is given."""
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8")
    if target_size is None or len(data) >= target_size:
        return data
    body = bytearray(data)
    number = 0
    while len(body) < target_size:
        line = f"[{number:06d}] {lines[number % len(lines)]}\n".encode()
        body += line
        number += 1
    return bytes(body)


def mp4_stub(rng: random.Random, target_size: int) -> bytes:
    """An MP4 container (ftyp, free and mdat boxes) whose media data is opaque bytes."""
    ftyp = b"ftypisom" + struct.pack(">I", 512) + b"isomiso2avc1mp41"
    ftyp = struct.pack(">I", len(ftyp) + 4) + ftyp
    free = struct.pack(">I", 8) + b"free"
    payload = rng.randbytes(max(64, target_size - len(ftyp) - len(free) - 8))
    mdat = struct.pack(">I", len(payload) + 8) + b"mdat" + payload
    return ftyp + free + mdat
