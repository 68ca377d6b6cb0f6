"""Messages are indexed for search after they are stored, in batches, by row ID.

Decision. Indexing is most of the CPU a first sync spends on its machine (FTS5 tokenizes every
message and every translation, CJK character by character), more than storing the messages. A sync
therefore only stores messages; the search index is derived data, like thumbnails, brought up to
date by :func:`index_batch` right after (the CLI's ``sync`` does it before it exits, the desk in the
background), and a search says when its index is behind. Figures:
docs/decisions/0006-search-index-built-after-the-sync.md.

Rows are indexed in row-ID order and ``sync_state['messages_indexed_upto']`` holds the last row
indexed; both change in one transaction, so a crash or a kill never leaves a row half-indexed. The
delete and update triggers touch the FTS index only for rows at or below that mark (schema v5):
FTS5 must never be asked to delete a row it does not hold. SQLite gives a new row the largest row
ID plus one, so once the newest rows are deleted (a case removed) a new row could get an ID at or
below the mark; :func:`clamp_mark` lowers the mark to the largest ID first (the rows between were
deleted, and left the index with their trigger).
"""

from __future__ import annotations

from sqlalchemy import Connection

from arbitration_desk.store import fts

#: The ``sync_state`` key of the last row indexed (schema v5 names it in its triggers and view).
MARK = "messages_indexed_upto"
#: Rows per transaction: large enough that FTS5 writes few segments, small enough to hold the
#: writer lock for well under a second.
BATCH = 5000

_MARK_VALUE = 'SELECT CAST(value AS INTEGER) FROM sync_state WHERE "key" = ?'
_PENDING = "SELECT id, text, translations FROM messages WHERE id > ? ORDER BY id LIMIT ?"
_BACKLOG = "SELECT count(*) FROM messages WHERE id > ?"
_CLAMP_MARK = (
    "UPDATE sync_state SET value = CAST((SELECT coalesce(max(id), 0) FROM messages) AS TEXT)"
    ' WHERE "key" = ? AND CAST(value AS INTEGER) > (SELECT coalesce(max(id), 0) FROM messages)'
)
_INDEX = "INSERT INTO messages_fts (rowid, body, translations) VALUES (?, ?, ?)"
_SET_MARK = (
    'INSERT INTO sync_state ("key", value) VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET value = excluded.value'
)


def indexed_upto(connection: Connection) -> int:
    """The last row ID indexed (0 when nothing is)."""
    return int(connection.exec_driver_sql(_MARK_VALUE, (MARK,)).scalar_one_or_none() or 0)


def backlog(connection: Connection) -> int:
    """Messages stored but not yet indexed."""
    return int(connection.exec_driver_sql(_BACKLOG, (indexed_upto(connection),)).scalar_one())


def clamp_mark(connection: Connection) -> None:
    """Keeps the mark at or below the largest row ID: call before inserting messages."""
    connection.exec_driver_sql(_CLAMP_MARK, (MARK,))


def index_batch(connection: Connection, limit: int = BATCH) -> int:
    """Indexes up to ``limit`` messages after the mark and moves the mark; returns how many."""
    rows = connection.exec_driver_sql(_PENDING, (indexed_upto(connection), limit)).all()
    if not rows:
        return 0
    prepared = [
        (row_id, fts.prepare(text), fts.prepare_translations(translations)) for row_id, text, translations in rows
    ]
    connection.exec_driver_sql(_INDEX, prepared)
    connection.exec_driver_sql(_SET_MARK, (MARK, str(rows[-1][0])))
    return len(rows)
