"""Makes stored messages searchable in the background, one batch per Runner job.

A sync stores messages without indexing them (:mod:`arbitration_desk.store.indexing`). The desk
brings the index up to date afterwards in short jobs of one batch each (a few hundred milliseconds
at most); the next batch is scheduled only when the previous one's result is back on the GUI
thread, so the shared thread pool is never held for long and :meth:`SearchIndexer.stop` takes
effect at the next batch boundary.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from arbitration_desk.gui.common.i18n import explain
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.store.indexing import BATCH
from arbitration_desk.store.search_facet import SearchStore
from arbitration_desk.sync import gc_policy


class SearchIndexer(QObject):
    """Indexes the store's backlog of messages for search, batch by batch.

    Args:
        store: the search facet of the member's store (``store.search``).
        runner: runs each batch off the GUI thread.
        batch: messages per batch (one write transaction each).

    Signals:
        progress(int, int): messages indexed by this run so far, and the run's total so far (the
            total grows when a sync stores more messages meanwhile).
        finished(int): the index is up to date; how many messages this run indexed (0: none waited).
        failed(str): the run stopped on an error, said in the desk's language (what is indexed stays indexed).
        running_changed(bool): a run started (True) or ended, finished, failed or stopped (False).
    """

    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)
    running_changed = Signal(bool)

    def __init__(
        self, store: SearchStore, runner: Runner, *, batch: int = BATCH, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.batch = batch
        self._running = False
        self._generation = 0  # results of an earlier (stopped) run are ignored
        self._done = 0
        self._again = False  # start() during a run: look for new messages once more before ending

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Starts a run; it first counts the backlog (off the GUI thread) and ends at once when there is none.

        During a run, it only makes the run look for new messages once more before it ends (a sync
        may have stored some after the run's last count).
        """
        if self._running:
            self._again = True
            return
        self._running = True
        self._generation += 1
        self._done = 0
        self._again = False
        generation = self._generation
        self.running_changed.emit(True)
        self.runner.run(
            self.store.messages_to_index,
            lambda total: self._counted(generation, total),
            lambda exc: self._failed(generation, exc),
        )

    def stop(self) -> None:
        """Schedules no further batch (a batch already running completes; its result is ignored)."""
        if self._running:
            self._running = False
            self._again = False
            self._generation += 1
            self.running_changed.emit(False)

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if total <= 0 and not self._again:
            self._end()
            self.finished.emit(0)
            return
        self._again = False
        if total > 0:
            self.progress.emit(0, total)
        self._next(generation)

    def _next(self, generation: int) -> None:
        store, limit = self.store, self.batch

        def work() -> tuple[int, int]:
            # Bulk work: the collector's policy (docs/decisions/0003-collector-threshold-during-bulk-work.md).
            with gc_policy.bulk_allocations():
                indexed = store.index_messages(limit)
            return indexed, store.messages_to_index() if indexed else 0

        self.runner.run(
            work,
            lambda result: self._indexed(generation, *result),
            lambda exc: self._failed(generation, exc),
        )

    def _indexed(self, generation: int, indexed: int, remaining: int) -> None:
        if generation != self._generation:
            return
        self._done += indexed
        if indexed:
            self.progress.emit(self._done, self._done + remaining)
        if (indexed and remaining) or self._again:
            self._again = False
            self._next(generation)
            return
        self._end()
        self.finished.emit(self._done)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._end()
        self.failed.emit(explain(exc))

    def _end(self) -> None:
        self._running = False
        self._generation += 1
        self.running_changed.emit(False)
