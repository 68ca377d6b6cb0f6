"""A PDF shown as pages rendered by the decoder process, stacked in a scroll area.

The desk does not parse PDFs: it knows a document's page sizes (from the decoder) and asks the
decoder for the pages the member can see, at the current zoom, one at a time and nearest first.
Until a page arrives at its new size, the last rendering is shown scaled. Zoom factor 1.0 is the
page's actual size (a point is 1/72 inch at the screen's logical resolution), as in QPdfView;
fitting is to the width of the widest page. Only a few rendered pages are kept in memory.
"""

from __future__ import annotations

import bisect
import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.canvas import ZOOM_STEP, zoomed_by_wheel
from arbitration_desk.gui.evidence.decode_protocol import MAX_PIXELS, MAX_RENDER_SIDE
from arbitration_desk.gui.evidence.decoder import Decoder, PdfInfo

MARGIN = 10  # around the pages and between them, in logical pixels
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
#: Rendered pages kept in memory besides the visible ones: at most this many, and this many bytes
#: (at 800 % a page is a 64-megapixel, 256 MB image).
KEEP_RENDERED = 6
KEEP_BYTES = 256 * 1024 * 1024
#: Qt's largest widget size (QWIDGETSIZE_MAX): the zoom is capped so that all the pages fit in it.
MAX_SHEET = 16_777_215
BACKGROUND, PAPER, PLACEHOLDER_TEXT = "#2b2d30", "#ffffff", "#6b6f76"


@dataclass(frozen=True, slots=True)
class PdfSource:
    """A PDF the viewer's decoder holds, and how to open its file again for a new decoder process."""

    decoder: Decoder
    info: PdfInfo
    reopen: Callable[[], BinaryIO]

    def render(self, page: int, size: QSize) -> QImage:
        """Runs on a worker thread."""
        return self.decoder.render_page(self.info, page, size, self.reopen)


@dataclass(frozen=True, slots=True)
class Metrics:
    """What the size of a rendered page depends on, read on the GUI thread."""

    viewport_width: int
    dpi: float
    pixel_ratio: float

    def fit_zoom(self, sizes: tuple[tuple[float, float], ...]) -> float:
        """The zoom at which the widest page fills the viewport's width (between the margins)."""
        widest = max((width for width, _ in sizes), default=612.0)
        available = max(self.viewport_width - 2 * MARGIN, 40)
        return min(MAX_ZOOM, max(MIN_ZOOM, available / (widest * self.dpi / 72)))

    def logical(self, size: tuple[float, float], zoom: float) -> QSize:
        """A page's size on screen, in logical pixels."""
        scale = zoom * self.dpi / 72
        return QSize(max(1, round(size[0] * scale)), max(1, round(size[1] * scale)))

    def device(self, size: tuple[float, float], zoom: float) -> QSize:
        """The size to render a page at: its device pixels, reduced to the decoder's render limits."""
        logical = self.logical(size, zoom)
        width, height = logical.width() * self.pixel_ratio, logical.height() * self.pixel_ratio
        shrink = min(1.0, math.sqrt(MAX_PIXELS / (width * height)), MAX_RENDER_SIDE / max(width, height))
        return QSize(max(1, int(width * shrink)), max(1, int(height * shrink)))


class _Sheet(QWidget):
    """The scrolled content: paints the pages (white paper, their rendering or a placeholder)."""

    def __init__(self, pages: PdfPages) -> None:
        super().__init__(pages)
        self._pages = pages
        self._drag: QPoint | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(BACKGROUND))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for page in self._pages.pages_in(event.rect()):
            rect = self._pages.page_rect(page)
            painter.fillRect(rect, QColor(PAPER))
            image = self._pages.rendered(page)
            if image is not None:
                painter.drawImage(QRectF(rect), image, QRectF(image.rect()))
            else:
                painter.setPen(QColor(PLACEHOLDER_TEXT))
                flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                painter.drawText(rect.adjusted(12, 12, -12, -12), flags, self._pages.placeholder(page))
        painter.end()

    # Dragging pans, as on images.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.globalPosition().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            point = event.globalPosition().toPoint()
            delta, self._drag = point - self._drag, point
            self._pages.pan(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag = None
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class PdfPages(QScrollArea):
    """The pages of one PDF; scroll (or drag) to pan, Ctrl+wheel to zoom, Home/End for the first/last page.

    Args:
        runner: runs the renderings (one at a time: the decoder serves one request at a time).
        parent: the parent widget.

    Signals:
        zoom_changed(float, bool): the effective zoom factor (1.0 is 100 %) and whether it fits the
            pages to the view, whenever either changes (a resize in fit mode changes the factor).
        page_changed(int, int): the page in the middle of the view (0-based) and the page count.
    """

    zoom_changed = Signal(float, bool)
    page_changed = Signal(int, int)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PdfPages", "Evidence document"))
        self.setWidgetResizable(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a stable width to fit
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._runner = runner
        self._sheet = _Sheet(self)
        self.setWidget(self._sheet)
        self._source: PdfSource | None = None
        self._generation = 0
        self._zoom = 1.0
        self._fit = True
        self._announced: tuple[float, bool] | None = None  # the zoom last sent with zoom_changed
        self._tops: list[int] = []
        self._rects: list[QRect] = []
        self._images: OrderedDict[int, QImage] = OrderedDict()
        self._failures: dict[int, str] = {}
        self._rendering: int | None = None
        self._current = -1
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # ---- the document ----

    def metrics(self, outer: QSize | None = None) -> Metrics:
        """The view's metrics; with ``outer``, for that size of this widget (while it is hidden, Qt
        has not laid out its viewport yet)."""
        width = self.viewport().width()
        if outer is not None:
            width = outer.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        return Metrics(width, float(self.logicalDpiY()), self.devicePixelRatioF())

    def set_document(self, source: PdfSource | None, first: QImage | None = None) -> None:
        """Shows ``source`` from its first page, fitted to the width; ``first``: page 1, already rendered."""
        self._generation += 1
        self._source = source
        self._images.clear()
        self._failures.clear()
        self._rendering = None
        self._current = -1
        self._fit = True
        self._announced = None
        if source is not None and first is not None:
            first.setDevicePixelRatio(self.devicePixelRatioF())
            self._images[0] = first
        self._relayout(keep_position=False)
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._scrolled()

    @property
    def source(self) -> PdfSource | None:
        return self._source

    def page_count(self) -> int:
        """Pages shown (the first :data:`~.decode_protocol.MAX_PAGES` of a longer document)."""
        return len(self._source.info.sizes) if self._source is not None else 0

    def rendered(self, page: int) -> QImage | None:
        """The latest rendering of ``page`` (maybe at a former zoom), if one is in memory."""
        return self._images.get(page)

    def placeholder(self, page: int) -> str:
        failure = self._failures.get(page)
        if failure:
            return translate("PdfPages", "Page {page} cannot be shown: {reason}").format(page=page + 1, reason=failure)
        return translate("PdfPages", "Page {page}").format(page=page + 1)

    def page_rect(self, page: int) -> QRect:
        return self._rects[page]

    def pages_in(self, area: QRect) -> range:
        """The pages that intersect ``area`` (in the sheet's coordinates)."""
        if not self._rects:
            return range(0)
        first = max(0, bisect.bisect_right(self._tops, area.top()) - 1)
        last = min(len(self._rects) - 1, max(first, bisect.bisect_right(self._tops, area.bottom()) - 1))
        return range(first, last + 1)

    def visible_area(self) -> QRect:
        return QRect(
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().width(),
            self.viewport().height(),
        )

    # ---- navigation ----

    def current_page(self) -> int:
        """The page in the middle of the view (0-based; -1 with no document)."""
        if not self._rects:
            return -1
        middle = self.verticalScrollBar().value() + self.viewport().height() // 2
        return max(0, min(len(self._rects) - 1, bisect.bisect_right(self._tops, middle) - 1))

    def go_to_page(self, page: int) -> None:
        """Scrolls so that ``page`` (0-based, clamped) starts at the top of the view."""
        if not self._rects:
            return
        page = max(0, min(len(self._rects) - 1, page))
        self.verticalScrollBar().setValue(self._rects[page].top() - MARGIN)

    def pan(self, dx: int, dy: int) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)

    # ---- zoom ----

    @property
    def zoom_factor(self) -> float:
        return self._zoom

    @property
    def fitted(self) -> bool:
        return self._fit

    def zoom_by(self, factor: float) -> None:
        self._fit = False
        self._set_zoom(min(MAX_ZOOM, max(MIN_ZOOM, self._zoom * factor)))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Fits the widest page to the width of the view (and keeps fitting as the view resizes)."""
        self._fit = True
        if self._source is not None:
            self._set_zoom(self.metrics().fit_zoom(self._source.info.sizes))

    def _set_zoom(self, zoom: float) -> None:
        if self._source is None:
            return
        self._zoom = min(zoom, self._max_zoom())
        self._relayout(keep_position=True)
        self._scrolled()

    def _max_zoom(self) -> float:
        """The zoom at which the pages, stacked, are as tall as a widget can be (long documents)."""
        assert self._source is not None
        points = sum(height for _, height in self._source.info.sizes)
        margins = MARGIN * (len(self._source.info.sizes) + 1)
        return max(MIN_ZOOM / 10, min(MAX_ZOOM, (MAX_SHEET - margins) / (points * self.logicalDpiY() / 72)))

    # ---- layout and rendering ----

    def _relayout(self, *, keep_position: bool) -> None:
        """Places the pages at the current zoom, keeping the point in the middle of the view (or the
        top of the document in view, when it was: a larger window shows the first page from its top)."""
        bars = self.horizontalScrollBar(), self.verticalScrollBar()
        old = self._sheet.size()
        middle = [bar.value() + length / 2 for bar, length in zip(bars, self._viewport_lengths(), strict=True)]
        at_top = bars[1].value() == 0
        if self._source is None:
            self._rects, self._tops = [], []
            self._sheet.resize(self.viewport().size())
            self._sheet.update()
            return
        metrics = self.metrics()
        if self._fit:
            self._zoom = min(metrics.fit_zoom(self._source.info.sizes), self._max_zoom())
        sizes = [metrics.logical(size, self._zoom) for size in self._source.info.sizes]
        width = max(size.width() for size in sizes) + 2 * MARGIN
        sheet_width = max(width, self.viewport().width())
        rects, top = [], MARGIN
        for size in sizes:
            rects.append(QRect(QPoint((sheet_width - size.width()) // 2, top), size))
            top += size.height() + MARGIN
        self._rects, self._tops = rects, [rect.top() for rect in rects]
        self._sheet.resize(sheet_width, top)
        if keep_position and old.width() > 0 and old.height() > 0:
            new = (sheet_width, top)
            for bar, length, centre, before, after in zip(
                bars, self._viewport_lengths(), middle, (old.width(), old.height()), new, strict=True
            ):
                bar.setValue(round(centre / before * after - length / 2))
            if at_top:
                bars[1].setValue(0)
        self._sheet.update()
        self._announce()

    def _announce(self) -> None:
        """Sends ``zoom_changed`` when the effective zoom or the fit mode differs from the last one sent
        (the one place that does: in fit mode every relayout may change the factor)."""
        state = (self._zoom, self._fit)
        last = self._announced
        if last is None or last[1] != state[1] or not math.isclose(last[0], state[0]):
            self._announced = state
            self.zoom_changed.emit(*state)

    def _viewport_lengths(self) -> tuple[int, int]:
        return self.viewport().width(), self.viewport().height()

    def _scrolled(self, _value: int = 0) -> None:
        current = self.current_page()
        if current != self._current:
            self._current = current
            self.page_changed.emit(current, self.page_count())
        self._render_next()

    def _wanted(self) -> list[int]:
        """Visible pages nearest the middle first, then one on either side."""
        visible = list(self.pages_in(self.visible_area()))
        if not visible:
            return []
        middle = self.current_page()
        ordered = sorted(visible, key=lambda page: abs(page - middle))
        return ordered + [page for page in (visible[0] - 1, visible[-1] + 1) if 0 <= page < len(self._rects)]

    def _render_next(self) -> None:
        """Asks the decoder for the next page that needs rendering, unless one is being rendered."""
        source = self._source
        if source is None or self._rendering is not None:
            return
        metrics = self.metrics()
        for page in self._wanted():
            size = metrics.device(source.info.sizes[page], self._zoom)
            image = self._images.get(page)
            if page in self._failures or (image is not None and image.size() == size):
                continue
            self._render(source, page, size, metrics.pixel_ratio)
            return

    def _render(self, source: PdfSource, page: int, size: QSize, ratio: float) -> None:
        generation = self._generation
        self._rendering = page

        def work() -> QImage:
            return source.render(page, size)

        def done(image: QImage) -> None:
            if generation != self._generation:
                return
            self._rendering = None
            image.setDevicePixelRatio(ratio)
            self._keep(page, image)
            self._sheet.update(self._rects[page])
            self._render_next()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._rendering = None
            self._failures[page] = explain(exc)
            self._sheet.update(self._rects[page])
            self._render_next()

        self._runner.run(work, guarded(self, done), guarded(self, failed))

    def _keep(self, page: int, image: QImage) -> None:
        """Keeps ``page``'s rendering; forgets the least recent others that are out of view."""
        self._images[page] = image
        self._images.move_to_end(page)
        visible = set(self.pages_in(self.visible_area()))
        hidden = [old for old in self._images if old not in visible]  # least recent first
        held = sum(self._images[old].sizeInBytes() for old in hidden)
        while hidden and (len(hidden) > KEEP_RENDERED or held > KEEP_BYTES):
            old = hidden.pop(0)
            held -= self._images.pop(old).sizeInBytes()

    # ---- events ----

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._source is not None:
            if self._fit:
                self.fit()
            else:
                self._relayout(keep_position=True)
                self._scrolled()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not zoomed_by_wheel(event, self.zoom_by):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif event.key() == Qt.Key.Key_End:
            self.go_to_page(self.page_count() - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
