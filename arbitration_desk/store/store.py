"""The member's offline store: :meth:`Store.open` it, then use the facet of your role.

Every read and write of local case data goes through one of the facets, each sized for its
callers: ``store.sync`` (the sync engine), ``store.outbox`` (delivering queued changes),
``store.reads`` (the GUI, the CLI, the ruling service), ``store.work`` (the member's own changes)
and ``store.search``. Each facet method is one transaction (writes) or one snapshot (reads) in a
session of its own, so the sync engine may write from a worker thread while the GUI reads from the
main thread. All facets share one :class:`~arbitration_desk.store.database.Database`: one writer,
one write lock.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from types import TracebackType

from arbitration_desk.store import case_sync, db, schema
from arbitration_desk.store.blobs import DIR_MODE, BlobStore
from arbitration_desk.store.database import Database
from arbitration_desk.store.opened import remove_opened_copies
from arbitration_desk.store.outbox_facet import OutboxStore
from arbitration_desk.store.reads_facet import CaseReads
from arbitration_desk.store.search_facet import SearchStore
from arbitration_desk.store.sync_facet import SyncStore
from arbitration_desk.store.work_facet import MemberWork

DB_NAME = "desk.sqlite3"
BLOBS_DIR = "blobs"
#: Files derived from case data (thumbnails); case data too, so wiped with it.
CACHE_DIR = "cache"


class Store:
    """The member's offline store in ``home`` (``desk.sqlite3`` and ``blobs/``). Use :meth:`open`.

    Attributes:
        sync: what the sync engine writes (:class:`SyncStore`).
        outbox: queued changes and their delivery (:class:`OutboxStore`).
        reads: reads of the stored cases (:class:`CaseReads`).
        work: the member's own changes (:class:`MemberWork`).
        search: full-text search and its index (:class:`SearchStore`).
    """

    def __init__(self, home: Path, database: Database) -> None:
        self.home = home
        self.blobs: BlobStore = database.blobs
        self._db = database
        self.sync = SyncStore(database)
        self.outbox = OutboxStore(database)
        self.reads = CaseReads(database)
        self.work = MemberWork(database)
        self.search = SearchStore(database)

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
        return cls(home, Database(engine, blobs, writer))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def schema_version(self) -> int:
        with self._db.engine.connect() as connection:
            return schema.user_version(connection)

    # ---- sign-out ----

    def wipe(self) -> None:
        """Deletes all local data: every row (overwritten, ``secure_delete``) and every file."""
        self._db.write("wiping the store", case_sync.wipe)
        with db.translate_errors("compacting the wiped database"):
            raw = self._db.engine.raw_connection()
            try:
                raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
            finally:
                raw.close()
        self.blobs.wipe()
        shutil.rmtree(self.home / CACHE_DIR, ignore_errors=True)
        remove_opened_copies(self.home)  # copies of evidence opened in other programs
