"""A read-only PDF preview: QtPdf's document and view, fed bytes composed elsewhere (off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import make_plain, set_plain_text


class PdfPreview(QWidget):
    """Shows one PDF from memory, fit to width, with a status line above it.

    Args:
        parent: the owner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PdfPreview", "PDF preview"))
        self.status = QLabel(self)
        make_plain(self.status)
        self.status.setAccessibleName(translate("PdfPreview", "Preview status"))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(translate("PdfPreview", "Preview pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.show_message(translate("PdfPreview", "No preview yet."))

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
        if not ok:
            self.show_message(translate("PdfPreview", "The preview cannot be shown."))
        elif signed:
            self.show_message(
                translate("PdfPreview", "Preview — {pages} page(s), the signed ruling").format(
                    pages=self.document.pageCount()
                )
            )
        else:
            self.show_message(
                translate("PdfPreview", "Preview — {pages} page(s), unsigned").format(pages=self.document.pageCount())
            )
        return ok

    def clear(self) -> None:
        self.document.close()
        self.show_message(translate("PdfPreview", "No preview."))
