"""The outbox: the member's changes queued for the platform, and the record of their delivery.

Items move queued -> in_flight -> delivered | queued (retry) | failed; each transition is one
transaction, so a crash in flight leaves an item :meth:`OutboxStore.recover` puts back in the queue.
The member's own changes are queued by :mod:`arbitration_desk.store.work_facet`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy.orm import Session

from arbitration_desk.domain.payloads import Annotation, RulingReceipt
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.store import annotation_ops, outbox, rulings, votes
from arbitration_desk.store.database import Database
from arbitration_desk.store.lookup import case_by_id
from arbitration_desk.store.records import OutboxEntry
from arbitration_desk.store.states import OutboxKind, OutboxState, SubmissionState


class OutboxStore:
    """The outbox runner's side of the store (``store.outbox``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def next(self, limit: int = 20) -> list[OutboxEntry]:
        """Queued items to deliver, oldest first (never those of reassigned cases)."""
        return self._db.read(phrase("StoreError", "reading the outbox"), lambda s: outbox.next_items(s, limit))

    def begin(self, item_id: int) -> OutboxEntry:
        """queued -> in_flight (and one more attempt); raises InvalidStateError otherwise."""
        moment = utcnow()

        def work(session: Session) -> OutboxEntry:
            outbox.transition(session, item_id, OutboxState.QUEUED, OutboxState.IN_FLIGHT, moment, None)
            session.flush()
            return outbox.entry(session, item_id)

        return self._db.write(phrase("StoreError", "starting delivery"), work)

    def delivered(self, item_id: int, response: Annotation | RulingReceipt | None = None) -> None:
        """in_flight -> delivered, with the platform's answer: the ``Annotation`` of a PUT, the
        ``RulingReceipt`` of a filed ruling, None for the others."""
        moment = utcnow()

        def work(session: Session) -> None:
            item = outbox.transition(session, item_id, OutboxState.IN_FLIGHT, OutboxState.DELIVERED, moment, None)
            session.flush()
            if item.kind is OutboxKind.ANNOTATION_PUT and item.target_id is not None:
                # The item's kind says which answer it got.
                annotation_ops.delivered_put(session, item.case_pk, item.target_id, cast(Annotation | None, response))
            elif item.kind is OutboxKind.VOTE_PUT:
                votes.delivered(session, item.case_pk, item.id)
            elif item.kind is OutboxKind.RULING_SUBMIT:
                rulings.delivered(session, item.id, cast(RulingReceipt | None, response), moment)

        self._db.write(phrase("StoreError", "recording delivery"), work)

    def retry_later(self, item_id: int, error: str) -> None:
        """in_flight -> queued after a transient failure (network, 5xx, 429)."""
        moment = utcnow()
        self._db.write(
            phrase("StoreError", "requeueing"),
            lambda s: outbox.transition(s, item_id, OutboxState.IN_FLIGHT, OutboxState.QUEUED, moment, error),
        )

    def failed(self, item_id: int, reason: str) -> None:
        """in_flight -> failed: rejected for good; stays unsent work until the case goes."""
        moment = utcnow()
        self._db.write(
            phrase("StoreError", "recording a failure"),
            lambda s: outbox.transition(s, item_id, OutboxState.IN_FLIGHT, OutboxState.FAILED, moment, reason),
        )

    def ruling_failed(
        self, item_id: int, reason: str, *, rejected: bool = False, failed_checks: Sequence[str] = ()
    ) -> None:
        """in_flight -> failed for a ruling: ``rejected`` (with the failed checks) or ``failed``."""
        moment = utcnow()
        outcome = SubmissionState.REJECTED if rejected else SubmissionState.FAILED

        def work(session: Session) -> None:
            outbox.transition(session, item_id, OutboxState.IN_FLIGHT, OutboxState.FAILED, moment, reason)
            rulings.failed(session, item_id, outcome, failed_checks, moment)

        self._db.write(phrase("StoreError", "recording a refused ruling"), work)

    def recover(self) -> int:
        """At start-up: items left in flight by a crash go back to the queue; returns how many."""
        moment = utcnow()
        return self._db.write(
            phrase("StoreError", "recovering the outbox"), lambda s: outbox.requeue_in_flight(s, moment)
        )

    def count(self) -> int:
        """Unsent items (queued, in flight or failed) of all cases."""
        return self._db.read(phrase("StoreError", "counting the outbox"), outbox.unsent_total)

    def unsent_work(self, case_id: str) -> list[OutboxEntry]:
        """The case's outbox items not accepted by the platform (for the reassignment notice)."""
        return self._db.read(
            phrase("StoreError", "reading unsent work"), lambda s: outbox.entries_for_case(s, case_by_id(s, case_id).id)
        )

    def ruling_document(self, sha256: str) -> bytes:
        """The signed PDF of a submission, checked against its hash (raises BlobError otherwise).

        Here, not in the reads, because delivering a ``ruling_submit`` item sends it.
        """
        return rulings.read_document(self._db.blobs, sha256)
