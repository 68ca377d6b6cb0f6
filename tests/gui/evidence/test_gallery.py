"""EvidenceGallery and EvidenceViewer on stores built from contract payloads with real files."""

from __future__ import annotations

import os
import random
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decoder import Decoder, Decoders
from arbitration_desk.gui.evidence.files import FileKind
from arbitration_desk.gui.evidence.gallery import EvidenceGallery
from arbitration_desk.gui.evidence.note_dialog import EvidenceNoteDialog
from arbitration_desk.gui.evidence.thumbnails import THUMBNAIL_DIR
from arbitration_desk.gui.evidence.viewer import IMAGE_PAGE, MESSAGE_PAGE, PDF_PAGE, EvidenceViewer
from arbitration_desk.sandbox.media import mp4_stub
from arbitration_desk.store.sealed import MAGIC as SEALED_MAGIC
from arbitration_desk.store.store import Store
from helpers.case_parts import context_of, show_in_context
from helpers.case_world import jpeg_bytes, png_bomb, png_bytes, store_case_with_evidence
from helpers.decoders import stop_child
from helpers.pdfs import make_pdf
from helpers.stores import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOSTILE_TITLE = '<b>bold</b><img src="file:///etc/passwd"> \u202eevil.exe'


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        store_case_with_evidence(
            opened,
            "cs_1",
            [
                ({"title": "Photo of the parcel", "referenced_message_ids": ["m1", "m2"]}, png_bytes(800, 600)),
                (
                    {"title": HOSTILE_TITLE, "filename": "<img src=file:///etc/passwd>.pdf"},
                    make_pdf(pages=2, title="Proof of delivery"),
                ),
                ({"title": "Pending photo"}, None),
                ({"title": "Script", "media_type": "image/png"}, b"#!/bin/sh\necho owned\n"),
                ({"title": "Bomb"}, png_bomb()),
                ({"title": "Big photo"}, jpeg_bytes(1600, 1200)),
            ],
        )
        yield opened


@pytest.fixture
def gallery(qtbot: QtBot, store: Store, runner: Runner) -> Iterator[EvidenceGallery]:
    widget = EvidenceGallery(DeskModel(store, runner))
    widget.resize(1000, 640)
    widget.show()
    show_in_context(widget, widget.desk, "cs_1")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 6)
    yield widget
    # Let pending callbacks land while the widgets exist (qtbot.addWidget would delete them first).
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    widget.close()
    widget.deleteLater()


def _select(qtbot: QtBot, gallery: EvidenceGallery, row: int) -> None:
    gallery.show_evidence(f"ev_{row}")
    qtbot.waitUntil(lambda: gallery.viewer.kind is not None or gallery.viewer.stack.currentIndex() == MESSAGE_PAGE)


def test_model_passes_the_model_tester(qtmodeltester: object, gallery: EvidenceGallery) -> None:
    qtmodeltester.check(gallery.model)  # type: ignore[attr-defined]


def test_thumbnails_are_made_off_thread_and_cached(qtbot: QtBot, gallery: EvidenceGallery, store: Store) -> None:
    model = gallery.model
    for row in (0, 1, 5):
        model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: all(model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) for r in (0, 1, 5)))
    pixmap = model.index(5, 0).data(Qt.ItemDataRole.DecorationRole)
    assert max(pixmap.width(), pixmap.height()) == 72
    cached = sorted((store.home / THUMBNAIL_DIR).iterdir())
    assert len(cached) == 3 and all(path.name.endswith("-72.thumb") for path in cached)
    hashes = [model.evidence(r).sha256 for r in range(model.rowCount())]  # type: ignore[union-attr]
    for path in cached:  # sealed, and named so that nobody can tell which content they show
        content = path.read_bytes()
        assert content.startswith(SEALED_MAGIC) and b"\x89PNG" not in content and b"%PDF" not in content
        assert not [sha for sha in hashes if sha[:16] in path.name]
    model.data(model.index(4, 0), Qt.ItemDataRole.DecorationRole)  # the bomb
    qtbot.waitUntil(lambda: gallery.thumbnails.failure(model.evidence(4).sha256) is not None)  # type: ignore[union-attr]
    assert "megapixels" in str(gallery.thumbnails.failure(model.evidence(4).sha256))  # type: ignore[union-attr]
    assert model.index(2, 0).data(Qt.ItemDataRole.DecorationRole) is None  # pending: nothing to decode
    gallery.grab().save("/tmp/evidence_gallery.png")


def test_image_viewer_zoom_fit_and_navigation(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    viewer = gallery.viewer
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == IMAGE_PAGE)
    assert viewer.kind is FileKind.PNG
    fitted = viewer.canvas.scale_factor
    assert viewer.toolbar.zoom_label.text() == f"Fit ({fitted * 100:.0f} %)"  # the real factor, from the start
    viewer.toolbar.zoom_in.click()
    assert viewer.canvas.scale_factor == pytest.approx(fitted * 1.25)
    assert viewer.toolbar.zoom_label.text() == f"{fitted * 125:.0f} %"
    viewer.toolbar.fit.click()
    assert viewer.canvas.scale_factor == pytest.approx(fitted)
    assert viewer.toolbar.zoom_label.text() == f"Fit ({fitted * 100:.0f} %)"
    viewer.toolbar.actual.click()
    assert viewer.toolbar.zoom_label.text() == "100 %"
    assert viewer.toolbar.position.text() == "1 of 6"
    assert not viewer.toolbar.previous.isEnabled()
    viewer.toolbar.next.click()
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == PDF_PAGE)
    assert viewer.kind is FileKind.PDF
    assert viewer.pdf.page_count() == 2
    assert viewer.toolbar.position.text() == "2 of 6"


def test_a_large_photo_shows_a_preview_first_and_the_whole_picture_when_zoomed(
    qtbot: QtBot, gallery: EvidenceGallery
) -> None:
    viewer, canvas = gallery.viewer, gallery.viewer.canvas
    gallery.show_evidence("ev_5")  # 1600 × 1200: more than the view needs at first
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == IMAGE_PAGE and viewer.kind is FileKind.JPEG)
    assert canvas.is_preview
    assert canvas.image_rect().size().toTuple() == (1600, 1200)  # the scene has the whole picture's size
    fitted = canvas.scale_factor
    while canvas.is_preview and canvas.scale_factor < 1:
        viewer.toolbar.zoom_in.click()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: not canvas.is_preview)  # decoded whole once shown larger than the preview
    assert canvas.image_rect().size().toTuple() == (1600, 1200)
    assert canvas.scale_factor > fitted
    zoom = canvas.scale_factor
    viewer.toolbar.fit.click()
    assert canvas.scale_factor < zoom and not canvas.is_preview


def _dark_pixels(image: object) -> int:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    return sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if max(QColor(image.pixel(x, y)).getRgb()[:3]) < 80
    )


def test_pdf_pages_come_from_the_decoder_with_zoom_fit_pages_and_pan(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    viewer, bar = gallery.viewer, gallery.viewer.toolbar
    gallery.show_evidence("ev_1")
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == PDF_PAGE)
    assert viewer.kind is FileKind.PDF
    pages = viewer.pdf
    assert pages.page_count() == 2 and pages.fitted
    first = pages.rendered(0)
    sizes = pages.source.info.sizes  # type: ignore[union-attr]
    assert first is not None and first.size() == pages.metrics().device(sizes[0], pages.zoom_factor)
    assert _dark_pixels(first) > 10  # "Proof of delivery — page 1", in black
    assert bar.page.isVisible() and bar.page.text() == "Page 1 of 2"
    assert not bar.actual.isEnabled() and not bar.mark.isEnabled()

    fitted = pages.zoom_factor
    assert bar.zoom_label.text() == f"Fit ({fitted * 100:.0f} %)"  # the effective factor of fitting, never 100 %
    bar.zoom_in.click()
    assert pages.zoom_factor == pytest.approx(fitted * 1.25) and not pages.fitted
    assert bar.zoom_label.text() == f"{fitted * 125:.0f} %"
    wanted = pages.metrics().device(sizes[0], pages.zoom_factor)
    qtbot.waitUntil(lambda: pages.rendered(0) is not None and pages.rendered(0).size() == wanted)  # type: ignore[union-attr]
    bar.zoom_out.click()
    assert pages.zoom_factor == pytest.approx(fitted)
    bar.zoom_in.click()
    bar.fit.click()
    assert pages.zoom_factor == pytest.approx(fitted) and pages.fitted
    assert bar.zoom_label.text() == f"Fit ({fitted * 100:.0f} %)"

    bar.next_page.click()
    assert pages.current_page() == 1 and bar.page.text() == "Page 2 of 2"
    assert not bar.next_page.isEnabled() and bar.previous_page.isEnabled()
    qtbot.waitUntil(lambda: pages.rendered(1) is not None)  # rendered when it came into view
    assert _dark_pixels(pages.rendered(1)) > 10
    qtbot.keyClick(pages, Qt.Key.Key_Home)
    assert pages.current_page() == 0 and bar.page.text() == "Page 1 of 2"
    qtbot.keyClick(pages, Qt.Key.Key_End)
    assert pages.current_page() == 1
    bar.previous_page.click()
    assert pages.current_page() == 0

    bar.zoom_in.click()  # wider than the view: it pans both ways
    scroll = pages.horizontalScrollBar(), pages.verticalScrollBar()
    before = (scroll[0].value(), scroll[1].value())
    sheet = pages.widget()
    start = sheet.mapFromGlobal(pages.viewport().mapToGlobal(pages.viewport().rect().center()))
    qtbot.mousePress(sheet, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(sheet, start - QPoint(30, 40))
    qtbot.mouseRelease(sheet, Qt.MouseButton.LeftButton, pos=start - QPoint(30, 40))
    assert (scroll[0].value(), scroll[1].value()) != before
    gallery.grab().save("/tmp/evidence_pdf.png")


def test_pending_and_failed_items_are_not_opened(qtbot: QtBot, gallery: EvidenceGallery, store: Store) -> None:
    _select(qtbot, gallery, 2)
    assert gallery.viewer.stack.currentIndex() == MESSAGE_PAGE
    assert "not been downloaded" in gallery.viewer.message.text()
    assert not gallery.viewer.details.open_external.isEnabled()
    for _ in range(2):
        store.sync.record_evidence_mismatch("cs_1", "ev_0", "ab" * 32, "req-123")
    context_of(gallery).reload()
    qtbot.waitUntil(lambda: gallery.model.evidence(0).state == "failed_verification")  # type: ignore[union-attr]
    _select(qtbot, gallery, 0)
    text = gallery.viewer.message.text()
    assert "never opened" in text and "ab" * 32 in text and "req-123" in text
    assert gallery.viewer.stack.currentIndex() == MESSAGE_PAGE
    assert not gallery.viewer.details.open_external.isEnabled()
    assert gallery.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    gallery.grab().save("/tmp/evidence_failed.png")


def test_decompression_bomb_is_refused(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    _select(qtbot, gallery, 4)
    qtbot.waitUntil(lambda: "cannot be shown" in gallery.viewer.message.text())
    assert "60000 × 60000" in gallery.viewer.message.text()


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_unknown_content_is_sniffed_and_opened_externally_under_a_safe_name(
    qtbot: QtBot, gallery: EvidenceGallery
) -> None:
    _select(qtbot, gallery, 3)  # declared image/png, content is a shell script
    qtbot.waitUntil(lambda: gallery.viewer.kind is FileKind.OTHER)
    assert gallery.viewer.stack.currentIndex() == MESSAGE_PAGE
    assert gallery.viewer.message.text().startswith("Image (image/png, 21 bytes): no built-in viewer for this content")
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")  # type: ignore[arg-type]  # the stub says bytes; str works
    try:

        def confirm() -> None:
            box = next(w for w in gallery.findChildren(QMessageBox) if w.isVisible())
            box.button(QMessageBox.StandardButton.Open).click()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(50, confirm)
        gallery.viewer.details.open_external.click()
        qtbot.waitUntil(lambda: bool(catcher.urls))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.name == f"evidence-{gallery.model.evidence(3).sha256[:16]}.bin"  # type: ignore[union-attr]
    assert opened.read_bytes().startswith(b"#!/bin/sh")
    assert not opened.stat().st_mode & 0o222


def test_a_video_says_what_it_is_and_how_to_play_it(qtbot: QtBot, store: Store, runner: Runner) -> None:
    video = mp4_stub(random.Random(7), 4000)
    store_case_with_evidence(
        store,
        "cs_video",
        [
            ({"title": "Unboxing video", "media_type": "video/mp4", "filename": "VID_1.mp4"}, video),
            ({"title": "Clip", "media_type": "video/mp4", "filename": "clip.mp4"}, b"no video in here"),
        ],
    )
    viewer = EvidenceViewer(store, runner)
    viewer.resize(400, 500)
    viewer.show()
    try:
        rows = store.reads.evidence("cs_video")
        viewer.show_row(rows[0])
        qtbot.waitUntil(lambda: viewer.kind is not None)
        text = viewer.message.text()
        assert viewer.kind is FileKind.MP4 and viewer.stack.currentIndex() == MESSAGE_PAGE
        assert text.startswith(f"Video (video/mp4, {len(video) / 1000:.1f} kB): the desk has no built-in video player.")
        assert "“Open externally…” to play a copy in your video player" in text
        assert viewer.details.open_external.isEnabled()
        viewer.show_row(rows[1])  # declared a video, but it is not one
        qtbot.waitUntil(lambda: viewer.kind is not None)
        text = viewer.message.text()
        assert text.startswith("Video (video/mp4, 16 bytes): the desk has no built-in video player, and this file")
        assert "unrecognised" not in text.lower()
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        viewer.close()
        viewer.deleteLater()


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
def test_the_viewer_moves_to_a_window_of_its_own_and_back(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    viewer, bar = gallery.viewer, gallery.viewer.toolbar
    gallery.show_evidence("ev_1")
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == PDF_PAGE)
    narrow = viewer.pdf.zoom_factor
    with qtbot.waitSignal(gallery.viewer_detached_changed) as moved:
        bar.detach.click()
    assert moved.args == [True]
    window = gallery.window_of_viewer
    assert window is not None and window.isWindow() and window.isVisible()
    assert viewer.window() is window and gallery.window() is not window and viewer.isVisible()
    row = viewer.row
    assert row is not None and row.evidence_id == "ev_1" and viewer.kind is FileKind.PDF  # the same item
    assert "⟦RLO⟧evil.exe" in window.windowTitle()  # its (hostile) title, shown literally
    assert bar.detach.isChecked() and gallery.viewer_slot.currentWidget() is gallery.detached_note
    window.resize(1400, 1000)  # maximised, or on a larger screen: the page still fits, larger
    qtbot.waitUntil(lambda: viewer.pdf.zoom_factor > narrow * 1.5)
    assert bar.zoom_label.text() == f"Fit ({viewer.pdf.zoom_factor * 100:.0f} %)"
    bar.next.click()  # the list still drives the viewer
    qtbot.waitUntil(lambda: viewer.row is not None and viewer.row.evidence_id == "ev_2")
    assert gallery.current_row() is not None and gallery.current_row().evidence_id == "ev_2"  # type: ignore[union-attr]
    with qtbot.waitSignal(gallery.viewer_detached_changed) as back:
        window.close()
    assert back.args == [False]
    assert gallery.window_of_viewer is None and viewer.window() is gallery.window() and viewer.isVisible()
    assert gallery.viewer_slot.currentWidget() is viewer and not bar.detach.isChecked()
    gallery.set_viewer_detached(True)
    qtbot.mouseClick(gallery.detached_note.back, Qt.MouseButton.LeftButton)  # the tab's own way back
    assert not gallery.viewer_detached and viewer.window() is gallery.window()


def test_hostile_metadata_is_shown_literally(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    _select(qtbot, gallery, 1)
    details = gallery.viewer.details
    assert details.title.textFormat() == Qt.TextFormat.PlainText
    assert details.title.text() == '<b>bold</b><img src="file:///etc/passwd"> ⟦RLO⟧evil.exe'
    assert "<img src=file:///etc/passwd>.pdf" in details.facts.text()
    assert details.facts.textFormat() == Qt.TextFormat.PlainText
    assert "⟦RLO⟧" in gallery.model.index(1, 0).data(Qt.ItemDataRole.DisplayRole)
    assert "SHA-256 " in gallery.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_messages_requested(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    _select(qtbot, gallery, 0)
    assert gallery.viewer.details.messages.text() == "Messages (2)"
    with qtbot.waitSignal(gallery.messages_requested) as signal:
        gallery.viewer.details.messages.click()
    assert signal.args == [["m1", "m2"]]


@pytest.mark.parametrize("private", [False, True])
def test_drawing_a_region_creates_an_annotation(
    qtbot: QtBot, gallery: EvidenceGallery, store: Store, private: bool
) -> None:
    viewer = gallery.viewer
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == IMAGE_PAGE)
    viewer.toolbar.mark.click()
    canvas = viewer.canvas
    image = canvas.mapFromScene(canvas.image_rect()).boundingRect()
    start = image.topLeft() + QPoint(image.width() // 4, image.height() // 4)
    end = image.topLeft() + QPoint(image.width() // 2, image.height() // 2)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    dialog = gallery.findChild(EvidenceNoteDialog)
    assert dialog is not None
    dialog.ui.bodyEdit.setPlainText("The label is torn here.")
    (dialog.ui.privateButton if private else dialog.ui.sharedButton).setChecked(True)
    with qtbot.waitSignal(gallery.changed):
        dialog.accept()
    annotations = store.reads.annotations("cs_1")
    assert len(annotations) == 1 and annotations[0].private is private
    region = annotations[0].target["region"]
    assert annotations[0].target["id"] == "ev_0"
    assert region["x"] == pytest.approx(0.25, abs=0.02) and region["width"] == pytest.approx(0.25, abs=0.02)
    qtbot.waitUntil(lambda: canvas.region_count() == 1)
    gallery.show_evidence("ev_0", region)
    assert canvas.highlighted_region() is not None
    gallery.grab().save("/tmp/evidence_region.png")


def test_any_item_can_be_annotated_as_a_whole(qtbot: QtBot, gallery: EvidenceGallery, store: Store) -> None:
    viewer = gallery.viewer
    gallery.show_evidence("ev_1")  # a PDF: no region can be drawn on it
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == PDF_PAGE)
    assert not viewer.toolbar.mark.isEnabled() and viewer.details.annotate.isEnabled()
    viewer.details.annotate.click()
    dialog = gallery.findChild(EvidenceNoteDialog)
    assert dialog is not None and dialog.ui.targetLabel.text().startswith("Note on “")
    dialog.ui.bodyEdit.setPlainText("Page 2 contradicts the seller's account.")
    dialog.ui.sharedButton.setChecked(True)
    with qtbot.waitSignal(gallery.changed):
        dialog.accept()
    (note,) = store.reads.annotations("cs_1")
    assert note.target == {"type": "evidence", "id": "ev_1"} and not note.private


# ---- the decoder process failing, seen from the gallery (its own decoders: never the shared ones) ----


@pytest.fixture
def own_gallery(qtbot: QtBot, store: Store, runner: Runner, own_decoders: Decoders) -> Iterator[EvidenceGallery]:
    widget = EvidenceGallery(DeskModel(store, runner), decoders=own_decoders)
    widget.resize(1000, 640)
    widget.show()
    show_in_context(widget, widget.desk, "cs_1")
    qtbot.waitUntil(lambda: widget.viewer.stack.currentIndex() == IMAGE_PAGE)  # the first item, shown
    yield widget
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    widget.close()
    widget.deleteLater()


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals")


@linux_only
def test_a_decoder_killed_mid_request_shows_cannot_be_shown_and_the_next_file_shows(
    qtbot: QtBot, own_gallery: EvidenceGallery
) -> None:
    viewer = own_gallery.viewer
    pid = stop_child(viewer.decoder)
    own_gallery.show_evidence("ev_5")
    qtbot.waitUntil(lambda: viewer.decoder.busy)
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: "cannot be shown" in viewer.message.text())
    assert viewer.message.text() == "This file cannot be shown: the decoder process was stopped while reading it"
    assert viewer.stack.currentIndex() == MESSAGE_PAGE
    own_gallery.show_evidence("ev_0")
    own_gallery.show_evidence("ev_5")  # the same file again: a new decoder shows it
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == IMAGE_PAGE and viewer.kind is FileKind.JPEG)
    assert viewer.kind is FileKind.JPEG and viewer.decoder.pid not in (None, pid)
    own_gallery.show_evidence("ev_1")
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == PDF_PAGE)


@linux_only
def test_a_decoder_that_hangs_is_timed_out_and_the_next_file_shows(
    qtbot: QtBot, store: Store, runner: Runner, own_decoders: Decoders
) -> None:
    decoders = Decoders(own_decoders.thumbnails, Decoder("hanging viewer", timeout=1.0))
    gallery = EvidenceGallery(DeskModel(store, runner), decoders=decoders)
    qtbot.addWidget(gallery)
    try:
        gallery.show()
        show_in_context(gallery, gallery.desk, "cs_1")
        qtbot.waitUntil(lambda: gallery.viewer.stack.currentIndex() == IMAGE_PAGE)
        stop_child(decoders.viewer)
        gallery.show_evidence("ev_5")
        qtbot.waitUntil(lambda: "cannot be shown" in gallery.viewer.message.text(), timeout=10_000)
        assert gallery.viewer.message.text() == "This file cannot be shown: it took longer than 1 s to decode"
        gallery.show_evidence("ev_0")
        qtbot.waitUntil(lambda: gallery.viewer.stack.currentIndex() == IMAGE_PAGE)
        assert gallery.viewer.kind is FileKind.PNG
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        decoders.viewer.close()


def test_a_file_over_the_decoders_memory_limit_cannot_be_shown_and_the_desk_goes_on(
    qtbot: QtBot, store: Store, runner: Runner, own_decoders: Decoders
) -> None:
    store_case_with_evidence(
        store, "cs_2", [({"title": "Huge scan"}, png_bytes(5000, 5000)), ({"title": "Photo"}, png_bytes(300, 200))]
    )
    decoders = Decoders(own_decoders.thumbnails, Decoder("small viewer", memory_mib=48))
    gallery = EvidenceGallery(DeskModel(store, runner), decoders=decoders)
    qtbot.addWidget(gallery)
    try:
        gallery.show()
        show_in_context(gallery, gallery.desk, "cs_2")
        qtbot.waitUntil(lambda: "cannot be shown" in gallery.viewer.message.text(), timeout=10_000)
        text = gallery.viewer.message.text()
        assert text == (
            "This file cannot be shown: the image has 5000 × 5000 pixels and needs more memory than the decoder may use"
        )
        gallery.show_evidence("ev_1")
        qtbot.waitUntil(lambda: gallery.viewer.stack.currentIndex() == IMAGE_PAGE)
        assert gallery.viewer.canvas.image_rect().width() == 300
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        decoders.viewer.close()


def test_the_first_screens_thumbnails_are_asked_for_before_the_list_paints(
    qtbot: QtBot, store: Store, runner: Runner
) -> None:
    """As soon as the rows are known, not when the list paints them: a gallery never shown (no paint
    at all) has the first screen's pictures; a row far below is not asked for."""
    widget = EvidenceGallery(DeskModel(store, runner))
    widget.resize(1000, 640)
    widget.list.resize(300, 200)  # room for a few rows: the ones it would show first
    show_in_context(widget, widget.desk, "cs_1")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 6)
    first = widget.model.evidence(0)
    assert first is not None
    qtbot.waitUntil(lambda: widget.thumbnails.pixmap(first.sha256) is not None)
    assert not widget.isVisible()
    last = widget.model.evidence(5)
    assert last is not None and widget.thumbnails.pixmap(last.sha256) is None  # below the first screen
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    widget.deleteLater()
