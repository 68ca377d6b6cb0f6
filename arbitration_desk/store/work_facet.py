"""The member's own changes: annotations and notes, the vote, the ruling, and what they dismiss.

A change meant for the platform is stored together with its outbox item, in one transaction, so
that neither exists without the other; :mod:`arbitration_desk.store.outbox_facet` delivers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from arbitration_desk.domain.money import Money
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.store import annotation_ops, outbox, rulings, votes
from arbitration_desk.store.database import Database
from arbitration_desk.store.lookup import case_by_id
from arbitration_desk.store.records import AnnotationRow, OutboxEntry, RulingSubmission
from arbitration_desk.store.sync_facet import delete_case

JsonDict = Mapping[str, Any]


class MemberWork:
    """The member's changes to the stored cases (``store.work``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # ---- annotations and notes ----

    def create_annotation(
        self, case_id: str, target: JsonDict, body: str, *, now: datetime | None = None
    ) -> AnnotationRow:
        """A shared annotation, queued for the platform in the same transaction."""
        moment = now or utcnow()
        return self._db.write(
            phrase("StoreError", "creating an annotation"),
            lambda s: annotation_ops.create(s, case_id, target, body, moment, private=False),
        )

    def create_note(self, case_id: str, target: JsonDict, body: str, *, now: datetime | None = None) -> AnnotationRow:
        """A private note: stored here only, never sent."""
        moment = now or utcnow()
        return self._db.write(
            phrase("StoreError", "creating a note"),
            lambda s: annotation_ops.create(s, case_id, target, body, moment, private=True),
        )

    def edit_annotation(
        self, case_id: str, annotation_id: str, body: str, *, now: datetime | None = None
    ) -> AnnotationRow:
        """Edits one of the member's annotations or notes (a shared one's change is queued)."""
        moment = now or utcnow()
        return self._db.write(
            phrase("StoreError", "editing an annotation"),
            lambda s: annotation_ops.edit(s, case_id, annotation_id, body, moment),
        )

    def delete_annotation(self, case_id: str, annotation_id: str, *, now: datetime | None = None) -> None:
        """Deletes one of the member's annotations or notes (a shared one's deletion is queued)."""
        moment = now or utcnow()
        self._db.write(
            phrase("StoreError", "deleting an annotation"),
            lambda s: annotation_ops.remove(s, case_id, annotation_id, moment),
        )

    # ---- the vote ----

    def save_vote_draft(
        self,
        case_id: str,
        outcome: str | None,
        award: Money | None,
        rationale: str,
        *,
        now: datetime | None = None,
    ) -> None:
        moment = now or utcnow()
        self._db.write(
            phrase("StoreError", "saving the vote draft"),
            lambda s: votes.save_draft(s, case_id, outcome, award, rationale, moment),
        )

    def submit_vote(self, case_id: str, *, now: datetime | None = None) -> OutboxEntry:
        """Queues the draft for ``PUT votes/me``."""
        moment = now or utcnow()

        def work(session: Session) -> OutboxEntry:
            return outbox.entry(session, votes.submit(session, case_id, moment))

        return self._db.write(phrase("StoreError", "submitting the vote"), work)

    # ---- the case ----

    def mark_case_viewed(self, case_id: str) -> None:
        """The member opened the case: clears its unread badge for the current version."""

        def work(session: Session) -> None:
            case = case_by_id(session, case_id)
            case.last_viewed_version = case.version

        self._db.write(phrase("StoreError", "marking the case viewed"), work)

    def dismiss_reassigned(self, case_id: str) -> None:
        """The member dismissed the reassignment notice: delete everything of the case."""
        delete_case(self._db, case_id)

    # ---- the ruling ----

    def queue_ruling(
        self,
        case_id: str,
        metadata: JsonDict,
        document: bytes,
        idempotency_key: str,
        *,
        now: datetime | None = None,
    ) -> RulingSubmission:
        """Stores the signed PDF (blob), then the submission and its outbox item in one transaction.

        Raises:
            ReadOnlyCaseError: the case is reassigned or not in deliberation.
            InvalidStateError: a ruling of the case is already queued, in flight or filed.
        """
        moment = now or utcnow()
        sha = rulings.save_document(self._db.blobs, document)
        return self._db.write(
            phrase("StoreError", "queueing the ruling"),
            lambda s: rulings.queue(s, case_id, metadata, sha, len(document), idempotency_key, moment),
        )
