"""The SQLite engine: WAL, busy timeout, foreign keys, SQL functions, and transaction scopes.

One engine is shared by all threads; every call opens its own session. Write transactions start
with ``BEGIN IMMEDIATE`` so that a writer takes the lock up front and waits (``busy_timeout``) for
another writer instead of failing on a lock upgrade; reads use a deferred transaction, which in WAL
mode is a consistent snapshot that never blocks the writer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Connection, Engine, QueuePool, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.store import fts
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.keys import DataKey

BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "sqlite_begin"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA cache_size = -32768")
    finally:
        cursor.close()
    fts.register_functions(dbapi_connection)


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def create_sqlite_engine(path: Path, key: DataKey | None, *, connections: int = 8) -> Engine:
    """An engine for the database file at ``path``, safe to share between threads.

    Args:
        key: the home's data key: the file is a SQLCipher 4 database under its derived raw key
            (``PRAGMA key`` runs first on every connection; a raw key skips the passphrase
            derivation). None only for reading a database of an earlier, unencrypted version
            (:mod:`arbitration_desk.store.legacy`) and for the sync benchmark's unencrypted figure.
        connections: at most this many open at once (callers beyond it wait for one).
    """
    url = URL.create(
        "sqlite+pysqlcipher" if key is not None else "sqlite",
        password=key.sqlcipher_key() if key is not None else None,
        database=str(path),
    )
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        module=sqlcipher3,  # one SQLite build (SQLCipher's) whether the file is encrypted or not
        # The SQLCipher dialect would pick one connection per thread; the store wants a shared pool.
        poolclass=QueuePool,
        pool_size=min(4, connections),
        max_overflow=connections - min(4, connections),
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session in a ``BEGIN IMMEDIATE`` transaction, committed on success, rolled back on error."""
    with Session(engine, expire_on_commit=False, autoflush=True) as session:
        session.connection(execution_options={_BEGIN_OPTION: "IMMEDIATE"})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def write_connection(engine: Engine) -> Iterator[Connection]:
    """A Core connection in a ``BEGIN IMMEDIATE`` transaction: the lean path for hot bulk writes."""
    with engine.connect() as connection:
        connection.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        with connection.begin():
            yield connection


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A Core connection on a consistent read snapshot: the lean path for reads a sync repeats."""
    with engine.connect() as connection:
        connection.begin()
        try:
            yield connection
        finally:
            connection.rollback()


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session on a consistent read snapshot; nothing it does is committed."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
        finally:
            session.rollback()


@contextmanager
def translate_errors(action: Phrase | str) -> Iterator[None]:
    """Turns SQLAlchemy/sqlite errors escaping ``action`` into StoreError.

    ``action`` says what was being done, as ``phrase("StoreError", "storing a case")``: the error
    reads "storing a case failed: …".
    """
    try:
        yield
    except StoreError:
        raise
    except (SQLAlchemyError, sqlite3.Error, sqlcipher3.Error) as exc:
        raise StoreError(phrase("StoreError", "{action} failed: {error}", action=action, error=str(exc))) from exc
    except (KeyError, ValueError) as exc:
        # Inputs are validated by the API client; a malformed one still must not escape raw. An
        # AttributeError or TypeError is a bug of ours, not bad data: it propagates as itself.
        raise StoreError(
            phrase(
                "StoreError",
                "{action} failed: malformed data ({kind}: {error})",
                action=action,
                kind=type(exc).__name__,
                error=str(exc),
            )
        ) from exc
