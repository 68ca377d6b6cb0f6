"""The member's desk as the GUI sees it: the one place the GUI's writes go through, and the signals
that tell every view what changed (napari's evented-model idea, over our store).

A panel asks the desk to write; the desk runs the :class:`~arbitration_desk.store.MemberWork` call
off the GUI thread, calls the panel back, then says what changed. The case list, the outbox count
and the case context listen and reload themselves, so no window has to remember whom to tell.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from arbitration_desk.domain.money import Money
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.store.case_bundle import CaseBundle
from arbitration_desk.store.errors import StoreClosedError
from arbitration_desk.store.records import CaseDetail
from arbitration_desk.store.store import Store
from arbitration_desk.store.work_facet import MemberWork

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None] | None
Failed = Callable[[BaseException], None] | None


class DeskModel(QObject):
    """Writes of the member's own work, reads of the open case, and what changed.

    Args:
        store: the member's store.
        runner: runs every read and write off the GUI thread.
        parent: the owner.

    Signals:
        case_changed(str): local data of the case changed; "" when any case may have (a sync,
            signing in or out).
        outbox_changed(): the unsent work may have changed (the desk counts it again).
        outbox_counted(int): the number of unsent items, counted after each ``outbox_changed``.
        work_saved(str): the member's change to the case is stored; a sync may deliver it now.
    """

    case_changed = Signal(str)
    outbox_changed = Signal()
    outbox_counted = Signal(int)
    work_saved = Signal(str)
    #: (read number, CaseDetail) from a worker: a case's detail, read ahead of the rest of its bundle.
    _detail_read = Signal(int, object)

    def __init__(self, store: Store, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self._reads = itertools.count()
        self._ahead: dict[int, Callable[[CaseDetail], None]] = {}
        self.outbox_changed.connect(self._count_outbox)
        self._detail_read.connect(self._deliver_detail)  # queued: emitted by the reading job

    # ---- reads ----

    def read_case(
        self,
        case_id: str,
        *,
        mark_viewed: bool,
        done: Callable[[CaseBundle], None],
        failed: Callable[[BaseException], None],
        detail_read: Callable[[CaseDetail], None] | None = None,
    ) -> None:
        """Reads the case's bundle in one job (marking it viewed first when the member opens it).

        ``detail_read`` gets the case's detail as soon as the job has read it, before ``done``
        gets the bundle: the case view shows the header and the summary while the evidence of a
        large case is still being read. Marking the case viewed emits nothing: only its unread
        badge changes, and a reload of every view at each switch would cost more than it is worth.
        """
        store, number = self.store, next(self._reads)

        def hand_over(detail: CaseDetail) -> None:  # in the job: queued to this thread, before the bundle
            self._detail_read.emit(number, detail)

        ahead = None
        if detail_read is not None:
            self._ahead[number], ahead = detail_read, hand_over

        def work() -> CaseBundle:
            if mark_viewed:
                store.work.mark_case_viewed(case_id)
            return store.reads.case_bundle(case_id, on_detail=ahead)

        def ended(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._ahead.pop(number, None)
                callback(value)

            return call

        self.runner.run(work, ended(done), ended(failed))

    @Slot(int, object)
    def _deliver_detail(self, number: int, detail: CaseDetail) -> None:
        callback = self._ahead.get(number)
        if callback is not None:
            callback(detail)

    def _count_outbox(self) -> None:
        def failed(exc: BaseException) -> None:
            if not isinstance(exc, StoreClosedError):  # closed meanwhile (signed out, ending): nothing to count
                log.error("counting the outbox failed: %s", exc)

        self.runner.run(self.store.outbox.count, self.outbox_counted.emit, failed)

    # ---- the member's writes ----

    def create_annotation(
        self,
        case_id: str,
        target: dict[str, Any],
        body: str,
        *,
        private: bool,
        done: Done = None,
        failed: Failed = None,
    ) -> None:
        """A private note (kept here) or a shared annotation (queued for the platform)."""
        if private:
            self._write(case_id, lambda work: work.create_note(case_id, target, body), done, failed)
        else:
            self._write(case_id, lambda work: work.create_annotation(case_id, target, body), done, failed)

    def edit_annotation(
        self, case_id: str, annotation_id: str, body: str, *, done: Done = None, failed: Failed = None
    ) -> None:
        self._write(case_id, lambda work: work.edit_annotation(case_id, annotation_id, body), done, failed)

    def delete_annotation(self, case_id: str, annotation_id: str, *, done: Done = None, failed: Failed = None) -> None:
        self._write(case_id, lambda work: work.delete_annotation(case_id, annotation_id), done, failed)

    def save_vote_draft(
        self,
        case_id: str,
        outcome: str | None,
        award: Money | None,
        rationale: str,
        *,
        done: Done = None,
        failed: Failed = None,
    ) -> None:
        """Saves the vote form as the local draft. Emits nothing: the draft is saved as the member
        types, and a reload of the vote panel would refill the form under their fingers."""
        self._write(
            case_id,
            lambda work: work.save_vote_draft(case_id, outcome, award, rationale),
            done,
            failed,
            announce=False,
        )

    def cast_vote(
        self,
        case_id: str,
        outcome: str | None,
        award: Money | None,
        rationale: str,
        *,
        done: Done = None,
        failed: Failed = None,
    ) -> None:
        """Saves the draft and queues it for ``PUT votes/me``, in one job."""

        def cast(work: MemberWork) -> None:
            work.save_vote_draft(case_id, outcome, award, rationale)
            work.submit_vote(case_id)

        self._write(case_id, cast, done, failed)

    def dismiss_reassigned(self, case_id: str, *, done: Done = None, failed: Failed = None) -> None:
        """Deletes everything of a case reassigned away from the member (they dismissed the notice)."""
        self._write(case_id, lambda work: work.dismiss_reassigned(case_id), done, failed, deliver=False)

    # ---- changes made elsewhere ----

    def ruling_submitted(self, case_id: str) -> None:
        """The ruling dialog's service signed and queued (or filed) a ruling of the case."""
        self._announce(case_id)

    def refresh(self, *, cases: bool = True) -> None:
        """Data changed outside the desk (a sync ended, the member signed in or out): every view
        reloads; with ``cases`` False only the outbox count (a sync that stored nothing)."""
        if cases:
            self.case_changed.emit("")
        self.outbox_changed.emit()

    # ---- internals ----

    def _write(
        self,
        case_id: str,
        action: Callable[[MemberWork], T],
        done: Done,
        failed: Failed,
        *,
        announce: bool = True,
        deliver: bool = True,
    ) -> None:
        """Runs ``action`` in a job; then ``done``, then (``announce``) the change signals, with
        ``work_saved`` when there may be something to deliver."""
        work = self.store.work

        def succeeded(result: T) -> None:
            # The caller first (it may clear its view of a deleted case), then everyone else.
            if done is not None:
                done(result)
            if announce:
                self._announce(case_id, deliver=deliver)

        self.runner.run(lambda: action(work), succeeded, failed)

    def _announce(self, case_id: str, *, deliver: bool = True) -> None:
        if deliver:
            self.work_saved.emit(case_id)
        self.case_changed.emit(case_id)
        self.outbox_changed.emit()
