"""A case's chat log: idempotent page inserts and keyset reads ordered by (sent_at, message_id)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from arbitration_desk.domain.payloads import Message
from arbitration_desk.store import indexing
from arbitration_desk.store.lookup import case_pk
from arbitration_desk.store.models import to_sortable
from arbitration_desk.store.records import MESSAGE_COLUMNS, MessageKey, MessageRow

_INSERT_COLUMNS = (
    "case_pk, message_id, sent_at, channel, sender_role, sender_name, language, text, translations, attachments"
)
_WIDTH = 10  # the columns above, one placeholder each
#: Most rows in one INSERT (bounded further by the SQLite build's limit on placeholders).
_MOST_ROWS = 512
_SET_CURSOR = "UPDATE cases SET message_cursor = ? WHERE id = ?"


def _json_or_empty(value: Any, empty: str) -> str:
    # orjson: the hot path of a sync (UTF-8, no escapes); docs/decisions/0005-orjson-for-chat-pages.md.
    return orjson.dumps(value).decode() if value else empty


def _row(message: Message) -> tuple[Any, ...]:
    # The fields are read in the tuple's order, so a message with several faults raises the
    # same error as before (the first missing field or the invalid timestamp).
    sender = message["sender"]
    return (
        message["message_id"],
        to_sortable(message["sent_at"]),
        message["channel"],
        sender["role"],
        sender["display_name"],
        message["language"],
        message["text"],
        _json_or_empty(message.get("translations"), "{}"),
        _attachments_json(message.get("attachments", ())),
    )


def _attachments_json(attachments: Any) -> str:
    # Any iterable is stored as a JSON array; a list (what the platform sends) needs no copy
    # first: orjson writes a list and its copy the same way.
    if type(attachments) is not list:
        attachments = list(attachments)
    return orjson.dumps(attachments).decode() if attachments else "[]"


def prepare_rows(messages: Sequence[Message]) -> list[tuple[Any, ...]]:
    """A page of messages as rows for :func:`store_messages` (without the case's key).

    Called before the writer is taken: the writer is held only for the inserts. Raises
    KeyError, TypeError or ValueError for a malformed message.
    """
    return [_row(message) for message in messages]


def store_messages(connection: Connection, case_id: str, rows: Sequence[tuple[Any, ...]], cursor: str | None) -> int:
    """Inserts a page of prepared rows (known ``message_id``s are skipped) and stores ``cursor``.

    Plain SQL on a Core connection: a page of 1,000 rows is the hot path of a sync. The new rows
    are indexed for search later (:mod:`arbitration_desk.store.indexing`). Returns the number of
    messages that were new.
    """
    pk = case_pk(connection, case_id)
    inserted = 0
    if rows:
        indexing.clamp_mark(connection)
        start = 0
        for size in _statement_sizes(len(rows), _rows_per_statement(connection)):
            values: list[Any] = []
            for row in rows[start : start + size]:
                values.append(pk)
                values.extend(row)
            inserted += max(connection.exec_driver_sql(_insert_sql(size), tuple(values)).rowcount, 0)
            start += size
    connection.exec_driver_sql(_SET_CURSOR, (cursor, pk))
    return inserted


# Decision: a page is inserted with a few multi-row INSERTs, not ``executemany``, which gives up the
# interpreter lock around every row and waits to take it back while the sync's other threads run.
# Statement sizes are powers of two, so the few distinct statements stay in the sqlite3 module's
# statement cache. See docs/decisions/0001-multi-row-inserts-for-message-pages.md.


@functools.cache
def _insert_sql(rows: int) -> str:
    placeholders = "(" + ", ".join("?" * _WIDTH) + ")"
    values = ", ".join([placeholders] * rows)
    return (
        f"INSERT INTO messages ({_INSERT_COLUMNS}) VALUES {values}"  # noqa: S608 (constants)
        " ON CONFLICT (case_pk, message_id) DO NOTHING"
    )


def _statement_sizes(count: int, largest: int) -> list[int]:
    """``count`` rows as statement sizes: full statements of ``largest`` rows (a power of two),
    then the rest by its binary digits (1,000 rows at 512: 512, 256, 128, 64, 32, 8)."""
    sizes = [largest] * (count // largest)
    rest = count % largest
    size = largest
    while rest:
        size //= 2
        if rest >= size:
            sizes.append(size)
            rest -= size
    return sizes


def _rows_per_statement(connection: Connection) -> int:
    """The largest power of two at most :data:`_MOST_ROWS` whose placeholders the build allows."""
    driver = connection.connection.driver_connection
    getlimit = getattr(driver, "getlimit", None)  # sqlcipher3 has no getlimit()
    # Without it: SQLite's default since 3.32 (SQLCipher 4.12 bundles 3.51 and allows 250,000).
    limit = getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if getlimit is not None else 32766
    rows = _MOST_ROWS
    while rows > 1 and rows * _WIDTH > limit:
        rows //= 2
    return rows


def page(
    session: Session, case_id: str, after: MessageKey | None, limit: int, *, descending: bool = False
) -> list[MessageRow]:
    """Up to ``limit`` messages after (or, descending, before) ``after`` in chat order."""
    params: list[Any] = [case_pk(session.connection(), case_id)]
    where = "case_pk = ?"
    if after is not None:
        where += " AND (sent_at, message_id) < (?, ?)" if descending else " AND (sent_at, message_id) > (?, ?)"
        params += [to_sortable(after.sent_at), after.message_id]
    order = "sent_at DESC, message_id DESC" if descending else "sent_at, message_id"
    params.append(limit)
    sql = f"SELECT {_SELECTED} FROM messages WHERE {where} ORDER BY {order} LIMIT ?"  # noqa: S608 (constants)
    return [MessageRow.from_columns(row) for row in _rows(session, sql, params)]


def row_ids(session: Session, case_id: str) -> list[int]:
    """Every message's row ID in chat order (cheap: read from the ordering index only)."""
    rows = _rows(session, _ROW_IDS, (case_pk(session.connection(), case_id),))
    return [row_id for (row_id,) in rows]


def by_row_ids(session: Session, ids: Sequence[int]) -> list[MessageRow]:
    """The messages with these row IDs, in the order given (unknown IDs are skipped).

    The timeline's block read, often in a worker while the GUI thread paints: plain SQL returning
    tuples and :meth:`MessageRow.from_columns` keep the time it holds the GIL short.
    """
    if not ids:
        return []
    found: dict[int, MessageRow] = {}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = tuple(ids[start : start + _IDS_PER_QUERY])
        for row in _one_json_array(session, _by_ids_sql(len(chunk)), chunk):
            found[row[0]] = MessageRow.from_columns(row)
    return [found[i] for i in ids if i in found]


def by_message_id(session: Session, case_id: str, message_id: str) -> MessageRow | None:
    rows = _rows(session, _BY_MESSAGE_ID, (case_pk(session.connection(), case_id), message_id))
    return MessageRow.from_columns(rows[0]) if rows else None


# ---- read helpers: plain SQL in the session's transaction (its read snapshot), rows as tuples ----

_SELECTED = ", ".join(MESSAGE_COLUMNS)
_IDS_PER_QUERY = 500
_ROW_IDS = "SELECT id FROM messages WHERE case_pk = ? ORDER BY sent_at, message_id"
_SELECTED_AS_JSON = f"json_array({_SELECTED})"
_BY_MESSAGE_ID = f"SELECT {_SELECTED} FROM messages WHERE case_pk = ? AND message_id = ?"  # noqa: S608 (constants)


def _rows(session: Session, sql: str, params: Sequence[Any]) -> list[Any]:
    """The rows of ``sql`` as plain tuples, from a DB-API cursor in the session's transaction
    (SQLAlchemy's result rows cost far more for the row IDs of a long chat; see
    docs/decisions/0002-timeline-blocks-read-as-one-json-array.md)."""
    cursor = session.connection().connection.cursor()
    try:
        return cursor.execute(sql, tuple(params)).fetchall()
    finally:
        cursor.close()


def _one_json_array(session: Session, sql: str, params: Sequence[Any]) -> list[Any]:
    """The JSON array that ``sql`` returns in its one row, parsed (``[]`` when no row).

    Decision: the timeline's block reads (200 messages, sometimes on the GUI thread, often while
    a sync runs) come back as one JSON array built by SQLite, not as rows, which would each wait
    for the interpreter lock while the sync's threads are busy. A chat's row IDs stay rows
    (ordered in one array they need a slower window function). See
    docs/decisions/0002-timeline-blocks-read-as-one-json-array.md.
    """
    rows = _rows(session, sql, params)
    return orjson.loads(rows[0][0]) if rows else []


def _by_ids_sql(count: int) -> str:
    ids = ", ".join("?" * count)
    return f"SELECT json_group_array({_SELECTED_AS_JSON}) FROM messages WHERE id IN ({ids})"  # noqa: S608 (constants)
