"""The failures of the last sync, one per line with its request ID, copyable for support.

Each item names its case by reference (``ARB-…``) where the store knew it when the sync ended
(:func:`arbitration_desk.sync.report.name_cases`); the internal case ID is in the item's tooltip.
Everything shown is untrusted: one line per cell, control characters escaped, tooltips literal. An
item and its reason are phrases from the sync (shown, and copied, in the desk's language with
``say()``); the platform's own words inside them stay as they came.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arbitration_desk.domain.text import escape_controls
from arbitration_desk.gui.common.case_format import untrusted
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, say, translate
from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.sync.report import ItemFailure

Index = QModelIndex | QPersistentModelIndex
#: The column titles (English; shown through ``translate("FailureListModel", ...)``).
HEADERS = (
    QT_TRANSLATE_NOOP("FailureListModel", "Item"),
    QT_TRANSLATE_NOOP("FailureListModel", "Reason"),
    QT_TRANSLATE_NOOP("FailureListModel", "Request ID"),
)


def _cell(text: str, limit: int) -> str:
    """Untrusted text for one table cell: bounded, bidi controls visible, other controls escaped."""
    return escape_controls(untrusted(text, limit))


def _item_tip(failure: ItemFailure) -> str:
    what = say(failure.what)
    if failure.case_reference and failure.case_id:
        case = translate("SyncErrorsDialog", "Case ID: {case_id}").format(case_id=failure.case_id)
        return f"{what}\n{case}"
    return what


def failure_line(failure: ItemFailure) -> str:
    """One failure as copied: item, reason and request ID, tab-separated, as the dialog shows them."""
    return "\t".join((say(failure.what), say(failure.reason), failure.request_id or ""))


class FailureListModel(QAbstractTableModel):
    """One row per :class:`ItemFailure`: item, reason, request ID.

    Args:
        failures: the failures to show.
        parent: the owning QObject.
    """

    def __init__(self, failures: list[ItemFailure] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []
        self._tips: list[tuple[str, str, str]] = []
        self._failures: list[ItemFailure] = []
        self.set_failures(failures or [])

    def set_failures(self, failures: list[ItemFailure]) -> None:
        self.beginResetModel()
        self._failures = list(failures)
        self._rows = [
            (
                _cell(say(f.what), 300),
                _cell(say(f.reason), 2000),
                escape_controls(f.request_id) if f.request_id else "—",
            )
            for f in failures
        ]
        self._tips = [
            (plain_tooltip(_item_tip(f)), plain_tooltip(say(f.reason)), plain_tooltip(f.request_id or ""))
            for f in failures
        ]
        self.endResetModel()

    def failures(self) -> list[ItemFailure]:
        return list(self._failures)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return translate("FailureListModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()][index.column()] or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SyncErrorsDialog(QDialog):
    """Lists the items that failed in the last sync (the rest of the sync went on).

    Args:
        failures: the failures of the last sync.
        parent: the owning window.
    """

    def __init__(self, failures: list[ItemFailure], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SyncErrorsDialog", "Sync errors"))
        self.resize(820, 360)
        self.model = FailureListModel(failures, self)
        intro = QLabel(
            translate(
                "SyncErrorsDialog",
                "These items failed alone; everything else was synced. They are tried again at the next sync. "
                "Quote the request ID when you contact platform support.",
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setAccessibleName(translate("SyncErrorsDialog", "Explanation"))
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("SyncErrorsDialog", "Sync errors"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("SyncErrorsDialog", "Copy all"), self)
        self.copy_button.setAccessibleName(translate("SyncErrorsDialog", "Copy all errors"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(translate("SyncErrorsDialog", "Close"))
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_all)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def set_failures(self, failures: list[ItemFailure]) -> None:
        self.model.set_failures(failures)

    def text(self, rows: list[int] | None = None) -> str:
        failures = self.model.failures()
        chosen = failures if rows is None else [failures[r] for r in rows]
        return "\n".join(failure_line(f) for f in chosen)

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def copy_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText(self.text(rows or None))
