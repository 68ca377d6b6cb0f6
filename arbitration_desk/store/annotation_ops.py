"""Shared annotations (received, and written here through the outbox) and private notes."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from arbitration_desk.domain.enums import ANNOTATABLE_STATUSES, CaseStatus, parse_enum
from arbitration_desk.domain.payloads import Annotation, AnnotationTombstone, AnnotationWrite
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.domain.timeutil import format_timestamp
from arbitration_desk.store import models
from arbitration_desk.store.errors import NotFoundError, ReadOnlyCaseError
from arbitration_desk.store.lookup import MEMBER_ID, case_by_id, get_state
from arbitration_desk.store.outbox import cancel_queued, enqueue, open_items_for
from arbitration_desk.store.records import AnnotationRow
from arbitration_desk.store.states import OPEN_STATES, OutboxKind, OutboxState


def _find(session: Session, case_pk: int, annotation_id: str) -> models.Annotation | None:
    a = models.Annotation
    query = select(a).where(a.case_pk == case_pk, a.annotation_id == annotation_id)
    return session.scalars(query).one_or_none()


def _set_from_platform(row: models.Annotation, item: Annotation, member_id: str | None) -> None:
    target = item["target"]
    row.target_type = target["type"]
    row.target_id = target.get("id")
    row.target_json = json.dumps(target, ensure_ascii=False)
    row.quote = target.get("quote")
    row.body = item["body"]
    row.created_at = item["created_at"]
    row.updated_at = item["updated_at"]
    row.author_id = item["author_id"]
    row.author_name = item["author_name"]
    row.etag = item["etag"]
    row.own = member_id is not None and item["author_id"] == member_id
    row.server_json = None
    row.remote_deleted = False


def apply_annotations(
    session: Session,
    case_id: str,
    items: Iterable[Annotation],
    deleted: Iterable[AnnotationTombstone],
    as_of: str,
) -> None:
    """Upserts received annotations, applies tombstones, stores ``as_of``.

    A shared annotation with a local change waiting in the outbox keeps the local text; the
    platform's copy is kept beside it (``server_json``) for the sync engine to resolve a conflict.
    """
    case = case_by_id(session, case_id)
    items, deleted = list(items), list(deleted)
    if not items and not deleted:
        case.annotations_as_of = as_of
        return
    member_id = get_state(session, MEMBER_ID)
    # Two queries for the whole list (the case's annotations, its open outbox items), not two per item.
    a, o = models.Annotation, models.OutboxItem
    rows = {row.annotation_id: row for row in session.scalars(select(a).where(a.case_pk == case.id))}
    open_kinds_of: dict[str | None, set[OutboxKind]] = {}
    for target_id, kind in session.execute(
        select(o.target_id, o.kind).where(o.case_pk == case.id, o.state.in_(OPEN_STATES))
    ):
        open_kinds_of.setdefault(target_id, set()).add(kind)
    for item in items:
        annotation_id = item["annotation_id"]
        row = rows.get(annotation_id)
        if row is not None and row.private:
            continue  # a private note's ID is ours alone; never let the platform overwrite it
        open_kinds = open_kinds_of.get(annotation_id, set())
        if OutboxKind.ANNOTATION_DELETE in open_kinds:
            continue  # deleted here, deletion not yet delivered
        if row is None:
            row = models.Annotation(case_pk=case.id, annotation_id=annotation_id, private=False, pending=False)
            session.add(row)
            rows[annotation_id] = row
            _set_from_platform(row, item, member_id)
        elif row.pending:
            row.server_json = json.dumps(item, ensure_ascii=False)
            row.etag = row.etag if open_kinds else item["etag"]
        else:
            _set_from_platform(row, item, member_id)
    for tombstone in deleted:
        row = rows.pop(tombstone["annotation_id"], None)
        if row is None or row.private:
            continue
        if row.pending:
            row.remote_deleted = True
        else:
            session.delete(row)
    case.annotations_as_of = as_of


def _writable(case: models.Case, *, shared: bool) -> None:
    if case.reassigned_at is not None:
        raise ReadOnlyCaseError(phrase("StoreError", "case {case} was reassigned; it is read-only", case=case.case_id))
    if shared and parse_enum(CaseStatus, case.status) not in ANNOTATABLE_STATUSES:
        raise ReadOnlyCaseError(
            phrase(
                "StoreError",
                "case {case} does not accept annotations (status {status})",
                case=case.case_id,
                status=repr(case.status),
            )
        )


def _payload(row: models.Annotation) -> AnnotationWrite:
    return {
        "target": json.loads(row.target_json),
        "body": row.body,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
    }


def create(
    session: Session, case_id: str, target: Mapping[str, Any], body: str, now: datetime, *, private: bool
) -> AnnotationRow:
    """A new shared annotation (queued for the platform) or private note (never sent).

    ``target`` is an ``AnnotationTarget`` as the desk builds it (``{"type": "case"}``, ...).
    """
    case = case_by_id(session, case_id)
    _writable(case, shared=not private)
    stamp = format_timestamp(now)
    row = models.Annotation(
        case_pk=case.id,
        annotation_id=str(uuid.uuid4()),
        private=private,
        target_type=target["type"],
        target_id=target.get("id"),
        target_json=json.dumps(dict(target), ensure_ascii=False),
        quote=target.get("quote"),
        body=body,
        created_at=stamp,
        updated_at=stamp,
        author_id=get_state(session, MEMBER_ID),
        own=True,
        pending=not private,
        remote_deleted=False,
    )
    session.add(row)
    if not private:
        enqueue(session, case.id, OutboxKind.ANNOTATION_PUT, row.annotation_id, None, _payload(row), now)
    session.flush()
    return AnnotationRow.from_model(row)


def _own_row(session: Session, case: models.Case, annotation_id: str) -> models.Annotation:
    row = _find(session, case.id, annotation_id)
    if row is None:
        raise NotFoundError(
            phrase(
                "StoreError",
                "no annotation {annotation} in case {case}",
                annotation=repr(annotation_id),
                case=case.case_id,
            )
        )
    if not row.own:
        raise ReadOnlyCaseError(phrase("StoreError", "only the author may change or delete an annotation"))
    return row


def edit(session: Session, case_id: str, annotation_id: str, body: str, now: datetime) -> AnnotationRow:
    """Changes the body; a shared annotation's change is queued (replacing a queued, unsent one)."""
    case = case_by_id(session, case_id)
    row = _own_row(session, case, annotation_id)
    _writable(case, shared=not row.private)
    row.body = body
    row.updated_at = format_timestamp(now)
    if not row.private:
        queued = [
            o
            for o in open_items_for(session, case.id, annotation_id)
            if o.state is OutboxState.QUEUED and o.kind is OutboxKind.ANNOTATION_PUT
        ]
        if queued:
            queued[-1].payload = json.dumps(_payload(row), ensure_ascii=False)
            queued[-1].updated_at = now
        else:
            enqueue(session, case.id, OutboxKind.ANNOTATION_PUT, annotation_id, row.etag, _payload(row), now)
        row.pending = True
    session.flush()
    return AnnotationRow.from_model(row)


def remove(session: Session, case_id: str, annotation_id: str, now: datetime) -> None:
    """Deletes locally; for a shared annotation the platform has seen, queues the deletion."""
    case = case_by_id(session, case_id)
    row = _own_row(session, case, annotation_id)
    _writable(case, shared=not row.private)
    if not row.private:
        in_flight = any(o.state is OutboxState.IN_FLIGHT for o in open_items_for(session, case.id, annotation_id))
        cancel_queued(session, case.id, annotation_id)
        if row.etag is not None or in_flight:
            enqueue(session, case.id, OutboxKind.ANNOTATION_DELETE, annotation_id, row.etag, None, now)
    session.delete(row)
    session.flush()


def delivered_put(session: Session, case_pk: int, annotation_id: str, response: Annotation | None) -> None:
    """Records the platform's answer to a delivered PUT; later queued writes build on its ETag."""
    row = _find(session, case_pk, annotation_id)
    remaining = open_items_for(session, case_pk, annotation_id)
    if response is not None:
        for later in remaining:
            later.if_match = response["etag"]
    if row is None:
        return
    if response is not None:
        row.etag = response["etag"]
        row.author_id = response.get("author_id", row.author_id)
        row.author_name = response.get("author_name", row.author_name)
    row.pending = bool(remaining)
    if not row.pending:
        row.server_json = None


def list_for_case(session: Session, case_id: str, *, include_private: bool = True) -> list[AnnotationRow]:
    case = case_by_id(session, case_id)
    a = models.Annotation
    query = select(a).where(a.case_pk == case.id)
    if not include_private:
        query = query.where(a.private.is_(False))
    query = query.order_by(a.created_at, a.annotation_id)
    return [AnnotationRow.from_model(row) for row in session.scalars(query)]
