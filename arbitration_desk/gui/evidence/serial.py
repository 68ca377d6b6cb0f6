"""Jobs for one decoder process, run on the :class:`Runner` one at a time.

A decoder process answers one request at a time. Handing the runner every request at once would
only park pool threads on the decoder's lock, and the pool is shared: the viewer's next file, a
case read or a write would queue behind them. So each user of a decoder keeps its own queue and
has at most one job on the runner.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.workers import Runner

_Job = tuple[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]]


class OneAtATime:
    """A first-in, first-out queue of jobs run on ``runner`` one after the other.

    Args:
        runner: runs each job off the GUI thread.
        owner: the callbacks run only while it exists (its widget may be closed meanwhile).
    """

    def __init__(self, runner: Runner, owner: QObject) -> None:
        self._runner = runner
        self._owner = owner
        self._queue: deque[_Job] = deque()
        self._running = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._queue)

    def submit(
        self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
    ) -> None:
        """Runs ``work()`` after the jobs before it; then ``done(result)`` or ``failed(exc)`` in the GUI thread."""
        self._queue.append((work, done, failed))
        self._next()

    def clear(self) -> None:
        """Drops the jobs not yet started (the one running finishes and calls back)."""
        self._queue.clear()

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        work, done, failed = self._queue.popleft()
        self._running = True

        def then(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            """``callback``, after which the next job starts (whether it returned or raised)."""

            def call(value: Any) -> None:
                self._running = False
                try:
                    callback(value)
                finally:
                    self._next()

            return call

        self._runner.run(work, guarded(self._owner, then(done)), guarded(self._owner, then(failed)))
