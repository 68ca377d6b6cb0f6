"""Shared annotations: list with ``since``/``as_of``, create or replace with If-Match, delete."""

from __future__ import annotations

import json
import secrets
from typing import Any

from sqlalchemy import Connection, Row, delete, select

from arbitration_desk.domain.enums import ANNOTATABLE_STATUSES
from arbitration_desk.domain.timeutil import format_timestamp, is_timestamp
from arbitration_desk.sandbox import db, validation
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.files import etag_matches
from arbitration_desk.sandbox.httpio import Request, Response, Router
from arbitration_desk.sandbox.problems import ApiError, validation_failed
from arbitration_desk.sandbox.state import sort_key


def _member(request: Request) -> str:
    assert request.member_id is not None
    return request.member_id


def annotation_json(row: Row[Any], author_name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(row.data)
    data.update(annotation_id=row.annotation_id, author_id=row.author_id, author_name=author_name, etag=row.etag)
    return data


def _names(conn: Connection) -> dict[str, str]:
    return {
        r.member_id: r.display_name for r in conn.execute(select(db.members.c.member_id, db.members.c.display_name))
    }


def list_annotations(app: Sandbox, request: Request) -> Response:
    case_id = request.params["case_id"]
    since = request.query_one("since")
    if since is not None and not is_timestamp(since):
        raise ApiError(
            "bad-request", "since must be an RFC 3339 UTC timestamp.", errors=[("since", "Not a timestamp.")]
        )
    table = db.annotation_rows
    # Under the write lock: no write can be half-done, so as_of covers everything that is visible.
    with app.store.lock, app.store.read() as conn:
        app.store.assigned_case(conn, case_id, _member(request))
        as_of = format_timestamp(app.store.now(), micro=True)
        query = select(table).where(table.c.case_id == case_id)
        if since is not None:
            query = query.where(table.c.written_at >= sort_key(since))
        rows = conn.execute(query.order_by(table.c.written_at)).all()
        names = _names(conn)
    items = [annotation_json(r, names.get(r.author_id, r.author_id)) for r in rows if r.deleted_at is None]
    deleted = (
        [{"annotation_id": r.annotation_id, "deleted_at": r.deleted_at} for r in rows if r.deleted_at is not None]
        if since is not None
        else []
    )
    return Response.json(200, {"items": items, "deleted": deleted, "as_of": as_of})


def _annotation_id(request: Request) -> str:
    annotation_id = request.params["annotation_id"]
    if not validation.is_uuid(annotation_id) and request.method == "DELETE":
        raise ApiError("not-found", "No such annotation (annotation IDs are UUIDs).")
    if not validation.is_uuid(annotation_id):
        raise ApiError("bad-request", "annotation_id must be a UUID.", errors=[("annotation_id", "Not a UUID.")])
    return annotation_id


def _check_writable(app: Sandbox, conn: Connection, case_id: str, member: str) -> None:
    row = app.store.assigned_case(conn, case_id, member)
    if row.status not in ANNOTATABLE_STATUSES:
        raise ApiError("case-state-conflict", f"Annotations cannot be written while the case is {row.status}.")


def _current(conn: Connection, case_id: str, annotation_id: str) -> Row[Any] | None:
    table = db.annotation_rows
    return conn.execute(
        select(table).where(
            table.c.case_id == case_id, table.c.annotation_id == annotation_id, table.c.deleted_at.is_(None)
        )
    ).first()


def _check_precondition(request: Request, current: Row[Any] | None, member: str) -> None:
    if current is not None and current.author_id != member:
        raise ApiError("not-author", "Only the author may change this annotation.")
    if_match = request.header("If-Match")
    if if_match is not None and (current is None or not etag_matches(if_match, current.etag)):
        raise ApiError("precondition-failed", "The annotation changed since you read it.")


def _check_target(conn: Connection, case_id: str, target: dict[str, Any]) -> None:
    kind, target_id = target["type"], target.get("id")
    if kind == "evidence":
        media = conn.execute(
            select(db.evidence.c.media_type).where(
                db.evidence.c.case_id == case_id,
                db.evidence.c.evidence_id == target_id,
                db.evidence.c.removed.is_(False),
            )
        ).scalar_one_or_none()
        if media is None:
            raise validation_failed([("/target/id", "No such evidence item in this case.")])
        if "region" in target and not media.lower().startswith("image/"):
            raise validation_failed([("/target/region", "A region is allowed only on image evidence.")])
        return
    if "region" in target:
        raise validation_failed([("/target/region", "A region is allowed only on image evidence.")])
    if kind == "message":
        found = conn.execute(
            select(db.messages.c.message_id).where(
                db.messages.c.case_id == case_id, db.messages.c.message_id == target_id
            )
        ).first()
        if found is None:
            raise validation_failed([("/target/id", "No such message in this case.")])


def put_annotation(app: Sandbox, request: Request) -> Response:
    case_id, member = request.params["case_id"], _member(request)
    annotation_id = _annotation_id(request)
    body = request.json()
    validation.annotation(body)
    with app.store.write() as conn:
        _check_writable(app, conn, case_id, member)
        current = _current(conn, case_id, annotation_id)
        _check_precondition(request, current, member)
        _check_target(conn, case_id, body["target"])
        conn.execute(
            delete(db.annotation_rows).where(
                db.annotation_rows.c.case_id == case_id, db.annotation_rows.c.annotation_id == annotation_id
            )
        )
        etag = f'"an-{secrets.token_hex(8)}"'
        conn.execute(
            db.annotation_rows.insert().values(
                case_id=case_id,
                annotation_id=annotation_id,
                author_id=member,
                data=json.dumps(body, ensure_ascii=False),
                etag=etag,
                written_at=format_timestamp(app.store.now(), micro=True),
                deleted_at=None,
            )
        )
        app.store.touch_case(conn, case_id)
        app.store.count(conn, "annotation_put")
        row = _current(conn, case_id, annotation_id)
        name = app.store.member_row(conn, member).display_name
    assert row is not None
    return Response.json(201 if current is None else 200, annotation_json(row, name), {"ETag": etag})


def delete_annotation(app: Sandbox, request: Request) -> Response:
    case_id, member = request.params["case_id"], _member(request)
    annotation_id = _annotation_id(request)
    with app.store.write() as conn:
        _check_writable(app, conn, case_id, member)
        current = _current(conn, case_id, annotation_id)
        if current is None:
            raise ApiError("not-found", "No such annotation.")
        _check_precondition(request, current, member)
        moment = format_timestamp(app.store.now(), micro=True)
        conn.execute(
            db.annotation_rows.update()
            .where(db.annotation_rows.c.case_id == case_id, db.annotation_rows.c.annotation_id == annotation_id)
            .values(deleted_at=moment, written_at=moment)
        )
        app.store.touch_case(conn, case_id)
        app.store.count(conn, "annotation_delete")
    return Response(204)


def register(router: Router) -> None:
    router.add("GET", "/v1/cases/{case_id}/annotations", list_annotations)
    router.add("PUT", "/v1/cases/{case_id}/annotations/{annotation_id}", put_annotation)
    router.add("DELETE", "/v1/cases/{case_id}/annotations/{annotation_id}", delete_annotation)
