"""EvidenceGallery and EvidenceViewer on stores built from contract payloads with real files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.files import FileKind
from arbitration_desk.gui.evidence.gallery import EvidenceGallery
from arbitration_desk.gui.evidence.note_dialog import EvidenceNoteDialog
from arbitration_desk.gui.evidence.thumbnails import THUMBNAIL_DIR
from arbitration_desk.gui.evidence.viewer import IMAGE_PAGE, MESSAGE_PAGE, PDF_PAGE
from arbitration_desk.store.store import Store
from helpers.case_parts import context_of, show_in_context
from helpers.case_world import jpeg_bytes, png_bomb, png_bytes, store_case_with_evidence
from helpers.pdfs import make_pdf

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOSTILE_TITLE = '<b>bold</b><img src="file:///etc/passwd"> \u202eevil.exe'


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "home") as opened:
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
    cached = sorted(p.name for p in (store.home / THUMBNAIL_DIR).iterdir())
    assert len(cached) == 3 and all(name.endswith("-72.png") for name in cached)
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
    viewer.toolbar.zoom_in.click()
    assert viewer.canvas.scale_factor == pytest.approx(fitted * 1.25)
    viewer.toolbar.fit.click()
    assert viewer.canvas.scale_factor == pytest.approx(fitted)
    assert viewer.toolbar.position.text() == "1 of 6"
    assert not viewer.toolbar.previous.isEnabled()
    viewer.toolbar.next.click()
    qtbot.waitUntil(lambda: viewer.stack.currentIndex() == PDF_PAGE)
    assert viewer.kind is FileKind.PDF
    assert viewer.pdf.document().pageCount() == 2
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
    assert "No built-in viewer" in gallery.viewer.message.text()
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
