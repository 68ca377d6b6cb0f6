"""What the sync engine writes: the case list, each case's parts, evidence states, removed cases.

Inputs are the contract's JSON objects after validation by the API client. Each method is one
transaction (writes) or one snapshot (reads), so the engine's worker threads may call it at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from arbitration_desk.domain.payloads import (
    Annotation,
    AnnotationTombstone,
    Case,
    CaseSummary,
    Message,
    RulingRecord,
    VoteBoard,
)
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.store import annotation_ops, case_sync, db, messages, queries, recorded_rulings, rulings, votes
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.database import Database
from arbitration_desk.store.errors import NotFoundError, StoreError
from arbitration_desk.store.lookup import CASE_CURSOR, MEMBER_ID, case_by_id, get_state, set_state
from arbitration_desk.store.records import CasePageResult, CaseSyncState, EvidenceRow, RecordedRulingRow
from arbitration_desk.store.states import EvidenceState

_MARK_VERIFIED = "UPDATE evidence SET state = ?, failure_reason = NULL WHERE sha256 = ?"
#: Downloads of one item that may mismatch its hash before it counts as failed verification.
MAX_MISMATCHES = 2


class SyncStore:
    """The sync engine's side of the store (``store.sync``).

    Attributes:
        blobs: the evidence files; downloads are staged and verified there before
            :meth:`mark_evidence_verified`.
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def blobs(self) -> BlobStore:
        return self._db.blobs

    # ---- identity ----

    def set_member(self, member_id: str) -> None:
        """Records who is signed in (annotations by this ID are the member's own)."""
        self._db.write(phrase("StoreError", "storing the member"), lambda s: set_state(s, MEMBER_ID, member_id))

    # ---- the case list ----

    def case_cursor(self) -> str | None:
        return self._db.read(phrase("StoreError", "reading the case cursor"), lambda s: get_state(s, CASE_CURSOR))

    def apply_case_page(
        self, items: Sequence[CaseSummary], removed: Sequence[str], next_cursor: str, *, now: datetime | None = None
    ) -> CasePageResult:
        """Applies one ``CaseSyncPage`` (summaries, removals, cursor) in one transaction."""
        moment = now or utcnow()
        with self._db.writing(phrase("StoreError", "applying a case page")) as session:
            result, hashes = case_sync.apply_case_page(session, items, removed, next_cursor, moment)
            session.flush()
            self._db.release_unused(session, hashes)
            return result

    def reconcile_full_listing(self, listed_case_ids: Iterable[str], *, now: datetime | None = None) -> CasePageResult:
        """After a full listing (cursor rejected): every local case not listed counts as removed."""
        listed = set(listed_case_ids)
        moment = now or utcnow()
        with self._db.writing(phrase("StoreError", "reconciling the case list")) as session:
            local = set(session.scalars(select(case_sync.models.Case.case_id)))
            result, hashes = case_sync.remove_cases(session, sorted(local - listed), moment)
            session.flush()
            self._db.release_unused(session, hashes)
            return result

    def stale_case_ids(self) -> list[str]:
        """Cases to sync, earliest ruling deadline first (reassigned cases excluded)."""
        return self._db.read(phrase("StoreError", "listing stale cases"), queries.stale_case_ids)

    def case_sync_state(self, case_id: str) -> CaseSyncState:
        with self._db.reading_core(phrase("StoreError", "reading sync state")) as connection:
            return queries.sync_state(connection, case_id)

    # ---- one case ----

    def store_case(self, case: Case) -> None:
        """Stores a full ``Case`` (typed columns, raw document, evidence list) in one transaction.

        Evidence no longer listed is deleted, and its file released unless another case uses it.
        """
        with self._db.writing(phrase("StoreError", "storing a case")) as session:
            hashes = case_sync.store_case(session, self.blobs, case)
            self._db.release_unused(session, hashes)

    def store_messages(self, case_id: str, page: Sequence[Message], cursor: str | None) -> int:
        """Stores a page of messages and the message cursor together; returns how many were new."""
        with db.translate_errors(phrase("StoreError", "storing messages")):
            rows = messages.prepare_rows(page)  # before taking the writer: it is held for the inserts only
        with self._db.writing_core(phrase("StoreError", "storing messages")) as connection:
            return messages.store_messages(connection, case_id, rows, cursor)

    def reset_message_cursor(self, case_id: str) -> None:
        """Forgets the message cursor (to page again from the start, de-duplicating)."""

        def work(session: Session) -> None:
            case_by_id(session, case_id).message_cursor = None

        self._db.write(phrase("StoreError", "resetting the message cursor"), work)

    def apply_annotations(
        self, case_id: str, items: Sequence[Annotation], deleted: Sequence[AnnotationTombstone], as_of: str
    ) -> None:
        """Applies an ``AnnotationList`` (upserts, tombstones, ``as_of``) in one transaction."""
        self._db.write(
            phrase("StoreError", "applying annotations"),
            lambda s: annotation_ops.apply_annotations(s, case_id, items, deleted, as_of),
        )

    def store_votes(self, case_id: str, board: VoteBoard, *, now: datetime | None = None) -> None:
        """Stores the ``VoteBoard`` as received."""
        moment = now or utcnow()
        with self._db.writing_core(phrase("StoreError", "storing votes")) as connection:
            votes.store_board(connection, case_id, board, moment)

    def record_case_synced(self, case_id: str, etag: str, version: int) -> None:
        """Records the ETag and version once every step of the case's sync is stored."""
        with self._db.writing_core(phrase("StoreError", "recording the sync")) as connection:
            case_sync.record_case_synced(connection, case_id, etag, version)

    # ---- evidence ----

    def evidence_to_download(self, case_id: str | None = None) -> list[EvidenceRow]:
        """Evidence pending download (or due for its second download), by case deadline."""
        with self._db.reading_core(phrase("StoreError", "listing downloads")) as connection:
            return queries.evidence_to_download(connection, case_id)

    def mark_evidence_verified(self, *sha256s: str) -> int:
        """Marks every item with these hashes verified, in one transaction; returns the rows marked.

        Raises:
            StoreError: a hash has no file in the verified store (nothing is marked).
        """
        for sha256 in sha256s:
            if not self.blobs.has_verified(sha256):
                raise StoreError(phrase("StoreError", "no verified file for {sha256}", sha256=sha256))
        with self._db.writing_core(phrase("StoreError", "marking evidence verified")) as connection:
            params = [(EvidenceState.VERIFIED.value, sha256) for sha256 in sha256s]  # plain SQL: the value
            return max(connection.exec_driver_sql(_MARK_VERIFIED, params).rowcount, 0)

    def record_evidence_mismatch(
        self,
        case_id: str,
        evidence_id: str,
        actual_sha256: str,
        request_id: str | None,
        *,
        named_by_etag: bool = False,
    ) -> EvidenceRow:
        """Counts a download whose hash did not match: quarantined, then failed verification.

        With ``named_by_etag`` the other hash is the one the download's ``ETag`` named (its body
        was refused unread), not one computed here; the reason says so.
        """

        def work(session: Session) -> EvidenceRow:
            case = case_by_id(session, case_id)
            e = case_sync.models.Evidence
            row = session.scalars(select(e).where(e.case_pk == case.id, e.evidence_id == evidence_id)).one_or_none()
            if row is None:
                raise NotFoundError(
                    phrase(
                        "StoreError", "no evidence {evidence} in case {case}", evidence=repr(evidence_id), case=case_id
                    )
                )
            row.mismatches += 1
            row.request_id = request_id
            row.failure_reason = f"content hash {actual_sha256} does not match {row.sha256}"
            if named_by_etag:
                row.failure_reason += " (named by the download's ETag; its body was refused)"
            failed = row.mismatches >= MAX_MISMATCHES
            row.state = EvidenceState.FAILED_VERIFICATION if failed else EvidenceState.QUARANTINED
            session.flush()
            return EvidenceRow.from_model(case_id, row)

        return self._db.write(phrase("StoreError", "recording a hash mismatch"), work)

    # ---- recorded rulings ----

    def rulings_cursor(self) -> str | None:
        return self._db.read(phrase("StoreError", "reading the rulings cursor"), recorded_rulings.cursor)

    def apply_ruling_page(self, items: Sequence[RulingRecord], next_cursor: str, *, now: datetime | None = None) -> int:
        """Stores one ``RulingPage`` (the rulings of local cases) and its cursor in one transaction."""
        moment = now or utcnow()
        return self._db.write(
            phrase("StoreError", "storing recorded rulings"),
            lambda s: recorded_rulings.apply_page(s, items, next_cursor, moment),
        )

    def apply_appealed_rulings(self, items: Sequence[RulingRecord], *, now: datetime | None = None) -> int:
        """Keeps the rulings appealed against among ``items`` (a listing by date; the cursor stays)."""
        moment = now or utcnow()
        return self._db.write(
            phrase("StoreError", "storing appealed rulings"),
            lambda s: recorded_rulings.apply_page(s, items, None, moment),
        )

    def appealed_without_record(self) -> list[tuple[str, str]]:
        """(ruling ID, decided at) of the rulings appealed against in local appeal cases, not kept yet."""
        return self._db.read(phrase("StoreError", "reading appeal cases"), recorded_rulings.appealed_without_record)

    def reset_rulings_cursor(self) -> None:
        self._db.write(phrase("StoreError", "resetting the rulings cursor"), recorded_rulings.reset_cursor)

    def rulings_without_document(self) -> list[RecordedRulingRow]:
        blobs = self.blobs
        return self._db.read(
            phrase("StoreError", "reading recorded rulings"), lambda s: recorded_rulings.without_document(s, blobs)
        )

    def record_ruling_document_error(self, ruling_id: str, error: str | None) -> None:
        self._db.write(
            phrase("StoreError", "recording a ruling download"),
            lambda s: recorded_rulings.record_document_error(s, ruling_id, error),
        )

    # ---- removed cases ----

    def delete_case(self, case_id: str) -> None:
        """Deletes the case and its data; releases evidence files no other case uses."""
        delete_case(self._db, case_id)

    def purge_expired(self, *, now: datetime | None = None) -> list[str]:
        """Deletes reassigned cases whose 7 days are over; returns their IDs."""
        moment = now or utcnow()
        with self._db.writing(phrase("StoreError", "purging reassigned cases")) as session:
            c = case_sync.models.Case
            expired = list(session.scalars(select(c).where(c.delete_after.is_not(None), c.delete_after <= moment)))
            hashes: set[str] = set()
            documents: set[str] = set()
            for case in expired:
                documents |= rulings.document_hashes(session, case.id)
                hashes |= case_sync.delete_case(session, case)
            self._db.release_unused(session, hashes)
            self._db.release_documents(session, documents)
            return [case.case_id for case in expired]


def delete_case(database: Database, case_id: str) -> None:
    """Deletes the case and its data in one transaction; releases files no other case uses.

    Shared by :meth:`SyncStore.delete_case` and the member's dismissal of a reassignment notice
    (:meth:`~arbitration_desk.store.work_facet.MemberWork.dismiss_reassigned`).
    """
    with database.writing(phrase("StoreError", "deleting a case")) as session:
        case = case_by_id(session, case_id)
        documents = rulings.document_hashes(session, case.id)
        hashes = case_sync.delete_case(session, case)
        database.release_unused(session, hashes)
        database.release_documents(session, documents)
