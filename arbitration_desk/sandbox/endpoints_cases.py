"""The case feed, the case file, evidence content and the chat log."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, or_, select

from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.files import etag_matches, serve_file
from arbitration_desk.sandbox.httpio import Request, Response, Router
from arbitration_desk.sandbox.problems import ApiError


def _member(request: Request) -> str:
    assert request.member_id is not None
    return request.member_id


def list_cases(app: Sandbox, request: Request) -> Response:
    member = _member(request)
    limit = request.query_int("limit", 1, 200, 100)
    cursor = request.query_one("cursor")
    since = 0
    if cursor is not None:
        data = app.cursors.decode("c1.", cursor)
        if data.get("m") != member or not isinstance(data.get("s"), int):
            raise ApiError("invalid-cursor", "The cursor belongs to another listing.")
        since = data["s"]
    key = case((db.cases.c.change_seq > db.panel.c.assigned_seq, db.cases.c.change_seq), else_=db.panel.c.assigned_seq)
    with app.store.read() as conn:
        top = app.store.current_seq(conn)
        rows = conn.execute(
            select(db.cases, key.label("key"))
            .join(db.panel, db.panel.c.case_id == db.cases.c.case_id)
            .where(db.panel.c.member_id == member, db.panel.c.active.is_(True), key > since, key <= top)
            .order_by(key)
            .limit(limit + 1)
        ).all()
        removed: Sequence[Any] = ()
        if cursor is not None:
            removed = conn.execute(
                select(db.panel.c.case_id, db.panel.c.unassigned_seq.label("key"))
                .where(
                    db.panel.c.member_id == member,
                    db.panel.c.active.is_(False),
                    db.panel.c.unassigned_seq > since,
                    db.panel.c.unassigned_seq <= top,
                )
                .order_by(db.panel.c.unassigned_seq)
                .limit(limit + 1)
            ).all()
    entries = sorted([(r.key, "item", r) for r in rows] + [(r.key, "removed", r) for r in removed], key=lambda e: e[0])
    has_more = len(entries) > limit
    entries = entries[:limit]
    position = entries[-1][0] if has_more else top
    items = [app.store.case_summary(r) for _, kind, r in entries if kind == "item"]
    gone = [r.case_id for _, kind, r in entries if kind == "removed"]
    next_cursor = app.cursors.encode("c1.", {"m": member, "s": position})
    return Response.json(200, {"items": items, "removed": gone, "next_cursor": next_cursor, "has_more": has_more})


def get_case(app: Sandbox, request: Request) -> Response:
    with app.store.read() as conn:
        row = app.store.assigned_case(conn, request.params["case_id"], _member(request))
        etag = f'"v{row.version}"'
        if etag_matches(request.header("If-None-Match"), etag):
            return Response(304, {"ETag": etag})
        data = app.store.case_json(conn, row)
    return Response.json(200, data, {"ETag": etag})


def get_evidence_content(app: Sandbox, request: Request) -> Response:
    case_id, evidence_id = request.params["case_id"], request.params["evidence_id"]
    with app.store.read() as conn:
        app.store.assigned_case(conn, case_id, _member(request))
        row = conn.execute(
            select(db.evidence).where(
                db.evidence.c.case_id == case_id,
                db.evidence.c.evidence_id == evidence_id,
                db.evidence.c.removed.is_(False),
            )
        ).first()
    if row is None:
        raise ApiError("not-found", "No such evidence item in this case.")
    response = serve_file(request, app.files.path(row.served_sha256), row.served_sha256, row.media_type)
    if response.status in (200, 206):  # an injected fault only (tests): the ETag names other content
        etag = app.faults.evidence_etag(case_id, evidence_id, response.headers["ETag"], request.request_id)
        response.headers["ETag"] = etag
    return response


def list_messages(app: Sandbox, request: Request) -> Response:
    case_id = request.params["case_id"]
    limit = request.query_int("limit", 1, 1000, 500)
    after = request.query_one("after")
    position = ("", "")
    if after is not None:
        data = app.cursors.decode("m1.", after)
        if data.get("c") != case_id or not isinstance(data.get("k"), str) or not isinstance(data.get("i"), str):
            raise ApiError("invalid-cursor", "The cursor belongs to another case.")
        position = (data["k"], data["i"])
    table = db.messages
    with app.store.read() as conn:
        app.store.assigned_case(conn, case_id, _member(request))
        rows = conn.execute(
            select(table.c.sort_key, table.c.message_id, table.c.data)
            .where(
                table.c.case_id == case_id,
                or_(
                    table.c.sort_key > position[0],
                    and_(table.c.sort_key == position[0], table.c.message_id > position[1]),
                ),
            )
            .order_by(table.c.sort_key, table.c.message_id)
            .limit(limit + 1)
        ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    if rows:
        position = (rows[-1].sort_key, rows[-1].message_id)
    cursor = app.cursors.encode("m1.", {"c": case_id, "k": position[0], "i": position[1]})
    body = (
        '{"items":['
        + ",".join(r.data for r in rows)
        + f'],"next_cursor":{json.dumps(cursor)},"has_more":{"true" if has_more else "false"}}}'
    )
    return Response.raw_json(200, body.encode("utf-8"))


def register(router: Router) -> None:
    router.add("GET", "/v1/cases", list_cases)
    router.add("GET", "/v1/cases/{case_id}", get_case)
    router.add("GET", "/v1/cases/{case_id}/evidence/{evidence_id}/content", get_evidence_content, counted=False)
    router.add("GET", "/v1/cases/{case_id}/messages", list_messages)
