"""Makes the thumbnails of verified evidence before a gallery asks for them, at low priority.

While a sync verifies evidence (:meth:`ThumbnailPrefetcher.sync_progressed`, at most every
:data:`DURING_SYNC_EVERY_S`) and after each sync (:meth:`ThumbnailPrefetcher.start`), the
prefetcher lists, off the GUI thread, the
verified evidence of the cases the member still sits on (never a reassigned case's) whose
thumbnail is not in the sealed disk cache, and makes them one job at a time on the shared
:class:`Runner`, through the gallery's own path (:func:`~.thumbnails.make_thumbnail`: the file
piped from the store to the thumbnails' decoder process, which runs ``nice``\\d; the result sealed
into ``<home>/cache/thumbnails``). So a member who opens a synced case finds every thumbnail in the
cache, and no decoder request is made for it.

Low priority:

* at most one job of its own on the pool, the next scheduled only when the last one's result is
  back on the GUI thread (as :class:`~arbitration_desk.gui.sync.search_indexer.SearchIndexer`);
* it yields to the member: while the gallery's own thumbnails are being made, or the decoder is
  answering someone else, it waits (:data:`YIELD_MS`) and looks again;
* a short pause between items (:data:`PAUSE_MS`) leaves the interpreter lock to a sync.

A file that cannot be made into a thumbnail is remembered (:func:`~.thumbnails.record_failure`),
never tried again by this process, and a gallery shows "No preview" for it without a decode.
:meth:`ThumbnailPrefetcher.stop` takes effect at the next item; the desk's window stops it when it
closes, and it stops (and writes no more cache files) as soon as the member is signed out.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from arbitration_desk.gui.common.i18n import explain
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decoder import Decoder, shared_decoders
from arbitration_desk.gui.evidence.files import UnsafeImageError
from arbitration_desk.gui.evidence.thumbnails import (
    DEFAULT_PX,
    THUMBNAIL_DIR,
    cache_key,
    forget_failures,
    known_failure,
    make_thumbnail,
    record_failure,
    thumbnail_path,
)
from arbitration_desk.store.store import Store
from arbitration_desk.sync.report import Progress

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

#: While a sync runs, the prefetcher looks for what it has verified at most this often (seconds):
#: each look is one query of the verified hashes, off the GUI thread.
DURING_SYNC_EVERY_S = 2.0
#: The sync's phases in which evidence is being verified.
VERIFYING_PHASES = frozenset({"cases", "evidence", "rulings"})
#: While the member's own thumbnails are being made: look again after this long.
YIELD_MS = 40
#: Between two items of its own (the sync and the GUI get the interpreter in between).
PAUSE_MS = 2
OBJECT_NAME = "thumbnail-prefetcher"


@dataclass(frozen=True, slots=True)
class _Item:
    sha256: str
    path: Path  # its cache file


class ThumbnailPrefetcher(QObject):
    """Fills the thumbnail cache for the verified evidence of the member's cases, item by item.

    Args:
        store: the member's store.
        runner: runs the listing and each item off the GUI thread.
        decoder: the decoder process that makes thumbnails (default: the desk's shared one, the
            gallery's).
        px: the thumbnails' size (the gallery's).
        busy: whether the member's own thumbnails are being made (the prefetcher then waits).
        signed_in: whether a member is signed in (False: stop, and write nothing more).

    Signals:
        progress(int, int): items this run has handled, and how many it found missing.
        finished(int): the run ended with nothing left; how many thumbnails it made.
        running_changed(bool): a run started (True) or ended or was stopped (False).
    """

    progress = Signal(int, int)
    finished = Signal(int)
    running_changed = Signal(bool)

    def __init__(
        self,
        store: Store,
        runner: Runner,
        decoder: Decoder | None = None,
        *,
        px: int = DEFAULT_PX,
        busy: Callable[[], bool] = lambda: False,
        signed_in: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.store, self.runner, self.px = store, runner, px
        self.decoder = decoder if decoder is not None else shared_decoders().thumbnails
        self.directory = store.home / THUMBNAIL_DIR
        self._busy, self._signed_in = busy, signed_in
        self._running = False
        self._generation = 0
        self._cancel = threading.Event()  # the running generation's: set by stop()
        self._queue: list[_Item] = []
        self._total = self._handled = self._made = 0
        self._again = False
        self._looked = -DURING_SYNC_EVERY_S
        #: Cache files known to exist (or known to fail): a look during a sync does not stat them again.
        self._cached: set[Path] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    # ---- the desk's window ----

    @classmethod
    def of(cls, window: QMainWindow) -> ThumbnailPrefetcher:
        """The prefetcher of the desk's main window, made on first use: it yields to the window's
        gallery, stops when the window closes, and stops once the member is signed out."""
        found = window.findChild(cls, OBJECT_NAME)
        if isinstance(found, cls):
            return found
        gallery = window.case_view.gallery  # type: ignore[attr-defined]
        sync = window.sync  # type: ignore[attr-defined]
        made = cls(
            window.store,  # type: ignore[attr-defined]
            window.runner,  # type: ignore[attr-defined]
            gallery.decoders.thumbnails,
            px=gallery.thumbnails.px,
            busy=lambda: gallery.thumbnails.busy,
            signed_in=lambda: sync.session is not None,
            parent=window,
        )
        window.installEventFilter(made)
        return made

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:  # before the window's closeEvent waits for the runner
            self.stop()
        return False

    # ---- running ----

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Starts a run (the listing is made off the GUI thread); during a run, lists again once
        the current item is done (a sync may have verified, or reassigned, meanwhile)."""
        if not self._signed_in():
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._generation += 1
        self._cancel = threading.Event()
        self._handled = self._made = 0
        self._again = False
        self.running_changed.emit(True)
        self._list(self._generation)

    def sync_progressed(self, progress: Progress) -> None:
        """A sync reported progress (the desk's SyncController): once it verifies evidence, the
        thumbnails of what it has verified so far are made meanwhile, looked for again at most every
        :data:`DURING_SYNC_EVERY_S` (a running prefetch lists again after its current item)."""
        now = time.monotonic()
        if progress.phase in VERIFYING_PHASES and now - self._looked >= DURING_SYNC_EVERY_S:
            self._looked = now
            self.start()

    def stop(self) -> None:
        """Schedules no further item (one being made completes; its cache file is not written)."""
        self._cancel.set()
        self._timer.stop()
        self._queue = []
        if self._running:
            self._running = False
            self._again = False
            self._generation += 1
            self.running_changed.emit(False)

    def failure(self, sha256: str) -> str | None:
        """Why no thumbnail could be made for this content (None: none failed)."""
        return known_failure(thumbnail_path(self.directory, cache_key(self.store), sha256, self.px))

    # ---- the jobs ----

    def _list(self, generation: int) -> None:
        store, directory, px, cancel = self.store, self.directory, self.px, self._cancel

        cached = self._cached

        def work() -> list[_Item]:
            key = cache_key(store)
            found: list[_Item] = []
            for sha256 in store.reads.verified_hashes():
                if cancel.is_set():
                    return []
                path = thumbnail_path(directory, key, sha256, px)  # names the home's key: a new one misses
                if path in cached:
                    continue
                if known_failure(path) is None and not path.is_file():
                    found.append(_Item(sha256, path))
                else:
                    cached.add(path)  # no stat of it at the next look (set.add is atomic)
            return found

        self.runner.run(work, lambda items: self._listed(generation, items), lambda exc: self._failed(generation, exc))

    def _listed(self, generation: int, items: list[_Item]) -> None:
        if generation != self._generation:
            return
        self._again = False
        self._queue = items[::-1]  # popped from the end: in the listing's order (cases by deadline)
        self._total = self._handled + len(items)
        if items:
            self.progress.emit(self._handled, self._total)
        self._next()

    def _next(self) -> None:
        if not self._running:
            return
        if not self._signed_in():
            forget_failures(self.directory)
            self.stop()
            return
        if not self._queue:
            if self._again:  # a sync finished during the run: list once more
                self._again = False
                self._list(self._generation)
                return
            made = self._made
            self._end()
            self.finished.emit(made)
            return
        if self._busy() or self.decoder.busy:  # the member's own requests first
            self._timer.start(YIELD_MS)
            return
        item = self._queue.pop()
        generation, store, decoder, px, cancel = self._generation, self.store, self.decoder, self.px, self._cancel
        directory, signed_in = self.directory, self._signed_in

        def keep() -> bool:
            return not cancel.is_set() and signed_in()

        def work() -> bool:
            if not keep() or item.path.is_file():
                return False
            make_thumbnail(directory, cache_key(store), item.sha256, store.blobs.open_verified, decoder, px, keep=keep)
            return True

        self.runner.run(
            work,
            lambda made: self._item_done(generation, item, made),
            lambda exc: self._item_failed(generation, item, exc),
        )

    def _item_done(self, generation: int, item: _Item, made: Any) -> None:
        self._cached.add(item.path)
        if generation != self._generation:
            return
        self._handled += 1
        self._made += bool(made)
        self.progress.emit(self._handled, self._total)
        self._timer.start(PAUSE_MS)

    def _item_failed(self, generation: int, item: _Item, exc: BaseException) -> None:
        if generation != self._generation:
            return
        closed = getattr(self.decoder, "_closed", False)  # the desk shutting down: not the file's fault
        if isinstance(exc, UnsafeImageError) and not closed and not self._cancel.is_set() and self._signed_in():
            record_failure(item.path, explain(exc))  # not an image, or undecodable
        # Anything else (the store being erased, a closed decoder) is not remembered: tried next run.
        self._handled += 1
        self.progress.emit(self._handled, self._total)
        self._timer.start(PAUSE_MS)

    def _failed(self, generation: int, exc: BaseException) -> None:
        del exc  # the listing failed (the store closing): the next sync starts it again
        if generation == self._generation:
            self._end()

    def _end(self) -> None:
        self._running = False
        self._generation += 1
        self._timer.stop()
        self.running_changed.emit(False)
