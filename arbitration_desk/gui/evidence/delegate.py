"""Paints one evidence item of the gallery list: thumbnail, title, submitter and date, state badge.

On an appeal case every row has a line more, where items added on appeal get a "New on appeal" chip
(its tooltip says when the appeal was filed); a first-instance case's rows are as they always were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.gui.evidence.model import (
    NEW_ON_APPEAL_CHIP,
    UNKNOWN_BADGE,
    EvidenceRole,
    new_on_appeal_text,
    translated_badge,
)

_PAD = 6
#: Space between the state chip and the line of the "New on appeal" chip below it.
_CHIP_GAP = 4
Index = QModelIndex | QPersistentModelIndex


def _data(index: Index, role: int) -> Any:
    """``index.data(role)`` through the Python model itself.

    PySide6 6.12 returns an invalid QVariant from C++ (``QModelIndex.data``) as ``None`` without
    taking a reference, so each such call drops one reference to ``None``; on Python 3.11 that
    ends in "Fatal Python error: none_dealloc". Calling the model's Python ``data`` avoids it.
    """
    model = index.model()
    return model.data(index, role) if model is not None else None


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class EvidenceDelegate(QStyledItemDelegate):
    """Draws rows of an :class:`EvidenceModel` (text is drawn as plain text, elided).

    Args:
        thumb_px: the side of the thumbnail box.
    """

    def __init__(self, thumb_px: int = 72, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.thumb_px = thumb_px

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = self.thumb_px + 2 * _PAD
        if _data(index, EvidenceRole.APPEAL_CASE):  # room for the "New on appeal" chip below the state chip
            height = max(height, self._chip_rect(option, 1).bottom() + 1 - option.rect.top() + _PAD)
        return QSize(240, height)

    def _chip_rect(self, option: QStyleOptionViewItem, line: int, text: str = "", padding: int = 14) -> QRect:
        """The rectangle of a chip: ``line`` 0 is the state's, 1 the "New on appeal" one below it."""
        rect: QRect = option.rect
        left = rect.left() + _PAD + self.thumb_px + _PAD + 4
        width = rect.right() - left - _PAD
        title = QFontMetrics(_bold(option.font)).height()
        small = QFontMetrics(option.font)
        height = small.height() + 4
        top = rect.top() + _PAD + title + small.height() + 8 + line * (height + _CHIP_GAP)
        return QRect(left, top, min(small.horizontalAdvance(text) + padding, max(width, 0)), height)

    def new_on_appeal_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect | None:
        """Where the row's "New on appeal" chip is (None: the item was not added on appeal)."""
        if not _data(index, EvidenceRole.NEW_ON_APPEAL):
            return None
        return self._chip_rect(option, 1, new_on_appeal_text(), padding=20)  # its border needs room

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> bool:
        """Over the "New on appeal" chip, its own tooltip (when the appeal was filed); elsewhere the item's."""
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            chip = self.new_on_appeal_rect(option, index)
            if chip is not None and chip.contains(event.pos()):
                QToolTip.showText(event.globalPos(), plain_tooltip(_data(index, EvidenceRole.NEW_ON_APPEAL)), view)
                return True
        return super().helpEvent(event, view, option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget is not None else QApplication.style()
        # The item's panel only (selection, hover, focus): no initStyleOption, which would ask the
        # model for a dozen roles per item (text, icon, font, colours) that are drawn below instead.
        opt = QStyleOptionViewItem(option)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)

        box = QRect(rect.left() + _PAD, rect.top() + _PAD, self.thumb_px, self.thumb_px)
        self._paint_thumbnail(painter, box, index, palette)

        left = box.right() + _PAD + 4
        width = rect.right() - left - _PAD
        font = QFont(option.font)
        title_font = _bold(font)
        metrics = QFontMetrics(title_font)
        title = metrics.elidedText(
            str(_data(index, Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, width
        )
        painter.setPen(text_color)
        painter.setFont(title_font)
        line = metrics.height()
        painter.drawText(QRect(left, rect.top() + _PAD, width, line), Qt.AlignmentFlag.AlignLeft, title)

        painter.setFont(font)
        small = QFontMetrics(font)
        subtitle = small.elidedText(str(_data(index, EvidenceRole.SUBTITLE) or ""), Qt.TextElideMode.ElideRight, width)
        muted = QColor(text_color)
        if not selected:
            muted.setAlpha(170)
        painter.setPen(muted)
        painter.drawText(QRect(left, rect.top() + _PAD + line + 2, width, small.height()), 0, subtitle)

        text, background, foreground = _data(index, EvidenceRole.BADGE) or translated_badge(UNKNOWN_BADGE)
        chip = self._chip_rect(option, 0, text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        if (appeal_chip := self.new_on_appeal_rect(option, index)) is not None:
            self._paint_new_on_appeal(painter, appeal_chip, small)
        painter.restore()

    @staticmethod
    def _paint_new_on_appeal(painter: QPainter, chip: QRect, metrics: QFontMetrics) -> None:
        """A bordered chip (unlike the state's), its words elided if the list is very narrow."""
        _, background, foreground, border = NEW_ON_APPEAL_CHIP
        text = new_on_appeal_text()
        painter.setPen(QPen(QColor(border), 1))
        painter.setBrush(QColor(background))
        box = chip.adjusted(0, 0, -1, -1)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(QColor(foreground))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(chip.width() - 10, 0))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)

    def _paint_thumbnail(self, painter: QPainter, box: QRect, index: Index, palette: QPalette) -> None:
        painter.fillRect(box, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        pixmap = _data(index, Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            scaled = pixmap
            if max(pixmap.width(), pixmap.height()) > self.thumb_px:
                scaled = pixmap.scaled(
                    box.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            x = box.left() + (box.width() - scaled.width()) // 2
            y = box.top() + (box.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
            return
        note = str(_data(index, EvidenceRole.THUMBNAIL_NOTE) or "")
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, note)
