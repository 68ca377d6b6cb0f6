"""Sync in the background, automatically and on demand: the sync engine runs in the desk's sync
worker process (:class:`SyncProcess`, docs/decisions/0022), followed from a Runner thread.

A :class:`TransportError` means the platform cannot be reached: the desk goes offline calmly and
keeps working from local data; the next automatic attempt comes a minute later. Syncs start at
most every 30 s automatically (the contract's limit), any time on demand.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.platform.errors import CredentialStoreUnavailable, NotSignedIn, SignInRequired, TransportError
from arbitration_desk.store.store import Store
from arbitration_desk.sync.process import SyncOptions, SyncProcess
from arbitration_desk.sync.report import CancelToken, Progress, SyncReport
from arbitration_desk.sync.session import SessionInfo

AUTO_INTERVAL_MS = 5 * 60_000
OFFLINE_RETRY_MS = 60_000
MIN_AUTO_GAP_S = 30.0


@dataclass(frozen=True)
class SyncOutcome:
    """How a sync ended: a report, or why there is none."""

    report: SyncReport | None
    finished_at: datetime
    #: Why there is no report, in the desk's language.
    error: str | None = None
    offline: bool = False
    sign_in_required: bool = False

    @property
    def ok(self) -> bool:
        return self.report is not None and self.report.ok


class _ProgressRelay(QObject):
    """Carries progress from the thread that follows the sync worker to the GUI thread (the worker
    sends it at most ten times a second: :class:`ProgressThrottle`).

    Signals:
        progress(object): a :class:`Progress`.
    """

    progress = Signal(object)

    def __call__(self, progress: Progress) -> None:
        self.progress.emit(progress)


class SyncController(QObject):
    """Starts, cancels and schedules syncs of one store; reports what happens.

    Args:
        store: the member's store.
        runner: follows the sync worker off the GUI thread.
        options: how the worker's platform client behaves (tests shorten its retries).

    Signals:
        started(): a sync began.
        progress(object): a :class:`Progress` of the running sync.
        finished(object): a :class:`SyncOutcome`.
        offline_changed(bool): True when the platform cannot be reached.
        sign_in_required(str): the session ended; the member has to sign in again.
    """

    started = Signal()
    progress = Signal(object)
    finished = Signal(object)
    offline_changed = Signal(bool)
    sign_in_required = Signal(str)

    def __init__(
        self,
        store: Store,
        runner: Runner,
        options: SyncOptions | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self._options = options
        self._session: SessionInfo | None = None
        self._process: SyncProcess | None = None
        self._token: CancelToken | None = None
        self._relay = _ProgressRelay()
        self._relay.progress.connect(self.progress)
        self._timer = QTimer(self)
        self._timer.setObjectName("auto-sync")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._auto)
        self._auto_enabled = False
        self._last_start = -MIN_AUTO_GAP_S
        self.offline = False
        self.last_outcome: SyncOutcome | None = None
        self.last_success: datetime | None = None

    # -- session ---------------------------------------------------------------------------

    @property
    def session(self) -> SessionInfo | None:
        return self._session

    def set_session(self, session: SessionInfo | None) -> None:
        """The signed-in member (None after sign-out); a running sync is cancelled first and the
        previous member's sync worker ends (it keeps no database open: the home can be erased)."""
        self.cancel()
        if self._process is not None:
            self._process.close()
            self._process = None
        self._session = session

    @property
    def worker(self) -> SyncProcess | None:
        """The signed-in member's sync worker (None before the first sync of a session)."""
        return self._process

    @property
    def running(self) -> bool:
        return self._token is not None

    # -- starting and stopping -------------------------------------------------------------

    def sync_now(self) -> bool:
        """Starts a sync unless one is running or nobody is signed in; returns whether it started."""
        if self._token is not None:
            return False
        if self._session is None:
            self.sign_in_required.emit(translate("SyncController", "Sign in to sync your cases."))
            return False
        if self._process is None:
            self._process = SyncProcess(self.store.home, self.store.keys, self._session, self._options)
        self._timer.stop()
        token = CancelToken()
        self._token = token
        self._last_start = time.monotonic()
        process, relay = self._process, self._relay
        self.started.emit()
        self.runner.run(lambda: process.run(token, relay), self._succeeded, self._failed)
        return True

    def cancel(self) -> None:
        """Asks the running sync to stop at its next safe point."""
        if self._token is not None:
            self._token.cancel()

    def set_auto(self, enabled: bool) -> None:
        """Automatic syncs every few minutes (every minute while offline)."""
        self._auto_enabled = enabled
        if enabled and self._token is None:
            self._schedule(AUTO_INTERVAL_MS)
        elif not enabled:
            self._timer.stop()

    def sync_soon(self) -> None:
        """Local work waits to be sent: sync as soon as the 30 s limit allows (when online)."""
        if self._auto_enabled and not self.offline and self._token is None:
            wait_s = max(0.0, MIN_AUTO_GAP_S - (time.monotonic() - self._last_start))
            self._schedule(int(wait_s * 1000) + 500)

    def shutdown(self, wait_ms: int = 10_000) -> None:
        """Stops the timer, cancels a running sync and waits for it (closing the window)."""
        self._auto_enabled = False
        self._timer.stop()
        self.cancel()
        self.runner.wait(wait_ms)
        if self._process is not None:
            self._process.close()
            self._process = None

    def _schedule(self, msecs: int) -> None:
        if not self._timer.isActive() or self._timer.remainingTime() > msecs:
            self._timer.start(msecs)

    def _auto(self) -> None:
        if time.monotonic() - self._last_start < MIN_AUTO_GAP_S:
            self._schedule(int((MIN_AUTO_GAP_S - (time.monotonic() - self._last_start)) * 1000) + 100)
            return
        self.sync_now()

    # -- outcome ---------------------------------------------------------------------------

    def _succeeded(self, report: SyncReport) -> None:
        self._token = None
        self._set_offline(False)
        if not report.cancelled:
            self.last_success = utcnow()
        self._finish(SyncOutcome(report, utcnow()))

    def _failed(self, exc: BaseException) -> None:
        self._token = None
        if isinstance(exc, TransportError):
            self._set_offline(True)
            offline = translate("SyncController", "The platform cannot be reached; working offline.")
            self._finish(SyncOutcome(None, utcnow(), offline, offline=True))
        elif isinstance(exc, SignInRequired | NotSignedIn):
            self._finish(SyncOutcome(None, utcnow(), explain(exc), sign_in_required=True))
            self.sign_in_required.emit(
                translate("SyncController", "Your session has ended. Sign in again to keep syncing.")
            )
        elif isinstance(exc, CredentialStoreUnavailable):
            self._finish(SyncOutcome(None, utcnow(), explain(exc)))
        else:
            stopped = translate("SyncController", "The sync stopped: {error}").format(error=explain(exc))
            self._finish(SyncOutcome(None, utcnow(), stopped))

    def _finish(self, outcome: SyncOutcome) -> None:
        self.last_outcome = outcome
        if self._auto_enabled and not outcome.sign_in_required:
            self._schedule(OFFLINE_RETRY_MS if outcome.offline else AUTO_INTERVAL_MS)
        self.finished.emit(outcome)

    def _set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.offline_changed.emit(offline)
