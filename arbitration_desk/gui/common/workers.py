"""The one way to run work off the GUI thread.

A callable goes to a :class:`QThreadPool`; its result or exception comes back to the GUI thread
through a signal. The job never touches a widget. (The same shape as Picard's
``picard/util/thread.py`` and Anki's ``QueryOp``.)
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry the job's outcome back there.

    Signals:
        succeeded(object): the callable's return value.
        failed(object): the exception it raised.
    """

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as exc:  # every failure is reported to the GUI thread
            log.debug("background job failed:\n%s", "".join(traceback.format_exception(exc)))
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Runner(QObject):
    """Runs callables on a thread pool and calls back on the GUI thread.

    Args:
        pool: the pool to use (default: a private pool, so tests can wait for it).
        parent: the QObject owning this runner (its callbacks stop with it).
    """

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Runs ``work()`` in the pool; ``on_success(result)`` or ``on_failure(exc)`` run in this thread."""
        relay = _Relay()
        relay.moveToThread(self.thread())
        self._relays.add(relay)

        @Slot(object)
        def succeeded(result: Any) -> None:
            self._relays.discard(relay)
            if on_success is not None:
                on_success(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_failure is not None:
                on_failure(exc)
            else:
                log.error("background job failed: %s", exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self.pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Waits for every job (tests, shutdown). Never call from a slot to keep a window alive."""
        return self.pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._relays)
