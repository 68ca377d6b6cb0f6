"""A signed ruling PDF in its own window: the verification verdict above the pages.

The file comes from the platform (an exported decision record, or a decided case's ruling held
sealed in the store), so it is untrusted: its pages are rendered by the viewer's decoder process
(:mod:`arbitration_desk.gui.evidence.decoder`), never in the desk's, and it is verified by
``verify``'s rules (:func:`.verify_dialog.verify_document`) in the Runner. A ruling from the store
is read into memory only, never written out in the clear. The window is a top-level one: it can
go to a second screen and be maximised.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.plaintext import make_plain, plain_label, set_plain_text, set_window_title
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decoder import Decoder, shared_decoders
from arbitration_desk.gui.evidence.files import UnsafeImageError
from arbitration_desk.gui.evidence.pdf_pages import PdfPages, PdfSource
from arbitration_desk.gui.records.verify_dialog import (
    INVALID_STYLE,
    VALID_STYLE,
    Verdict,
    cannot_verify,
    verdict_line,
    verify_document,
)


@dataclass(frozen=True)
class RulingDocument:
    """A ruling PDF to show: how to read its bytes (blocking: called in a worker), and what the
    platform's listing says of it, checked against the document by the verdict.

    Attributes:
        title: the window's title (our own words and the file's or the case's name).
        read: returns the PDF's bytes.
        key: what identifies it (one window per document).
    """

    title: str
    read: Callable[[], bytes]
    key: str
    path: Path | None = None
    case: str | None = None
    chair: str | None = None
    received_at: datetime | None = None

    @classmethod
    def from_path(cls, path: Path) -> RulingDocument:
        title = translate("RulingDocument", "Ruling — {file}").format(file=path.name)
        return cls(title, path.read_bytes, str(path), path)


@dataclass(frozen=True)
class _Opened:
    source: PdfSource
    first_page: QImage | None
    data: bytes


class RulingDocumentWindow(QWidget):
    """Shows one ruling PDF with its verdict.

    Args:
        document: the PDF (a file, or bytes from the store) and what the platform says of it.
        home: the member's home (its pinned CA and session, for the verdict).
        runner: runs the decoding and the verification.
        decoder: the decoder process to render with (default: the desk's viewer decoder).
    """

    def __init__(
        self,
        document: RulingDocument,
        home: Path,
        runner: Runner,
        *,
        decoder: Decoder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.document, self.home, self.runner = document, home, runner
        self.decoder = decoder or shared_decoders().viewer
        self.verdict: Verdict | None = None
        self.loading = self.verifying = True
        set_window_title(self, document.title)  # a case reference is the platform's text
        self.setAccessibleName(translate("RulingDocumentWindow", "Ruling document"))
        self.resize(900, 720)
        self.banner = plain_label(translate("RulingDocumentWindow", "Verifying the signature…"), self)
        self.banner.setAccessibleName(translate("RulingDocumentWindow", "Verdict"))
        self.banner.setWordWrap(True)
        self.pages = PdfPages(runner, self)
        self.pages.setAccessibleName(translate("RulingDocumentWindow", "Ruling pages"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self._open()

    @property
    def path(self) -> Path | None:
        return self.document.path

    def _open(self) -> None:
        document, decoder, metrics = self.document, self.decoder, self.pages.metrics(QSize(860, 640))

        def work() -> _Opened:
            data = document.read()

            def reopen() -> BinaryIO:
                return io.BytesIO(data)

            source = PdfSource(decoder, decoder.open_pdf(reopen()), reopen)
            sizes = source.info.sizes
            try:
                first = source.render(0, metrics.device(sizes[0], metrics.fit_zoom(sizes)))
            except UnsafeImageError:
                first = None  # the pages view asks again and shows why
            return _Opened(source, first, data)

        self.runner.run(work, guarded(self, self._opened), guarded(self, self._not_opened))

    def _opened(self, opened: _Opened) -> None:
        self.loading = False
        self.pages.set_document(opened.source, opened.first_page)
        self._verify(opened.data)

    def _not_opened(self, exc: BaseException) -> None:
        self.loading = self.verifying = False
        self._show(
            translate("RulingDocumentWindow", "This file could not be shown: {error}").format(error=explain(exc)),
            ok=False,
        )

    def _verify(self, data: bytes) -> None:
        document, home = self.document, self.home

        def work() -> Verdict:
            return verify_document(
                data,
                home,
                path=document.path,
                case=document.case,
                chair=document.chair,
                received_at=document.received_at,
            )

        self.runner.run(work, guarded(self, self._verified), guarded(self, self._failed))

    def _verified(self, verdict: Verdict) -> None:
        self.verifying = False
        self.verdict = verdict
        text, ok = verdict_line(verdict)
        self._show(text, ok=ok)

    def _failed(self, exc: BaseException) -> None:
        self.verifying = False
        self._show(cannot_verify(exc), ok=False)

    def _show(self, text: str, *, ok: bool) -> None:
        make_plain(self.banner)
        set_plain_text(self.banner, text)
        self.banner.setStyleSheet(VALID_STYLE if ok else INVALID_STYLE)


class DocumentWindows(dict[str, RulingDocumentWindow]):
    """The open ruling windows of a view, one per document (its :attr:`RulingDocument.key`)."""

    def open(self, document: RulingDocument, home: Path, runner: Runner) -> RulingDocumentWindow:
        """Shows ``document`` in its own window, or brings its open window forward."""
        window = self.get(document.key)
        if window is None:
            window = RulingDocumentWindow(document, home, runner)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            key = document.key
            window.destroyed.connect(lambda *_: self.pop(key, None))
            self[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window
