"""Full-text search over the stored cases, and the index of messages behind it.

A sync stores messages without indexing them (:mod:`arbitration_desk.store.indexing`); the index
is brought up to date afterwards in batches, so a search meanwhile may miss the newest messages.
"""

from __future__ import annotations

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store import db, indexing, search
from arbitration_desk.store.database import Database
from arbitration_desk.store.records import SearchHit

ALL_KINDS = frozenset({"case", "message", "annotation", "note"})


class SearchStore:
    """The store's search and search index (``store.search``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

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
        return self._db.read(
            phrase("StoreError", "searching"),
            lambda s: search.search(s, text, case_id=case_id, limit=limit, kinds=kinds, newest_first=newest_first),
        )

    def index_messages(self, limit: int = indexing.BATCH) -> int:
        """Indexes up to ``limit`` stored messages for search; returns how many (0: up to date)."""
        with self._db.writing_core(phrase("StoreError", "indexing messages for search")) as connection:
            return indexing.index_batch(connection, limit)

    def messages_to_index(self) -> int:
        """Messages stored but not yet searchable (a search meanwhile may miss them)."""
        with (
            db.translate_errors(phrase("StoreError", "counting messages to index")),
            self._db.engine.connect() as connection,
        ):
            return indexing.backlog(connection)
