"""Decoding evidence inside the decoder process: images with QImageReader, PDF pages with QtPdf.

Only :mod:`.decode_worker` runs this (the desk never decodes evidence in its own process). Files
arrive as bytes and are read from memory. Images are decoded with :class:`QImageReader` restricted
to the sniffed format, with an allocation limit, and only after the declared canvas size has been
checked (decompression bombs); thumbnails and previews of large JPEGs use libjpeg's scaled
decoding. Every image handed back is in one of :data:`WIRE_FORMATS`, the only formats the desk
accepts. Uses QImage and QPainter on images, never a QGuiApplication.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument

from arbitration_desk.gui.evidence import decode_protocol as wire
from arbitration_desk.gui.evidence.kinds import HEAD_BYTES, QT_TRANSLATE_NOOP, FileKind, UnsafeImageError, sniff

#: Largest canvas decoded for the viewer (a 12-megapixel photo is well below it).
MAX_PIXELS = wire.MAX_PIXELS
#: Largest canvas read at all for a thumbnail (decoded at a reduced size when the format allows it).
MAX_SCALED_SOURCE_PIXELS = 400_000_000
#: Reader quality for reduced-size decoding (below 50 Qt's JPEG reader takes the fast path).
THUMBNAIL_QUALITY = 25
#: Qt's allocation limit for one decoded image, in megabytes (64 megapixels at 4 bytes each).
ALLOCATION_LIMIT_MB = 256
#: Largest PDF page rendered, in pixels (as large as the largest image), and longest side.
MAX_RENDER_PIXELS = MAX_PIXELS
MAX_RENDER_SIDE = wire.MAX_RENDER_SIDE
MAX_PAGES = wire.MAX_PAGES
#: Documents kept open between requests (the viewer shows one; the other is the one it left).
OPEN_DOCUMENTS = 2
SMOOTH = Qt.TransformationMode.SmoothTransformation
#: The pixel formats sent to the desk.
WIRE_FORMATS = frozenset(QImage.Format(value) for value in wire.WIRE_FORMATS)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded image and the size of the whole picture it shows (larger when it was reduced)."""

    image: QImage
    full: QSize


#: Said when Qt could not allocate the pixels (the decoder's memory limit, see :mod:`.decode_worker`).
NO_MEMORY = QT_TRANSLATE_NOOP("UnsafeImageError", "it needs more memory than the decoder may use")
#: A page that Qt could not allocate (the same words as :data:`NO_MEMORY`, in a whole sentence).
PAGE_NO_MEMORY = QT_TRANSLATE_NOOP(
    "UnsafeImageError", "a page of {width} × {height} pixels needs more memory than the decoder may use"
)


def _allocatable(size: QSize) -> bool:
    """Whether an image of ``size`` fits in this process's memory limit now (freed at once)."""
    return not QImage(size, QImage.Format.Format_ARGB32).isNull()


def _check_canvas(size: QSize, limit: int) -> None:
    pixels = size.width() * size.height()
    if pixels > limit:
        raise UnsafeImageError(
            QT_TRANSLATE_NOOP(
                "UnsafeImageError",
                "the image declares {width} × {height} pixels ({megapixels} megapixels); "
                "images over {limit} megapixels are not decoded",
            ),
            width=size.width(),
            height=size.height(),
            megapixels=f"{pixels / 1e6:.0f}",
            limit=f"{limit / 1e6:.0f}",
        )


def _decode_size(size: QSize, max_side: int, kind: FileKind) -> QSize:
    """The size to ask the reader for: for a JPEG, ``size`` / 2, 4 or 8 (the largest reduction
    still at least ``max_side`` long; Qt's reader then picks the same libjpeg scale); otherwise
    the final size."""
    if kind is not FileKind.JPEG:
        return size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio)
    longest = max(size.width(), size.height())
    denominator = next(d for d in (8, 4, 2, 1) if longest // d >= max_side)
    return QSize(max(size.width() // denominator, 1), max(size.height() // denominator, 1))


def wire_image(image: QImage) -> QImage:
    """``image`` in one of :data:`WIRE_FORMATS` (palette and 16-bit images are converted)."""
    if image.format() in WIRE_FORMATS:
        return image
    alpha = image.hasAlphaChannel()
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32)


def read_image(data: bytes | bytearray, max_side: int | None = None, *, thumbnail: bool = False) -> Decoded:
    """Decodes an image file's bytes; with ``max_side``, reduced to fit it (scaled decoding).

    One reader reads the header (the canvas check decodes nothing), then the pixels. A JPEG is
    decoded at the largest of 1/2, 1/4, 1/8 of its size still covering ``max_side`` (libjpeg's DCT
    scaling: a 12-megapixel photo is never expanded at full size), then smooth-scaled.

    Args:
        data: the file.
        max_side: the longest side wanted (None: full size).
        thumbnail: a reduced image of a canvas up to :data:`MAX_SCALED_SOURCE_PIXELS` is allowed
            (the viewer's preview keeps :data:`MAX_PIXELS`, the limit of what it may show at all).

    Raises:
        UnsafeImageError: not an image by its content, a canvas over the limits, or undecodable.
    """
    kind = sniff(bytes(data[:HEAD_BYTES]))
    if not kind.is_image:
        raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "not an image ({kind})"), kind=kind.label)
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, kind.value.encode())
    reader.setDecideFormatFromContent(False)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise UnsafeImageError(
            QT_TRANSLATE_NOOP("UnsafeImageError", "unreadable image header ({detail})"), detail=reader.errorString()
        )
    scaled = max_side is not None and max(size.width(), size.height()) > max_side
    _check_canvas(size, MAX_SCALED_SOURCE_PIXELS if scaled and thumbnail else MAX_PIXELS)
    if max_side is not None and scaled:
        reader.setScaledSize(_decode_size(size, max_side, kind))
        reader.setQuality(THUMBNAIL_QUALITY)  # libjpeg's fast IDCT, no fancy upsampling
    turned = bool(reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90)
    image = reader.read()
    if image.isNull():
        # Only libjpeg decodes at a reduced size; other readers decode the whole canvas first.
        wanted = reader.scaledSize() if reader.scaledSize().isValid() and kind is FileKind.JPEG else size
        if not _allocatable(wanted):
            raise UnsafeImageError(
                QT_TRANSLATE_NOOP(
                    "UnsafeImageError",
                    "the image has {width} × {height} pixels and needs more memory than the decoder may use",
                ),
                width=size.width(),
                height=size.height(),
            )
        raise UnsafeImageError(
            QT_TRANSLATE_NOOP("UnsafeImageError", "the image cannot be decoded ({detail})"), detail=reader.errorString()
        )
    if max_side is not None and scaled and max(image.width(), image.height()) > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio, SMOOTH)
    full = size.transposed() if turned else size
    return Decoded(wire_image(image), full if scaled else image.size())


def on_paper(page: QImage) -> QImage:
    """A rendered page on white paper (PDF pages are transparent where nothing is painted)."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    if paper.isNull():
        raise UnsafeImageError(PAGE_NO_MEMORY, width=page.width(), height=page.height())
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


class _Document:
    """A loaded PDF with the buffer pdfium reads it from (it reads lazily: both must live on)."""

    def __init__(self, data: bytes | bytearray) -> None:
        self.bytes = QByteArray(data)
        self.buffer = QBuffer()
        self.buffer.setData(self.bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument()
        self.pdf.load(self.buffer)  # a random-access device: loaded before load() returns
        error = self.pdf.error()
        if error == QPdfDocument.Error.IncorrectPassword:
            self.close()
            raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "the PDF is protected by a password"))
        if error != QPdfDocument.Error.None_ or self.pdf.status() != QPdfDocument.Status.Ready:
            self.close()
            raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "the PDF cannot be read"))
        if self.pdf.pageCount() < 1:
            self.close()
            raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "the PDF has no pages"))

    def page_sizes(self) -> list[tuple[float, float]]:
        """Sizes in points of the first :data:`MAX_PAGES` pages."""
        sizes = []
        for page in range(min(self.pdf.pageCount(), MAX_PAGES)):
            size = self.pdf.pagePointSize(page)
            sizes.append((round(max(size.width(), 1.0), 2), round(max(size.height(), 1.0), 2)))
        return sizes

    def render(self, page: int, size: QSize) -> QImage:
        """Page ``page`` at ``size`` pixels, on white paper."""
        if not 0 <= page < self.pdf.pageCount():
            raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "the PDF has no page {page}"), page=page + 1)
        width, height = size.width(), size.height()
        if not (0 < width <= MAX_RENDER_SIDE and 0 < height <= MAX_RENDER_SIDE) or width * height > MAX_RENDER_PIXELS:
            raise UnsafeImageError(
                QT_TRANSLATE_NOOP("UnsafeImageError", "a page of {width} × {height} pixels is not rendered"),
                width=width,
                height=height,
            )
        image = self.pdf.render(page, size)
        if image.isNull():
            if not _allocatable(size):
                raise UnsafeImageError(PAGE_NO_MEMORY, width=width, height=height)
            raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "the PDF page cannot be rendered"))
        return on_paper(image)

    def close(self) -> None:
        self.pdf.close()
        self.buffer.close()


class Documents:
    """The PDFs the decoder keeps open between requests, by the desk's token (least recent first)."""

    def __init__(self) -> None:
        self._open: OrderedDict[str, _Document] = OrderedDict()

    def open(self, token: str, data: bytes | bytearray) -> list[tuple[float, float]]:
        """Loads a PDF under ``token``; returns its page sizes in points (see :data:`MAX_PAGES`)."""
        self.discard(token)
        document = _Document(data)
        self._open[token] = document
        while len(self._open) > OPEN_DOCUMENTS:
            self._open.popitem(last=False)[1].close()
        return document.page_sizes()

    def page_count(self, token: str) -> int:
        return self._open[token].pdf.pageCount()

    def holds(self, token: str) -> bool:
        return token in self._open

    def render(self, token: str, page: int, size: QSize) -> QImage:
        self._open.move_to_end(token)
        return self._open[token].render(page, size)

    def discard(self, token: str) -> None:
        document = self._open.pop(token, None)
        if document is not None:
            document.close()


def pdf_thumbnail(data: bytes | bytearray, px: int) -> QImage:
    """The first page of a PDF, at most ``px`` on its longest side, on white paper."""
    document = _Document(data)
    try:
        page = document.pdf.pagePointSize(0)
        size = QSizeF(max(page.width(), 1.0), max(page.height(), 1.0)).toSize()
        return document.render(0, size.scaled(px, px, Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1)))
    finally:
        document.close()


def thumbnail(data: bytes | bytearray, px: int) -> QImage:
    """The thumbnail of an image or a PDF, at most ``px`` on its longest side."""
    kind = sniff(bytes(data[:HEAD_BYTES]))
    if kind is FileKind.PDF:
        return pdf_thumbnail(data, px)
    if kind.is_image:
        return read_image(data, max_side=px, thumbnail=True).image
    raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "no preview for {kind}"), kind=kind.label)


def _tiny_pdf() -> bytes:
    """A valid one-page PDF with a line of text (its cross-reference table computed)."""
    stream = b"BT /F1 12 Tf 10 10 Td (warm) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def warm_up() -> None:
    """Loads what decoding needs once (image plugins, pdfium and its fonts) before the limits are set.

    pdfium reserves its address space on first use; the decoder measures its process after this,
    so that the limits it then sets count only what a file makes it allocate.
    """
    for kind in (FileKind.PNG, FileKind.JPEG, FileKind.GIF, FileKind.WEBP, FileKind.BMP):
        sample = QImage(4, 4, QImage.Format.Format_RGB32)
        sample.fill(QColor("gray"))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if sample.save(buffer, kind.value):  # type: ignore[call-overload]  # the stubs want bytes; PySide takes str
            read_image(bytes(buffer.data().data()), max_side=2)
    pdf_thumbnail(_tiny_pdf(), 16)
