"""The evidence viewer's tool bar: previous/next item, zoom, fit, PDF pages, marking a region, and its own window.

The tools come in groups that wrap to a second line when the viewer is narrow (at 1366×768 it is
about 330 pixels wide), so that none is ever cut off and the bar never widens the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from arbitration_desk.gui.common.flow import FlowLayout

DETACH_TIP = "Open the viewer in a window of its own, to maximise it or move it to another screen"
ATTACH_TIP = "Put the viewer back in the Evidence tab (or close its window)"


def tool_button(parent: QWidget, text: str, name: str, tip: str, shortcut: str | None = None) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(tip if shortcut is None else f"{tip} ({shortcut})")
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    if shortcut is not None:
        button.setShortcut(QKeySequence(shortcut))
    return button


def zoom_text(factor: float, *, fitted: bool) -> str:
    """The zoom label: the effective percentage, with "Fit" while the view fits the content."""
    percent = f"{factor * 100:.0f} %"
    return f"Fit ({percent})" if fitted else percent


def _group(parent: QWidget, name: str, *widgets: QWidget) -> QWidget:
    """Tools that stay together on one line (a little space after them)."""
    group = QWidget(parent)
    group.setAccessibleName(name)
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 8, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return group


class EvidenceToolbar(QWidget):
    """Buttons of the viewer; the viewer connects their ``clicked``/``toggled`` signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Evidence tools")
        style = self.style()
        self.previous = tool_button(self, "Previous", "Previous evidence", "Show the previous item", "Alt+Left")
        self.previous.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.position = QLabel(self)
        self.position.setAccessibleName("Position in the evidence list")
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.next = tool_button(self, "Next", "Next evidence", "Show the next item", "Alt+Right")
        self.next.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.zoom_out = tool_button(self, "−", "Zoom out", "Zoom out", "Ctrl+-")
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName("Zoom level")
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        metrics = self.zoom_label.fontMetrics()
        widest = max(metrics.horizontalAdvance("3200 %"), metrics.horizontalAdvance(zoom_text(8.88, fitted=True)))
        self.zoom_label.setMinimumWidth(widest + 4)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = tool_button(self, "+", "Zoom in", "Zoom in", "Ctrl++")
        self.fit = tool_button(self, "Fit", "Fit to window", "Fit the whole page or image", "Ctrl+0")
        self.actual = tool_button(self, "1:1", "Actual size", "Show the image at its actual size (100 %)")
        self.mark = tool_button(self, "Mark", "Mark a region", "Drag a rectangle on the image to annotate it")
        self.mark.setCheckable(True)
        self.previous_page = tool_button(self, "Previous page", "Previous page", "Go to the previous page")
        self.previous_page.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.previous_page.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page = QLabel(self)
        self.page.setAccessibleName("Page")
        self.page.setTextFormat(Qt.TextFormat.PlainText)
        self.next_page = tool_button(self, "Next page", "Next page", "Go to the next page")
        self.next_page.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.next_page.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._page_tools = (self.previous_page, self.page, self.next_page)
        self.detach = tool_button(self, "Own window", "Open in its own window", DETACH_TIP, "Ctrl+Shift+O")
        self.detach.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        self.detach.setCheckable(True)

        self.pages = _group(self, "Pages", *self._page_tools)
        layout = FlowLayout(self, spacing=2)
        layout.setContentsMargins(4, 2, 4, 2)
        for group in (
            _group(self, "Items", self.previous, self.position, self.next),
            _group(self, "Zoom", self.zoom_out, self.zoom_label, self.zoom_in, self.fit, self.actual),
            self.pages,
            _group(self, "Marking and window", self.mark, self.detach),
        ):
            layout.addWidget(group)
        self.set_page(-1, 0)

    def set_navigation(self, position: int, count: int) -> None:
        """``position`` is 0-based (-1: nothing shown)."""
        self.position.setText(f"{position + 1} of {count}" if position >= 0 else "")
        self.previous.setEnabled(position > 0)
        self.next.setEnabled(0 <= position < count - 1)

    def set_content(self, *, zoomable: bool, image: bool, markable: bool, pages: bool = False) -> None:
        for button in (self.zoom_in, self.zoom_out, self.fit):
            button.setEnabled(zoomable)
        self.zoom_label.setVisible(zoomable)
        self.actual.setEnabled(image)
        self.mark.setEnabled(markable)
        if not markable:
            self.mark.setChecked(False)
        self.pages.setVisible(pages)

    def set_page(self, page: int, count: int, total: int | None = None) -> None:
        """The page shown (0-based; -1: none) of ``count`` pages shown, of ``total`` in the file."""
        more = f" (the first {count:,} are shown)" if total is not None and total > count else ""
        self.page.setText(f"Page {page + 1} of {total if total is not None else count:,}{more}" if page >= 0 else "")
        self.previous_page.setEnabled(page > 0)
        self.next_page.setEnabled(0 <= page < count - 1)

    def set_zoom(self, factor: float, fitted: bool = False) -> None:
        """Shows the effective zoom (1.0 is 100 %); ``fitted``: the view fits the content to its size."""
        self.zoom_label.setText(zoom_text(factor, fitted=fitted))

    def set_detached(self, detached: bool) -> None:
        """Whether the viewer is in a window of its own (the button puts it back)."""
        self.detach.setChecked(detached)
        self.detach.setText("Back to tab" if detached else "Own window")
        self.detach.setAccessibleName("Put back in the Evidence tab" if detached else "Open in its own window")
        self.detach.setToolTip(f"{ATTACH_TIP if detached else DETACH_TIP} (Ctrl+Shift+O)")
        pixmaps = QStyle.StandardPixmap
        self.detach.setIcon(
            self.style().standardIcon(pixmaps.SP_TitleBarNormalButton if detached else pixmaps.SP_TitleBarMaxButton)
        )
