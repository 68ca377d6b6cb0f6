"""Evidence thumbnails: decoded at a reduced size off the GUI thread, cached on disk and in memory.

Disk cache: ``<store home>/cache/thumbnails/<sha256>-<px>.png`` (0600 files in a 0700 directory). The
file content never changes for a hash, so a cached thumbnail never goes stale; :meth:`prune`
removes thumbnails of content no longer held.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.files import FileKind, UnsafeImageError, read_image, sniff_file
from arbitration_desk.store.blobs import check_sha256
from arbitration_desk.store.store import CACHE_DIR

#: Under the store's cache directory, which :meth:`Store.wipe` deletes with the rest of the case data.
THUMBNAIL_DIR = f"{CACHE_DIR}/thumbnails"
DEFAULT_PX = 96
MEMORY_ITEMS = 800


def thumbnail_path(home: Path, sha256: str, px: int) -> Path:
    return home / THUMBNAIL_DIR / f"{check_sha256(sha256)}-{int(px)}.png"


def _render_pdf_page(source: Path, px: int) -> QImage:
    document = QPdfDocument()
    try:
        if document.load(str(source)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise UnsafeImageError("the PDF cannot be read")
        page = document.pagePointSize(0)
        size = page.toSize().scaled(px, px, Qt.AspectRatioMode.KeepAspectRatio)
        image = document.render(0, size)
    finally:
        document.close()
    if image.isNull():
        raise UnsafeImageError("the PDF page cannot be rendered")
    # PDF pages are transparent where nothing is painted: put them on white paper.
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def make_thumbnail(home: Path, sha256: str, source: Path, px: int = DEFAULT_PX) -> QImage:
    """The thumbnail of a verified file: from the disk cache, or decoded at reduced size and cached.

    Runs on a worker thread. Raises UnsafeImageError when the content is neither an image nor a PDF.
    """
    cached = thumbnail_path(home, sha256, px)
    if cached.is_file():
        reader = QImageReader(str(cached), b"png")
        reader.setDecideFormatFromContent(False)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) <= px:
            image = reader.read()
            if not image.isNull():
                return image
    kind = sniff_file(source)
    if kind is FileKind.PDF:
        image = _render_pdf_page(source, px)
    elif kind.is_image:
        image = read_image(source, max_side=px)  # at most px on its longest side
    else:
        raise UnsafeImageError(f"no preview for {kind.label.lower()}")
    _save(image, cached)
    return image


def _save(image: QImage, target: Path) -> None:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes; PySide takes only str
        write_atomic(target, bytes(buffer.data().data()), mode=0o600)
    # else: not cached; a cache miss next time is harmless


class ThumbnailCache(QObject):
    """Thumbnails of verified evidence, by SHA-256, made on the runner and kept as pixmaps.

    Args:
        home: the store's home (the disk cache lives in ``home/cache/thumbnails``).
        source: gives the verified file of a hash (``store.blobs.verified_path``); called in the job.
        runner: runs the decoding.
        px: the thumbnail's longest side in pixels.
        parent: the owning QObject.

    Signals:
        ready(str): the thumbnail of this hash is available, or failed (see :meth:`failure`).
    """

    ready = Signal(str)

    def __init__(
        self,
        home: Path,
        source: Callable[[str], Path],
        runner: Runner,
        px: int = DEFAULT_PX,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.px = px
        self._source = source
        self._runner = runner
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failures: dict[str, str] = {}

    @property
    def size(self) -> QSize:
        return QSize(self.px, self.px)

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail if it is in memory (O(1)); None otherwise (see :meth:`request`)."""
        found = self._pixmaps.get(sha256)
        if found is not None:
            self._pixmaps.move_to_end(sha256)
        return found

    def failure(self, sha256: str) -> str | None:
        """Why no thumbnail can be made for this hash (None: not failed)."""
        return self._failures.get(sha256)

    def request(self, sha256: str) -> None:
        """Makes the thumbnail in the background unless it is in memory, pending or failed."""
        if sha256 in self._pixmaps or sha256 in self._pending or sha256 in self._failures:
            return
        self._pending.add(sha256)
        home, px, source = self.home, self.px, self._source

        def work() -> QImage:
            return make_thumbnail(home, sha256, source(sha256), px)

        def done(image: QImage) -> None:
            self._pending.discard(sha256)
            self._pixmaps[sha256] = QPixmap.fromImage(image)
            while len(self._pixmaps) > MEMORY_ITEMS:
                self._pixmaps.popitem(last=False)
            self.ready.emit(sha256)

        def failed(exc: BaseException) -> None:
            self._pending.discard(sha256)
            self._failures[sha256] = str(exc)
            self.ready.emit(sha256)

        self._runner.run(work, guarded(self, done), guarded(self, failed))

    def prune(self, keep: set[str]) -> int:
        """Deletes cached thumbnail files of hashes not in ``keep``; returns how many (blocking I/O)."""
        removed = 0
        directory = self.home / THUMBNAIL_DIR
        for path in directory.glob("*.png") if directory.is_dir() else ():
            if path.name[:64] not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed
