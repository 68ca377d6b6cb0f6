"""Evidence thumbnails: made by the decoder process off the GUI thread, cached sealed on disk and in memory.

Disk cache: ``<store home>/cache/thumbnails/<name>-<px>.thumb``, where ``<name>`` is the home
key's name for the content (:meth:`DataKey.blob_name`), not its SHA-256: the directory does not
tell someone holding a candidate document whether it is on this disk. Each file is sealed
(:mod:`arbitration_desk.store.sealed`, AES-256-GCM under the home's sealing key) and holds the
thumbnail's raw pixels, deflated: never a PNG, never readable without the key. The content of a
hash never changes, so a cached thumbnail never goes stale; :meth:`ThumbnailCache.prune` removes
thumbnails of content no longer held.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import struct
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, explain
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decode_protocol import WIRE_FORMATS
from arbitration_desk.gui.evidence.decoder import Decoder
from arbitration_desk.gui.evidence.files import UnsafeImageError, sniff_source
from arbitration_desk.gui.evidence.serial import OneAtATime
from arbitration_desk.store.blobs import check_sha256
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.sealed import read_sealed, write_sealed
from arbitration_desk.store.store import CACHE_DIR, Store

#: Under the store's cache directory, which the store erases with the rest of the case data.
THUMBNAIL_DIR = f"{CACHE_DIR}/thumbnails"
SUFFIX = ".thumb"
DEFAULT_PX = 96
MEMORY_ITEMS = 800
#: A cached thumbnail: magic, width, height, bytes per line, QImage format; then the deflated pixels.
_HEADER = struct.Struct(">8sHHIB")
_MAGIC = b"ADTHUMB1"

_session_key: DataKey | None = None


def cache_key(store: Store) -> DataKey:
    """The key that seals the thumbnail cache and names its files: the home's data key.

    The one place to change while ``Store.key`` is being wired in (#13): a store opened without
    its key gets a random key held only in this process's memory, so that its thumbnails are
    still sealed (and simply made again after a restart).
    """
    key = getattr(store, "key", None)
    if isinstance(key, DataKey):
        return key
    global _session_key
    if _session_key is None:
        _session_key = DataKey.generate()[0]
    return _session_key


def thumbnail_path(directory: Path, key: DataKey, sha256: str, px: int) -> Path:
    return directory / f"{key.blob_name(check_sha256(sha256))}-{int(px)}{SUFFIX}"


def _encode(image: QImage) -> bytes:
    pixels = bytes(memoryview(image.constBits()).cast("B")[: image.bytesPerLine() * image.height()])
    header = _HEADER.pack(_MAGIC, image.width(), image.height(), image.bytesPerLine(), image.format().value)
    return header + zlib.compress(pixels, 1)


def _decode(data: bytes, px: int) -> QImage | None:
    """The thumbnail a cache file holds (None: not one of ours at this size)."""
    if len(data) < _HEADER.size:
        return None
    magic, width, height, per_line, pixel_format = _HEADER.unpack_from(data)
    depth = WIRE_FORMATS.get(pixel_format)
    if magic != _MAGIC or depth is None or not (0 < width <= px and 0 < height <= px):
        return None
    if not width * depth <= per_line <= width * depth + 64:
        return None
    inflater = zlib.decompressobj()
    try:
        pixels = bytearray(inflater.decompress(data[_HEADER.size :], per_line * height + 1))
    except zlib.error:
        return None
    if len(pixels) != per_line * height:
        return None
    return QImage(pixels, width, height, per_line, QImage.Format(pixel_format))


def _save(image: QImage, target: Path, key: DataKey) -> None:
    """Writes the sealed cache file (beside it first, then renamed: a reader never sees half of one)."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(f".{secrets.token_hex(8)}.part")
    try:
        write_sealed(partial, key.sealing_key, _encode(image))
        os.replace(partial, target)
    except (OSError, StoreError):
        with contextlib.suppress(OSError):
            partial.unlink()
        # not cached: a cache miss next time is harmless


def read_cached(directory: Path, key: DataKey, sha256: str, px: int = DEFAULT_PX) -> QImage | None:
    """The thumbnail from the disk cache, or None (not cached, or not readable as one). Worker thread."""
    cached = thumbnail_path(directory, key, sha256, px)
    if not cached.is_file():
        return None
    with contextlib.suppress(OSError, StoreError):
        return _decode(read_sealed(cached, key.sealing_key), px)
    return None


def make_thumbnail(
    directory: Path,
    key: DataKey,
    sha256: str,
    source: Callable[[str], BinaryIO],
    decoder: Decoder,
    px: int = DEFAULT_PX,
    *,
    keep: Callable[[], bool] | None = None,
) -> QImage:
    """The thumbnail of verified content: from the disk cache, or made by the decoder and cached.

    Runs on a worker thread.

    Args:
        directory: the cache directory (``<home>/cache/thumbnails``).
        key: the home's key (seals and names the cache files).
        sha256: the content's hash.
        source: opens the verified content (``store.blobs.open_verified``).
        decoder: the decoder process that makes it.
        px: the longest side in pixels.
        keep: asked before the cache file is written (the prefetcher's: False once the member
            signs out or the desk closes, so that nothing is written beside the erasure).

    Raises:
        UnsafeImageError: the content is neither an image nor a PDF, or cannot be decoded.
    """
    cached = thumbnail_path(directory, key, sha256, px)
    image = read_cached(directory, key, sha256, px)
    if image is not None:
        return image
    with source(sha256) as handle:
        kind = sniff_source(handle)
        if not kind.is_shown:
            raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "no preview for {kind}"), kind=kind.label)
        image = decoder.thumbnail(handle, px)
    if keep is None or keep():
        _save(image, cached, key)
    return image


#: Why the prefetcher (:mod:`.prefetch`) could make no thumbnail, by cache file (which names the
#: home, its key and the size): a gallery that opens the item later shows "No preview" at once
#: instead of sending the same file to the decoder again. Process-wide, like the decoders.
_known_failures: dict[Path, str] = {}


def record_failure(path: Path, reason: str) -> None:
    """Remembers that no thumbnail can be made for this cache file (see :func:`known_failure`)."""
    _known_failures[path] = reason


def known_failure(path: Path) -> str | None:
    """Why no thumbnail can be made for this cache file (None: not known to fail)."""
    return _known_failures.get(path)


def forget_failures(directory: Path) -> None:
    """Forgets the failures recorded under this cache directory (the member signed out)."""
    for path in [path for path in _known_failures if path.parent == directory]:
        _known_failures.pop(path, None)


class ThumbnailCache(QObject):
    """Thumbnails of verified evidence, by SHA-256, made one at a time on the runner, kept as pixmaps.

    Args:
        directory: the disk cache (``<home>/cache/thumbnails``).
        key: the home's key (:func:`cache_key`).
        source: opens the verified content of a hash (``store.blobs.open_verified``); called in the job.
        decoder: the decoder process that makes them.
        runner: runs the jobs.
        px: the thumbnail's longest side in pixels.
        parent: the owning QObject.

    Signals:
        ready(str): the thumbnail of this hash is available, or failed (see :meth:`failure`).
    """

    ready = Signal(str)

    def __init__(
        self,
        directory: Path,
        key: DataKey,
        source: Callable[[str], BinaryIO],
        decoder: Decoder,
        runner: Runner,
        px: int = DEFAULT_PX,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.px = px
        self._key = key
        self._source = source
        self._decoder = decoder
        self._jobs = OneAtATime(runner, self)
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failures: dict[str, str] = {}
        self._legacy_checked = False
        self._cached: list[str] = []  # in the disk cache, to be read together (:meth:`request`)

    @property
    def size(self) -> QSize:
        return QSize(self.px, self.px)

    def pixmap(self, sha256: str) -> QPixmap | None:
        """The thumbnail if it is in memory (O(1)); None otherwise (see :meth:`request`)."""
        found = self._pixmaps.get(sha256)
        if found is not None:
            self._pixmaps.move_to_end(sha256)
        return found

    @property
    def busy(self) -> bool:
        """Whether thumbnails the gallery asked for are being made or wait (the prefetcher yields)."""
        return bool(self._pending)

    def failure(self, sha256: str) -> str | None:
        """Why no thumbnail can be made for this hash (None: not failed)."""
        return self._failures.get(sha256)

    def request(self, sha256: str) -> None:
        """Makes the thumbnail in the background unless it is in memory, pending or failed.

        A thumbnail already in the disk cache joins the other cached ones asked for in the same turn
        of the event loop: one job reads them all (a gallery's first screen is one round trip to a
        worker, not one per item); the others are made one at a time by the decoder.
        """
        if sha256 in self._pixmaps or sha256 in self._pending or sha256 in self._failures:
            return
        if _known_failures and (known := known_failure(thumbnail_path(self.directory, self._key, sha256, self.px))):
            self._failures[sha256] = known  # the prefetcher tried it: no second decode
            return
        self._pending.add(sha256)
        if thumbnail_path(self.directory, self._key, sha256, self.px).is_file():
            self._cached.append(sha256)
            if len(self._cached) == 1:
                QTimer.singleShot(0, self, self._read_cached)
            return
        self._make(sha256)

    def request_now(self, hashes: Iterable[str]) -> None:
        """:meth:`request` for each of ``hashes``, the cached ones read by a job submitted at once
        rather than at the next turn of the event loop: asked before a paint, they are read while
        the GUI thread paints."""
        for sha256 in hashes:
            self.request(sha256)
        if self._cached:
            self._read_cached()

    def _read_cached(self) -> None:
        if not self._cached:  # read already (request_now), before this turn's timer fired
            return
        batch, self._cached = self._cached, []
        directory, key, px = self.directory, self._key, self.px

        def work() -> dict[str, QImage | None]:
            return {sha256: read_cached(directory, key, sha256, px) for sha256 in batch}

        def done(images: dict[str, QImage | None]) -> None:
            for sha256, image in images.items():
                if image is None:  # unreadable after all: made (and cached again) the long way
                    self._make(sha256)
                else:
                    self._accept(sha256, image)

        def failed(_exc: BaseException) -> None:
            for sha256 in batch:
                self._make(sha256)

        self._jobs.submit(work, done, failed)

    def _make(self, sha256: str) -> None:
        directory, key, source, decoder, px = self.directory, self._key, self._source, self._decoder, self.px
        legacy, self._legacy_checked = not self._legacy_checked, True

        def work() -> QImage:
            if legacy:
                drop_plain_thumbnails(directory)
            return make_thumbnail(directory, key, sha256, source, decoder, px)

        def failed(exc: BaseException) -> None:
            self._pending.discard(sha256)
            self._failures[sha256] = explain(exc)
            self.ready.emit(sha256)

        self._jobs.submit(work, lambda image: self._accept(sha256, image), failed)

    def _accept(self, sha256: str, image: QImage) -> None:
        self._pending.discard(sha256)
        self._pixmaps[sha256] = QPixmap.fromImage(image)
        while len(self._pixmaps) > MEMORY_ITEMS:
            self._pixmaps.popitem(last=False)
        self.ready.emit(sha256)

    def prune(self, keep: set[str]) -> int:
        """Deletes cache files that are not thumbnails of hashes in ``keep``; returns how many (blocking I/O)."""
        names = {self._key.blob_name(check_sha256(sha)) for sha in keep}
        removed = 0
        for path in self.directory.iterdir() if self.directory.is_dir() else ():
            name, _, rest = path.name.partition("-")
            if name not in names or not rest.endswith(SUFFIX):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed


def drop_plain_thumbnails(directory: Path) -> int:
    """Deletes the plain PNG thumbnails earlier versions cached (named by SHA-256); returns how many."""
    removed = 0
    for path in directory.glob("*.png") if directory.is_dir() else ():
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed
