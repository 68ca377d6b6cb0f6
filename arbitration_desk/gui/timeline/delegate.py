"""Paints one chat message: day separator, sender line, original and machine translation, attachments.

Nothing here creates a widget per message, and text is always plain (never HTML), after
:func:`visible_controls`. A row is laid out once: when the view asks for its height, or earlier,
while the view is idle (:meth:`TimelineDelegate.prepare`). Its layout keeps the paragraphs shaped
(``QTextLayout``: ``QPainter.drawText`` would shape them again on every paint), and is kept for the
rows measured or painted lately, so painting a row only draws; short labels (names, roles,
channels, times, captions) are ``QStaticText`` kept per string. Row heights are cached per message
and width. A row whose message is still being read has no data: it gets a light placeholder of a
typical height, and is repainted when its block arrives (the model emits ``dataChanged``).
On an appeal case, a message sent on appeal has a "New on appeal" chip after its sender's role.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from arbitration_desk.gui.common.case_format import long_day
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import plain_tooltip, visible_controls, wrappable
from arbitration_desk.gui.evidence.model import NEW_ON_APPEAL_CHIP
from arbitration_desk.gui.timeline.model import (
    DAY_BREAK_ROLE,
    LOCAL_TIME_ROLE,
    MESSAGE_ROLE,
    NEW_ON_APPEAL_ROLE,
    channel_label,
    pick_translation,
    role_label,
)
from arbitration_desk.gui.timeline.parts import Box, Colors, Fonts, RowLayout, draw_paragraph, paragraph, tinted
from arbitration_desk.store.records import MessageRow

PAD = 10
GAP = 14
DAY_BAND = 30
#: Layouts (with their shaped text) of the rows measured or painted lately.
LAYOUTS_KEPT = 300
HEIGHTS_KEPT = 50_000
LABELS_KEPT = 4_000
_LEFT, _CENTER, _RIGHT = 0, 1, 2  # how a label sits in its rectangle (plain ints: cheap to test)

ROLE_COLORS = {"buyer": "#2563eb", "seller": "#c2410c", "agent": "#7c3aed", "system": "#6b7280"}
_Index = QModelIndex | QPersistentModelIndex


#: Per sender role: the accent bar and text colour, and the fill of the role chip.
_ACCENTS = {role: (QColor(color), tinted(color, 30)) for role, color in ROLE_COLORS.items()}
_HIT = QColor(255, 221, 87, 90)
_NEW_FILL, _NEW_INK, _NEW_BORDER = (
    QColor(NEW_ON_APPEAL_CHIP[1]),
    QColor(NEW_ON_APPEAL_CHIP[2]),
    QColor(NEW_ON_APPEAL_CHIP[3]),
)
_SELECTED = QStyle.StateFlag.State_Selected


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
        self._layouts: OrderedDict[tuple[int, int], RowLayout] = OrderedDict()  # least recently used first
        self._labels: dict[tuple[str, int], QStaticText] = {}
        self._fonts: Fonts | None = None
        self._colors: Colors | None = None
        self._typical = 64  # a running average of row heights, for placeholders

    def clear_cache(self) -> None:
        self._heights.clear()
        self._layouts.clear()
        self._labels.clear()

    # ---- geometry ----

    def _fonts_of(self, option: QStyleOptionViewItem) -> Fonts:
        if self._fonts is None or self._fonts.source != option.font:
            self._fonts = Fonts.of(option.font)
            self._labels.clear()
        return self._fonts

    def layout(self, option: QStyleOptionViewItem, message: MessageRow, day_break: bool) -> RowLayout:
        """Lays out a message drawn ``option.rect.width()`` wide."""
        fonts = self._fonts_of(option)
        sm = fonts.small_metrics
        width = max(option.rect.width(), 200)
        top = DAY_BAND if day_break else 0
        inner = width - 2 * PAD - 4
        header = (PAD + 4, top + PAD, inner, fonts.bold_metrics.height())
        y = top + PAD + header[3] + 5
        translation = pick_translation(message, self.ui_language)
        captions = sm.height() + 2 if translation else 0
        column = (inner - GAP) // 2 if translation else inner
        text, text_h = paragraph(wrappable(message.text), fonts.body, column, option.direction)
        original = (PAD + 4, y + captions, column, text_h)
        translated = trans_box = None
        if translation:
            translated, trans_h = paragraph(wrappable(translation[1]), fonts.body, column, option.direction)
            trans_box = (PAD + 4 + column + GAP, y + captions, column, trans_h)
            text_h = max(text_h, trans_h)
        y = y + captions + text_h + 4
        links: list[QRect] = []
        for evidence_id in message.attachments:
            label = self._attachment_text(evidence_id)
            links.append(QRect(PAD + 4, y + 2, min(sm.horizontalAdvance(label) + 12, inner), sm.height() + 4))
            y += sm.height() + 8
        name = visible_controls(message.sender_name) or translate("TimelineDelegate", "(no name)")
        name = fonts.bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, inner // 2)
        tag = translation[0] if translation else ""
        return RowLayout(top, header, original, trans_box, captions, links or (), y + PAD, text, translated, tag, name)

    def _layout_of(self, option: QStyleOptionViewItem, message: MessageRow, day_break: bool, width: int) -> RowLayout:
        """:meth:`layout` for ``width``, from the cache of recent rows when it is there."""
        key = (message.row_id * 2 + int(day_break), width)
        lay = self._layouts.get(key)
        if lay is None:
            if option.rect.width() != width:
                option = QStyleOptionViewItem(option)
                option.rect = QRect(0, 0, width, 0)
            lay = self._layouts[key] = self.layout(option, message, day_break)
            if len(self._layouts) > LAYOUTS_KEPT:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return lay

    def _attachment_text(self, evidence_id: str) -> str:
        """The label of an attachment link: "Attachment: Photo of the parcel (ev_123)"."""
        title = self.evidence_titles.get(evidence_id)
        if title:
            text = translate("TimelineDelegate", "Attachment: {title} ({evidence_id})")
        else:
            text = translate("TimelineDelegate", "Attachment: {evidence_id}")
        return text.format(title=visible_controls(title or ""), evidence_id=visible_controls(evidence_id))

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        message = index.data(MESSAGE_ROLE)
        width = self.row_width or option.rect.width()
        if not isinstance(message, MessageRow):
            return QSize(width, self._typical)
        return QSize(width, self.prepare(option, message, bool(index.data(DAY_BREAK_ROLE))))

    def prepare(self, option: QStyleOptionViewItem, message: MessageRow, day_break: bool) -> int:
        """The height of a row showing ``message``, laid out now if it is not cached (for the
        width it is painted at: its paint then only draws). The view calls this for the rows
        ahead of the scroll while it is idle."""
        width = self.row_width or option.rect.width()
        key = (message.row_id * 2 + int(day_break), width)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > HEIGHTS_KEPT:
                self._heights.clear()
            height = self._heights[key] = self._layout_of(option, message, day_break, width).height
            self._typical = (self._typical * 15 + height) // 16
        return height

    def new_on_appeal_rect(self, option: QStyleOptionViewItem, index: _Index) -> QRect | None:
        """Where the row's "New on appeal" chip is, in view coordinates (None: not sent on appeal)."""
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, MessageRow) or not index.data(NEW_ON_APPEAL_ROLE):
            return None
        lay = self._layout_of(option, message, bool(index.data(DAY_BREAK_ROLE)), option.rect.width())
        fonts = self._fonts_of(option)
        box = self._header_parts(lay, message, self._when(index.data(LOCAL_TIME_ROLE)), fonts, True)[1]
        return None if box is None else QRect(*box).translated(option.rect.topLeft())

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        """Over the "New on appeal" chip, its own tooltip (when the appeal was filed); elsewhere the row's."""
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            chip = self.new_on_appeal_rect(option, index)
            if chip is not None and chip.contains(event.pos()):
                QToolTip.showText(event.globalPos(), plain_tooltip(index.data(NEW_ON_APPEAL_ROLE)), view)
                return True
        return super().helpEvent(event, view, option, index)

    def attachment_at(self, option: QStyleOptionViewItem, index: _Index, x: int, y: int) -> str | None:
        """The evidence ID of the attachment link at view position (x, y), if any."""
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, MessageRow) or not message.attachments:
            return None
        lay = self._layout_of(option, message, bool(index.data(DAY_BREAK_ROLE)), option.rect.width())
        for rect, evidence_id in zip(lay.attachments, message.attachments, strict=True):
            if rect.translated(option.rect.topLeft()).contains(x, y):
                return evidence_id
        return None

    # ---- painting ----

    def _colors_of(self, palette: QPalette) -> Colors:
        if self._colors is None or self._colors.key != palette.cacheKey():
            self._colors = Colors.of(palette)
        return self._colors

    def _static(self, text: str, font: QFont) -> QStaticText:
        """``text`` as a ``QStaticText`` laid out for ``font`` (kept per string: shaped once)."""
        key = (text, id(font))  # one of the fonts of self._fonts; the labels go with them
        static = self._labels.get(key)
        if static is None:
            if len(self._labels) >= LABELS_KEPT:
                self._labels.clear()
            static = self._labels[key] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
        return static

    @staticmethod
    def _draw(painter: QPainter, box: Box, align: int, static: QStaticText, font: QFont) -> None:
        """Draws one line in ``box`` (``align``: _LEFT, _RIGHT or _CENTER), vertically centred and
        clipped to the box, as ``QPainter.drawText`` does."""
        x, y, width, height = box
        painter.setFont(font)
        size = static.size()
        free = width - size.width()
        top = y + (height - size.height()) / 2
        if free < 0:
            painter.save()
            painter.setClipRect(QRect(*box), Qt.ClipOperation.IntersectClip)
            painter.drawStaticText(QPointF(x, top), static)
            painter.restore()
        else:
            painter.drawStaticText(QPointF(x + (free if align == _RIGHT else free / 2 if align else 0), top), static)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, MessageRow):
            self._paint_placeholder(painter, option.rect, option.palette)
            return
        day_break = bool(index.data(DAY_BREAK_ROLE))
        lay = self._layout_of(option, message, day_break, option.rect.width())
        fonts, colors = self._fonts_of(option), self._colors_of(option.palette)
        moment = index.data(LOCAL_TIME_ROLE)
        r = option.rect
        painter.save()
        painter.translate(r.topLeft())
        if day_break:
            self._paint_day(painter, long_day(moment.date()), r.width(), fonts.small, colors)
        card = QRect(2, lay.day_band + 1, r.width() - 4, lay.height - lay.day_band - 2)
        if message.row_id == self.hit_row_id:
            painter.fillRect(card, _HIT)
        else:
            painter.fillRect(card, colors.selected if option.state & _SELECTED else colors.base)
        accent = _ACCENTS.get(message.sender_role, _ACCENTS["system"])[0]
        painter.fillRect(QRect(card.left(), card.top(), 3, card.height()), accent)
        painter.setPen(colors.mid)
        painter.drawLine(card.left(), card.bottom(), card.right(), card.bottom())
        new = bool(index.data(NEW_ON_APPEAL_ROLE))
        self._paint_header(painter, lay, message, self._when(moment), fonts, colors, new)
        x, y, column, height = lay.original_box
        if lay.translated is not None and lay.translation_box is not None:
            painter.setPen(colors.muted)
            machine = translate("TimelineDelegate", "Machine translation ({language})")
            for left, caption in (
                (x, translate("TimelineDelegate", "Original ({language})").format(language=message.language)),
                (lay.translation_box[0], machine.format(language=lay.translation_tag)),
            ):  # at the top of a box the text's height above the paragraph
                above = (left, y - lay.captions, column, lay.captions - 2)
                self._draw(painter, above, _LEFT, self._static(caption, fonts.small), fonts.small)
            painter.setFont(fonts.body)
            draw_paragraph(painter, lay.translated, lay.translation_box)
            line_x = lay.translation_box[0] - GAP // 2
            painter.setPen(colors.midlight)
            painter.drawLine(line_x, y - lay.captions, line_x, y + height)
        painter.setFont(fonts.body)
        painter.setPen(colors.text)
        draw_paragraph(painter, lay.text, lay.original_box)
        for rect, evidence_id in zip(lay.attachments, message.attachments, strict=True):
            painter.fillRect(rect, colors.link_chip)
            painter.setPen(colors.link)
            label = self._static(self._attachment_text(evidence_id), fonts.small)
            self._draw(painter, (rect.x() + 6, rect.y(), rect.width() - 6, rect.height()), _LEFT, label, fonts.small)
        painter.restore()

    def _paint_placeholder(self, painter: QPainter, r: QRect, palette: QPalette) -> None:
        """Two light bars where the sender line and the text will be."""
        shade = self._colors_of(palette).placeholder
        inner = r.width() - 2 * PAD - 4
        line = min(12, max(r.height() // 4, 2))
        painter.fillRect(QRect(r.left() + PAD + 4, r.top() + PAD, inner // 4, line), shade)
        painter.fillRect(QRect(r.left() + PAD + 4, r.top() + PAD + line + 8, inner * 2 // 3, line), shade)

    def _paint_day(self, painter: QPainter, text: str, width: int, small: QFont, colors: Colors) -> None:
        label = self._static(text, small)
        tw = math.ceil(label.size().width()) + 20
        mid = DAY_BAND // 2
        painter.setPen(colors.mid)
        painter.drawLine(PAD, mid, (width - tw) // 2, mid)
        painter.drawLine((width + tw) // 2, mid, width - PAD, mid)
        painter.setPen(colors.muted)
        self._draw(painter, (0, 0, width, DAY_BAND), _CENTER, label, small)

    @staticmethod
    def _when(moment: object) -> str:
        """The local time of the header, ``"09:05"``."""
        return f"{moment.hour:02d}:{moment.minute:02d}" if isinstance(moment, datetime) else ""

    def _header_parts(
        self, lay: RowLayout, message: MessageRow, when: str, fonts: Fonts, new: bool
    ) -> tuple[Box, Box | None, Box]:
        """Where the role chip, the "New on appeal" chip (None: none) and the channel go in the header
        (the chip never runs into the time at the right)."""
        x, y, width, height = lay.header_box
        name = self._static(lay.name, fonts.bold)
        role = self._static(role_label(message.sender_role), fonts.small)
        role_box = (x + math.ceil(name.size().width()) + 8, y + 1, math.ceil(role.size().width()) + 10, height - 2)
        left = role_box[0] + role_box[2] + 9
        right = x + width - 1 - math.ceil(self._static(when, fonts.small).size().width()) - 12
        new_box = None
        if new:
            label = self._static(translate("TimelineDelegate", "New on appeal"), fonts.small)
            new_box = (left - 3, y + 1, max(min(math.ceil(label.size().width()) + 18, right - left + 3), 0), height - 2)
            left = new_box[0] + new_box[2] + 9
        return role_box, new_box, (left, y, right - left, height)

    def _paint_header(
        self,
        painter: QPainter,
        lay: RowLayout,
        message: MessageRow,
        when: str,
        fonts: Fonts,
        colors: Colors,
        new: bool = False,
    ) -> None:
        """Sender name, a chip with the role, "New on appeal" when ``new``, the channel, and the local
        time at the right."""
        box = lay.header_box
        painter.setPen(colors.text)
        self._draw(painter, box, _LEFT, self._static(lay.name, fonts.bold), fonts.bold)
        role_box, new_box, span = self._header_parts(lay, message, when, fonts, new)
        accent, chip = _ACCENTS.get(message.sender_role, _ACCENTS["system"])
        painter.fillRect(QRect(*role_box), chip)
        painter.setPen(accent)
        self._draw(painter, role_box, _CENTER, self._static(role_label(message.sender_role), fonts.small), fonts.small)
        if new_box is not None:
            self._paint_new_on_appeal(painter, new_box, fonts.small)
        painter.setPen(colors.muted)
        self._draw(painter, box, _RIGHT, self._static(when, fonts.small), fonts.small)
        self._draw(painter, span, _LEFT, self._static(channel_label(message.channel), fonts.small), fonts.small)

    def _paint_new_on_appeal(self, painter: QPainter, box: Box, small: QFont) -> None:
        """A rounded, bordered chip (unlike the square role chip) saying "New on appeal"."""
        if box[2] <= 0:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_NEW_BORDER, 1))
        painter.setBrush(_NEW_FILL)
        outline = QRectF(box[0] + 0.5, box[1] + 0.5, box[2] - 1, box[3] - 1)
        painter.drawRoundedRect(outline, outline.height() / 2, outline.height() / 2)
        painter.setPen(_NEW_INK)
        self._draw(painter, box, _CENTER, self._static(translate("TimelineDelegate", "New on appeal"), small), small)
        painter.restore()
