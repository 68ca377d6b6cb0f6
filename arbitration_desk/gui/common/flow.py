"""Layouts that reflow to the width they are given instead of widening the window.

* :class:`FlowLayout`: items side by side at their preferred width, wrapping to a new line when the
  next one does not fit (Qt's "Flow Layout" example): a tool bar that is never cut off.
* :class:`CardGrid`: cards in equal columns, as many side by side as fit at their minimum width; the
  others wrap to new rows (the votes of a panel at 1366×768).

Both answer ``heightForWidth``, so a scroll area or a box layout gives them the height they need.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class _ItemList(QLayout):
    """The bookkeeping every custom layout needs: its items, in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]  # hidden widgets are empty

    def _inner(self, rect: QRect) -> QRect:
        margins: QMargins = self.contentsMargins()
        return rect.marginsRemoved(margins)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        raise NotImplementedError


class FlowLayout(_ItemList):
    """Items left to right at their size hint, wrapped to as many lines as the width needs.

    Args:
        parent: the widget laid out.
        spacing: between items and between lines (-1: the style's).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._spacing = spacing

    def horizontalSpacing(self) -> int:
        return self._spacing if self._spacing >= 0 else self._style_spacing(Qt.Orientation.Horizontal)

    def verticalSpacing(self) -> int:
        return self._spacing if self._spacing >= 0 else self._style_spacing(Qt.Orientation.Vertical)

    def _style_spacing(self, orientation: Qt.Orientation) -> int:
        parent = self.parentWidget()
        if parent is None:
            return 4
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        return max(0, parent.style().pixelMetric(metric, None, parent))

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(item.sizeHint().width() for item in shown) + self.horizontalSpacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """The widest item alone on its line."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        area = self._inner(rect)
        x, y, line_height = area.x(), area.y(), 0
        across, down = self.horizontalSpacing(), self.verticalSpacing()
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            if x > area.x() and x + width > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + down, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + across
            line_height = max(line_height, hint.height())
        margins = self.contentsMargins()
        return y + line_height - rect.y() + margins.bottom()


class CardGrid(_ItemList):
    """Cards of equal width, as many per row as fit at ``min_width`` each (all of them when they fit).

    Each row is as tall as its tallest card wants (``heightForWidth`` or size hint), and at least
    ``min_height``.

    Args:
        parent: the widget laid out.
        min_width: the narrowest a card may be.
        min_height: the least height of a row.
        spacing: between cards and rows.
    """

    def __init__(
        self, parent: QWidget | None = None, *, min_width: int = 220, min_height: int = 0, spacing: int = 8
    ) -> None:
        super().__init__(parent)
        self.min_width, self.min_height, self._spacing = min_width, min_height, spacing

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def _card_min_width(self, shown: list[QLayoutItem]) -> int:
        return max([self.min_width, *(item.minimumSize().width() for item in shown)])

    def columns_for(self, width: int) -> int:
        """How many cards sit side by side in ``width`` (the layout's inner width)."""
        shown = self._shown()
        if not shown:
            return 0
        fitting = (width + self._spacing) // (self._card_min_width(shown) + self._spacing)
        return max(1, min(len(shown), fitting))

    def sizeHint(self) -> QSize:
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(max(item.sizeHint().width(), self.min_width) for item in shown)
        width += self._spacing * max(0, len(shown) - 1)
        height = max([self.min_height, *(item.sizeHint().height() for item in shown)]) if shown else 0
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        margins = self.contentsMargins()
        return QSize(self._card_min_width(shown), self.min_height).grownBy(margins)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        area = self._inner(rect)
        shown = self._shown()
        margins = self.contentsMargins()
        if not shown:
            return margins.top() + margins.bottom()
        columns = self.columns_for(area.width())
        card = max(self._card_min_width(shown), (area.width() - self._spacing * (columns - 1)) // columns)
        y = area.y()
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            height = max([self.min_height, *(_height_for(item, card) for item in row)])
            if apply:
                for column, item in enumerate(row):
                    item.setGeometry(QRect(area.x() + column * (card + self._spacing), y, card, height))
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()


def _height_for(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return max(item.sizeHint().height(), item.minimumSize().height())
