"""Shows one evidence item: images (zoom, pan, fit, regions), PDFs with QtPdf, others as metadata.

Only verified files are opened, and their kind is decided from their content. Quarantined and
failed items show why they are not opened (hash mismatch, request ID). Decoding and PDF loading
run on the :class:`Runner`; the viewer never blocks the GUI thread on a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.plaintext import message_box
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.canvas import EvidenceCanvas, RegionMark
from arbitration_desk.gui.evidence.details import EvidenceDetails
from arbitration_desk.gui.evidence.files import FileKind, UnsafeImageError, external_copy, read_image, sniff_file
from arbitration_desk.gui.evidence.toolbar import EvidenceToolbar
from arbitration_desk.store.records import EvidenceRow, EvidenceState
from arbitration_desk.store.store import Store

MESSAGE_PAGE, IMAGE_PAGE, PDF_PAGE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class _Loaded:
    kind: FileKind
    image: QImage | None = None
    document: QPdfDocument | None = None


def blocked_text(row: EvidenceRow) -> str:
    """Why a quarantined or failed item is not opened (our text plus the recorded facts)."""
    lines = [
        "This file did not match its published SHA-256 and is never opened.",
        f"Expected SHA-256: {row.sha256}",
    ]
    if row.failure_reason:
        lines.append(f"Found: {fmt.untrusted(row.failure_reason, 300)}")
    lines.append(f"Request ID: {fmt.untrusted(row.request_id, 200) if row.request_id else 'not recorded'}")
    if row.state == EvidenceState.QUARANTINED:
        lines.append("It will be downloaded once more at the next sync.")
    else:
        lines.append("Report it to platform support with the request ID above.")
    return "\n".join(lines)


class EvidenceViewer(QWidget):
    """Details and content of one evidence item.

    Args:
        store: the local store (verified files).
        runner: loads files off the GUI thread.
        parent: the parent widget.

    Signals:
        previous_requested(): the member asked for the previous item.
        next_requested(): the member asked for the next item.
        messages_requested(): the member asked for the messages that refer to this item.
        region_drawn(dict): the member drew a region on the image.
    """

    previous_requested = Signal()
    next_requested = Signal()
    messages_requested = Signal()
    region_drawn = Signal(dict)

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Evidence viewer")
        self._store = store
        self._runner = runner
        self._row: EvidenceRow | None = None
        self._kind: FileKind | None = None
        self._generation = 0
        self._can_annotate = False
        self._marks: list[RegionMark] = []
        self._highlight: dict[str, float] | None = None
        self._document: QPdfDocument | None = None
        # Shown instead of no document: QPdfView warns when given none (it connects it to its links).
        self._no_document = QPdfDocument(self)
        self._messages = 0

        self.toolbar = EvidenceToolbar(self)
        self.details = EvidenceDetails(self)
        self.message = QLabel(self)
        self.message.setAccessibleName("Evidence message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setContentsMargins(24, 24, 24, 24)
        self.canvas = EvidenceCanvas(self)
        self.pdf = QPdfView(self)
        self.pdf.setAccessibleName("Evidence document")
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName("Evidence content")
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
        bar.zoom_in.clicked.connect(self.zoom_in)
        bar.zoom_out.clicked.connect(self.zoom_out)
        bar.fit.clicked.connect(self.fit)
        bar.actual.clicked.connect(self.canvas.actual_size)
        bar.mark.toggled.connect(self.canvas.set_drawing)
        self.details.open_external.clicked.connect(self.open_externally)
        self.canvas.zoom_changed.connect(bar.set_zoom)
        self.pdf.zoomFactorChanged.connect(bar.set_zoom)
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

    def set_can_annotate(self, allowed: bool) -> None:
        self._can_annotate = allowed
        self._update_tools()

    def show_row(
        self, row: EvidenceRow | None, marks: list[RegionMark] | None = None, highlight: dict[str, float] | None = None
    ) -> None:
        """Shows ``row``; its file is loaded in the background when it is verified."""
        self._generation += 1
        same = row is not None and self._row is not None and row.evidence_id == self._row.evidence_id
        self._row, self._marks, self._highlight = row, marks or [], highlight
        self.details.set_row(row)
        if same and self._kind is not None:
            self._apply_regions()
            self._update_tools()
            return
        self._kind = None
        self.canvas.set_image(None)
        self._set_document(None)
        self.toolbar.mark.setChecked(False)
        if row is None:
            self._show_message("Select an evidence item.")
        elif row.state == EvidenceState.VERIFIED:
            self._show_message("Loading…")
            self._load(row)
        elif row.state == EvidenceState.PENDING:
            self._show_message("This file has not been downloaded yet. It will be downloaded at the next sync.")
        elif row.state in (EvidenceState.QUARANTINED, EvidenceState.FAILED_VERIFICATION):
            self._show_message(blocked_text(row))
        else:
            self._show_message(f"This file is in an unknown state ({fmt.untrusted(row.state, 60)}) and is not opened.")
        self._update_tools()

    def set_regions(self, marks: list[RegionMark], highlight: dict[str, float] | None = None) -> None:
        """Replaces the annotation regions drawn on the image."""
        self._marks, self._highlight = marks, highlight
        self._apply_regions()

    # ---- loading ----

    def _load(self, row: EvidenceRow) -> None:
        generation, blobs = self._generation, self._store.blobs
        gui_thread = QCoreApplication.instance().thread()  # type: ignore[union-attr]

        def work() -> _Loaded:
            path = blobs.verified_path(row.sha256)
            kind = sniff_file(path)
            if kind.is_image:
                return _Loaded(kind, image=read_image(path))
            if kind is FileKind.PDF:
                document = QPdfDocument()
                if document.load(str(path)) != QPdfDocument.Error.None_:
                    raise UnsafeImageError("the PDF document cannot be read")
                document.moveToThread(gui_thread)
                return _Loaded(kind, document=document)
            return _Loaded(kind)

        def done(loaded: _Loaded) -> None:
            if generation != self._generation:
                return
            self._kind = loaded.kind
            if loaded.image is not None:
                self.canvas.set_image(loaded.image)
                self._apply_regions()
                self.stack.setCurrentIndex(IMAGE_PAGE)
            elif loaded.document is not None:
                self._set_document(loaded.document)
                self.stack.setCurrentIndex(PDF_PAGE)
                self.toolbar.set_zoom(self.pdf.zoomFactor())
            else:
                self._show_message(
                    f"No built-in viewer for this content (it looks like: {loaded.kind.label.lower()}).\n"
                    f"Declared type: {fmt.untrusted(row.media_type, 100)}. "
                    "Use “Open externally…” only if you trust the file."
                )
            self._update_tools()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._kind = FileKind.OTHER
                self._show_message(f"This file cannot be shown: {exc}")
                self._update_tools()

        self._runner.run(work, guarded(self, done), guarded(self, failed))

    def _set_document(self, document: QPdfDocument | None) -> None:
        previous, self._document = self._document, document
        if document is not None:
            document.setParent(self)
        self.pdf.setDocument(document if document is not None else self._no_document)
        if previous is not None:
            previous.close()
            previous.deleteLater()

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
        )
        self.details.set_actions(self._messages, verified and self._kind is not None)

    # ---- actions ----

    @Slot()
    def zoom_in(self) -> None:
        if self.stack.currentIndex() == PDF_PAGE:
            self.pdf.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf.setZoomFactor(self.pdf.zoomFactor() * 1.25)
        else:
            self.canvas.zoom_in()

    @Slot()
    def zoom_out(self) -> None:
        if self.stack.currentIndex() == PDF_PAGE:
            self.pdf.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf.setZoomFactor(self.pdf.zoomFactor() / 1.25)
        else:
            self.canvas.zoom_out()

    @Slot()
    def fit(self) -> None:
        if self.stack.currentIndex() == PDF_PAGE:
            self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
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
            "Open evidence externally",
            "Evidence comes from the parties and may be harmful. It will be opened by another program on "
            "this computer, outside the protection of this application.\n\n"
            "A readable copy is written for that program: it leaves the desk's protection, and the program "
            "may keep copies of its own. The desk deletes its copy when it closes and when you sign out.\n\n"
            f"Content: {kind.label}. A copy named after its hash is opened, not the submitted file name.",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            return
        blobs, home = self._store.blobs, self._store.home

        def work() -> Path:
            return external_copy(blobs.verified_path(row.sha256), kind, row.sha256, home)

        def done(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: BaseException) -> None:
            box = message_box(
                self, QMessageBox.Icon.Critical, "Open evidence externally", f"The file could not be prepared: {exc}"
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self._runner.run(work, guarded(self, done), guarded(self, failed))
