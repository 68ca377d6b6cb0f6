"""Paints one evidence item of the gallery list: thumbnail, title, submitter and date, state badge."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from arbitration_desk.gui.evidence.model import UNKNOWN_BADGE, EvidenceRole

_PAD = 6
Index = QModelIndex | QPersistentModelIndex


def _data(index: Index, role: int) -> Any:
    """``index.data(role)`` through the Python model itself.

    PySide6 6.12 returns an invalid QVariant from C++ (``QModelIndex.data``) as ``None`` without
    taking a reference, so each such call drops one reference to ``None``; on Python 3.11 that
    ends in "Fatal Python error: none_dealloc". Calling the model's Python ``data`` avoids it.
    """
    model = index.model()
    return model.data(index, role) if model is not None else None


class EvidenceDelegate(QStyledItemDelegate):
    """Draws rows of an :class:`EvidenceModel` (text is drawn as plain text, elided).

    Args:
        thumb_px: the side of the thumbnail box.
    """

    def __init__(self, thumb_px: int = 72, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.thumb_px = thumb_px

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(240, self.thumb_px + 2 * _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget is not None else QApplication.style()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = opt.icon.__class__()
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
        title_font = QFont(font)
        title_font.setBold(True)
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

        text, background, foreground = _data(index, EvidenceRole.BADGE) or UNKNOWN_BADGE
        chip_w = small.horizontalAdvance(text) + 14
        chip = QRect(left, rect.top() + _PAD + line + small.height() + 8, min(chip_w, width), small.height() + 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(QColor(foreground))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

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
