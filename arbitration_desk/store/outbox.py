"""The outbox: local changes waiting for the platform, each delivered once, in creation order.

An item is written in the same transaction as the local change it carries. States::

    queued -> in_flight -> delivered
                        -> failed      (rejected for good; the reason is kept)
                        -> queued      (transient failure; retried later)

Items of a reassigned case are never handed out (no more requests for a removed case).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store import models
from arbitration_desk.store.errors import InvalidStateError, NotFoundError
from arbitration_desk.store.records import OutboxEntry
from arbitration_desk.store.states import OPEN_STATES, UNSENT_STATES, OutboxKind, OutboxState


def enqueue(
    session: Session,
    case_pk: int,
    kind: OutboxKind,
    target_id: str | None,
    if_match: str | None,
    payload: Mapping[str, Any] | None,
    now: datetime,
) -> models.OutboxItem:
    item = models.OutboxItem(
        case_pk=case_pk,
        kind=kind,
        target_id=target_id,
        if_match=if_match,
        payload=None if payload is None else json.dumps(payload, ensure_ascii=False),
        state=OutboxState.QUEUED,
        attempts=0,
        created_at=now,
        updated_at=now,
    )
    session.add(item)
    session.flush()
    return item


def open_items_for(session: Session, case_pk: int, target_id: str) -> list[models.OutboxItem]:
    """Queued and in-flight items for one annotation, oldest first."""
    o = models.OutboxItem
    query = select(o).where(o.case_pk == case_pk, o.target_id == target_id, o.state.in_(OPEN_STATES)).order_by(o.id)
    return list(session.scalars(query))


def cancel_queued(session: Session, case_pk: int, target_id: str) -> int:
    """Drops queued (not yet sent) items for one annotation; returns how many."""
    o = models.OutboxItem
    result = session.execute(
        delete(o).where(o.case_pk == case_pk, o.target_id == target_id, o.state == OutboxState.QUEUED)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _entry(session: Session, item: models.OutboxItem) -> OutboxEntry:
    case_id = session.scalar(select(models.Case.case_id).where(models.Case.id == item.case_pk))
    return OutboxEntry.from_model(str(case_id), item)


def get(session: Session, item_id: int) -> models.OutboxItem:
    item = session.get(models.OutboxItem, item_id)
    if item is None:
        raise NotFoundError(phrase("StoreError", "no outbox item {item}", item=item_id))
    return item


def next_items(session: Session, limit: int) -> list[OutboxEntry]:
    """Queued items of cases that are not reassigned, in creation order."""
    o, c = models.OutboxItem, models.Case
    query = (
        select(o, c.case_id)
        .join(c, c.id == o.case_pk)
        .where(o.state == OutboxState.QUEUED, c.reassigned_at.is_(None))
        .order_by(o.id)
        .limit(limit)
    )
    return [OutboxEntry.from_model(case_id, item) for item, case_id in session.execute(query)]


def transition(
    session: Session, item_id: int, source: OutboxState, target: OutboxState, now: datetime, error: str | None
) -> models.OutboxItem:
    item = get(session, item_id)
    if item.state is not source:
        raise InvalidStateError(
            phrase(
                "StoreError",
                "outbox item {item} is {state}, not {expected}",
                item=item_id,
                state=str(item.state),
                expected=str(source),
            )
        )
    item.state = target
    item.updated_at = now
    if target is OutboxState.IN_FLIGHT:
        item.attempts += 1
    if error is not None:
        item.last_error = error
    return item


def requeue_in_flight(session: Session, now: datetime) -> int:
    """After a crash: in-flight items go back to the queue (PUT and DELETE are idempotent)."""
    o = models.OutboxItem
    items = list(session.scalars(select(o).where(o.state == OutboxState.IN_FLIGHT)))
    for item in items:
        item.state = OutboxState.QUEUED
        item.updated_at = now
    return len(items)


def entries_for_case(session: Session, case_pk: int, *, unsent_only: bool = True) -> list[OutboxEntry]:
    o = models.OutboxItem
    query = select(o).where(o.case_pk == case_pk)
    if unsent_only:
        query = query.where(o.state.in_(UNSENT_STATES))
    return [_entry(session, item) for item in session.scalars(query.order_by(o.id))]


def unsent_total(session: Session) -> int:
    o = models.OutboxItem
    return int(session.scalar(select(func.count()).where(o.state.in_(UNSENT_STATES))) or 0)


def entry(session: Session, item_id: int) -> OutboxEntry:
    return _entry(session, get(session, item_id))
