"""A case's chat log: idempotent page inserts and keyset reads ordered by (sent_at, message_id)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, func, select, tuple_
from sqlalchemy.orm import Session

from arbitration_desk.store import fts, models
from arbitration_desk.store.errors import CaseNotFoundError
from arbitration_desk.store.lookup import case_by_id
from arbitration_desk.store.models import to_sortable
from arbitration_desk.store.records import MessageKey, MessageRow

JsonDict = Mapping[str, Any]
# Plain DB-API executemany: a page of 2,000 rows is the hot path of a sync.
_INSERT = (
    "INSERT INTO messages (case_pk, message_id, sent_at, channel, sender_role, sender_name, language,"
    " text, translations, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (case_pk, message_id) DO NOTHING"
)
# New rows get row IDs above the largest one before the insert (the write transaction excludes
# other writers), so the page's new rows are found by row ID and indexed with one statement; see
# schema.V4_STATEMENTS for why not a trigger. The indexed text is prepared here, from the objects in
# hand, exactly as the view behind messages_fts prepares it from the stored columns.
_CASE_PK = "SELECT id FROM cases WHERE case_id = ?"
_SET_CURSOR = "UPDATE cases SET message_cursor = ? WHERE id = ?"
_LAST_ROW_ID = "SELECT coalesce(max(id), 0) FROM messages"
_NEW_ROWS = "SELECT message_id, id FROM messages WHERE id > ?"
_INDEX = "INSERT INTO messages_fts (rowid, body, translations) VALUES (?, ?, ?)"


#: One encoder for every row (``json.dumps`` with options builds a new encoder per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _json_or_empty(value: Any, empty: str) -> str:
    return _ENCODE(value) if value else empty


def _row(case_pk: int, message: JsonDict) -> tuple[Any, ...]:
    sender = message["sender"]
    return (
        case_pk,
        message["message_id"],
        to_sortable(message["sent_at"]),
        message["channel"],
        sender["role"],
        sender["display_name"],
        message["language"],
        message["text"],
        _json_or_empty(message.get("translations"), "{}"),
        _json_or_empty(list(message.get("attachments", ())), "[]"),
    )


def _index_rows(connection: Connection, last: int, messages: Sequence[JsonDict]) -> list[tuple[int, Any, Any]]:
    """``(rowid, body, translations)`` for the rows just inserted (IDs above ``last``)."""
    new_rows = connection.exec_driver_sql(_NEW_ROWS, (last,)).all()
    new_ids: dict[str, int] = {message_id: row_id for message_id, row_id in new_rows}
    rows = []
    for message in messages:
        row_id = new_ids.pop(message["message_id"], None)  # a page repeating an ID stored it once
        if row_id is not None:
            translations = fts.prepare_translation_values(message.get("translations") or {})
            rows.append((row_id, fts.prepare(message["text"]), translations))
    return rows


def store_messages(connection: Connection, case_id: str, messages: Sequence[JsonDict], cursor: str | None) -> int:
    """Inserts a page of messages (known ``message_id``s are skipped) and stores ``cursor``.

    Plain SQL on a Core connection: a page of 1,000 rows is the hot path of a sync. Returns the
    number of messages that were new.
    """
    case_pk = connection.exec_driver_sql(_CASE_PK, (case_id,)).scalar_one_or_none()
    if case_pk is None:
        raise CaseNotFoundError(case_id)
    inserted = 0
    if messages:
        rows = [_row(case_pk, message) for message in messages]
        last = int(connection.exec_driver_sql(_LAST_ROW_ID).scalar_one())
        result = connection.exec_driver_sql(_INSERT, rows)
        inserted = max(result.rowcount, 0)
        if inserted:
            connection.exec_driver_sql(_INDEX, _index_rows(connection, last, messages))
    connection.exec_driver_sql(_SET_CURSOR, (cursor, case_pk))
    return inserted


def stored_count(session: Session, case_pk: int) -> int:
    return int(session.scalar(select(func.count()).where(models.Message.case_pk == case_pk)) or 0)


def page(
    session: Session, case_id: str, after: MessageKey | None, limit: int, *, descending: bool = False
) -> list[MessageRow]:
    """Up to ``limit`` messages after (or, descending, before) ``after`` in chat order."""
    case = case_by_id(session, case_id)
    m = models.Message
    query = select(m).where(m.case_pk == case.id)
    if after is not None:
        key = tuple_(m.sent_at, m.message_id)
        bound = tuple_(to_sortable(after.sent_at), after.message_id)
        query = query.where(key < bound if descending else key > bound)
    order = (m.sent_at.desc(), m.message_id.desc()) if descending else (m.sent_at, m.message_id)
    query = query.order_by(*order).limit(limit)
    return [MessageRow.from_model(row) for row in session.scalars(query)]


def row_ids(session: Session, case_id: str) -> list[int]:
    """Every message's row ID in chat order (cheap: read from the ordering index only)."""
    case = case_by_id(session, case_id)
    m = models.Message
    query = select(m.id).where(m.case_pk == case.id).order_by(m.sent_at, m.message_id)
    return list(session.scalars(query))


def by_row_ids(session: Session, ids: Sequence[int]) -> list[MessageRow]:
    """The messages with these row IDs, in the order given (unknown IDs are skipped)."""
    if not ids:
        return []
    found: dict[int, MessageRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.scalars(select(models.Message).where(models.Message.id.in_(chunk))):
            found[row.id] = MessageRow.from_model(row)
    return [found[i] for i in ids if i in found]


def by_message_id(session: Session, case_id: str, message_id: str) -> MessageRow | None:
    case = case_by_id(session, case_id)
    m = models.Message
    row = session.scalars(select(m).where(m.case_pk == case.id, m.message_id == message_id)).one_or_none()
    return None if row is None else MessageRow.from_model(row)
