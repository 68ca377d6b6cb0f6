"""Shows one evidence item: images (zoom, pan, fit, regions), PDF pages, others as metadata.

Only verified files are opened (read through ``store.blobs.open_verified``), and their kind is
decided from their content. Quarantined and failed items show why they are not opened (hash
mismatch, request ID). Images and PDF pages are decoded by the viewer's decoder process
(:mod:`.decoder`), never in the desk's; the requests run on the :class:`Runner`, so the viewer
never blocks the GUI thread on a file. A large image is first shown as a preview decoded at about
the size of the view; the whole picture is decoded when the member zooms in past it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, explain, translate
from arbitration_desk.gui.common.plaintext import message_box
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.canvas import EvidenceCanvas, RegionMark
from arbitration_desk.gui.evidence.decoder import DecodedImage, Decoder, shared_decoders
from arbitration_desk.gui.evidence.details import EvidenceDetails
from arbitration_desk.gui.evidence.files import (
    FileKind,
    UnsafeImageError,
    external_copy,
    kind_label,
    sniff_source,
)
from arbitration_desk.gui.evidence.pdf_pages import PdfPages, PdfSource
from arbitration_desk.gui.evidence.toolbar import EvidenceToolbar
from arbitration_desk.store.records import EvidenceRow, EvidenceState
from arbitration_desk.store.store import Store

log = logging.getLogger(__name__)

MESSAGE_PAGE, IMAGE_PAGE, PDF_PAGE = 0, 1, 2
#: The shortest longest side of an image's first (preview) decode, in device pixels; the view's
#: longest side times PREVIEW_MARGIN when that is more (one zoom step still shows it sharp).
PREVIEW_PX = 1280
PREVIEW_MARGIN = 1.3


@dataclass(frozen=True, slots=True)
class _Loaded:
    kind: FileKind
    image: DecodedImage | None = None
    pdf: PdfSource | None = None
    first_page: QImage | None = None


#: What a declared media type's top-level type is called (the rest: FILE_NOUN).
DECLARED_FAMILIES = {
    "video": QT_TRANSLATE_NOOP("EvidenceViewer", "Video"),
    "audio": QT_TRANSLATE_NOOP("EvidenceViewer", "Audio"),
    "image": QT_TRANSLATE_NOOP("EvidenceViewer", "Image"),
    "text": QT_TRANSLATE_NOOP("EvidenceViewer", "Text"),
}
FILE_NOUN = QT_TRANSLATE_NOOP("EvidenceViewer", "File")


def _item_head(noun: str, declared: str, size: str) -> str:
    """``Video (video/mp4, 3.1 MB)``: what the item is, by its declared media type and size."""
    if declared and size:
        return translate("EvidenceViewer", "{noun} ({media_type}, {size})").format(
            noun=noun, media_type=declared, size=size
        )
    if declared or size:
        return translate("EvidenceViewer", "{noun} ({fact})").format(noun=noun, fact=declared or size)
    return noun


def no_viewer_text(row: EvidenceRow, kind: FileKind) -> str:
    """What the viewer says about a verified file it does not show (neither an image nor a PDF).

    It names the item by its declared media type and size, and by its content when that is a video
    container the desk recognises; it never calls a declared video "unrecognised data".
    """
    declared = str(row.media_type or "").strip()
    family = declared.split("/", 1)[0].lower()
    noun_source = DECLARED_FAMILIES["video"] if kind.is_video else DECLARED_FAMILIES.get(family, FILE_NOUN)
    noun = translate("EvidenceViewer", noun_source)
    head = _item_head(noun, fmt.untrusted(declared, 100), fmt.size(row.size_bytes))
    if kind.is_video:
        text = translate(
            "EvidenceViewer",
            "{item}: the desk has no built-in video player.\n"
            "Use “Open externally…” to play a copy in your video player, only if you trust the file.",
        )
    elif family == "video":
        text = translate(
            "EvidenceViewer",
            "{item}: the desk has no built-in video player, and this file is in no video format it recognises "
            "(MP4, QuickTime, WebM, Matroska, AVI).\nUse “Open externally…” only if you trust the file.",
        )
    elif family == "image" or declared.lower() == "application/pdf":
        text = translate(
            "EvidenceViewer",
            "{item}: no built-in viewer for this content, which is not an image or PDF the desk recognises.\n"
            "Use “Open externally…” only if you trust the file.",
        )
    else:
        text = translate(
            "EvidenceViewer",
            "{item}: no built-in viewer; the desk shows images and PDFs.\n"
            "Use “Open externally…” to open a copy in another program, only if you trust the file.",
        )
    return text.format(item=head)


def blocked_text(row: EvidenceRow) -> str:
    """Why a quarantined or failed item is not opened (our text plus the recorded facts)."""
    lines = [
        translate("EvidenceViewer", "This file did not match its published SHA-256 and is never opened."),
        translate("EvidenceViewer", "Expected SHA-256: {sha256}").format(sha256=row.sha256),
    ]
    if row.failure_reason:
        lines.append(
            translate("EvidenceViewer", "Found: {reason}").format(reason=fmt.untrusted(row.failure_reason, 300))
        )
    if row.request_id:
        lines.append(
            translate("EvidenceViewer", "Request ID: {request_id}").format(
                request_id=fmt.untrusted(row.request_id, 200)
            )
        )
    else:
        lines.append(translate("EvidenceViewer", "Request ID: not recorded"))
    if row.state == EvidenceState.QUARANTINED:
        lines.append(translate("EvidenceViewer", "It will be downloaded once more at the next sync."))
    else:
        lines.append(translate("EvidenceViewer", "Report it to platform support with the request ID above."))
    return "\n".join(lines)


class EvidenceViewer(QWidget):
    """Details and content of one evidence item.

    Args:
        store: the local store (verified files).
        runner: loads files off the GUI thread.
        parent: the parent widget.
        decoder: the decoder process for this viewer (default: the desk's shared viewer decoder).

    Signals:
        previous_requested(): the member asked for the previous item.
        next_requested(): the member asked for the next item.
        messages_requested(): the member asked for the messages that refer to this item.
        region_drawn(dict): the member drew a region on the image.
        item_note_requested(): the member asked to annotate the whole item.
    """

    previous_requested = Signal()
    next_requested = Signal()
    messages_requested = Signal()
    region_drawn = Signal(dict)
    item_note_requested = Signal()

    def __init__(
        self, store: Store, runner: Runner, parent: QWidget | None = None, *, decoder: Decoder | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("EvidenceViewer", "Evidence viewer"))
        self._store = store
        self._runner = runner
        self.decoder = decoder if decoder is not None else shared_decoders().viewer
        self._row: EvidenceRow | None = None
        self._kind: FileKind | None = None
        self._generation = 0
        self._can_annotate = False
        self._marks: list[RegionMark] = []
        self._highlight: dict[str, float] | None = None
        self._loading = False  # a load of the shown row is in flight
        self._messages = 0

        self.toolbar = EvidenceToolbar(self)
        self.details = EvidenceDetails(self)
        self.message = QLabel(self)
        self.message.setAccessibleName(translate("EvidenceViewer", "Evidence message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setContentsMargins(24, 24, 24, 24)
        self.canvas = EvidenceCanvas(self)
        self.pdf = PdfPages(runner, self)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(translate("EvidenceViewer", "Evidence content"))
        for page in (self.message, self.canvas, self.pdf):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.details)
        layout.addWidget(self.stack, 1)
        self._connect()
        self.show_row(None)

    def _connect(self) -> None:
        bar = self.toolbar
        bar.previous.clicked.connect(self.previous_requested)
        bar.next.clicked.connect(self.next_requested)
        self.details.messages.clicked.connect(self.messages_requested)
        self.details.annotate.clicked.connect(self.item_note_requested)
        bar.zoom_in.clicked.connect(self.zoom_in)
        bar.zoom_out.clicked.connect(self.zoom_out)
        bar.fit.clicked.connect(self.fit)
        bar.actual.clicked.connect(self.canvas.actual_size)
        bar.mark.toggled.connect(self.canvas.set_drawing)
        self.details.open_external.clicked.connect(self.open_externally)
        bar.previous_page.clicked.connect(lambda: self.pdf.go_to_page(self.pdf.current_page() - 1))
        bar.next_page.clicked.connect(lambda: self.pdf.go_to_page(self.pdf.current_page() + 1))
        self.canvas.zoom_changed.connect(bar.set_zoom)
        self.canvas.detail_wanted.connect(self._load_detail)
        self.pdf.zoom_changed.connect(bar.set_zoom)
        self.pdf.page_changed.connect(self._page_changed)
        self.canvas.region_drawn.connect(self._region_drawn)

    # ---- public API ----

    @property
    def row(self) -> EvidenceRow | None:
        return self._row

    @property
    def kind(self) -> FileKind | None:
        """The sniffed kind of the shown file (None until loaded or when not opened)."""
        return self._kind

    def set_navigation(self, position: int, count: int, messages: int) -> None:
        """Position of the shown item among ``count`` (for previous/next), and its message count."""
        self.toolbar.set_navigation(position, count)
        self._messages = messages
        self._update_tools()

    @property
    def can_annotate(self) -> bool:
        """Whether shared annotations may be written on the case (private notes always may)."""
        return self._can_annotate

    def set_can_annotate(self, allowed: bool) -> None:
        self._can_annotate = allowed
        self._update_tools()

    def show_row(
        self, row: EvidenceRow | None, marks: list[RegionMark] | None = None, highlight: dict[str, float] | None = None
    ) -> None:
        """Shows ``row``; its file is loaded in the background when it is verified.

        The same file again (same item, content and state) is not loaded again, whether it is shown
        or still loading: only its regions are updated."""
        previous = self._row
        same = (
            row is not None
            and previous is not None
            and (row.evidence_id, row.sha256, row.state) == (previous.evidence_id, previous.sha256, previous.state)
        )
        self._row, self._marks, self._highlight = row, marks or [], highlight
        self.details.set_row(row)
        if same and (self._kind is not None or self._loading):
            self._apply_regions()
            self._update_tools()
            return
        self._generation += 1
        self._loading = False
        self._kind = None
        self.canvas.set_image(None)
        self.pdf.set_document(None)
        self.toolbar.mark.setChecked(False)
        if row is None:
            self._show_message(translate("EvidenceViewer", "Select an evidence item."))
        elif row.state == EvidenceState.VERIFIED:
            self._show_message(translate("EvidenceViewer", "Loading…"))
            self._loading = True
            self._load(row)
        elif row.state == EvidenceState.PENDING:
            self._show_message(
                translate(
                    "EvidenceViewer", "This file has not been downloaded yet. It will be downloaded at the next sync."
                )
            )
        elif row.state in (EvidenceState.QUARANTINED, EvidenceState.FAILED_VERIFICATION):
            self._show_message(blocked_text(row))
        else:
            self._show_message(
                translate("EvidenceViewer", "This file is in an unknown state ({state}) and is not opened.").format(
                    state=fmt.untrusted(row.state, 60)
                )
            )
        self._update_tools()

    def set_regions(self, marks: list[RegionMark], highlight: dict[str, float] | None = None) -> None:
        """Replaces the annotation regions drawn on the image."""
        self._marks, self._highlight = marks, highlight
        self._apply_regions()

    # ---- loading ----

    def _preview_side(self) -> int:
        viewport = self.canvas.viewport().size()
        longest = max(viewport.width(), viewport.height()) * self.devicePixelRatioF()
        return max(PREVIEW_PX, round(longest * PREVIEW_MARGIN))

    def _load(self, row: EvidenceRow) -> None:
        generation, blobs, decoder, sha = self._generation, self._store.blobs, self.decoder, row.sha256
        preview, metrics = self._preview_side(), self.pdf.metrics(self.stack.size())

        def reopen() -> BinaryIO:
            return blobs.open_verified(sha)

        def work() -> _Loaded:
            with blobs.open_verified(sha) as handle:
                kind = sniff_source(handle)
                if kind.is_image:
                    return _Loaded(kind, image=decoder.image(handle, max_side=preview))
                if kind is not FileKind.PDF:
                    return _Loaded(kind)
                source = PdfSource(decoder, decoder.open_pdf(handle), reopen)
            sizes = source.info.sizes
            try:  # the first page in the same job: the first paint needs no second round trip
                first = source.render(0, metrics.device(sizes[0], metrics.fit_zoom(sizes)))
            except UnsafeImageError:
                first = None  # the pages view asks again, and shows why if it fails again
            return _Loaded(kind, pdf=source, first_page=first)

        def done(loaded: _Loaded) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._kind = loaded.kind
            if loaded.image is not None:
                self.canvas.set_image(loaded.image.image, loaded.image.full)
                self._apply_regions()
                self.stack.setCurrentIndex(IMAGE_PAGE)
            elif loaded.pdf is not None:
                self.stack.setCurrentIndex(PDF_PAGE)
                self.pdf.set_document(loaded.pdf, loaded.first_page)
                self.toolbar.set_zoom(self.pdf.zoom_factor, self.pdf.fitted)
            else:
                self._show_message(no_viewer_text(row, loaded.kind))
            self._update_tools()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
                self._kind = FileKind.OTHER
                self._show_message(
                    translate("EvidenceViewer", "This file cannot be shown: {reason}").format(reason=explain(exc))
                )
                self._update_tools()

        self._runner.run(work, guarded(self, done), guarded(self, failed))

    @Slot()
    def _load_detail(self) -> None:
        """Decodes the whole picture whose preview the member zoomed past."""
        row = self._row
        if row is None or not self.canvas.is_preview:
            return
        generation, blobs, decoder, sha = self._generation, self._store.blobs, self.decoder, row.sha256

        def work() -> DecodedImage | None:
            if generation != self._generation:
                return None  # the member has moved on before this started
            with blobs.open_verified(sha) as handle:
                return decoder.image(handle)

        def done(decoded: DecodedImage | None) -> None:
            if decoded is not None and generation == self._generation:
                self.canvas.set_detail(decoded.image)

        def failed(exc: BaseException) -> None:
            log.info("the whole picture could not be decoded; the preview stays: %s", exc)

        self._runner.run(work, guarded(self, done), guarded(self, failed))

    @Slot(int, int)
    def _page_changed(self, page: int, count: int) -> None:
        source = self.pdf.source
        self.toolbar.set_page(page, count, source.info.pages if source is not None else None)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentIndex(MESSAGE_PAGE)

    def _apply_regions(self) -> None:
        self.canvas.set_regions(self._marks)
        self.canvas.highlight(self._highlight)

    def _update_tools(self) -> None:
        page = self.stack.currentIndex()
        verified = self._row is not None and self._row.state == EvidenceState.VERIFIED
        self.toolbar.set_content(
            zoomable=page in (IMAGE_PAGE, PDF_PAGE),
            image=page == IMAGE_PAGE,
            markable=page == IMAGE_PAGE and self._can_annotate,
            pages=page == PDF_PAGE,
        )
        self.details.set_actions(self._messages, verified and self._kind is not None)

    # ---- actions ----

    @Slot()
    def zoom_in(self) -> None:
        if self.stack.currentIndex() == PDF_PAGE:
            self.pdf.zoom_in()
        else:
            self.canvas.zoom_in()

    @Slot()
    def zoom_out(self) -> None:
        if self.stack.currentIndex() == PDF_PAGE:
            self.pdf.zoom_out()
        else:
            self.canvas.zoom_out()

    @Slot()
    def fit(self) -> None:
        if self.stack.currentIndex() == PDF_PAGE:
            self.pdf.fit()
        else:
            self.canvas.fit()

    @Slot(dict)
    def _region_drawn(self, region: dict[str, float]) -> None:
        self.toolbar.mark.setChecked(False)
        self.region_drawn.emit(region)

    @Slot()
    def open_externally(self) -> None:
        """After a warning, copies the verified file to ``<home>/opened`` and opens the copy."""
        row, kind = self._row, self._kind
        if row is None or kind is None or row.state != EvidenceState.VERIFIED:
            return
        answer = QMessageBox.warning(
            self,
            translate("EvidenceViewer", "Open evidence externally"),
            translate(
                "EvidenceViewer",
                "Evidence comes from the parties and may be harmful. It will be opened by another program on "
                "this computer, outside the protection of this application.\n\n"
                "A readable copy is written for that program: it leaves the desk's protection, and the program "
                "may keep copies of its own. The desk deletes its copy when it closes and when you sign out.\n\n"
                "Content: {content}. A copy named after its hash is opened, not the submitted file name.",
            ).format(content=kind_label(kind)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return
        blobs, home = self._store.blobs, self._store.home

        def work() -> Path:
            with blobs.open_verified(row.sha256) as source:
                return external_copy(source, kind, row.sha256, home)

        def done(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: BaseException) -> None:
            box = message_box(
                self,
                QMessageBox.Icon.Critical,
                translate("EvidenceViewer", "Open evidence externally"),
                translate("EvidenceViewer", "The file could not be prepared: {reason}").format(reason=explain(exc)),
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self._runner.run(work, guarded(self, done), guarded(self, failed))
