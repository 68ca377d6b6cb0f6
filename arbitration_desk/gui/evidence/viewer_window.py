"""A window of its own for the evidence viewer: maximise it, or move it to a second screen.

The gallery moves its one viewer into this window and takes it back when the window closes: the
same viewer, so the item, its zoom, its regions and the list's previous/next stay as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import set_window_title

DEFAULT_SIZE = QSize(1100, 800)


class ViewerWindow(QWidget):
    """A top-level window holding the evidence viewer (it is not a dialog: it can be maximised).

    Args:
        parent: the gallery (the window is destroyed with it; it stays a window of its own).
        geometry: where it was last time (``saveGeometry()``), or None.

    Signals:
        closed(): the member closed the window (the gallery takes the viewer back).
    """

    closed = Signal()

    def __init__(self, parent: QWidget, geometry: QByteArray | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("evidence-viewer-window")
        self.setAccessibleName(translate("ViewerWindow", "Evidence viewer window"))
        self.setWindowIcon(icons.icon("app"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # the gallery deletes it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = parent.screen() if parent.screen() is not None else QGuiApplication.primaryScreen()
            available = screen.availableGeometry()
            size = DEFAULT_SIZE.boundedTo(available.size() * 0.9)
            self.resize(size)
            self.move(available.center() - self.rect().center())

    def hold(self, viewer: QWidget) -> None:
        """Puts ``viewer`` in the window."""
        layout = self.layout()
        assert layout is not None
        layout.addWidget(viewer)
        viewer.show()

    def release(self, viewer: QWidget) -> None:
        """Takes ``viewer`` out of the window (the caller gives it a new parent)."""
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(viewer)

    def set_title(self, evidence_title: str, reference: str) -> None:
        """The window's title: the item's title (untrusted) and the case reference."""
        parts = [part for part in (evidence_title, reference) if part]
        set_window_title(self, " — ".join([*parts, translate("ViewerWindow", "Evidence — Arbitration Desk")]))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


class DetachedNote(QWidget):
    """What the Evidence tab shows where the viewer was: where it went, and a way back.

    Signals:
        back_requested(): the member wants the viewer back in the tab.
    """

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("DetachedNote", "Viewer in its own window"))
        text = QLabel(translate("DetachedNote", "The viewer is open in a window of its own."), self)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back = QPushButton(translate("DetachedNote", "Put the viewer back here"), self)
        self.back.setAccessibleName(translate("DetachedNote", "Put the viewer back in the Evidence tab"))
        self.back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
