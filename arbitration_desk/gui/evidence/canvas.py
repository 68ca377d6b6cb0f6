"""An image with zoom, pan and fit, annotation regions on top, and rectangle drawing.

Regions are fractions of the image's width and height (the contract's ``Region``), origin at the
top-left corner of the image as displayed (after EXIF orientation, which the reader applies).

The canvas may first show a reduced preview of a large image: the scene always has the size of
the whole picture (the preview is drawn scaled up to it), so zoom, regions and drawing mean the
same before and after :meth:`EvidenceCanvas.set_detail` puts the full image in its place. When the
view shows the image larger than the preview's resolution, ``detail_wanted`` asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPainter, QPen, QPixmap, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QWidget

from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import set_tooltip

ZOOM_STEP = 1.25


def zoomed_by_wheel(event: QWheelEvent, zoom_by: Callable[[float], object]) -> bool:
    """Ctrl + wheel zooms a view of evidence (image or PDF) by one step; True when it did."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
    event.accept()
    return True


MIN_SCALE, MAX_SCALE = 0.02, 32.0
SHARED_COLOR, PRIVATE_COLOR, HIGHLIGHT_COLOR, DRAW_COLOR = "#1e88e5", "#8e24aa", "#ffb300", "#43a047"


@dataclass(frozen=True, slots=True)
class RegionMark:
    """An annotation region to show: ``region`` in fractions, a tooltip, and whether it is private."""

    region: dict[str, float]
    tooltip: str
    private: bool = False


def region_from_json(value: Any) -> dict[str, float] | None:
    """A valid contract ``Region`` from untrusted JSON (None when malformed or out of range)."""
    if not isinstance(value, dict):
        return None
    try:
        x, y, w, h = (float(value[k]) for k in ("x", "y", "width", "height"))
    except (KeyError, TypeError, ValueError):
        return None
    if not (0 <= x <= 1 and 0 <= y <= 1 and 0 < w <= 1 and 0 < h <= 1 and x + w <= 1.0001 and y + h <= 1.0001):
        return None
    return {"x": x, "y": y, "width": w, "height": h}


class EvidenceCanvas(QGraphicsView):
    """Shows one image; wheel with Ctrl zooms, dragging pans; in drawing mode, dragging draws.

    Signals:
        region_drawn(dict): the member drew a rectangle (``{x, y, width, height}`` as fractions).
        zoom_changed(float, bool): the scale (1.0 is 100 % of the whole picture) and whether the view
            fits the image, each time either may have changed.
        detail_wanted(): a preview is shown larger than its resolution (once per image).
    """

    region_drawn = Signal(dict)
    zoom_changed = Signal(float, bool)
    detail_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("EvidenceCanvas", "Evidence image"))
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QColor("#2b2d30"))
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._image_rect = QRectF()
        self._preview_width = 0  # the preview's width while it stands for a larger image; else 0
        self._detail_asked = False
        self._marks: list[QGraphicsRectItem] = []
        self._highlight: QGraphicsRectItem | None = None
        self._drawing = False
        self._draft: QGraphicsRectItem | None = None
        self._origin = QPointF()
        self._fit = True

    # ---- content ----

    def set_image(self, image: QImage | None, full: QSize | None = None) -> None:
        """Shows ``image`` (None: nothing), fitted to the view.

        Args:
            image: the image, or a reduced preview of it.
            full: the whole picture's size when ``image`` is a preview (None: ``image`` is whole).
        """
        self.scene().clear()
        self._marks, self._highlight, self._draft, self._pixmap_item = [], None, None, None
        self._image_rect, self._preview_width, self._detail_asked = QRectF(), 0, False
        if image is None or image.isNull():
            return
        whole = full if full is not None and not full.isEmpty() else image.size()
        self._image_rect = QRectF(0, 0, whole.width(), whole.height())
        self._preview_width = image.width() if image.size() != whole else 0
        self._pixmap_item = self.scene().addPixmap(QPixmap.fromImage(image))
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._stretch(image)
        self.scene().setSceneRect(self._image_rect)
        self.fit()

    def set_detail(self, image: QImage) -> None:
        """Puts the whole picture in place of its preview (zoom, position and regions stay)."""
        if self._pixmap_item is None or image.isNull():
            return
        self._pixmap_item.setPixmap(QPixmap.fromImage(image))
        self._stretch(image)
        self._preview_width = 0

    def _stretch(self, image: QImage) -> None:
        """Scales the pixmap item so that it covers the whole picture's rectangle in the scene."""
        assert self._pixmap_item is not None
        rect = self._image_rect
        self._pixmap_item.setTransform(
            QTransform.fromScale(rect.width() / image.width(), rect.height() / image.height())
        )

    @property
    def is_preview(self) -> bool:
        """Whether a reduced preview stands for the picture (until :meth:`set_detail`)."""
        return self._preview_width > 0

    def image_rect(self) -> QRectF:
        return QRectF(self._image_rect)

    def _to_scene(self, region: dict[str, float]) -> QRectF:
        r = self.image_rect()
        return QRectF(
            r.width() * region["x"],
            r.height() * region["y"],
            r.width() * region["width"],
            r.height() * region["height"],
        )

    def _item(self, rect: QRectF, color: str, tooltip: str, *, fill: int = 40, width: int = 2) -> QGraphicsRectItem:
        pen = QPen(QColor(color), width)
        pen.setCosmetic(True)
        brush = QColor(color)
        brush.setAlpha(fill)
        item = self.scene().addRect(rect, pen, QBrush(brush))
        set_tooltip(item, tooltip)
        return item

    def set_regions(self, marks: list[RegionMark]) -> None:
        """Shows the regions of existing annotations (replacing the previous ones)."""
        for item in self._marks:
            self.scene().removeItem(item)
        self._marks = []
        if self._pixmap_item is None:
            return
        for mark in marks:
            color = PRIVATE_COLOR if mark.private else SHARED_COLOR
            self._marks.append(self._item(self._to_scene(mark.region), color, fmt.untrusted(mark.tooltip, 500)))

    def highlight(self, region: dict[str, float] | None) -> None:
        """Emphasises one region and scrolls it into view (None: no highlight)."""
        if self._highlight is not None:
            self.scene().removeItem(self._highlight)
            self._highlight = None
        if region is None or self._pixmap_item is None:
            return
        rect = self._to_scene(region)
        tooltip = translate("EvidenceCanvas", "The annotated region")
        self._highlight = self._item(rect, HIGHLIGHT_COLOR, tooltip, fill=60, width=3)
        self._highlight.setZValue(10)
        self.ensureVisible(rect, 40, 40)

    def highlighted_region(self) -> QRectF | None:
        return self._highlight.rect() if self._highlight is not None else None

    def region_count(self) -> int:
        return len(self._marks)

    # ---- zoom ----

    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """Fits the whole image in the view (never enlarging beyond 100 %)."""
        self._fit = True
        if self._pixmap_item is None:
            return
        self.resetTransform()
        self.fitInView(self._image_rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor > 1.0:
            self.resetTransform()
        self._zoomed()

    def actual_size(self) -> None:
        self._fit = False
        self.resetTransform()
        self._zoomed()

    def _zoomed(self) -> None:
        self.zoom_changed.emit(self.scale_factor, self._fit)
        shown = self.scale_factor * self._image_rect.width() * self.devicePixelRatioF()
        if self._preview_width and not self._detail_asked and shown > self._preview_width:
            self._detail_asked = True
            self.detail_wanted.emit()

    def zoom_by(self, factor: float) -> None:
        if self._pixmap_item is None:
            return
        self._fit = False
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor * factor))
        self.scale(target / self.scale_factor, target / self.scale_factor)
        self._zoomed()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    # ---- drawing ----

    def set_drawing(self, enabled: bool) -> None:
        """In drawing mode a drag draws a rectangle instead of panning."""
        self._drawing = enabled
        self.setDragMode(QGraphicsView.DragMode.NoDrag if enabled else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if enabled else Qt.CursorShape.OpenHandCursor)

    @property
    def drawing(self) -> bool:
        return self._drawing

    def _clamped(self, point: QPointF) -> QPointF:
        r = self.image_rect()
        return QPointF(min(max(point.x(), r.left()), r.right()), min(max(point.y(), r.top()), r.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._drawing and self._pixmap_item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._origin = self._clamped(self.mapToScene(event.position().toPoint()))
            self._draft = self._item(QRectF(self._origin, self._origin), DRAW_COLOR, "", fill=50)
            self._draft.setZValue(20)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._draft is not None:
            point = self._clamped(self.mapToScene(event.position().toPoint()))
            self._draft.setRect(QRectF(self._origin, point).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._draft is None:
            super().mouseReleaseEvent(event)
            return
        rect = self._draft.rect()
        self.scene().removeItem(self._draft)
        self._draft = None
        event.accept()
        image = self.image_rect()
        if rect.width() < 3 or rect.height() < 3 or image.isEmpty():
            return  # a click, not a rectangle
        region = {
            "x": round(rect.x() / image.width(), 6),
            "y": round(rect.y() / image.height(), 6),
            "width": round(rect.width() / image.width(), 6),
            "height": round(rect.height() / image.height(), 6),
        }
        region["width"] = min(region["width"], round(1 - region["x"], 6))
        region["height"] = min(region["height"], round(1 - region["y"], 6))
        self.region_drawn.emit(region)

    # ---- events ----

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not zoomed_by_wheel(event, self.zoom_by):
            super().wheelEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()
