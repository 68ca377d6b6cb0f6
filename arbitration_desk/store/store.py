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

import enum
import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.store import db, legacy, schema
from arbitration_desk.store.blobs import DIR_MODE, BlobStore
from arbitration_desk.store.database import Database
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.home import (
    BLOBS_DIR,
    CACHE_DIR,
    DB_NAME,
    EraseReport,
    HomeMarker,
    HomeMarkerError,
    erase_case_data,
    has_case_data,
    new_home_key,
    source_kind,
)
from arbitration_desk.store.keys import DataKey, KeySource
from arbitration_desk.store.outbox_facet import OutboxStore
from arbitration_desk.store.reads_facet import CaseReads
from arbitration_desk.store.search_facet import SearchStore
from arbitration_desk.store.sync_facet import SyncStore
from arbitration_desk.store.work_facet import MemberWork

__all__ = ["BLOBS_DIR", "CACHE_DIR", "DB_NAME", "EraseIncompleteError", "HomeOpening", "Store", "check_erased"]


class HomeOpening(enum.Enum):
    """How :meth:`Store.open` found the home."""

    NEW = "new"  #: no case data yet: a new key was made
    OPENED = "opened"  #: opened with its key
    MIGRATED = "migrated"  #: a home of an earlier, unencrypted version, converted
    KEY_GONE = "key gone"  #: its key was no longer in the key source: the unreadable data was erased


class EraseIncompleteError(StoreError):
    """Erasing left something behind; ``report`` says what, and whether any of it is readable.

    ``also``: what else went wrong while signing out (each a sentence without its final stop).
    """

    def __init__(self, report: EraseReport, also: Sequence[Phrase | str] | None = None) -> None:
        said = report.describe()
        for text in also or ():
            said = phrase("StoreError", "{first} Also: {more}.", first=said, more=text)
        super().__init__(said)
        self.report = report


class Store:
    """The member's offline store in ``home`` (``desk.sqlite3`` and ``blobs/``). Use :meth:`open`.

    Attributes:
        sync: what the sync engine writes (:class:`SyncStore`).
        outbox: queued changes and their delivery (:class:`OutboxStore`).
        reads: reads of the stored cases (:class:`CaseReads`).
        work: the member's own changes (:class:`MemberWork`).
        search: full-text search and its index (:class:`SearchStore`).
        opening: how the home was found when it was opened (a gone key means its data was erased).
    """

    def __init__(self, home: Path, database: Database, keys: KeySource, opening: HomeOpening) -> None:
        self.home = home
        self.keys = keys
        self.opening = opening
        self._db = database
        self.sync = SyncStore(database)
        self.outbox = OutboxStore(database)
        self.reads = CaseReads(database)
        self.work = MemberWork(database)
        self.search = SearchStore(database)

    @property
    def blobs(self) -> BlobStore:
        return self._db.blobs

    @property
    def key(self) -> DataKey:
        """The home's data key (the thumbnail cache seals its files with it)."""
        assert self._db.key is not None
        return self._db.key

    # ---- lifecycle ----

    @classmethod
    def open(cls, home: Path, keys: KeySource) -> Store:
        """Opens (creating, converting or migrating) the encrypted store in ``home``.

        Args:
            keys: where the home's data key lives (the OS credential store; the demo's own file).

        Raises:
            KeyUnavailableError: the key source cannot be reached (nothing was changed).
            SchemaTooNewError: the database comes from a newer version of the application.
            StoreError: the database cannot be opened, or the home's key is kept elsewhere.
        """
        home.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(home, DIR_MODE)
        key, opening = _home_key(home, keys)
        return cls(home, _open_database(home, key), keys, opening)

    @classmethod
    def attach(cls, home: Path, keys: KeySource) -> Store:
        """Opens the store of a home another process of the desk has open (the sync worker's use).

        Unlike :meth:`open` it never creates, converts or erases anything: a home that is not ready
        (no marker, a conversion under way, its key not in ``keys``) is refused, and the process
        that has it open decides what to do.

        Raises:
            KeyUnavailableError: the key source cannot be reached.
            StoreError: the home is not ready, or its database cannot be opened.
        """
        marker = HomeMarker.load(home)
        raw = None
        if marker is not None and not marker.migrating and marker.key_source == source_kind(keys):
            raw = keys.load(marker.home_id)
        if raw is None:
            raise StoreError(phrase("StoreError", "the local data of {home} is not ready to be synced", home=str(home)))
        return cls(home, _open_database(home, DataKey(raw)), keys, HomeOpening.OPENED)

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

    def erase(self) -> None:
        """Erases all local case data cryptographically and goes on as a new, empty store.

        The key is deleted first, then the files (:func:`~arbitration_desk.store.home.erase_case_data`);
        then a new key and an empty database take their place, so the window that holds this store
        can sign the next member in.

        Raises:
            EraseIncompleteError: something remains (its message says what and how to finish); the
                store stays closed.
        """
        with self._db.exclusive():
            self._db.close()
            check_erased(erase_case_data(self.home, self.keys))
            _marker, key = new_home_key(self.home, self.keys)
            self._db.take_over(_open_database(self.home, key))


def _open_database(home: Path, key: DataKey) -> Database:
    path = home / DB_NAME
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    engine = db.create_sqlite_engine(path, key)
    writer = db.create_sqlite_engine(path, key, connections=1)
    try:
        with db.translate_errors(phrase("StoreError", "opening the local database")):
            schema.migrate(engine)
        blobs = BlobStore(home / BLOBS_DIR, key)
    except BaseException:
        engine.dispose()
        writer.dispose()
        raise
    return Database(engine, blobs, writer, key=key)


def _home_key(home: Path, keys: KeySource) -> tuple[DataKey, HomeOpening]:
    """The home's data key: loaded, or made for a new home, a converted one, or one whose key is gone."""
    try:
        marker = HomeMarker.load(home)
    except HomeMarkerError:  # its key cannot be named: what it protected is unreadable
        if not has_case_data(home):
            check_erased(erase_case_data(home, None))
            return new_home_key(home, keys)[1], HomeOpening.NEW
        return _erase_unreadable(home, keys)
    if marker is None:
        if legacy.is_plain_database(home / DB_NAME):
            marker, key = new_home_key(home, keys, migrating=True)
            legacy.migrate(home, marker, key)
            return key, HomeOpening.MIGRATED
        if has_case_data(home):
            return _erase_unreadable(home, keys)
        return new_home_key(home, keys)[1], HomeOpening.NEW
    if marker.key_source != source_kind(keys):
        raise HomeMarkerError(
            phrase(
                "StoreError",
                "the data of {home} is encrypted with a key kept by '{kept_by}', not by '{given}'"
                " (a demo home opens only with --demo)",
                home=str(home),
                kept_by=marker.key_source,
                given=source_kind(keys),
            )
        )
    raw = keys.load(marker.home_id)
    if raw is None:
        return _erase_unreadable(home, keys)
    key = DataKey(raw)
    if marker.migrating:
        legacy.migrate(home, marker, key)
        return key, HomeOpening.MIGRATED
    return key, HomeOpening.OPENED


def _erase_unreadable(home: Path, keys: KeySource) -> tuple[DataKey, HomeOpening]:
    """The home's key is gone: its data cannot be read by anyone; remove it and start afresh."""
    check_erased(erase_case_data(home, keys))
    return new_home_key(home, keys)[1], HomeOpening.KEY_GONE


def check_erased(report: EraseReport) -> None:
    """Raises :class:`EraseIncompleteError` when ``report`` lists files that could not be removed."""
    if report.remaining:
        raise EraseIncompleteError(report)
