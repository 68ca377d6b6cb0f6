"""Inspecting and decoding verified evidence files safely.

The type of a file is decided from its first bytes (never from ``media_type`` or ``filename``).
Images are decoded with :class:`QImageReader` restricted to the sniffed format, with an allocation
limit, and only after the declared canvas size has been checked (decompression bombs). All
functions here may run on a worker thread: they use QImage, never QPixmap or widgets.
"""

from __future__ import annotations

import os
import shutil
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from arbitration_desk.store.blobs import check_sha256
from arbitration_desk.store.opened import new_copy_directory

#: Largest canvas decoded at full size (a 12-megapixel photo is well below it).
MAX_PIXELS = 64_000_000
#: Largest canvas read at all (it is then decoded at a reduced size when the format allows it).
MAX_SCALED_SOURCE_PIXELS = 400_000_000
#: Reader quality for reduced-size decoding (below 50 Qt's JPEG reader takes the fast path).
THUMBNAIL_QUALITY = 25
#: Qt's allocation limit for one decoded image, in megabytes.
ALLOCATION_LIMIT_MB = 256
SMOOTH = Qt.TransformationMode.SmoothTransformation


class FileKind(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    GIF = "gif"
    WEBP = "webp"
    BMP = "bmp"
    PDF = "pdf"
    OTHER = "other"

    @property
    def is_image(self) -> bool:
        return self in IMAGE_KINDS

    @property
    def suffix(self) -> str:
        """A harmless file-name suffix for a temporary copy."""
        return {FileKind.JPEG: ".jpg", FileKind.OTHER: ".bin"}.get(self, f".{self.value}")

    @property
    def label(self) -> str:
        return "Unrecognised data" if self is FileKind.OTHER else f"{self.value.upper()} file"


IMAGE_KINDS = frozenset({FileKind.JPEG, FileKind.PNG, FileKind.GIF, FileKind.WEBP, FileKind.BMP})


class UnsafeImageError(Exception):
    """The image cannot be shown: not an image, too large a canvas, or undecodable."""


def sniff(head: bytes) -> FileKind:
    """The kind of a file from its first 16 bytes (magic numbers only)."""
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileKind.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileKind.WEBP
    if head.startswith(b"BM") and len(head) >= 14:
        return FileKind.BMP
    if head.startswith(b"%PDF-"):
        return FileKind.PDF
    return FileKind.OTHER


def sniff_file(path: Path) -> FileKind:
    with path.open("rb") as handle:
        return sniff(handle.read(16))


def _reader(path: Path, kind: FileKind) -> QImageReader:
    if not kind.is_image:
        raise UnsafeImageError(f"not an image ({kind.label})")
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(path), kind.value.encode())
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    return reader


def _check_canvas(size: QSize, limit: int) -> None:
    pixels = size.width() * size.height()
    if pixels > limit:
        raise UnsafeImageError(
            f"the image declares {size.width()} × {size.height()} pixels ({pixels / 1e6:.0f} megapixels); "
            f"images over {limit / 1e6:.0f} megapixels are not decoded"
        )


def read_image(path: Path, max_side: int | None = None) -> QImage:
    """Decodes a verified image file; with ``max_side``, at a reduced size (scaled decoding).

    One reader reads the header (the canvas check decodes nothing), then the pixels. A JPEG is
    decoded at the largest of 1/2, 1/4, 1/8 of its size still covering ``max_side`` (libjpeg's DCT
    scaling: a 12-megapixel photo is never expanded at full size), then smooth-scaled.

    Raises:
        UnsafeImageError: not an image by its content, a canvas over the limits, or undecodable.
    """
    kind = sniff_file(path)
    reader = _reader(path, kind)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise UnsafeImageError(f"unreadable image header ({reader.errorString()})")
    scaled = max_side is not None and max(size.width(), size.height()) > max_side
    if max_side is not None and scaled:
        _check_canvas(size, MAX_SCALED_SOURCE_PIXELS)
        reader.setScaledSize(_decode_size(size, max_side, kind))
        reader.setQuality(THUMBNAIL_QUALITY)  # libjpeg's fast IDCT, no fancy upsampling
    else:
        _check_canvas(size, MAX_PIXELS)
    image = reader.read()
    if image.isNull():
        raise UnsafeImageError(f"the image cannot be decoded ({reader.errorString()})")
    if max_side is not None and scaled and max(image.width(), image.height()) > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio, SMOOTH)
    return image


def _decode_size(size: QSize, max_side: int, kind: FileKind) -> QSize:
    """The size to ask the reader for: for a JPEG, ``size`` / 2, 4 or 8 (the largest reduction
    still at least ``max_side`` long; Qt's reader then picks the same libjpeg scale); otherwise
    the final size."""
    if kind is not FileKind.JPEG:
        return size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio)
    longest = max(size.width(), size.height())
    denominator = next(d for d in (8, 4, 2, 1) if longest // d >= max_side)
    return QSize(max(size.width() // denominator, 1), max(size.height() // denominator, 1))


def external_copy(source: Path, kind: FileKind, sha256: str, home: Path) -> Path:
    """Copies a verified file for another program, into a new private directory in ``<home>/opened``.

    The name is ``evidence-<first 16 hex digits of the hash><suffix of the sniffed kind>``: never
    the platform's file name. The copy is read-only (0400) in a 0700 directory; the desk removes
    it when it exits, at sign-out and at the next start after a crash
    (:mod:`arbitration_desk.store.opened`).
    """
    target = new_copy_directory(home) / f"evidence-{check_sha256(sha256)[:16]}{kind.suffix}"
    shutil.copyfile(source, target)
    os.chmod(target, 0o400)
    return target
