"""Counts the store's reads, as the tests and the benchmarks of the case view measure them.

One read is one connection checked out of the store's read engine: every read of the store runs in
a transaction of its own on such a connection (writes use the writer engine and are not counted).
Counted with SQLAlchemy's pool events, so that it sees reads made in worker threads and works on any
version of the store (its read facet, or the single ``Store`` of earlier commits). Each read keeps
the SQL it ran (sqlite3's trace callback, which also sees the store's plain DB-API cursors), so the
chat's pages of messages can be told apart from the reads of the case's panels.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event

try:  # the store's SQLCipher connections (earlier commits used sqlite3's)
    import sqlcipher3

    _CONNECTIONS: tuple[type, ...] = (sqlite3.Connection, sqlcipher3.Connection)
except ImportError:
    _CONNECTIONS = (sqlite3.Connection,)
_MESSAGES = re.compile(r"\b(?:FROM|JOIN)\s+messages\b", re.IGNORECASE)


def read_engine(store: Any) -> Engine:
    """The engine ``store`` reads with (private to the store: this helper measures its internals)."""
    database = getattr(store, "_db", None)
    engine = database.engine if database is not None else store._engine
    assert isinstance(engine, Engine)
    return engine


@dataclass
class Read:
    """One read transaction and the SQL it ran."""

    statements: list[str] = field(default_factory=list)

    @property
    def of_messages(self) -> bool:
        """Whether it read the chat's messages (the timeline pages them itself)."""
        return any(_MESSAGES.search(statement) for statement in self.statements)


class ReadCounter:
    """While entered, records each read of ``store`` (in any thread).

    Example::

        with ReadCounter(store) as counter:
            view.show_case("cs_1")
            ...  # wait until the view is filled
        assert len(counter.panel_reads()) == 1
    """

    def __init__(self, store: Any) -> None:
        self.engine = read_engine(store)
        self._reads: list[Read] = []
        self._lock = threading.Lock()

    def __enter__(self) -> ReadCounter:
        event.listen(self.engine, "checkout", self._checkout)
        event.listen(self.engine, "checkin", self._checkin)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        event.remove(self.engine, "checkout", self._checkout)
        event.remove(self.engine, "checkin", self._checkin)

    @property
    def reads(self) -> list[Read]:
        with self._lock:
            return list(self._reads)

    def panel_reads(self) -> list[Read]:
        """The reads of anything but the chat's messages."""
        return [read for read in self.reads if not read.of_messages]

    def message_reads(self) -> list[Read]:
        return [read for read in self.reads if read.of_messages]

    def clear(self) -> None:
        with self._lock:
            self._reads = []

    def _checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        read = Read()
        with self._lock:
            self._reads.append(read)
        if isinstance(dbapi_connection, _CONNECTIONS):
            dbapi_connection.set_trace_callback(read.statements.append)

    def _checkin(self, dbapi_connection: Any, _record: Any) -> None:
        if isinstance(dbapi_connection, _CONNECTIONS):
            dbapi_connection.set_trace_callback(None)
