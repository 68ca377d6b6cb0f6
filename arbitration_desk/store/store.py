"""The facade: every read and write of local case data goes through :class:`Store`.

Each public method is one transaction (writes) or one snapshot (reads) in a session of its own, so
the sync engine may write from a worker thread while the GUI reads from the main thread. Inputs of
the sync methods are the contract's JSON objects after validation by the API client. Encryption at
rest, a later step, lands here and in :mod:`arbitration_desk.store.blobs`.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session

from arbitration_desk.domain.money import Money
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.store import (
    annotation_ops,
    case_sync,
    db,
    indexing,
    messages,
    outbox,
    queries,
    rulings,
    schema,
    search,
    votes,
)
from arbitration_desk.store.blobs import DIR_MODE, BlobStore
from arbitration_desk.store.errors import NotFoundError, StoreError
from arbitration_desk.store.lookup import CASE_CURSOR, MEMBER_ID, case_by_id, get_state, set_state
from arbitration_desk.store.records import (
    AnnotationRow,
    CaseDetail,
    CasePageResult,
    CaseRow,
    CaseSyncState,
    EvidenceRow,
    EvidenceState,
    MessageKey,
    MessageRow,
    OutboxEntry,
    OutboxKind,
    OutboxState,
    RulingSubmission,
    SearchHit,
    SubmissionState,
    VoteBoardRecord,
    VoteDraftRecord,
)

T = TypeVar("T")
JsonDict = Mapping[str, Any]
DB_NAME = "desk.sqlite3"
BLOBS_DIR = "blobs"
#: Files derived from case data (thumbnails); case data too, so wiped with it.
CACHE_DIR = "cache"
ALL_KINDS = frozenset({"case", "message", "annotation", "note"})
_MARK_VERIFIED = "UPDATE evidence SET state = ?, failure_reason = NULL WHERE sha256 = ?"
#: Downloads of one item that may mismatch its hash before it counts as failed verification.
MAX_MISMATCHES = 2


class Store:
    """The member's offline store in ``home`` (``desk.sqlite3`` and ``blobs/``). Use :meth:`open`."""

    def __init__(self, home: Path, engine: Engine, blobs: BlobStore, writer: Engine | None = None) -> None:
        self.home = home
        self.blobs = blobs
        self._engine = engine
        # Every write goes through one connection. In WAL mode a connection drops its page cache
        # whenever another connection has written since its last transaction; with writes spread
        # over a pool, each page of messages would start by reading the B-trees back in (a sync
        # paid twice the CPU for its inserts). Reads keep the pool.
        self._writer = writer or engine
        # SQLite has one writer. Threads of this process queue here and are woken the moment the
        # writer commits; left to SQLite's busy handler they would sleep in growing steps (up to
        # 100 ms) while the lock is free. BEGIN IMMEDIATE still guards against other processes.
        self._write_lock = threading.Lock()

    # ---- lifecycle ----

    @classmethod
    def open(cls, home: Path) -> Store:
        """Opens (creating or migrating) the store in ``home``.

        Raises:
            SchemaTooNewError: the database comes from a newer version of the application.
            StoreError: the database cannot be opened.
        """
        home.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(home, DIR_MODE)
        path = home / DB_NAME
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        engine = db.create_sqlite_engine(path)
        writer = db.create_sqlite_engine(path, connections=1)
        try:
            with db.translate_errors("opening the local database"):
                schema.migrate(engine)
            blobs = BlobStore(home / BLOBS_DIR)
        except BaseException:
            engine.dispose()
            writer.dispose()
            raise
        return cls(home, engine, blobs, writer)

    def close(self) -> None:
        self._engine.dispose()
        self._writer.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def schema_version(self) -> int:
        with self._engine.connect() as connection:
            return schema.user_version(connection)

    @contextmanager
    def _writing(self, action: str) -> Iterator[Session]:
        with self._write_lock, db.translate_errors(action), db.write_session(self._writer) as session:
            yield session

    @contextmanager
    def _writing_core(self, action: str) -> Iterator[Connection]:
        """Like :meth:`_writing`, without the ORM: for the writes a sync repeats thousands of times."""
        with self._write_lock, db.translate_errors(action), db.write_connection(self._writer) as connection:
            yield connection

    @contextmanager
    def _reading_core(self, action: str) -> Iterator[Connection]:
        """Like :meth:`_read`, without the ORM: for the reads a sync repeats for every case."""
        with db.translate_errors(action), db.read_connection(self._engine) as connection:
            yield connection

    def _write(self, action: str, work: Callable[[Session], T]) -> T:
        with self._writing(action) as session:
            return work(session)

    def _read(self, action: str, work: Callable[[Session], T]) -> T:
        with db.translate_errors(action), db.read_session(self._engine) as session:
            return work(session)

    def _release_unused(self, session: Session, hashes: Iterable[str]) -> None:
        """Deletes files of ``hashes`` no evidence row uses; runs inside the writing transaction."""
        for sha in case_sync.unused_hashes(session, hashes):
            self.blobs.release(sha)

    def _release_documents(self, session: Session, hashes: set[str]) -> None:
        """Deletes signed-ruling files no submission (or evidence item) uses any more."""
        session.flush()
        for sha in rulings.unused_documents(session, hashes):
            self.blobs.release(sha)

    # ---- identity ----

    def set_member(self, member_id: str) -> None:
        """Records who is signed in (annotations by this ID are the member's own)."""
        self._write("storing the member", lambda s: set_state(s, MEMBER_ID, member_id))

    def member_id(self) -> str | None:
        return self._read("reading the member", lambda s: get_state(s, MEMBER_ID))

    # ---- sync: the case list ----

    def case_cursor(self) -> str | None:
        return self._read("reading the case cursor", lambda s: get_state(s, CASE_CURSOR))

    def apply_case_page(
        self, items: Sequence[JsonDict], removed: Sequence[str], next_cursor: str, *, now: datetime | None = None
    ) -> CasePageResult:
        """Applies one ``CaseSyncPage`` (summaries, removals, cursor) in one transaction."""
        moment = now or utcnow()
        with self._writing("applying a case page") as session:
            result, hashes = case_sync.apply_case_page(session, items, removed, next_cursor, moment)
            session.flush()
            self._release_unused(session, hashes)
            return result

    def reconcile_full_listing(self, listed_case_ids: Iterable[str], *, now: datetime | None = None) -> CasePageResult:
        """After a full listing (cursor rejected): every local case not listed counts as removed."""
        listed = set(listed_case_ids)
        moment = now or utcnow()
        with self._writing("reconciling the case list") as session:
            local = set(session.scalars(select(case_sync.models.Case.case_id)))
            result, hashes = case_sync.remove_cases(session, sorted(local - listed), moment)
            session.flush()
            self._release_unused(session, hashes)
            return result

    def stale_case_ids(self) -> list[str]:
        """Cases to sync, earliest ruling deadline first (reassigned cases excluded)."""
        return self._read("listing stale cases", queries.stale_case_ids)

    def case_sync_state(self, case_id: str) -> CaseSyncState:
        with self._reading_core("reading sync state") as connection:
            return queries.sync_state(connection, case_id)

    # ---- sync: one case ----

    def store_case(self, case: JsonDict) -> None:
        """Stores a full ``Case`` (typed columns, raw document, evidence list) in one transaction.

        Evidence no longer listed is deleted, and its file released unless another case uses it.
        """
        with self._writing("storing a case") as session:
            hashes = case_sync.store_case(session, self.blobs, case)
            self._release_unused(session, hashes)

    def store_messages(self, case_id: str, page: Sequence[JsonDict], cursor: str | None) -> int:
        """Stores a page of messages and the message cursor together; returns how many were new."""
        with db.translate_errors("storing messages"):
            rows = messages.prepare_rows(page)  # before taking the writer: it is held for the inserts only
        with self._writing_core("storing messages") as connection:
            return messages.store_messages(connection, case_id, rows, cursor)

    def reset_message_cursor(self, case_id: str) -> None:
        """Forgets the message cursor (to page again from the start, de-duplicating)."""

        def work(session: Session) -> None:
            case_by_id(session, case_id).message_cursor = None

        self._write("resetting the message cursor", work)

    def apply_annotations(
        self, case_id: str, items: Sequence[JsonDict], deleted: Sequence[JsonDict], as_of: str
    ) -> None:
        """Applies an ``AnnotationList`` (upserts, tombstones, ``as_of``) in one transaction."""
        self._write(
            "applying annotations", lambda s: annotation_ops.apply_annotations(s, case_id, items, deleted, as_of)
        )

    def store_votes(self, case_id: str, board: JsonDict, *, now: datetime | None = None) -> None:
        """Stores the ``VoteBoard`` as received."""
        moment = now or utcnow()
        with self._writing_core("storing votes") as connection:
            votes.store_board(connection, case_id, board, moment)

    def record_case_synced(self, case_id: str, etag: str, version: int) -> None:
        """Records the ETag and version once every step of the case's sync is stored."""
        with self._writing_core("recording the sync") as connection:
            case_sync.record_case_synced(connection, case_id, etag, version)

    # ---- sync: evidence ----

    def evidence_to_download(self, case_id: str | None = None) -> list[EvidenceRow]:
        """Evidence pending download (or due for its second download), by case deadline."""
        with self._reading_core("listing downloads") as connection:
            return queries.evidence_to_download(connection, case_id)

    def mark_evidence_verified(self, *sha256s: str) -> int:
        """Marks every item with these hashes verified, in one transaction; returns the rows marked.

        Raises:
            StoreError: a hash has no file in the verified store (nothing is marked).
        """
        for sha256 in sha256s:
            if not self.blobs.has_verified(sha256):
                raise StoreError(f"no verified file for {sha256}")
        with self._writing_core("marking evidence verified") as connection:
            params = [(EvidenceState.VERIFIED.value, sha256) for sha256 in sha256s]
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
                raise NotFoundError(f"no evidence {evidence_id!r} in case {case_id}")
            row.mismatches += 1
            row.request_id = request_id
            row.failure_reason = f"content hash {actual_sha256} does not match {row.sha256}"
            if named_by_etag:
                row.failure_reason += " (named by the download's ETag; its body was refused)"
            failed = row.mismatches >= MAX_MISMATCHES
            row.state = (EvidenceState.FAILED_VERIFICATION if failed else EvidenceState.QUARANTINED).value
            session.flush()
            return EvidenceRow.from_model(case_id, row)

        return self._write("recording a hash mismatch", work)

    # ---- removed cases ----

    def delete_case(self, case_id: str) -> None:
        """Deletes the case and its data; releases evidence files no other case uses."""
        with self._writing("deleting a case") as session:
            case = case_by_id(session, case_id)
            documents = rulings.document_hashes(session, case.id)
            hashes = case_sync.delete_case(session, case)
            self._release_unused(session, hashes)
            self._release_documents(session, documents)

    def dismiss_reassigned(self, case_id: str) -> None:
        """The member dismissed the reassignment notice: delete everything of the case."""
        self.delete_case(case_id)

    def purge_expired(self, *, now: datetime | None = None) -> list[str]:
        """Deletes reassigned cases whose 7 days are over; returns their IDs."""
        moment = now or utcnow()
        with self._writing("purging reassigned cases") as session:
            c = case_sync.models.Case
            expired = list(session.scalars(select(c).where(c.delete_after.is_not(None), c.delete_after <= moment)))
            hashes: set[str] = set()
            documents: set[str] = set()
            for case in expired:
                documents |= rulings.document_hashes(session, case.id)
                hashes |= case_sync.delete_case(session, case)
            self._release_unused(session, hashes)
            self._release_documents(session, documents)
            return [case.case_id for case in expired]

    def unsent_work(self, case_id: str) -> list[OutboxEntry]:
        """The case's outbox items not accepted by the platform (for the reassignment notice)."""
        return self._read("reading unsent work", lambda s: outbox.entries_for_case(s, case_by_id(s, case_id).id))

    # ---- the outbox ----

    def outbox_next(self, limit: int = 20) -> list[OutboxEntry]:
        """Queued items to deliver, oldest first (never those of reassigned cases)."""
        return self._read("reading the outbox", lambda s: outbox.next_items(s, limit))

    def outbox_begin(self, item_id: int) -> OutboxEntry:
        """queued -> in_flight (and one more attempt); raises InvalidStateError otherwise."""
        moment = utcnow()

        def work(session: Session) -> OutboxEntry:
            outbox.transition(session, item_id, OutboxState.QUEUED, OutboxState.IN_FLIGHT, moment, None)
            session.flush()
            return outbox.entry(session, item_id)

        return self._write("starting delivery", work)

    def outbox_delivered(self, item_id: int, response: JsonDict | None = None) -> None:
        """in_flight -> delivered, with the platform's answer (the ``Annotation`` of a PUT)."""
        moment = utcnow()

        def work(session: Session) -> None:
            item = outbox.transition(session, item_id, OutboxState.IN_FLIGHT, OutboxState.DELIVERED, moment, None)
            session.flush()
            if item.kind == OutboxKind.ANNOTATION_PUT.value and item.target_id is not None:
                annotation_ops.delivered_put(session, item.case_pk, item.target_id, response)
            elif item.kind == OutboxKind.VOTE_PUT.value:
                votes.delivered(session, item.case_pk, item.id)
            elif item.kind == OutboxKind.RULING_SUBMIT.value:
                rulings.delivered(session, item.id, response, moment)

        self._write("recording delivery", work)

    def outbox_retry_later(self, item_id: int, error: str) -> None:
        """in_flight -> queued after a transient failure (network, 5xx, 429)."""
        moment = utcnow()
        self._write(
            "requeueing",
            lambda s: outbox.transition(s, item_id, OutboxState.IN_FLIGHT, OutboxState.QUEUED, moment, error),
        )

    def outbox_failed(self, item_id: int, reason: str) -> None:
        """in_flight -> failed: rejected for good; stays unsent work until the case goes."""
        moment = utcnow()
        self._write(
            "recording a failure",
            lambda s: outbox.transition(s, item_id, OutboxState.IN_FLIGHT, OutboxState.FAILED, moment, reason),
        )

    def outbox_ruling_failed(
        self, item_id: int, reason: str, *, rejected: bool = False, failed_checks: Sequence[str] = ()
    ) -> None:
        """in_flight -> failed for a ruling: ``rejected`` (with the failed checks) or ``failed``."""
        moment = utcnow()
        outcome = SubmissionState.REJECTED if rejected else SubmissionState.FAILED

        def work(session: Session) -> None:
            outbox.transition(session, item_id, OutboxState.IN_FLIGHT, OutboxState.FAILED, moment, reason)
            rulings.failed(session, item_id, outcome, failed_checks, moment)

        self._write("recording a refused ruling", work)

    def outbox_recover(self) -> int:
        """At start-up: items left in flight by a crash go back to the queue; returns how many."""
        moment = utcnow()
        return self._write("recovering the outbox", lambda s: outbox.requeue_in_flight(s, moment))

    def outbox_count(self) -> int:
        """Unsent items (queued, in flight or failed) of all cases."""
        return self._read("counting the outbox", outbox.unsent_total)

    # ---- the member's own changes ----

    def create_annotation(
        self, case_id: str, target: JsonDict, body: str, *, now: datetime | None = None
    ) -> AnnotationRow:
        """A shared annotation, queued for the platform in the same transaction."""
        moment = now or utcnow()
        return self._write(
            "creating an annotation",
            lambda s: annotation_ops.create(s, case_id, target, body, moment, private=False),
        )

    def create_note(self, case_id: str, target: JsonDict, body: str, *, now: datetime | None = None) -> AnnotationRow:
        """A private note: stored here only, never sent."""
        moment = now or utcnow()
        return self._write(
            "creating a note", lambda s: annotation_ops.create(s, case_id, target, body, moment, private=True)
        )

    def edit_annotation(
        self, case_id: str, annotation_id: str, body: str, *, now: datetime | None = None
    ) -> AnnotationRow:
        """Edits one of the member's annotations or notes (a shared one's change is queued)."""
        moment = now or utcnow()
        return self._write(
            "editing an annotation", lambda s: annotation_ops.edit(s, case_id, annotation_id, body, moment)
        )

    def delete_annotation(self, case_id: str, annotation_id: str, *, now: datetime | None = None) -> None:
        """Deletes one of the member's annotations or notes (a shared one's deletion is queued)."""
        moment = now or utcnow()
        self._write("deleting an annotation", lambda s: annotation_ops.remove(s, case_id, annotation_id, moment))

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
        self._write("saving the vote draft", lambda s: votes.save_draft(s, case_id, outcome, award, rationale, moment))

    def submit_vote(self, case_id: str, *, now: datetime | None = None) -> OutboxEntry:
        """Queues the draft for ``PUT votes/me``."""
        moment = now or utcnow()

        def work(session: Session) -> OutboxEntry:
            return outbox.entry(session, votes.submit(session, case_id, moment))

        return self._write("submitting the vote", work)

    def mark_case_viewed(self, case_id: str) -> None:
        """The member opened the case: clears its unread badge for the current version."""

        def work(session: Session) -> None:
            case = case_by_id(session, case_id)
            case.last_viewed_version = case.version

        self._write("marking the case viewed", work)

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
        sha = rulings.save_document(self.blobs, document)
        return self._write(
            "queueing the ruling",
            lambda s: rulings.queue(s, case_id, metadata, sha, len(document), idempotency_key, moment),
        )

    def ruling_submission(self, case_id: str) -> RulingSubmission | None:
        """The case's latest ruling submission (None if the chair has not signed one)."""
        return self._read("reading the ruling submission", lambda s: rulings.latest(s, case_id))

    def ruling_submissions(self, case_id: str) -> list[RulingSubmission]:
        """Every submission of the case, oldest first (rejected ones before the re-signed one)."""
        return self._read("reading ruling submissions", lambda s: rulings.all_for_case(s, case_id))

    def ruling_document(self, sha256: str) -> bytes:
        """The signed PDF of a submission, checked against its hash (raises BlobError otherwise)."""
        return rulings.read_document(self.blobs, sha256)

    # ---- reads for the GUI ----

    def list_cases(self) -> list[CaseRow]:
        return self._read("listing cases", queries.list_cases)

    def case_detail(self, case_id: str) -> CaseDetail:
        return self._read("reading a case", lambda s: queries.case_detail(s, case_id))

    def messages_page(
        self, case_id: str, after: MessageKey | None = None, limit: int = 200, *, descending: bool = False
    ) -> list[MessageRow]:
        """Keyset page of the chat log ordered by (sent_at, message_id)."""
        return self._read("reading messages", lambda s: messages.page(s, case_id, after, limit, descending=descending))

    def message_row_ids(self, case_id: str) -> list[int]:
        """Row IDs of all messages in chat order: row i of N for a list model."""
        return self._read("reading message order", lambda s: messages.row_ids(s, case_id))

    def messages_by_row_ids(self, row_ids: Sequence[int]) -> list[MessageRow]:
        """The messages with these row IDs in the order given (a block of a list model)."""
        return self._read("reading messages", lambda s: messages.by_row_ids(s, row_ids))

    def message(self, case_id: str, message_id: str) -> MessageRow | None:
        return self._read("reading a message", lambda s: messages.by_message_id(s, case_id, message_id))

    def evidence(self, case_id: str) -> list[EvidenceRow]:
        return self._read("listing evidence", lambda s: queries.evidence(s, case_id))

    def annotations(self, case_id: str, *, include_private: bool = True) -> list[AnnotationRow]:
        return self._read(
            "listing annotations",
            lambda s: annotation_ops.list_for_case(s, case_id, include_private=include_private),
        )

    def vote_board(self, case_id: str) -> VoteBoardRecord | None:
        return self._read("reading votes", lambda s: votes.board(s, case_id))

    def vote_draft(self, case_id: str) -> VoteDraftRecord | None:
        return self._read("reading the vote draft", lambda s: votes.draft(s, case_id))

    def search(
        self,
        text: str,
        *,
        case_id: str | None = None,
        limit: int = 50,
        kinds: frozenset[str] = ALL_KINDS,
        newest_first: bool | None = None,
    ) -> list[SearchHit]:
        """Full-text search; every term must occur, the last one also as a prefix.

        Args:
            text: What the member typed (no FTS syntax is interpreted).
            case_id: Restrict to one case.
            limit: At most this many hits of each kind.
            kinds: Any of "case", "message", "annotation", "note".
            newest_first: Order messages by arrival (True) or relevance (False); by default relevance,
                unless the terms match so many messages that ranking them would be slow.
        """
        return self._read(
            "searching",
            lambda s: search.search(s, text, case_id=case_id, limit=limit, kinds=kinds, newest_first=newest_first),
        )

    def index_messages(self, limit: int = indexing.BATCH) -> int:
        """Indexes up to ``limit`` stored messages for search; returns how many (0: up to date)."""
        with self._writing_core("indexing messages for search") as connection:
            return indexing.index_batch(connection, limit)

    def messages_to_index(self) -> int:
        """Messages stored but not yet searchable (a search meanwhile may miss them)."""
        with db.translate_errors("counting messages to index"), self._engine.connect() as connection:
            return indexing.backlog(connection)

    # ---- sign-out ----

    def wipe(self) -> None:
        """Deletes all local data: every row (overwritten, ``secure_delete``) and every file."""
        self._write("wiping the store", case_sync.wipe)
        with db.translate_errors("compacting the wiped database"):
            raw = self._engine.raw_connection()
            try:
                raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
        self.blobs.wipe()
        shutil.rmtree(self.home / CACHE_DIR, ignore_errors=True)
