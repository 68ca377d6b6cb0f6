"""Full-text search over messages (text and translations), annotations and notes, and cases."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from arbitration_desk.store import fts
from arbitration_desk.store.records import SearchHit

# CROSS JOIN fixes the join order (SQLite's documented way): the full-text match drives, and the
# case filter is checked on its hits. SQLite 3.51's planner otherwise starts a one-case search from
# the case's messages and runs the match once per message: 2.5 s instead of 2 ms for a
# 50,000-message case (bench_store_messages.py, "search 'zanzibar' in one case").
_MESSAGES = f"""
SELECT m.message_id, c.case_id, c.reference, m.sent_at,
       {fts.snippet_sql("messages_fts", 0)} AS s0, {fts.snippet_sql("messages_fts", 1)} AS s1
FROM messages_fts
CROSS JOIN messages AS m ON m.id = messages_fts.rowid
CROSS JOIN cases AS c ON c.id = m.case_pk
WHERE messages_fts MATCH :query {{case_filter}}
ORDER BY {{order}} LIMIT :limit
"""  # noqa: S608 (constants only; values are bound)

_ANNOTATIONS = f"""
SELECT a.annotation_id, c.case_id, c.reference, a.private,
       {fts.snippet_sql("annotations_fts", 0)} AS s0, {fts.snippet_sql("annotations_fts", 1)} AS s1
FROM annotations_fts
CROSS JOIN annotations AS a ON a.id = annotations_fts.rowid
CROSS JOIN cases AS c ON c.id = a.case_pk
WHERE annotations_fts MATCH :query {{case_filter}}
ORDER BY annotations_fts.rank LIMIT :limit
"""  # noqa: S608 (constants only; values are bound)

_CASES = f"""
SELECT c.case_id, c.reference,
       {fts.snippet_sql("cases_fts", 0)} AS s0, {fts.snippet_sql("cases_fts", 1)} AS s1
FROM cases_fts
CROSS JOIN cases AS c ON c.id = cases_fts.rowid
WHERE cases_fts MATCH :query {{case_filter}}
ORDER BY cases_fts.rank LIMIT :limit
"""  # noqa: S608 (constants only; values are bound)


_COUNT_MESSAGES = "SELECT count(*) FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :query LIMIT :cap)"
#: Up to this many matching messages are ranked by relevance (bm25); beyond, the newest come first,
#: because ranking must score every match while newest-first stops after ``limit``.
RANK_CAP = 5_000


def _pick(s0: str | None, s1: str | None, names: tuple[str, str]) -> tuple[str, tuple[tuple[str, bool], ...]]:
    """The field whose snippet holds a match (the first one if both do)."""
    for raw, name in ((s0, names[0]), (s1, names[1])):
        if raw and fts.HIT_START in raw:
            return name, fts.split_snippet(raw)
    return names[0], fts.split_snippet(s0 or s1 or "")


def _run(session: Session, sql: str, params: dict[str, Any], case_id: str | None, **fmt: str) -> Any:
    case_filter = "AND c.case_id = :case_id" if case_id is not None else ""
    if case_id is not None:
        params = {**params, "case_id": case_id}
    return session.execute(text(sql.format(case_filter=case_filter, **fmt)), params)


def search(
    session: Session,
    user_text: str,
    *,
    case_id: str | None,
    limit: int,
    kinds: frozenset[str],
    newest_first: bool | None,
) -> list[SearchHit]:
    """Hits for what the member typed; see :meth:`arbitration_desk.store.search_facet.SearchStore.search`."""
    query = fts.build_query(user_text)
    if query is None:
        return []
    params = {"query": query, "limit": limit}
    hits: list[SearchHit] = []
    if "case" in kinds:
        for cid, reference, s0, s1 in _run(session, _CASES, params, case_id):
            field, parts = _pick(s0, s1, ("reference", "description"))
            hits.append(SearchHit("case", cid, reference, None, field, parts))
    if "message" in kinds:
        if newest_first is None:
            matches = session.execute(text(_COUNT_MESSAGES), {"query": query, "cap": RANK_CAP + 1}).scalar_one()
            newest_first = matches > RANK_CAP
        order = "messages_fts.rowid DESC" if newest_first else "messages_fts.rank"
        for message_id, cid, reference, sent_at, s0, s1 in _run(session, _MESSAGES, params, case_id, order=order):
            field, parts = _pick(s0, s1, ("text", "translation"))
            moment = datetime.strptime(sent_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
            hits.append(SearchHit("message", cid, reference, message_id, field, parts, moment))
    if kinds & {"annotation", "note"}:
        for annotation_id, cid, reference, private, s0, s1 in _run(session, _ANNOTATIONS, params, case_id):
            kind = "note" if private else "annotation"
            if kind in kinds:
                field, parts = _pick(s0, s1, ("body", "quote"))
                hits.append(SearchHit(kind, cid, reference, annotation_id, field, parts))
    return hits
