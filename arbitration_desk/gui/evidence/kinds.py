"""What an evidence file is, decided from its first bytes (never from ``media_type`` or ``filename``).

Plain Python: both the desk and its decoder process (:mod:`.decode_worker`) use it, and the
decoder imports as little as it can.

Why a file cannot be shown (:class:`UnsafeImageError`) is said in English where it is found, often
in the decoder process, which has no translator; the error carries it as a phrase, which the desk
translates where it shows it (``i18n.explain``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from arbitration_desk.domain.phrases import Field, Phrase, PhrasedError


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation (as :func:`arbitration_desk.gui.common.i18n.QT_TRANSLATE_NOOP`,
    which imports Qt: the decoder process uses this one); returns it unchanged."""
    del context
    return source


#: How many leading bytes :func:`sniff` looks at.
HEAD_BYTES = 16


class FileKind(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    GIF = "gif"
    WEBP = "webp"
    BMP = "bmp"
    PDF = "pdf"
    MP4 = "mp4"
    QUICKTIME = "mov"
    MATROSKA = "mkv"
    AVI = "avi"
    OTHER = "other"

    @property
    def is_image(self) -> bool:
        return self in IMAGE_KINDS

    @property
    def is_video(self) -> bool:
        """A video container: recognised (for what the viewer says and the copy's suffix), never decoded."""
        return self in VIDEO_KINDS

    @property
    def is_shown(self) -> bool:
        """Whether the desk shows this kind (decoded by its decoder process)."""
        return self in IMAGE_KINDS or self is FileKind.PDF

    @property
    def suffix(self) -> str:
        """A harmless file-name suffix for a copy."""
        return {FileKind.JPEG: ".jpg", FileKind.OTHER: ".bin"}.get(self, f".{self.value}")

    @property
    def label(self) -> str:
        """What the content is, in English (the desk shows ``translate("FileKind", kind.label)``)."""
        return _LABELS[self]


IMAGE_KINDS = frozenset({FileKind.JPEG, FileKind.PNG, FileKind.GIF, FileKind.WEBP, FileKind.BMP})
VIDEO_KINDS = frozenset({FileKind.MP4, FileKind.QUICKTIME, FileKind.MATROSKA, FileKind.AVI})
_LABELS = {
    FileKind.JPEG: QT_TRANSLATE_NOOP("FileKind", "JPEG file"),
    FileKind.PNG: QT_TRANSLATE_NOOP("FileKind", "PNG file"),
    FileKind.GIF: QT_TRANSLATE_NOOP("FileKind", "GIF file"),
    FileKind.WEBP: QT_TRANSLATE_NOOP("FileKind", "WEBP file"),
    FileKind.BMP: QT_TRANSLATE_NOOP("FileKind", "BMP file"),
    FileKind.PDF: QT_TRANSLATE_NOOP("FileKind", "PDF file"),
    FileKind.OTHER: QT_TRANSLATE_NOOP("FileKind", "Unrecognised data"),
    FileKind.MP4: QT_TRANSLATE_NOOP("FileKind", "MP4 video"),
    FileKind.QUICKTIME: QT_TRANSLATE_NOOP("FileKind", "QuickTime video"),
    FileKind.MATROSKA: QT_TRANSLATE_NOOP("FileKind", "WebM or Matroska video"),
    FileKind.AVI: QT_TRANSLATE_NOOP("FileKind", "AVI video"),
}
#: ISO base media brands that are still pictures (HEIF, AVIF) or audio, not video.
_NOT_VIDEO_BRANDS = (b"hei", b"hev", b"mif1", b"msf1", b"avif", b"avis", b"M4A ", b"M4B ", b"M4P ")


class UnsafeImageError(PhrasedError):
    """The file cannot be shown: not an image, too large a canvas, undecodable, or its decoder failed.

    Args:
        reason: why, in English: a template marked with ``QT_TRANSLATE_NOOP("UnsafeImageError", ...)``
            whose ``{fields}`` are filled from ``fields``, or a plain text (no fields) shown as it is.
        fields: the values of the template's fields, as text; a field named ``kind`` holds a
            :attr:`FileKind.label` (translated with it).

    ``reason`` and ``fields`` cross from the decoder process as they are; :attr:`phrase` is what the
    desk shows (``i18n.explain``), ``str(error)`` the English text, for the log.
    """

    def __init__(self, reason: str, **fields: Any) -> None:
        self.reason = reason
        self.fields = {name: str(value) for name, value in fields.items()}
        values: dict[str, Field] = {
            name: Phrase("FileKind", value) if name == "kind" else value for name, value in self.fields.items()
        }
        super().__init__(Phrase("UnsafeImageError", reason, tuple(values.items())))


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
    if head[4:8] == b"ftyp" and len(head) >= 12:
        brand = head[8:12]
        if brand == b"qt  ":
            return FileKind.QUICKTIME
        return FileKind.OTHER if brand.startswith(_NOT_VIDEO_BRANDS) else FileKind.MP4
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return FileKind.MATROSKA
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return FileKind.AVI
    return FileKind.OTHER
