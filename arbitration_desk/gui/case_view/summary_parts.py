"""Pieces of the case summary: party cards with their 12-month statistics, and event timelines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from arbitration_desk.domain.abuse_signals import CAVEAT, AbuseSignal
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, say, translate
from arbitration_desk.gui.common.plaintext import make_plain

STAT_LABELS = (
    ("disputes_opened", QT_TRANSLATE_NOOP("PartyCard", "Disputes opened")),
    ("disputes_against", QT_TRANSLATE_NOOP("PartyCard", "Disputes against")),
    ("rulings_won", QT_TRANSLATE_NOOP("PartyCard", "Rulings won")),
    ("rulings_lost", QT_TRANSLATE_NOOP("PartyCard", "Rulings lost")),
    ("late_responses", QT_TRANSLATE_NOOP("PartyCard", "Missed deadlines")),
)
WARNING_STYLE = "QLabel { background: #fff4e0; color: #7a4500; border-radius: 4px; padding: 4px 6px; }"
_HOT_STYLE = "QLabel { color: #b3261e; font-weight: 700; }"


def heading(text: str, parent: QWidget) -> QLabel:
    """A section heading (our own text)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def value_label(text: str, parent: QWidget, name: str) -> QLabel:
    """A plain-text, selectable, word-wrapped label for (already formatted) platform data."""
    label = QLabel(parent)
    make_plain(label)
    label.setText(text)
    label.setAccessibleName(name)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def caption(text: str, parent: QWidget) -> QLabel:
    """A muted caption of a field (our own text)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class PartyCard(QFrame):
    """One party: name, country, language, member since, its statistics, and its signal of abuse.

    Args:
        party: the party's object from the case (untrusted).
        signal: the desk's signal about this party (``domain.abuse_signals``), if any: the
            statistics it rests on stand out, and a highlighted line beside them gives its reasons.
        parent: the owning widget.
    """

    def __init__(self, party: Any, signal: AbuseSignal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        role = str(fmt.field(party, "role") or "")
        role_name = fmt.humanize(role)
        in_sentence = role_name.lower()  # "buyer", as in the contract
        self.setAccessibleName(translate("PartyCard", "{role} party").format(role=role_name))
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        name = fmt.untrusted(fmt.field(party, "display_name"), 200)
        title = heading(f"{role_name}  ·  {name}", self)
        title.setAccessibleName(translate("PartyCard", "{role} name").format(role=role_name))
        title.setWordWrap(True)
        layout.addWidget(title)
        facts = translate("PartyCard", "Country {country}  ·  Language {language}  ·  Member since {since}").format(
            country=fmt.untrusted(fmt.field(party, "country"), 10),
            language=fmt.untrusted(fmt.field(party, "language"), 40),
            since=fmt.day(fmt.field(party, "member_since")),
        )
        layout.addWidget(value_label(facts, self, translate("PartyCard", "{role} details").format(role=role_name)))
        stats = fmt.field(party, "stats_12m")
        self.signal = signal
        hot = signal.statistics if signal is not None else frozenset()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.addWidget(caption(translate("PartyCard", "Last 12 months"), self), 0, 0, 1, 2)
        for row, (key, source) in enumerate(STAT_LABELS, start=1):
            label = translate("PartyCard", source)
            grid.addWidget(caption(label, self), row, 0)
            value = fmt.field(stats, key)
            number = value_label(str(value) if isinstance(value, int) else "—", self, f"{label} ({in_sentence})")
            number.setWordWrap(False)
            if key in hot:
                number.setStyleSheet(_HOT_STYLE)
            grid.addWidget(number, row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.warning: QLabel | None = None
        if signal is not None:
            self.warning = value_label(
                warning_text(signal), self, translate("PartyCard", "Signal about the {role}").format(role=in_sentence)
            )
            self.warning.setStyleSheet(WARNING_STYLE)
            layout.addWidget(self.warning)
        layout.addStretch(1)


def warning_text(signal: AbuseSignal) -> str:
    """``⚠ Possible stalling — <reasons>.`` and the caveat below, in the desk's language.

    The signal, its reasons with their numbers and the caveat are the domain's phrases
    (``AbuseSignal.headline``, ``abuse_signals.CAVEAT``), shown as it words them.
    """
    return f"⚠ {say(signal.headline)}\n{say(CAVEAT)}"


class _Rail(QWidget):
    """The dot and line left of a timeline entry."""

    def __init__(self, color: QColor, first: bool, last: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color, self._first, self._last = color, first, last
        self.setFixedWidth(22)

    def sizeHint(self) -> QSize:
        return QSize(22, 20)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, dot_y = self.width() / 2, 10.0
        painter.setPen(QPen(QColor("#b0b7c3"), 2))
        if not self._first:
            painter.drawLine(QPointF(x, 0), QPointF(x, dot_y))
        if not self._last:
            painter.drawLine(QPointF(x, dot_y), QPointF(x, self.height()))
        painter.setPen(QPen(self._color.darker(130), 1))
        painter.setBrush(self._color)
        painter.drawEllipse(QPointF(x, dot_y), 5, 5)
        painter.end()


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One entry of an :class:`EventTimeline` (texts already formatted, untrusted parts made plain)."""

    when: str
    title: str
    detail: str = ""
    color: str = "#5c6bc0"


class EventTimeline(QWidget):
    """A vertical timeline: a rail of dots, the moment, a title and an optional detail line."""

    def __init__(self, entries: Sequence[TimelineEntry], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        time_name = translate("EventTimeline", "{timeline} entry {number} time")
        entry_name = translate("EventTimeline", "{timeline} entry {number}")
        for index, entry in enumerate(entries):
            rail = _Rail(QColor(entry.color), index == 0, index == len(entries) - 1, self)
            grid.addWidget(rail, index, 0)
            when = value_label(entry.when, self, time_name.format(timeline=name, number=index + 1))
            when.setWordWrap(False)
            when.setStyleSheet("QLabel { color: palette(placeholder-text); padding-bottom: 8px; }")
            when.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(when, index, 1)
            text = entry.title if not entry.detail else f"{entry.title}\n{entry.detail}"
            body = value_label(text, self, entry_name.format(timeline=name, number=index + 1))
            body.setStyleSheet("QLabel { padding-bottom: 8px; }")
            body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(body, index, 2)
        grid.setColumnStretch(2, 1)
