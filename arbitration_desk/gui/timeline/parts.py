"""The parts a timeline row is drawn from: shaped paragraphs, fonts, palette colours, row layouts.

Kept apart from :mod:`arbitration_desk.gui.timeline.delegate`, which decides what goes where.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption

#: x, y, width, height. Plain ints in the layouts kept: no QRect objects for the garbage collector.
Box = tuple[int, int, int, int]


def tinted(color: QColor | str, alpha: int) -> QColor:
    tint = QColor(color)
    tint.setAlpha(alpha)
    return tint


def paragraph(text: str, font: QFont, width: int, direction: Qt.LayoutDirection) -> tuple[QTextLayout, int]:
    """``text`` word-wrapped ``width`` wide and shaped, and its height. Lines are placed as
    ``drawText`` with ``TextWordWrap`` places them (same heights as ``QFontMetrics.boundingRect``)."""
    # As drawText does: a newline breaks the line, a tab or carriage return is a space.
    layout = QTextLayout(text.replace("\r", " ").replace("\t", " ").replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)  # keeps the shaped glyphs for draw()
    leading = QFontMetricsF(font).leading()
    y = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        y = math.ceil(y + leading)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout, math.ceil(y)


def draw_paragraph(painter: QPainter, layout: QTextLayout, box: Box) -> None:
    x, y, width, height = box
    if layout.maximumWidth() > width:  # an unbreakable run wider than the column: clipped
        painter.save()
        painter.setClipRect(QRect(x, y, width, height + 4), Qt.ClipOperation.IntersectClip)
        layout.draw(painter, QPointF(x, y))
        painter.restore()
    else:
        layout.draw(painter, QPointF(x, y))


@dataclass(frozen=True)
class Fonts:
    source: QFont
    body: QFont
    bold: QFont
    small: QFont
    bold_metrics: QFontMetrics
    small_metrics: QFontMetrics

    @classmethod
    def of(cls, font: QFont) -> Fonts:
        bold, small = QFont(font), QFont(font)
        bold.setBold(True)
        small.setPointSizeF(max(font.pointSizeF() * 0.86, 6.0))
        return cls(QFont(font), QFont(font), bold, small, QFontMetrics(bold), QFontMetrics(small))


@dataclass(frozen=True)
class Colors:
    """The palette's colours a row uses, made once per palette."""

    key: int
    text: QColor
    muted: QColor
    mid: QColor
    midlight: QColor
    base: QColor
    selected: QColor
    link: QColor
    link_chip: QColor
    placeholder: QColor

    @classmethod
    def of(cls, palette: QPalette) -> Colors:
        color, role = palette.color, QPalette.ColorRole
        link = color(role.Link)
        text, muted, mid, midlight, base = (
            color(r) for r in (role.Text, role.PlaceholderText, role.Mid, role.Midlight, role.Base)
        )
        selected, link_chip, placeholder = tinted(color(role.Highlight), 45), tinted(link, 25), tinted(mid, 40)
        return cls(palette.cacheKey(), text, muted, mid, midlight, base, selected, link, link_chip, placeholder)


@dataclass(frozen=True, slots=True)
class RowLayout:
    """Where the parts of one message go, relative to the row's top-left corner, and its text.

    Hundreds are kept: boxes are tuples of ints, so a kept row is two or three objects for the
    garbage collector to walk, not a dozen.
    """

    day_band: int
    header_box: Box
    original_box: Box
    translation_box: Box | None
    captions: int
    attachments: Sequence[QRect]
    height: int
    text: QTextLayout
    translated: QTextLayout | None
    translation_tag: str
    name: str  # the sender's name, elided to half the header

    @property
    def header(self) -> QRect:
        return QRect(*self.header_box)

    @property
    def original(self) -> QRect:
        return QRect(*self.original_box)

    @property
    def translation(self) -> QRect | None:
        return None if self.translation_box is None else QRect(*self.translation_box)
