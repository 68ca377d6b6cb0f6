"""The evidence viewer's tool bar: previous/next item, zoom, fit, PDF pages, marking a region, and its own window.

The tools come in groups that wrap to a second line when the viewer is narrow (at 1366×768 it is
about 330 pixels wide), so that none is ever cut off and the bar never widens the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from arbitration_desk.gui.common.flow import FlowLayout
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate

DETACH_TIP = QT_TRANSLATE_NOOP(
    "EvidenceToolbar", "Open the viewer in a window of its own, to maximise it or move it to another screen"
)
ATTACH_TIP = QT_TRANSLATE_NOOP("EvidenceToolbar", "Put the viewer back in the Evidence tab (or close its window)")
DETACH_SHORTCUT = "Ctrl+Shift+O"


def with_shortcut(tip: str, shortcut: str) -> str:
    """A tooltip (translated) followed by its shortcut: ``Zoom in (Ctrl++)``."""
    return translate("EvidenceToolbar", "{tip} ({shortcut})").format(tip=tip, shortcut=shortcut)


def tool_button(parent: QWidget, text: str, name: str, tip: str, shortcut: str | None = None) -> QToolButton:
    """A tool button; ``text``, ``name`` (its accessible name) and ``tip`` already translated."""
    button = QToolButton(parent)
    button.setText(text)
    button.setAccessibleName(name)
    button.setToolTip(tip if shortcut is None else with_shortcut(tip, shortcut))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    if shortcut is not None:
        button.setShortcut(QKeySequence(shortcut))
    return button


def zoom_text(factor: float, *, fitted: bool) -> str:
    """The zoom label: the effective percentage, with "Fit" while the view fits the content."""
    percent = translate("EvidenceToolbar", "{percent} %").format(percent=f"{factor * 100:.0f}")
    return translate("EvidenceToolbar", "Fit ({zoom})").format(zoom=percent) if fitted else percent


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
        self.setAccessibleName(translate("EvidenceToolbar", "Evidence tools"))
        style = self.style()
        self.previous = tool_button(
            self,
            translate("EvidenceToolbar", "Previous"),
            translate("EvidenceToolbar", "Previous evidence"),
            translate("EvidenceToolbar", "Show the previous item"),
            "Alt+Left",
        )
        self.previous.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.position = QLabel(self)
        self.position.setAccessibleName(translate("EvidenceToolbar", "Position in the evidence list"))
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.next = tool_button(
            self,
            translate("EvidenceToolbar", "Next"),
            translate("EvidenceToolbar", "Next evidence"),
            translate("EvidenceToolbar", "Show the next item"),
            "Alt+Right",
        )
        self.next.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        zoom_out = translate("EvidenceToolbar", "Zoom out")
        self.zoom_out = tool_button(self, "−", zoom_out, zoom_out, "Ctrl+-")
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(translate("EvidenceToolbar", "Zoom level"))
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        metrics = self.zoom_label.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(zoom_text(32.0, fitted=False)),
            metrics.horizontalAdvance(zoom_text(8.88, fitted=True)),
        )
        self.zoom_label.setMinimumWidth(widest + 4)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        zoom_in = translate("EvidenceToolbar", "Zoom in")
        self.zoom_in = tool_button(self, "+", zoom_in, zoom_in, "Ctrl++")
        self.fit = tool_button(
            self,
            translate("EvidenceToolbar", "Fit"),
            translate("EvidenceToolbar", "Fit to window"),
            translate("EvidenceToolbar", "Fit the whole page or image"),
            "Ctrl+0",
        )
        self.actual = tool_button(
            self,
            "1:1",
            translate("EvidenceToolbar", "Actual size"),
            translate("EvidenceToolbar", "Show the image at its actual size (100 %)"),
        )
        self.mark = tool_button(
            self,
            translate("EvidenceToolbar", "Mark"),
            translate("EvidenceToolbar", "Mark a region"),
            translate("EvidenceToolbar", "Drag a rectangle on the image to annotate it"),
        )
        self.mark.setCheckable(True)
        previous_page = translate("EvidenceToolbar", "Previous page")
        self.previous_page = tool_button(
            self, previous_page, previous_page, translate("EvidenceToolbar", "Go to the previous page")
        )
        self.previous_page.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.previous_page.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.page = QLabel(self)
        self.page.setAccessibleName(translate("EvidenceToolbar", "Page"))
        self.page.setTextFormat(Qt.TextFormat.PlainText)
        next_page = translate("EvidenceToolbar", "Next page")
        self.next_page = tool_button(self, next_page, next_page, translate("EvidenceToolbar", "Go to the next page"))
        self.next_page.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.next_page.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._page_tools = (self.previous_page, self.page, self.next_page)
        self.detach = tool_button(
            self,
            translate("EvidenceToolbar", "Own window"),
            translate("EvidenceToolbar", "Open in its own window"),
            translate("EvidenceToolbar", DETACH_TIP),
            DETACH_SHORTCUT,
        )
        self.detach.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        self.detach.setCheckable(True)

        self.pages = _group(self, translate("EvidenceToolbar", "Pages"), *self._page_tools)
        layout = FlowLayout(self, spacing=2)
        layout.setContentsMargins(4, 2, 4, 2)
        for group in (
            _group(self, translate("EvidenceToolbar", "Items"), self.previous, self.position, self.next),
            _group(
                self,
                translate("EvidenceToolbar", "Zoom"),
                self.zoom_out,
                self.zoom_label,
                self.zoom_in,
                self.fit,
                self.actual,
            ),
            self.pages,
            _group(self, translate("EvidenceToolbar", "Marking and window"), self.mark, self.detach),
        ):
            layout.addWidget(group)
        self.set_page(-1, 0)

    def set_navigation(self, position: int, count: int) -> None:
        """``position`` is 0-based (-1: nothing shown)."""
        text = translate("EvidenceToolbar", "{position} of {count}").format(position=position + 1, count=count)
        self.position.setText(text if position >= 0 else "")
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
        if page < 0:
            text = ""
        elif total is not None and total > count:
            text = translate("EvidenceToolbar", "Page {page} of {total} (the first {shown} are shown)").format(
                page=page + 1, total=f"{total:,}", shown=f"{count:,}"
            )
        else:
            text = translate("EvidenceToolbar", "Page {page} of {total}").format(
                page=page + 1, total=f"{total if total is not None else count:,}"
            )
        self.page.setText(text)
        self.previous_page.setEnabled(page > 0)
        self.next_page.setEnabled(0 <= page < count - 1)

    def set_zoom(self, factor: float, fitted: bool = False) -> None:
        """Shows the effective zoom (1.0 is 100 %); ``fitted``: the view fits the content to its size."""
        self.zoom_label.setText(zoom_text(factor, fitted=fitted))

    def set_detached(self, detached: bool) -> None:
        """Whether the viewer is in a window of its own (the button puts it back)."""
        self.detach.setChecked(detached)
        if detached:
            self.detach.setText(translate("EvidenceToolbar", "Back to tab"))
            self.detach.setAccessibleName(translate("EvidenceToolbar", "Put back in the Evidence tab"))
            self.detach.setToolTip(with_shortcut(translate("EvidenceToolbar", ATTACH_TIP), DETACH_SHORTCUT))
        else:
            self.detach.setText(translate("EvidenceToolbar", "Own window"))
            self.detach.setAccessibleName(translate("EvidenceToolbar", "Open in its own window"))
            self.detach.setToolTip(with_shortcut(translate("EvidenceToolbar", DETACH_TIP), DETACH_SHORTCUT))
        pixmaps = QStyle.StandardPixmap
        self.detach.setIcon(
            self.style().standardIcon(pixmaps.SP_TitleBarNormalButton if detached else pixmaps.SP_TitleBarMaxButton)
        )
