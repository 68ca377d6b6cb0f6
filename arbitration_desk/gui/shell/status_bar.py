"""The status bar: connection, sync progress with cancel, search indexing, last sync, outbox, errors."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.case_format import moment, size
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import visible_controls
from arbitration_desk.gui.common.tooltips import ElidedLabel
from arbitration_desk.gui.sync.controller import SyncOutcome
from arbitration_desk.sync.report import Progress

#: A store error can quote SQL and its parameters: the status bar shows the start of its first line.
ERROR_CHARS = 120

PHASES = {
    "listing": QT_TRANSLATE_NOOP("SyncStatusBar", "Listing changed cases"),
    "outbox": QT_TRANSLATE_NOOP("SyncStatusBar", "Sending your changes"),
    "cases": QT_TRANSLATE_NOOP("SyncStatusBar", "Syncing cases"),
    "evidence": QT_TRANSLATE_NOOP("SyncStatusBar", "Downloading evidence"),
    "done": QT_TRANSLATE_NOOP("SyncStatusBar", "Finishing"),
}


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    return label


def _elided(name: str, parent: QWidget) -> ElidedLabel:
    """A label for text of any length (errors quoting paths, warnings): one line, the rest in a tooltip."""
    label = ElidedLabel(parent)
    label.setAccessibleName(name)
    return label


def progress_text(progress: Progress) -> str:
    """``"Syncing cases 12/40 · 3.1 MB of 43.2 MB"``."""
    known = PHASES.get(progress.phase)
    phase = translate("SyncStatusBar", known) if known is not None else progress.phase
    counted = bool(progress.total)
    if counted and progress.bytes_total:
        template = translate("SyncStatusBar", "{phase} {done}/{total} · {size_done} of {size_total}")
    elif progress.bytes_total:
        template = translate("SyncStatusBar", "{phase} · {size_done} of {size_total}")
    elif counted:
        template = translate("SyncStatusBar", "{phase} {done}/{total}")
    else:
        return phase
    return template.format(
        phase=phase,
        done=progress.done,
        total=progress.total,
        size_done=size(progress.bytes_done),
        size_total=size(progress.bytes_total),
    )


class SyncStatusBar(QStatusBar):
    """Shows what the sync does and did, and what waits to be sent.

    Signals:
        cancel_requested(): the member pressed Cancel.
        errors_requested(): the member wants to see the failures of the last sync.
    """

    cancel_requested = Signal()
    errors_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.connection_icon = QLabel(self)
        self.connection_icon.setAccessibleName(translate("SyncStatusBar", "Connection state icon"))
        self.connection = _label(translate("SyncStatusBar", "Connection state"), self)
        self.activity = _elided(translate("SyncStatusBar", "Sync activity"), self)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(translate("SyncStatusBar", "Sync progress"))
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(self)
        self.cancel.setText(translate("SyncStatusBar", "Cancel"))
        self.cancel.setIcon(icons.icon("cancel"))
        self.cancel.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel.setAutoRaise(True)
        self.cancel.setAccessibleName(translate("SyncStatusBar", "Cancel sync"))
        self.cancel.clicked.connect(self.cancel_requested)
        self.errors = QToolButton(self)
        self.errors.setIcon(icons.icon("errors"))
        self.errors.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.errors.setAutoRaise(True)
        self.errors.setAccessibleName(translate("SyncStatusBar", "Show sync errors"))
        self.errors.clicked.connect(self.errors_requested)
        self.indexing = _label(translate("SyncStatusBar", "Search indexing"), self)
        self.outbox = _label(translate("SyncStatusBar", "Unsent changes"), self)
        self.last_sync = _label(translate("SyncStatusBar", "Last sync"), self)
        self.addWidget(self.connection_icon)
        self.addWidget(self.connection)
        self.addWidget(self.activity, 1)
        self.addWidget(self.bar)
        self.addWidget(self.cancel)
        self.addPermanentWidget(self.indexing)
        self.addPermanentWidget(self.errors)
        self.addPermanentWidget(self.outbox)
        self.addPermanentWidget(self.last_sync)
        self.set_offline(False, signed_in=False)
        self.set_outbox_count(0)
        self.set_error_count(0)
        self.hide_indexing()
        self._idle()
        self.last_sync.setText(translate("SyncStatusBar", "Never synced"))

    def set_offline(self, offline: bool, *, signed_in: bool = True) -> None:
        if not signed_in:
            name, text = "offline", translate("SyncStatusBar", "Not signed in")
        elif offline:
            name, text = "offline", translate("SyncStatusBar", "Offline — working from local data")
        else:
            name, text = "online", translate("SyncStatusBar", "Online")
        self.connection_icon.setPixmap(icons.icon(name).pixmap(12, 12))
        self.connection.setText(text)

    def show_started(self) -> None:
        self.activity.setText(translate("SyncStatusBar", "Starting sync…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel.show()
        self.cancel.setEnabled(True)

    def show_progress(self, progress: Progress) -> None:
        self.activity.setText(progress_text(progress))
        if progress.bytes_total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(1.0, progress.bytes_done / progress.bytes_total)))
        elif progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))
        else:
            self.bar.setRange(0, 0)

    def show_cancelling(self) -> None:
        self.activity.setText(translate("SyncStatusBar", "Cancelling…"))
        self.cancel.setEnabled(False)

    def show_finished(self, outcome: SyncOutcome, last_success: datetime | None) -> None:
        self._idle()
        report = outcome.report
        if outcome.error:
            self.activity.setText(outcome.error)
        elif report is not None and report.cancelled:
            self.activity.setText(translate("SyncStatusBar", "Sync cancelled"))
        elif report is not None:
            self.activity.setText(
                translate("SyncStatusBar", "Up to date · {cases}, {messages}").format(
                    cases=translate("SyncStatusBar", "%n case(s) updated", n=report.cases_synced),
                    messages=translate("SyncStatusBar", "%n new message(s)", n=report.messages_added),
                )
            )
        if last_success is not None:
            local = last_success.astimezone()
            self.last_sync.setText(translate("SyncStatusBar", "Last sync {time}").format(time=local.strftime("%H:%M")))
            self.last_sync.setToolTip(
                translate("SyncStatusBar", "Last successful sync: {when}").format(when=moment(local, seconds=True))
            )
        self.set_error_count(len(report.failures) if report is not None else 0)

    def set_outbox_count(self, count: int) -> None:
        self.outbox.setText(
            translate("SyncStatusBar", "%n unsent", n=count) if count else translate("SyncStatusBar", "Nothing to send")
        )
        self.outbox.setToolTip(
            translate("SyncStatusBar", "Your changes waiting to be delivered at the next sync") if count else ""
        )

    def set_error_count(self, count: int) -> None:
        self.errors.setText(translate("SyncStatusBar", "%n sync error(s)", n=count))
        self.errors.setVisible(count > 0)

    def show_indexing(self, done: int, total: int) -> None:
        """Messages made searchable so far (beside the sync's own progress, which it leaves alone)."""
        self.indexing.setText(
            translate("SyncStatusBar", "Indexing messages for search: {done} of {total}").format(
                done=f"{done:,}", total=f"{total:,}"
            )
        )
        self.indexing.setToolTip(
            translate("SyncStatusBar", "Until indexing ends, a search may miss the messages not yet indexed")
        )
        self.indexing.show()

    def show_indexing_failed(self, error: str) -> None:
        first_line = error.splitlines()[0] if error else translate("SyncStatusBar", "unknown error")
        if len(first_line) > ERROR_CHARS:
            first_line = first_line[: ERROR_CHARS - 1] + "…"
        shown = translate("SyncStatusBar", "Search index not up to date: {error}")
        self.indexing.setText(shown.format(error=visible_controls(first_line)))
        self.indexing.setToolTip(translate("SyncStatusBar", "Indexing is tried again after the next sync"))
        self.indexing.show()

    def hide_indexing(self) -> None:
        self.indexing.hide()
        self.indexing.clear()
        self.indexing.setToolTip("")

    def _idle(self) -> None:
        self.bar.hide()
        self.cancel.hide()
