"""Database checks for tests: SQLite's own integrity check and FTS5's check against the content."""

from __future__ import annotations

from pathlib import Path

from arbitration_desk.store import fts
from helpers.stores import connect_database

FTS_TABLES = ("messages_fts", "annotations_fts", "cases_fts")


def check_database(path: Path) -> None:
    """Raises AssertionError or sqlite3.DatabaseError unless the file and every FTS index are exact.

    ``integrity-check`` with rank 1 compares each external-content index with its content (the
    views need the store's SQL functions), so a row missing from an index, or left in it, fails.
    """
    connection = connect_database(path)
    try:
        fts.register_functions(connection)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for table in FTS_TABLES:
            connection.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")  # noqa: S608
    finally:
        connection.close()
