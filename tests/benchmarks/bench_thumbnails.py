"""Thumbnails before they are asked for (#17): the gallery's first screen, from the prefetched cache.

Run offscreen: ``.venv/bin/python tests/benchmarks/bench_thumbnails.py [--evidence N] [--photo WxH]``
(``--smoke``: a small case, as the test run does to check that it still works).

A case of ``--evidence`` (default 2,000) distinct verified JPEGs (default 1600×1200), built with
the Store API. Same run, same items (the first screen of the gallery, 1000×700 px):

1. uncached first screen: an empty thumbnail cache; time from the rows shown to every visible
   row's thumbnail in memory (each made by the thumbnails' decoder process);
2. full decode of those items (the viewer's path: ``Decoder.image``, whole picture), the baseline
   the uncached path is held against (target ≥ 3×);
3. the prefetcher over the whole case (its wall time);
4. cached first screen after it: a new gallery, the same measure as (1); target ≤ 16 ms with 100%
   cache hits (no decoder request at all).

The sync's time with and without the prefetcher running alongside (target: at most 5 % slower) is
measured by ``bench_gui_sync.py``, where the desk makes thumbnails while its sync verifies evidence.
Figures are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()

from PIL import Image  # noqa: E402
from PySide6.QtCore import QEventLoop, QRect, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from arbitration_desk.gui.common.desk import DeskModel  # noqa: E402
from arbitration_desk.gui.common.workers import Runner  # noqa: E402
from arbitration_desk.gui.evidence.decoder import Decoder, Decoders  # noqa: E402
from arbitration_desk.gui.evidence.gallery import THUMB_PX, EvidenceGallery  # noqa: E402
from arbitration_desk.gui.evidence.prefetch import ThumbnailPrefetcher  # noqa: E402
from arbitration_desk.platform import credentials  # noqa: E402
from arbitration_desk.store.store import Store  # noqa: E402
from helpers.case_parts import show_in_context  # noqa: E402
from helpers.case_world import store_case_with_evidence  # noqa: E402
from helpers.keyring_backend import MemoryKeyring  # noqa: E402
from helpers.stores import open_store  # noqa: E402

SMOKE = {"evidence": 30, "photo": (320, 240), "repeat": 1}


class CountingDecoder(Decoder):
    def __init__(self, name: str) -> None:
        super().__init__(name, nice=10)
        self.thumbnails = 0
        self._lock = threading.Lock()

    def thumbnail(self, source: BinaryIO, px: int) -> QImage:
        with self._lock:
            self.thumbnails += 1
        return super().thumbnail(source, px)


def jpeg(size: tuple[int, int], number: int) -> bytes:
    image = Image.new("RGB", size, ((number * 37) % 256, (number * 91) % 256, (number * 13) % 256))
    image.putpixel((number % size[0], 0), (255, 255, 255))  # distinct content
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 120.0) -> None:
    """Runs the event loop until ``condition`` holds, waiting for events as the desk's loop does: a
    loop of bare ``processEvents()`` keeps the interpreter lock busy and starves the worker threads
    that read and make the thumbnails (a 5 ms switch interval at each hand-over), which no member's
    desk does. A 5 ms timer wakes the loop to check the condition."""
    deadline = time.monotonic() + timeout
    tick = QTimer()
    tick.start(5)
    try:
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()


def first_screen(gallery: Any) -> list[str]:
    view = gallery.list
    shown = view.viewport().rect()
    hashes = []
    for row in range(gallery.model.rowCount()):
        index = gallery.model.index(row, 0)
        rect: QRect = view.visualRect(index)
        if rect.top() > shown.bottom():
            break
        if rect.intersects(shown):
            hashes.append(gallery.model.evidence(row).sha256)
    return hashes


def open_first_screen(app: QApplication, store: Store, runner: Runner, decoders: Decoders) -> tuple[float, list[str]]:
    """Milliseconds from the rows shown to every visible thumbnail in memory; the visible hashes."""
    gallery = EvidenceGallery(DeskModel(store, runner), decoders=decoders)
    gallery.resize(1000, 700)
    gallery.show()
    show_in_context(gallery, gallery.desk, "cs_1")
    wait_until(app, lambda: gallery.model.rowCount() > 0)
    started = time.perf_counter()
    gallery.list.viewport().repaint()  # the paint asks for the visible thumbnails
    visible = first_screen(gallery)
    wait_until(app, lambda: all(gallery.thumbnails.pixmap(sha) is not None for sha in visible))
    elapsed = (time.perf_counter() - started) * 1000
    wait_until(app, lambda: not runner.busy)
    gallery.close()
    gallery.deleteLater()
    app.processEvents()
    return elapsed, visible


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--evidence", type=int, default=2000)
    parser.add_argument("--photo", type=lambda t: tuple(map(int, t.split("x"))), default=(1600, 1200))
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    if args.smoke:
        vars(args).update(SMOKE)
    credentials.use_backend(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    thumbs = CountingDecoder("bench thumbnails")
    decoders = Decoders(thumbs, Decoder("bench viewer"))
    runner = Runner()
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "home") as store:
        print(f"building a case of {args.evidence} verified {args.photo[0]}×{args.photo[1]} JPEGs ...", flush=True)
        files = [({"title": f"Photo {n}"}, jpeg(args.photo, n)) for n in range(args.evidence)]
        store_case_with_evidence(store, "cs_1", files)
        decoders.thumbnails.wait_ready()
        decoders.viewer.wait_ready()

        uncached, visible = open_first_screen(app, store, runner, decoders)
        made_uncached = thumbs.thumbnails
        full: list[float] = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            for sha in visible:
                with store.blobs.open_verified(sha) as handle:
                    decoders.viewer.image(handle)
            full.append((time.perf_counter() - started) * 1000)
        full_ms = statistics.median(full)

        directory = store.home / "cache" / "thumbnails"
        for path in directory.glob("*.thumb"):
            path.unlink()  # the prefetcher makes them all
        prefetcher = ThumbnailPrefetcher(store, runner, thumbs, px=THUMB_PX)
        done: list[int] = []
        prefetcher.finished.connect(done.append)
        started = time.perf_counter()
        prefetcher.start()
        wait_until(app, lambda: bool(done), timeout=3600)
        prefetch_s = time.perf_counter() - started

        before = thumbs.thumbnails
        cached_runs = []
        for _ in range(args.repeat):
            cached_ms, _visible = open_first_screen(app, store, runner, decoders)
            cached_runs.append(cached_ms)
        requests = thumbs.thumbnails - before
        cached = statistics.median(cached_runs)

        print(f"first screen of the gallery: {len(visible)} thumbnails of {args.evidence} items")
        print(f"  uncached first screen            {uncached:8.1f} ms   ({made_uncached} decoder requests)")
        print(f"  full decode of the same items    {full_ms:8.1f} ms   (median of {args.repeat}, viewer decoder)")
        ratio = full_ms / uncached if uncached else float("inf")
        print(f"  ratio full / uncached            {ratio:8.1f}×   (target ≥ 3×: {'OK' if ratio >= 3 else 'MISSED'})")
        each = prefetch_s / max(done[0], 1) * 1000
        print(f"  prefetch of the whole case       {prefetch_s:8.1f} s    ({done[0]} made, {each:.1f} ms each)")
        hits = 100.0 * (1 - requests / max(len(visible) * args.repeat, 1))
        verdict = "OK" if cached <= 16 and requests == 0 else "MISSED"
        runs = ", ".join(f"{value:.1f}" for value in cached_runs)
        print(
            f"  cached first screen (prefetched) {cached:8.1f} ms   (median of {args.repeat}; "
            f"cache hits {hits:.0f}%; target ≤ 16 ms, 100%: {verdict}; runs: {runs})"
        )
        runner.wait()
    decoders.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
