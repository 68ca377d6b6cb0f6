"""The decision records of an export folder as a table (a thin model over the manifest's records)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import plain_tooltip, visible_controls
from arbitration_desk.rulings.records import DecisionRecord

COLUMNS = (
    QT_TRANSLATE_NOOP("RecordsModel", "Case"),
    QT_TRANSLATE_NOOP("RecordsModel", "Outcome"),
    QT_TRANSLATE_NOOP("RecordsModel", "Award"),
    QT_TRANSLATE_NOOP("RecordsModel", "Decided at"),
    QT_TRANSLATE_NOOP("RecordsModel", "Appeal"),
    QT_TRANSLATE_NOOP("RecordsModel", "Chair"),
    QT_TRANSLATE_NOOP("RecordsModel", "SHA-256"),
    QT_TRANSLATE_NOOP("RecordsModel", "Verdict"),
)
#: The verdicts of the manifest (``rulings.records.VALID``/``FAILED``; an unknown one: as received).
VERDICTS = {
    "valid": QT_TRANSLATE_NOOP("RecordsModel", "valid"),
    "failed": QT_TRANSLATE_NOOP("RecordsModel", "failed"),
}


def appeal_text(record: DecisionRecord) -> str:
    """What the record is in its dispute: "Appeal ruling: replaces rl_… (final)", "Superseded on appeal by rl_…"."""
    if record.appeal_of:
        ruling = record.appeal_of
        if record.appeal_effect == "upholds":
            return translate("RecordsModel", "Appeal ruling: upholds {ruling} (final)").format(ruling=ruling)
        if record.appeal_effect == "replaces":
            return translate("RecordsModel", "Appeal ruling: replaces {ruling} (final)").format(ruling=ruling)
        if record.appeal_effect:  # an effect this desk does not know: as received
            return translate("RecordsModel", "Appeal ruling: {effect} {ruling} (final)").format(
                effect=record.appeal_effect, ruling=ruling
            )
        return translate("RecordsModel", "Appeal ruling: decides on {ruling} (final)").format(ruling=ruling)
    if record.appealed_by:
        return translate("RecordsModel", "Decided on appeal by {ruling}: not final").format(ruling=record.appealed_by)
    return ""


def _verdict(verdict: str) -> str:
    if not verdict:
        return translate("RecordsModel", "not checked")
    name = VERDICTS.get(verdict)
    return translate("RecordsModel", name) if name else verdict


FAILED_BRUSH = QBrush(QColor("#fee2e2"))
Index = QModelIndex | QPersistentModelIndex


def _cells(record: DecisionRecord) -> tuple[str, ...]:
    """The displayed texts of one record (untrusted: bidi controls made visible)."""
    values = (
        record.case_reference,
        fmt.outcome_words(record.outcome),
        f"{record.award_amount} {record.award_currency}",
        fmt.moment(record.decided_at),
        appeal_text(record),
        f"{record.signer} ({record.chair_id})" if record.signer else record.chair_id,
        record.sha256,
        _verdict(record.verdict),
    )
    return tuple(visible_controls(value) for value in values)


class RecordsModel(QAbstractTableModel):
    """Rows of :class:`DecisionRecord`, in decision order; failed ones highlighted, problems as tool tips."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[DecisionRecord] = []
        self._cells: list[tuple[str, ...]] = []

    def set_records(self, records: Iterable[DecisionRecord]) -> None:
        self.beginResetModel()
        self._records = sorted(records, key=lambda r: (r.decided_at, r.ruling_id))
        self._cells = [_cells(record) for record in self._records]
        self.endResetModel()

    def record(self, row: int) -> DecisionRecord:
        return self._records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and not record.valid:
            return FAILED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and not record.valid:
            return QBrush(QColor("#7f1d1d"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("; ".join(record.problems)) if record.problems else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return translate("RecordsModel", COLUMNS[section])
        return None
