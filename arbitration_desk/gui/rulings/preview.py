"""A read-only PDF preview: QtPdf's document and view, fed bytes composed elsewhere (off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from arbitration_desk.gui.common.plaintext import make_plain, set_plain_text


class PdfPreview(QWidget):
    """Shows one PDF from memory, fit to width, with a status line above it.

    Args:
        parent: the owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("PDF preview")
        self.status = QLabel(self)
        make_plain(self.status)
        self.status.setAccessibleName("Preview status")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName("Preview pages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.show_message("No preview yet.")

    def show_message(self, text: str) -> None:
        """Sets the status line (e.g. "Composing…" or why there is no preview)."""
        set_plain_text(self.status, text)

    def show_pdf(self, data: bytes, signed: bool = False) -> bool:
        """Loads ``data`` (the unsigned draft, or the ``signed`` filed ruling); returns whether QtPdf could read it."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        kind = "the signed ruling" if signed else "unsigned"
        self.show_message(
            f"Preview — {self.document.pageCount()} page(s), {kind}" if ok else "The preview cannot be shown."
        )
        return ok

    def clear(self) -> None:
        self.document.close()
        self.show_message("No preview.")
