"""Evidence content for the demo world: photos (JPEG), screenshots (PNG), documents (PDF) and more.

Everything is deterministic for a given :class:`random.Random`. Pictures are drawn from a scene spec
(:mod:`media_photos`, :mod:`media_screens`): a parcel with its shipping label, a cracked screen, a
serial sticker, a chat... Encoding is the slow part, so each (spec, size) is encoded once per process
and cached; each item then gets distinct bytes (and a size close to the requested one) from a unique,
valid padding block: a JPEG comment segment, a private PNG ancillary chunk, or PDF comment lines
(``world_pdf``). Without a spec (the bulk knobs), a small fixed pool of scenes is used.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from functools import lru_cache

from PIL import Image

from arbitration_desk.sandbox.media_photos import PRODUCT_SHAPES, PhotoSpec, render_photo
from arbitration_desk.sandbox.media_screens import ScreenSpec, render_screen

# Photo sizes, largest first; the largest whose encoding leaves room for the padding is used.
PHOTO_SIZES: tuple[tuple[int, int], ...] = ((800, 600), (640, 480), (480, 360), (320, 240), (160, 120))
#: Targets from this size up get the largest photo size; smaller ones start at the next.
LARGE_PHOTO = 900 * 1024
SCREEN_SIZES: tuple[tuple[int, int], ...] = ((720, 1280), (540, 960), (360, 640))
LARGE_SCREEN = 300 * 1024
_BYTES_PER_PIXEL = 0.3  # a generous estimate of the encoded size, to skip sizes that cannot fit
_JPEG_SEGMENT_MAX = 65533  # payload bytes of one JPEG marker segment
_PNG_PAD_CHUNK = b"adPt"  # ancillary, private, safe-to-copy
_BULK_SCENES = ("parcel", "product", "broken", "serial", "open_box", "receipt", "doorstep", "damaged_box")
BULK_VARIANTS = 16


# ---------------------------------------------------------------- photos


@lru_cache(maxsize=128)
def _photo_base(spec: PhotoSpec, width: int, height: int) -> bytes:
    """The photo of ``spec`` as a JPEG, encoded once per process."""
    size = (height, width) if spec.portrait else (width, height)
    out = io.BytesIO()
    render_photo(spec, size).save(out, format="JPEG", quality=84 + spec.seed % 8, optimize=False)
    return out.getvalue()


def bulk_photo_spec(variant: int) -> PhotoSpec:
    """One of the ``BULK_VARIANTS`` photos used when the world is asked for many items."""
    scene = _BULK_SCENES[variant % len(_BULK_SCENES)]
    texts: tuple[str, ...] = (
        "TRACKED PACKET",
        f"EX{100000000 + variant * 7919}XX",
        "Recipient",
        "City, Country",
        "Example Shop",
        f"{0.3 + variant / 10:.2f} kg",
    )
    if scene == "receipt":
        texts = ("Example Shop", "1 Main Street", "01/01/2026 10:00", f"{variant:05d}", "CARD", "Item|9.90", "9.90")
    elif scene == "serial":
        texts = ("EXAMPLE", f"EX-{variant:03d}", f"SN{variant:08d}", "CHINA", "2025-01")
    shape = PRODUCT_SHAPES[variant * 5 % len(PRODUCT_SHAPES)]
    colour = ((40, 40, 44), (230, 230, 226), (120, 72, 40), (60, 90, 150))[variant % 4]
    return PhotoSpec(scene, variant, shape, colour, texts)


def _jpeg_with_padding(base: bytes, padding: bytes) -> bytes:
    """Inserts ``padding`` as COM segments right after the SOI marker."""
    parts = [base[:2]]
    for start in range(0, len(padding), _JPEG_SEGMENT_MAX):
        chunk = padding[start : start + _JPEG_SEGMENT_MAX]
        parts.append(b"\xff\xfe" + struct.pack(">H", len(chunk) + 2) + chunk)
    parts.append(base[2:])
    return b"".join(parts)


def photo_jpeg(rng: random.Random, target_size: int, caption: str, spec: PhotoSpec | None = None) -> bytes:
    """A photo of ``spec`` of about ``target_size`` bytes (never less than its image plus caption)."""
    if spec is None:
        spec = bulk_photo_spec(rng.randrange(BULK_VARIANTS))
    sizes = PHOTO_SIZES if target_size >= LARGE_PHOTO else PHOTO_SIZES[1:]
    fitting = [s for s in sizes if s[0] * s[1] * _BYTES_PER_PIXEL <= target_size] or [sizes[-1]]
    for width, height in fitting:
        chosen = _photo_base(spec, width, height)
        if len(chosen) * 1.02 <= target_size:
            break
    label = caption.encode("utf-8")[:200] + b"\n"
    overhead = 4 * (1 + (target_size - len(chosen)) // _JPEG_SEGMENT_MAX)
    filler = max(16, target_size - len(chosen) - len(label) - overhead)
    return _jpeg_with_padding(chosen, label + rng.randbytes(filler))


# ---------------------------------------------------------------- screenshots


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_with_padding(png: bytes, padding: bytes) -> bytes:
    """Inserts a private ancillary chunk carrying ``padding`` before IEND."""
    iend = png.rindex(b"IEND") - 4
    return png[:iend] + _png_chunk(_PNG_PAD_CHUNK, padding) + png[iend:]


def png_bytes(image: Image.Image) -> bytes:
    """An RGB image as PNG: no row filters and fast deflate (Pillow's adaptive filters take longer)."""
    width, height = image.size
    data = image.convert("RGB").tobytes()
    stride = 3 * width
    raw = b"".join(b"\x00" + data[row : row + stride] for row in range(0, stride * height, stride))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _png_chunk(b"IHDR", header),
            _png_chunk(b"IDAT", zlib.compress(raw, 1)),
            _png_chunk(b"IEND", b""),
        )
    )


@lru_cache(maxsize=64)
def _screenshot_base(spec: ScreenSpec, width: int, height: int) -> bytes:
    return png_bytes(render_screen(spec, (width, height)))


def screenshot_png(
    rng: random.Random, target_size: int, title: str, lines: list[str], spec: ScreenSpec | None = None
) -> bytes:
    """A phone screenshot of ``spec`` (by default a chat of ``lines``), padded towards ``target_size``."""
    if spec is None:
        rows = tuple(
            ("me" if k % 2 else "them", line, f"{9 + k // 3:02d}:{k * 7 % 60:02d}") for k, line in enumerate(lines[:16])
        )
        spec = ScreenSpec("chat", zlib.crc32(title.encode()), title, rows)
    sizes = SCREEN_SIZES if target_size >= LARGE_SCREEN else SCREEN_SIZES[1:]
    for width, height in sizes:
        base = _screenshot_base(spec, width, height)
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
