"""The open database every facet of the store shares: its engines, its one writer and its write lock.

:mod:`arbitration_desk.store.db` makes engines and transaction scopes; this module holds the one
instance of them a :class:`~arbitration_desk.store.store.Store` opens, so that every write of every
facet queues on the same lock and goes through the same connection. Encryption at rest, a later
step, lands here and in :mod:`arbitration_desk.store.blobs`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.store import case_sync, db, rulings
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.errors import StoreClosedError
from arbitration_desk.store.keys import DataKey

T = TypeVar("T")


class Database:
    """The engines of one store and the blob store beside it; each facet holds the same instance.

    Args:
        engine: the pooled engine reads use.
        blobs: the store's evidence and document files.
        writer: the one-connection engine every write uses (``engine`` when not given).
        key: the home's data key (the database and every file under the home are encrypted with
            keys derived from it).
    """

    def __init__(
        self, engine: Engine, blobs: BlobStore, writer: Engine | None = None, *, key: DataKey | None = None
    ) -> None:
        self.engine = engine
        self.blobs = blobs
        self.key = key
        # Every write goes through one connection. In WAL mode a connection drops its page cache
        # whenever another connection has written since its last transaction; with writes spread
        # over a pool, each page of messages would start by reading the B-trees back in. Reads keep
        # the pool. See docs/decisions/0004-one-writer-connection-and-an-in-process-write-lock.md.
        self._writer = writer or engine
        # SQLite has one writer. Threads of this process queue here and are woken the moment the
        # writer commits; left to SQLite's busy handler they would sleep in growing steps while the
        # lock is free. BEGIN IMMEDIATE still guards against other processes.
        self._write_lock = threading.Lock()
        self._closed = False

    def close(self) -> None:
        """Closes every connection; later reads and writes raise StoreError (until :meth:`take_over`)."""
        self._closed = True
        self.engine.dispose()
        self._writer.dispose()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Holds the write lock: no write of this process starts or is under way meanwhile."""
        with self._write_lock:
            yield

    def take_over(self, other: Database) -> None:
        """Goes on with ``other``'s engines, files and key (after an erase made a new, empty store)."""
        self.engine, self._writer, self.blobs, self.key = other.engine, other._writer, other.blobs, other.key
        self._closed = False

    def _check_open(self, action: Phrase | str) -> None:
        if self._closed:
            raise StoreClosedError(
                phrase(
                    "StoreError",
                    "{action} failed: the local data is closed (it was erased or the desk is ending)",
                    action=action,
                )
            )

    @contextmanager
    def writing(self, action: Phrase | str) -> Iterator[Session]:
        """A write transaction (ORM session) under the write lock; errors become StoreError."""
        with self._write_lock:
            self._check_open(action)
            with db.translate_errors(action), db.write_session(self._writer) as session:
                yield session

    @contextmanager
    def writing_core(self, action: Phrase | str) -> Iterator[Connection]:
        """Like :meth:`writing`, without the ORM: for the writes a sync repeats thousands of times."""
        with self._write_lock:
            self._check_open(action)
            with db.translate_errors(action), db.write_connection(self._writer) as connection:
                yield connection

    @contextmanager
    def reading_core(self, action: Phrase | str) -> Iterator[Connection]:
        """Like :meth:`read`, without the ORM: for the reads a sync repeats for every case."""
        self._check_open(action)
        with db.translate_errors(action), db.read_connection(self.engine) as connection:
            yield connection

    def write(self, action: Phrase | str, work: Callable[[Session], T]) -> T:
        """Runs ``work`` in one write transaction and returns what it returns."""
        with self.writing(action) as session:
            return work(session)

    def read(self, action: Phrase | str, work: Callable[[Session], T]) -> T:
        """Runs ``work`` on one read snapshot and returns what it returns."""
        self._check_open(action)
        with db.translate_errors(action), db.read_session(self.engine) as session:
            return work(session)

    def release_unused(self, session: Session, hashes: Iterable[str]) -> None:
        """Deletes files of ``hashes`` no evidence row uses; runs inside the writing transaction."""
        for sha in case_sync.unused_hashes(session, hashes):
            self.blobs.release(sha)

    def release_documents(self, session: Session, hashes: set[str]) -> None:
        """Deletes signed-ruling files no submission (or evidence item) uses any more."""
        session.flush()
        for sha in rulings.unused_documents(session, hashes):
            self.blobs.release(sha)
