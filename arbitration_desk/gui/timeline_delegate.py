"""Paints one chat message: day separator, sender line, original and machine translation, attachments.

Nothing here creates a widget per message. Text goes through ``QPainter.drawText`` (plain text
only, never HTML) after :func:`visible_controls`. Row heights (and the layouts of the rows painted
lately) are cached per message and width.
A row whose message is still being read has no data: it gets a light placeholder of a typical
height, and is repainted when its block arrives (the model emits ``dataChanged``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from arbitration_desk.gui.plaintext import WRAP, visible_controls, wrappable
from arbitration_desk.gui.timeline_model import (
    DAY_BREAK_ROLE,
    LOCAL_TIME_ROLE,
    MESSAGE_ROLE,
    channel_label,
    pick_translation,
    role_label,
)
from arbitration_desk.store.records import MessageRow

PAD = 10
GAP = 14
DAY_BAND = 30
LAYOUTS_KEPT = 2_000


ROLE_COLORS = {"buyer": "#2563eb", "seller": "#c2410c", "agent": "#7c3aed", "system": "#6b7280"}
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Layout:
    """Where the parts of one message go, relative to the row's top-left corner."""

    day_band: int
    header: QRect
    original: QRect
    translation: QRect | None
    captions: int
    attachments: list[QRect]
    height: int


class TimelineDelegate(QStyledItemDelegate):
    """Paints chat rows; ``highlight`` marks the current search hit's row.

    Args:
        evidence_titles: evidence ID → title, for attachment links.
        parent: owner (the view).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence_titles: dict[str, str] = {}
        self.ui_language = "en"
        self.hit_row_id: int | None = None
        #: The width rows are laid out for (the view's viewport width; 0: the option's).
        self.row_width = 0
        self._heights: dict[tuple[int, int], int] = {}
        self._layouts: dict[tuple[int, int], _Layout] = {}  # of the rows painted lately
        self._typical = 64  # a running average of row heights, for placeholders

    def clear_cache(self) -> None:
        self._heights.clear()
        self._layouts.clear()

    # ---- geometry ----

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        body = QFont(option.font)
        bold = QFont(body)
        bold.setBold(True)
        small = QFont(body)
        small.setPointSizeF(max(body.pointSizeF() * 0.86, 6.0))
        return body, bold, small

    def layout(self, option: QStyleOptionViewItem, message: MessageRow, day_break: bool) -> _Layout:
        """Computes the rectangles of a message drawn ``option.rect.width()`` wide."""
        body, bold, small = self._fonts(option)
        fm, sm = QFontMetrics(body), QFontMetrics(small)
        width = max(option.rect.width(), 200)
        top = DAY_BAND if day_break else 0
        header = QRect(PAD + 4, top + PAD, width - 2 * PAD - 4, QFontMetrics(bold).height())
        y = header.bottom() + 6
        translation = pick_translation(message, self.ui_language)
        captions = sm.height() + 2 if translation else 0
        inner = width - 2 * PAD - 4
        column = (inner - GAP) // 2 if translation else inner
        text_h = fm.boundingRect(QRect(0, 0, column, 1_000_000), WRAP, wrappable(message.text)).height()
        original = QRect(PAD + 4, y + captions, column, text_h)
        trans_rect = None
        if translation:
            t_h = fm.boundingRect(QRect(0, 0, column, 1_000_000), WRAP, wrappable(translation[1])).height()
            trans_rect = QRect(PAD + 4 + column + GAP, y + captions, column, t_h)
            text_h = max(text_h, t_h)
        y = y + captions + text_h + 4
        links = []
        for evidence_id in message.attachments:
            text = "Attachment: " + self._attachment_text(evidence_id)
            w = min(sm.horizontalAdvance(text) + 12, inner)
            links.append(QRect(PAD + 4, y + 2, w, sm.height() + 4))
            y += sm.height() + 8
        return _Layout(top, header, original, trans_rect, captions, links, y + PAD)

    def _attachment_text(self, evidence_id: str) -> str:
        title = self.evidence_titles.get(evidence_id)
        return visible_controls(f"{title} ({evidence_id})" if title else evidence_id)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        message = index.data(MESSAGE_ROLE)
        width = self.row_width or option.rect.width()
        if not isinstance(message, MessageRow):
            return QSize(width, self._typical)
        day_break = bool(index.data(DAY_BREAK_ROLE))
        key = (message.row_id * 2 + int(day_break), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 50_000:
                self._heights.clear()
            sized = QStyleOptionViewItem(option)
            sized.rect = QRect(0, 0, width, 0)
            height = self.layout(sized, message, day_break).height
            self._heights[key] = height
            self._typical = (self._typical * 15 + height) // 16
        return QSize(width, height)

    def attachment_at(self, option: QStyleOptionViewItem, index: _Index, x: int, y: int) -> str | None:
        """The evidence ID of the attachment link at view position (x, y), if any."""
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, MessageRow) or not message.attachments:
            return None
        lay = self.layout(option, message, bool(index.data(DAY_BREAK_ROLE)))
        for rect, evidence_id in zip(lay.attachments, message.attachments, strict=True):
            if rect.translated(option.rect.topLeft()).contains(x, y):
                return evidence_id
        return None

    # ---- painting ----

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, MessageRow):
            self._paint_placeholder(painter, option.rect, option.palette)
            return
        day_break = bool(index.data(DAY_BREAK_ROLE))
        key = (message.row_id * 2 + int(day_break), option.rect.width())
        lay = self._layouts.get(key)
        if lay is None:
            if len(self._layouts) > LAYOUTS_KEPT:
                self._layouts.clear()
            lay = self._layouts[key] = self.layout(option, message, day_break)
        body, bold, small = self._fonts(option)
        palette = option.palette
        r = option.rect
        painter.save()
        painter.translate(r.topLeft())
        if day_break:
            self._paint_day(painter, index, r.width(), small, palette)
        card = QRect(2, lay.day_band + 1, r.width() - 4, lay.height - lay.day_band - 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        base = palette.color(QPalette.ColorRole.Base)
        if message.row_id == self.hit_row_id:
            painter.fillRect(card, QColor(255, 221, 87, 90))
        elif selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(45)
            painter.fillRect(card, tint)
        else:
            painter.fillRect(card, base)
        accent = QColor(ROLE_COLORS.get(message.sender_role, "#6b7280"))
        painter.fillRect(QRect(card.left(), card.top(), 3, card.height()), accent)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(card.left(), card.bottom(), card.right(), card.bottom())
        self._paint_header(painter, lay.header, message, index, bold, small, accent, palette)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        text_color = palette.color(QPalette.ColorRole.Text)
        translation = pick_translation(message, self.ui_language)
        if translation is not None and lay.translation is not None:
            painter.setFont(small)
            painter.setPen(muted)
            cap = lay.original.translated(0, -lay.captions)
            painter.drawText(cap, Qt.AlignmentFlag.AlignLeft, f"Original ({message.language})")
            cap = lay.translation.translated(0, -lay.captions)
            painter.drawText(cap, Qt.AlignmentFlag.AlignLeft, f"Machine translation ({translation[0]})")
            painter.setFont(body)
            painter.setPen(muted)
            painter.drawText(lay.translation.adjusted(0, 0, 0, 4), WRAP, wrappable(translation[1]))
            x = lay.translation.left() - GAP // 2
            painter.setPen(palette.color(QPalette.ColorRole.Midlight))
            painter.drawLine(x, lay.original.top() - lay.captions, x, lay.original.top() + lay.original.height())
        painter.setFont(body)
        painter.setPen(text_color)
        painter.drawText(lay.original.adjusted(0, 0, 0, 4), WRAP, wrappable(message.text))
        painter.setFont(small)
        link = palette.color(QPalette.ColorRole.Link)
        for rect, evidence_id in zip(lay.attachments, message.attachments, strict=True):
            chip = QColor(link)
            chip.setAlpha(25)
            painter.fillRect(rect, chip)
            painter.setPen(link)
            text = "Attachment: " + self._attachment_text(evidence_id)
            painter.drawText(rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def _paint_placeholder(self, painter: QPainter, r: QRect, palette: QPalette) -> None:
        """Two light bars where the sender line and the text will be."""
        shade = QColor(palette.color(QPalette.ColorRole.Mid))
        shade.setAlpha(40)
        inner = r.width() - 2 * PAD - 4
        line = min(12, max(r.height() // 4, 2))
        painter.fillRect(QRect(r.left() + PAD + 4, r.top() + PAD, inner // 4, line), shade)
        painter.fillRect(QRect(r.left() + PAD + 4, r.top() + PAD + line + 8, inner * 2 // 3, line), shade)

    def _paint_day(self, painter: QPainter, index: _Index, width: int, small: QFont, palette: QPalette) -> None:
        moment = index.model().local(index.data(MESSAGE_ROLE).sent_at)  # type: ignore[attr-defined]
        text = moment.strftime("%A, %d %B %Y")
        painter.setFont(small)
        fm = QFontMetrics(small)
        tw = fm.horizontalAdvance(text) + 20
        mid = DAY_BAND // 2
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(PAD, mid, (width - tw) // 2, mid)
        painter.drawLine((width + tw) // 2, mid, width - PAD, mid)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(0, 0, width, DAY_BAND), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_header(
        self,
        painter: QPainter,
        rect: QRect,
        message: MessageRow,
        index: _Index,
        bold: QFont,
        small: QFont,
        accent: QColor,
        palette: QPalette,
    ) -> None:
        x = rect.left()
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = visible_controls(message.sender_name) or "(no name)"
        name = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, rect.width() // 2)
        painter.drawText(QRect(x, rect.top(), rect.width(), rect.height()), Qt.AlignmentFlag.AlignVCenter, name)
        x += QFontMetrics(bold).horizontalAdvance(name) + 8
        sm = QFontMetrics(small)
        painter.setFont(small)
        role = role_label(message.sender_role)
        chip = QRect(x, rect.top() + 1, sm.horizontalAdvance(role) + 10, rect.height() - 2)
        fill = QColor(accent)
        fill.setAlpha(30)
        painter.fillRect(chip, fill)
        painter.setPen(accent)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, role)
        x = chip.right() + 10
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        when = index.data(LOCAL_TIME_ROLE).strftime("%H:%M")
        right = QRect(rect.left(), rect.top(), rect.width(), rect.height())
        painter.drawText(right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        span = QRect(x, rect.top(), rect.right() - x - sm.horizontalAdvance(when) - 12, rect.height())
        painter.drawText(span, Qt.AlignmentFlag.AlignVCenter, channel_label(message.channel))
