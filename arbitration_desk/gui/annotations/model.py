"""A case's annotations and private notes as a list model, and the delegate painting them as cards."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import WRAP, plain_tooltip, visible_controls, wrappable
from arbitration_desk.gui.timeline.model import local_zone
from arbitration_desk.store.records import AnnotationRow

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 8
_Index = QModelIndex | QPersistentModelIndex


def _when(stamp: str, zone: tzinfo) -> datetime | None:
    try:
        return parse_timestamp(stamp).astimezone(zone)
    except ValueError:
        return None


class AnnotationsModel(QAbstractListModel):
    """The annotations of one case, oldest first; a few dozen rows, so held in memory.

    Args:
        zone: display time zone (default: the operating system's).
        parent: owner.
    """

    def __init__(self, zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone or local_zone()
        self.rows: list[AnnotationRow] = []
        self.evidence_titles: dict[str, str] = {}

    def set_rows(self, rows: list[AnnotationRow], evidence_titles: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.evidence_titles = dict(evidence_titles or {})
        self.endResetModel()

    def target_text(self, row: AnnotationRow) -> str:
        """Where the annotation points, e.g. "On evidence: Photo of the parcel (region)"."""
        kind, target_id = row.target.get("type"), str(row.target.get("id", ""))
        if kind == "case":
            return translate("AnnotationsModel", "On the case")
        if kind == "evidence":
            title = visible_controls(self.evidence_titles.get(target_id, target_id))
            if row.target.get("region"):
                return translate("AnnotationsModel", "On evidence: {title} (marked region)").format(title=title)
            return translate("AnnotationsModel", "On evidence: {title}").format(title=title)
        if kind == "message":
            return translate("AnnotationsModel", "On a chat line")
        return translate("AnnotationsModel", "On {target}").format(target=visible_controls(str(kind)))

    def meta_text(self, row: AnnotationRow) -> str:
        if row.own:
            author = translate("AnnotationsModel", "You")
        elif name := row.author_name or row.author_id:
            author = visible_controls(name)
        else:
            author = translate("AnnotationsModel", "Unknown member")
        moment = _when(row.created_at, self.zone)
        when = fmt.moment(moment, self.zone) if moment else visible_controls(row.created_at)
        if row.updated_at != row.created_at:
            return translate("AnnotationsModel", "{author} · {when} (edited)").format(author=author, when=when)
        return translate("AnnotationsModel", "{author} · {when}").format(author=author, when=when)

    def state_text(self, row: AnnotationRow) -> str:
        if row.private:
            return translate("AnnotationsModel", "Private note — never sent")
        if row.remote_deleted:
            return translate("AnnotationsModel", "Deleted on the platform")
        if row.pending:
            return translate("AnnotationsModel", "Not yet sent")
        return translate("AnnotationsModel", "Shared with the panel")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ANNOTATION_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return visible_controls(row.body)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return translate("AnnotationsModel", "{state}. {meta}. {target}: {body}").format(
                state=self.state_text(row),
                meta=self.meta_text(row),
                target=self.target_text(row),
                body=visible_controls(row.body),
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            try:
                utc = parse_timestamp(row.created_at).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            except ValueError:
                utc = row.created_at
            return plain_tooltip(translate("AnnotationsModel", "Written {when}").format(when=utc))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class AnnotationDelegate(QStyledItemDelegate):
    """Paints an annotation as a card: state, author and time, target, quote, body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_width = 0

    def _parts(self, option: QStyleOptionViewItem, index: _Index) -> tuple[AnnotationRow, str, QFont, QFont, int]:
        row = index.data(ANNOTATION_ROLE)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.88, 6.0))
        quote = row.target.get("quote") if isinstance(row.target.get("quote"), str) else ""
        width = max((self.row_width or option.rect.width()) - 2 * PAD - 10, 80)
        return row, quote, option.font, small, width

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        if not isinstance(index.data(ANNOTATION_ROLE), AnnotationRow):
            return QSize(100, 20)
        row, quote, body, small, width = self._parts(option, index)
        fm, sm = QFontMetrics(body), QFontMetrics(small)
        h = PAD + 2 * (sm.height() + 2)
        if quote:
            h += sm.boundingRect(QRect(0, 0, width - 10, 100_000), WRAP, "“" + wrappable(quote) + "”").height() + 4
        h += fm.boundingRect(QRect(0, 0, width, 100_000), WRAP, wrappable(row.body)).height() + 2 * PAD
        return QSize(self.row_width or option.rect.width(), h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if not isinstance(index.data(ANNOTATION_ROLE), AnnotationRow):
            return
        row, quote, body, small, width = self._parts(option, index)
        model = index.model()
        assert isinstance(model, AnnotationsModel)
        pal = option.palette
        r = option.rect.adjusted(3, 3, -3, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if row.private:
            fill, edge = QColor("#f3f0ff"), QColor("#7c3aed")
        elif row.pending:
            fill, edge = QColor("#fff7e6"), QColor("#d97706")
        else:
            fill, edge = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Mid)
        if option.state & QStyle.StateFlag.State_Selected:
            edge = pal.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(edge, 2 if option.state & QStyle.StateFlag.State_Selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(r), 5, 5)
        sm = QFontMetrics(small)
        x, y = r.left() + PAD, r.top() + PAD - 2
        painter.setFont(small)
        if row.private:
            self._lock(painter, x, y + 2, sm.height() - 4, edge)
            x += sm.height()
        state = model.state_text(row)
        painter.setPen(edge if (row.private or row.pending) else pal.color(QPalette.ColorRole.PlaceholderText))
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRect(x, y, width, sm.height()), Qt.AlignmentFlag.AlignLeft, state)
        x += QFontMetrics(bold).horizontalAdvance(state) + 10
        painter.setFont(small)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        meta = sm.elidedText(model.meta_text(row), Qt.TextElideMode.ElideRight, r.right() - PAD - x)
        painter.drawText(QRect(x, y, r.right() - PAD - x, sm.height()), Qt.AlignmentFlag.AlignLeft, meta)
        y += sm.height() + 2
        painter.setPen(pal.color(QPalette.ColorRole.Link))
        target = sm.elidedText(model.target_text(row), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(r.left() + PAD, y, width, sm.height()), Qt.AlignmentFlag.AlignLeft, target)
        y += sm.height() + 2
        if quote:
            text = "“" + wrappable(quote) + "”"
            qh = sm.boundingRect(QRect(0, 0, width - 10, 100_000), WRAP, text).height()
            painter.fillRect(QRect(r.left() + PAD, y + 2, 3, qh), pal.color(QPalette.ColorRole.Mid))
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(r.left() + PAD + 10, y + 2, width - 10, qh), WRAP, text)
            y += qh + 4
        painter.setFont(body)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(QRect(r.left() + PAD, y + 4, width, r.bottom() - y), WRAP, wrappable(row.body))
        painter.restore()

    @staticmethod
    def _lock(painter: QPainter, x: int, y: int, size: int, color: QColor) -> None:
        """A small padlock: the mark of a private note."""
        painter.setPen(QPen(color, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(x + size * 0.2, y, size * 0.6, size * 0.8), 0, 180 * 16)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(x, y + size * 0.42, size, size * 0.6), 1.5, 1.5)
