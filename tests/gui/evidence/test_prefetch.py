"""The thumbnail prefetcher: after a sync, every verified image's thumbnail is in the sealed cache,
and a gallery shows them all without a decode request; a failure is tried once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decoder import Decoder, Decoders
from arbitration_desk.gui.evidence.files import sniff_source
from arbitration_desk.gui.evidence.gallery import THUMB_PX, EvidenceGallery
from arbitration_desk.gui.evidence.prefetch import ThumbnailPrefetcher
from arbitration_desk.gui.evidence.thumbnails import cache_key, forget_failures, thumbnail_path
from arbitration_desk.store.records import EvidenceState
from arbitration_desk.store.store import Store
from helpers.case_parts import show_in_context
from helpers.case_world import png_bomb, png_bytes, store_case_with_evidence
from helpers.stores import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class CountingDecoder(Decoder):
    """A real decoder process that counts the thumbnails asked of it (by content size)."""

    def __init__(self) -> None:
        super().__init__("test thumbnails")
        self.requests: list[int] = []
        self._count_lock = threading.Lock()

    def thumbnail(self, source: BinaryIO, px: int) -> QImage:
        with self._count_lock:
            self.requests.append(px)
        return super().thumbnail(source, px)


@pytest.fixture
def decoders() -> Iterator[Decoders]:
    made = Decoders(CountingDecoder(), Decoder("test viewer"))
    try:
        yield made
    finally:
        made.close()


def _run(qtbot: QtBot, prefetcher: ThumbnailPrefetcher) -> int:
    with qtbot.waitSignal(prefetcher.finished, timeout=30_000) as blocker:
        prefetcher.start()
    return int(blocker.args[0])


def _shown(store: Store, sha256: str) -> bool:
    with store.blobs.open_verified(sha256) as handle:
        return sniff_source(handle).is_shown


def test_after_a_sync_every_verified_image_is_cached_and_the_gallery_decodes_nothing(
    qtbot: QtBot, store: Store, runner: Runner, decoders: Decoders
) -> None:
    counting = decoders.thumbnails
    assert isinstance(counting, CountingDecoder)
    prefetcher = ThumbnailPrefetcher(store, runner, counting, px=THUMB_PX)
    made = _run(qtbot, prefetcher)

    key, directory = cache_key(store), prefetcher.directory
    verified = {
        row.sha256: case.case_id
        for case in store.reads.list_cases()
        for row in store.reads.evidence(case.case_id)
        if row.state == EvidenceState.VERIFIED
    }
    images = {sha for sha in verified if _shown(store, sha)}
    assert images, "the sandbox world has verified images"
    for sha in images:
        assert thumbnail_path(directory, key, sha, THUMB_PX).is_file(), sha
    assert made == len(counting.requests) == len(images)
    assert _run(qtbot, prefetcher) == 0  # a second run finds nothing missing
    assert len(counting.requests) == len(images)

    # The case with the most images: its gallery shows each thumbnail from the cache.
    case_id = max(set(verified.values()), key=lambda c: sum(verified[s] == c and s in images for s in verified))
    gallery = EvidenceGallery(DeskModel(store, runner), decoders=decoders)
    try:
        gallery.resize(1000, 4000)
        gallery.show()
        show_in_context(gallery, gallery.desk, case_id)
        rows = [row for row in store.reads.evidence(case_id) if row.sha256 in images]
        qtbot.waitUntil(lambda: all(gallery.thumbnails.pixmap(row.sha256) is not None for row in rows), timeout=10_000)
        assert len(counting.requests) == len(images), "a thumbnail was decoded again"
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    finally:
        gallery.close()
        gallery.deleteLater()


def test_a_first_instance_decode_failure_is_recorded_once_and_reassigned_cases_are_skipped(
    qtbot: QtBot, tmp_path: Path, runner: Runner, decoders: Decoders
) -> None:
    counting = decoders.thumbnails
    assert isinstance(counting, CountingDecoder)
    with open_store(tmp_path / "home") as store:
        store_case_with_evidence(
            store, "cs_1", [({"title": "Bomb"}, png_bomb()), ({"title": "Fine"}, png_bytes(40, 30))]
        )
        store_case_with_evidence(store, "cs_2", [({"title": "Theirs now"}, png_bytes(50, 30, (1, 2, 3)))])
        store.work.create_annotation("cs_2", {"type": "case"}, "unsent work keeps it")
        store.sync.reconcile_full_listing(["cs_1"])  # cs_2 is reassigned
        assert [case.reassigned for case in sorted(store.reads.list_cases(), key=lambda c: c.case_id)] == [False, True]
        bomb, fine = (row.sha256 for row in store.reads.evidence("cs_1"))
        (theirs,) = (row.sha256 for row in store.reads.evidence("cs_2"))

        prefetcher = ThumbnailPrefetcher(store, runner, counting, px=THUMB_PX)
        failures: list[Any] = []
        try:
            assert _run(qtbot, prefetcher) == 1
            assert len(counting.requests) == 2  # the bomb and the fine one; nothing of the reassigned case
            assert prefetcher.failure(bomb) and prefetcher.failure(fine) is None
            key = cache_key(store)
            assert not thumbnail_path(prefetcher.directory, key, theirs, THUMB_PX).exists()
            assert _run(qtbot, prefetcher) == 0
            assert _run(qtbot, prefetcher) == 0
            assert len(counting.requests) == 2, "the failing file was sent to the decoder again"

            gallery = EvidenceGallery(DeskModel(store, runner), decoders=decoders)
            try:
                gallery.resize(1000, 640)
                gallery.show()
                show_in_context(gallery, gallery.desk, "cs_1")
                qtbot.waitUntil(lambda: gallery.thumbnails.pixmap(fine) is not None, timeout=10_000)
                qtbot.waitUntil(lambda: gallery.thumbnails.failure(bomb) is not None, timeout=10_000)
                failures.append(gallery.thumbnails.failure(bomb))
                assert len(counting.requests) == 2
                qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
            finally:
                gallery.close()
                gallery.deleteLater()
        finally:
            forget_failures(prefetcher.directory)
    assert failures and failures[0]  # the gallery says "No preview" from the prefetcher's record


def test_stops_when_signed_out_and_writes_nothing_more(
    qtbot: QtBot, tmp_path: Path, runner: Runner, decoders: Decoders
) -> None:
    with open_store(tmp_path / "home") as store:
        store_case_with_evidence(store, "cs_1", [({"title": f"P{n}"}, png_bytes(30 + n, 20)) for n in range(4)])
        signed_in = [True]
        prefetcher = ThumbnailPrefetcher(
            store, runner, decoders.thumbnails, px=THUMB_PX, signed_in=lambda: signed_in[0]
        )
        prefetcher.start()
        qtbot.waitUntil(lambda: any(prefetcher.directory.glob("*.thumb")), timeout=30_000)
        signed_in[0] = False
        qtbot.waitUntil(lambda: not prefetcher.running, timeout=10_000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        cached = len(list(prefetcher.directory.glob("*.thumb")))
        assert 1 <= cached < 4
        prefetcher.start()  # signed out: does not start
        assert not prefetcher.running


def test_during_a_sync_it_looks_for_verified_evidence_at_most_every_few_seconds(
    qtbot: QtBot, tmp_path: Path, runner: Runner, decoders: Decoders, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync's progress starts it as soon as evidence is being verified; further progress within
    DURING_SYNC_EVERY_S does not list again, and a look after it finds what was verified meanwhile."""
    from arbitration_desk.gui.evidence import prefetch
    from arbitration_desk.sync.report import Progress

    counting = decoders.thumbnails
    assert isinstance(counting, CountingDecoder)
    clock = [1000.0]
    monkeypatch.setattr(prefetch.time, "monotonic", lambda: clock[0])
    with open_store(tmp_path / "home") as store:
        store_case_with_evidence(store, "cs_1", [({"title": "First"}, png_bytes(40, 30))])
        prefetcher = ThumbnailPrefetcher(store, runner, counting, px=THUMB_PX)
        prefetcher.sync_progressed(Progress("listing"))  # nothing verified yet: no look
        assert not prefetcher.running
        with qtbot.waitSignal(prefetcher.finished, timeout=30_000) as first:
            prefetcher.sync_progressed(Progress("cases", 1, 2))
        assert first.args == [1]
        store_case_with_evidence(store, "cs_2", [({"title": "Second"}, png_bytes(50, 30, (1, 2, 3)))])
        clock[0] += prefetch.DURING_SYNC_EVERY_S / 2
        prefetcher.sync_progressed(Progress("evidence", 1, 2))  # too soon after the last look
        assert not prefetcher.running and len(counting.requests) == 1
        clock[0] += prefetch.DURING_SYNC_EVERY_S / 2
        with qtbot.waitSignal(prefetcher.finished, timeout=30_000) as second:
            prefetcher.sync_progressed(Progress("evidence", 2, 2))
        assert second.args == [1] and len(counting.requests) == 2
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
