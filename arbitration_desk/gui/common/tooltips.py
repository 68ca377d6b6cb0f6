"""A one-line label that elides what does not fit, with the whole untrusted text in its tooltip.

Tooltips of untrusted text are made by :func:`arbitration_desk.gui.common.plaintext.plain_tooltip`
(the one module for literal text).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from arbitration_desk.domain.text import escape_controls
from arbitration_desk.gui.common.plaintext import plain_tooltip, visible_controls


class ElidedLabel(QLabel):
    """One line of plain text, elided in the middle when it does not fit; the whole text in a tooltip.

    A long path in a status bar would otherwise widen the window past the screen. ``text()``
    keeps the whole first line (tests and screen readers read it); only the painting is elided.
    The middle goes, so the start of a message and the end of a path (the file name) stay.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Ignored: the label takes the width the status bar gives it instead of its text's width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def setText(self, text: str) -> None:
        """Shows the first line of ``text`` (untrusted), control characters escaped; "…" marks more lines."""
        self._full = text
        lines = text.splitlines()
        first = escape_controls(visible_controls(lines[0])) if lines else ""
        super().setText(first + (" …" if len(lines) > 1 else ""))
        self._update_tooltip()

    def full_text(self) -> str:
        """The text as it was given (before escaping and eliding)."""
        return self._full

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 480), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown, self.foregroundRole()
        )
        painter.end()

    def _update_tooltip(self) -> None:
        # A tooltip only when something is hidden: "Online" needs none.
        hidden = "\n" in self._full.strip() or self.is_elided()
        self.setToolTip(plain_tooltip(self._full) if self._full and hidden else "")
