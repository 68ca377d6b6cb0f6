"""A signed ruling PDF in its own window: the verification verdict above the pages.

The file comes from the platform (an exported decision record), so it is untrusted: its pages are
rendered by the viewer's decoder process (:mod:`arbitration_desk.gui.evidence.decoder`), never in
the desk's, and it is verified by ``verify``'s rules (:func:`.verify_dialog.verify_file`) in the
Runner. The window is a top-level one: it can go to a second screen and be maximised.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.plaintext import make_plain, plain_label, set_plain_text
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decoder import Decoder, shared_decoders
from arbitration_desk.gui.evidence.files import UnsafeImageError
from arbitration_desk.gui.evidence.pdf_pages import PdfPages, PdfSource
from arbitration_desk.gui.records.verify_dialog import INVALID_STYLE, VALID_STYLE, Verdict, verify_file


@dataclass(frozen=True)
class _Opened:
    source: PdfSource
    first_page: QImage | None


class RulingDocumentWindow(QWidget):
    """Shows one ruling PDF (a file on disk) with its verdict.

    Args:
        path: the PDF.
        home: the member's home (its pinned CA and session, for the verdict).
        runner: runs the decoding and the verification.
        decoder: the decoder process to render with (default: the desk's viewer decoder).
    """

    def __init__(
        self, path: Path, home: Path, runner: Runner, *, decoder: Decoder | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.path, self.home, self.runner = path, home, runner
        self.decoder = decoder or shared_decoders().viewer
        self.verdict: Verdict | None = None
        self.loading = self.verifying = True
        self.setWindowTitle(f"Ruling — {path.name}")
        self.setAccessibleName("Ruling document")
        self.resize(900, 720)
        self.banner = plain_label("Verifying the signature…", self)
        self.banner.setAccessibleName("Verdict")
        self.banner.setWordWrap(True)
        self.pages = PdfPages(runner, self)
        self.pages.setAccessibleName("Ruling pages")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self._open()
        self._verify()

    def _open(self) -> None:
        path, decoder, metrics = self.path, self.decoder, self.pages.metrics(QSize(860, 640))

        def reopen() -> BinaryIO:
            return open(path, "rb")

        def work() -> _Opened:
            with open(path, "rb") as handle:
                source = PdfSource(decoder, decoder.open_pdf(handle), reopen)
            sizes = source.info.sizes
            try:
                first = source.render(0, metrics.device(sizes[0], metrics.fit_zoom(sizes)))
            except UnsafeImageError:
                first = None  # the pages view asks again and shows why
            return _Opened(source, first)

        self.runner.run(work, guarded(self, self._opened), guarded(self, self._not_opened))

    def _opened(self, opened: _Opened) -> None:
        self.loading = False
        self.pages.set_document(opened.source, opened.first_page)

    def _not_opened(self, exc: BaseException) -> None:
        self.loading = False
        self._show(f"This file could not be shown: {exc}", ok=False)

    def _verify(self) -> None:
        path, home = self.path, self.home
        self.runner.run(lambda: verify_file(path, home), guarded(self, self._verified), guarded(self, self._failed))

    def _verified(self, verdict: Verdict) -> None:
        self.verifying = False
        self.verdict = verdict
        report = verdict.report
        if report.ok:
            who = report.signer or "the signer"
            self._show(f"VALID {report.kind} — signed by {who}; {report.revocation}.", ok=True)
        else:
            problems = [*report.problems, *([verdict.ca_note] if verdict.ca_note else [])]
            self._show(f"NOT valid — {problems[0] if problems else 'the signature does not verify'}", ok=False)

    def _failed(self, exc: BaseException) -> None:
        self.verifying = False
        self._show(f"NOT valid — the file cannot be verified: {exc}", ok=False)

    def _show(self, text: str, *, ok: bool) -> None:
        make_plain(self.banner)
        set_plain_text(self.banner, text)
        self.banner.setStyleSheet(VALID_STYLE if ok else INVALID_STYLE)
