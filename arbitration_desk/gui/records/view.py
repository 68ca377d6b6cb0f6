"""“Decision records…”: export the platform's rulings into a folder, verified, and list them.

Everyone may open it; legal staff see every ruling (the platform decides what a member may list).
The export runs :class:`DecisionExporter` in the Runner; its progress arrives through a signal and
Cancel sets the exporter's event (records not yet fetched stay for the next run).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.plaintext import plain_label, set_plain_text
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.records.document_window import DocumentWindows, RulingDocument, RulingDocumentWindow
from arbitration_desk.gui.records.model import RecordsModel
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.rulings.records import DecisionRecord, Manifest

if TYPE_CHECKING:  # types only: the exporter loads pyHanko, in the worker that runs it (run_export)
    from arbitration_desk.rulings.export import ExportProgress, ExportReport

ClientFactory = Callable[[], PlatformClient]


@dataclass(frozen=True)
class ExportOutcome:
    report: ExportReport
    records: list[DecisionRecord]
    cancelled: bool


class _ProgressRelay(QObject):
    """Carries the exporter's progress from its threads to the GUI thread.

    Signals:
        progress(object): an :class:`ExportProgress`.
    """

    progress = Signal(object)


def run_export(
    client_factory: ClientFactory, home: Path, folder: Path, relay: _ProgressRelay, cancel: threading.Event
) -> ExportOutcome:
    """One export run with a client of its own (blocking: call it in a worker)."""
    # Here, not at the top: the exporter (archival copies, verification) loads pyHanko, which the
    # desk's start-up does not need (issue 16, start-up).
    from arbitration_desk.rulings.export import DecisionExporter
    from arbitration_desk.rulings.trust import platform_trust_roots

    client = client_factory()
    try:
        roots = platform_trust_roots(client, home)
        exporter = DecisionExporter(client, roots, folder, on_progress=relay.progress.emit, cancel=cancel)
        report = exporter.run()
    finally:
        client.close()
    return ExportOutcome(report, list(Manifest.load(folder).records.values()), cancel.is_set())


class RecordsView(QDialog):
    """The decision records of one folder, and the export that fills it.

    Args:
        home: the member's home (its pinned platform CA).
        runner: runs the export and the manifest reads.
        client_factory: a signed-in platform client (made in the worker, closed after the run).
        parent: the owner window.

    Signals:
        exported(object): an export run ended (:class:`ExportOutcome`).
    """

    exported = Signal(object)

    def __init__(
        self, home: Path, runner: Runner, client_factory: ClientFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.home, self.runner, self._client_factory = home, runner, client_factory
        self.folder: Path | None = None
        self.running = False
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._progress)
        self.setWindowTitle(translate("RecordsView", "Decision records"))
        self.setAccessibleName(translate("RecordsView", "Decision records"))
        self.resize(1100, 600)
        self.folder_label = plain_label(translate("RecordsView", "No output folder chosen."), self)
        self.folder_label.setAccessibleName(translate("RecordsView", "Output folder"))
        self.choose_button = self._button(
            translate("RecordsView", "&Choose folder…"),
            translate("RecordsView", "Choose the output folder"),
            self.choose,
        )
        self.export_button = self._button(
            translate("RecordsView", "&Export new records"),
            translate("RecordsView", "Export new decision records"),
            self.export,
        )
        self.cancel_button = self._button(
            translate("RecordsView", "Cancel"), translate("RecordsView", "Cancel the export"), self.cancel
        )
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(translate("RecordsView", "Export progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = plain_label("", self)
        self.status.setAccessibleName(translate("RecordsView", "Export status"))
        self.model = RecordsModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("RecordsView", "Decision records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.setToolTip(translate("RecordsView", "Double-click a record (or press Enter) to open its signed PDF"))
        self.table.activated.connect(self.open_record)  # Enter, and a click where the platform says so
        self.table.doubleClicked.connect(self.open_record)
        self.windows = DocumentWindows()  # by the file's path
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 100, 110, 170, 120, 260)):
            header.resizeSection(column, width)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose_button)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter in the table opens the record, never a button of the dialog
        button.clicked.connect(slot)
        return button

    # ---- one record ----

    def open_record(self, index: QModelIndex) -> RulingDocumentWindow | None:
        """Opens the record's signed PDF in its own window (or brings its open window forward)."""
        if self.folder is None or not index.isValid():
            return None
        record = self.model.record(index.row())
        if not record.file:
            set_plain_text(
                self.status,
                translate("RecordsView", "This record has no verified file (its export failed): nothing to open."),
            )
            return None
        return self.windows.open(RulingDocument.from_path(self.folder / record.file), self.home, self.runner)

    # ---- the folder ----

    def choose(self) -> None:
        name = QFileDialog.getExistingDirectory(self, translate("RecordsView", "Output folder for decision records"))
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        """Shows the records already in ``folder`` (read in the Runner)."""
        self.folder = folder
        set_plain_text(self.folder_label, str(folder))
        self.export_button.setEnabled(not self.running)
        self.runner.run(
            lambda: list(Manifest.load(folder).records.values()),
            guarded(self, self._show_records),
            guarded(self, self._unreadable),
        )

    def _unreadable(self, exc: BaseException) -> None:
        set_plain_text(
            self.status,
            translate("RecordsView", "The folder's manifest cannot be read: {error}").format(error=explain(exc)),
        )

    def _show_records(self, records: list[DecisionRecord]) -> None:
        self.model.set_records(records)
        failed = sum(1 for r in records if not r.valid)
        text = translate("RecordsView", "%n record(s) in the folder, {failed} failed verification.", n=len(records))
        set_plain_text(self.status, text.format(failed=failed))

    # ---- the export ----

    def export(self) -> None:
        """Exports the new records into the folder (in the Runner)."""
        if self.folder is None or self.running:
            return
        self.running = True
        self._cancel = threading.Event()
        self.export_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        set_plain_text(self.status, translate("RecordsView", "Listing the rulings…"))
        factory, home, folder, relay, cancel = self._client_factory, self.home, self.folder, self._relay, self._cancel
        self.runner.run(
            lambda: run_export(factory, home, folder, relay, cancel),
            guarded(self, self._finished),
            guarded(self, self._failed),
        )

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            set_plain_text(self.status, translate("RecordsView", "Cancelling after the downloads in progress…"))

    def _progress(self, progress: ExportProgress) -> None:
        if not self.running:
            return
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        if not self._cancel.is_set():
            text = translate("RecordsView", "Exporting: {done} of %n record(s)…", n=progress.total)
            set_plain_text(self.status, text.format(done=progress.done))

    def _finished(self, outcome: ExportOutcome) -> None:
        self._idle()
        self._show_records(outcome.records)
        report = outcome.report
        failed = len(report.failed)
        if outcome.cancelled and failed:
            text = translate(
                "RecordsView",
                "Cancelled: {exported} exported, {failed} failed, {unchanged} unchanged"
                " — %n record(s) did NOT verify (highlighted).",
                n=failed,
            )
        elif failed:
            text = translate(
                "RecordsView",
                "Done: {exported} exported, {failed} failed, {unchanged} unchanged"
                " — %n record(s) did NOT verify (highlighted).",
                n=failed,
            )
        elif outcome.cancelled:
            text = translate("RecordsView", "Cancelled: {exported} exported, {failed} failed, {unchanged} unchanged.")
        else:
            text = translate("RecordsView", "Done: {exported} exported, {failed} failed, {unchanged} unchanged.")
        set_plain_text(
            self.status, text.format(exported=len(report.exported), failed=failed, unchanged=report.unchanged)
        )
        self.exported.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        set_plain_text(self.status, translate("RecordsView", "The export failed: {error}").format(error=explain(exc)))

    def _idle(self) -> None:
        self.running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.export_button.setEnabled(self.folder is not None)
        self.choose_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def done(self, result: int) -> None:
        """Closing cancels a running export (the Runner finishes it in the background)."""
        self._cancel.set()
        super().done(result)
