"""The vote board as received, and the member's own vote draft (sent through the outbox)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from arbitration_desk.domain.deliberation import accepts_deliberation
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.payloads import VoteBoard, VoteWrite
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store import models
from arbitration_desk.store.errors import InvalidStateError, ReadOnlyCaseError
from arbitration_desk.store.lookup import case_by_id, case_pk
from arbitration_desk.store.models import to_sortable
from arbitration_desk.store.outbox import enqueue
from arbitration_desk.store.records import VoteBoardRecord, VoteDraftRecord
from arbitration_desk.store.states import OutboxKind, OutboxState

_STORE_BOARD = (
    'INSERT INTO vote_boards (case_pk, quorum, "cast", sealed, board_json, received_at) VALUES (?, ?, ?, ?, ?, ?)'
    ' ON CONFLICT (case_pk) DO UPDATE SET quorum = excluded.quorum, "cast" = excluded."cast",'
    " sealed = excluded.sealed, board_json = excluded.board_json, received_at = excluded.received_at"
)


def store_board(connection: Connection, case_id: str, board: VoteBoard, now: datetime) -> None:
    """Stores the board as received (plain SQL: the sync does this for every case)."""
    values = (
        case_pk(connection, case_id),
        int(board["quorum"]),
        int(board["cast"]),
        bool(board["sealed"]),
        json.dumps(board, ensure_ascii=False),
        to_sortable(now),
    )
    connection.exec_driver_sql(_STORE_BOARD, values)


def board(session: Session, case_id: str) -> VoteBoardRecord | None:
    row = session.get(models.VoteBoard, case_by_id(session, case_id).id)
    if row is None:
        return None
    return VoteBoardRecord(row.quorum, row.cast, row.sealed, json.loads(row.board_json), row.received_at)


def _check_votable(case: models.Case) -> None:
    if case.reassigned_at is not None:
        raise ReadOnlyCaseError(phrase("StoreError", "case {case} was reassigned; it is read-only", case=case.case_id))
    if not accepts_deliberation(case.status, reassigned=False):  # reassigned: refused just above
        raise ReadOnlyCaseError(
            phrase(
                "StoreError",
                "case {case} is not in deliberation (status {status})",
                case=case.case_id,
                status=repr(case.status),
            )
        )


def save_draft(
    session: Session, case_id: str, outcome: str | None, award: Money | None, rationale: str, now: datetime
) -> None:
    case = case_by_id(session, case_id)
    _check_votable(case)
    row = session.get(models.VoteDraft, case.id)
    if row is None:
        row = models.VoteDraft(case_pk=case.id)
        session.add(row)
    row.outcome = outcome
    row.award_amount = None if award is None else award.amount
    row.award_currency = None if award is None else award.currency
    row.rationale = rationale
    row.updated_at = now


def draft(session: Session, case_id: str) -> VoteDraftRecord | None:
    row = session.get(models.VoteDraft, case_by_id(session, case_id).id)
    if row is None:
        return None
    award = None
    if row.award_amount is not None and row.award_currency is not None:
        award = Money(row.award_amount, row.award_currency)
    return VoteDraftRecord(row.outcome, award, row.rationale, row.updated_at, row.outbox_id is not None)


def submit(session: Session, case_id: str, now: datetime) -> int:
    """Queues the draft as ``PUT votes/me`` (replacing a queued, unsent vote); returns the item ID."""
    case = case_by_id(session, case_id)
    _check_votable(case)
    row = session.get(models.VoteDraft, case.id)
    if row is None or row.outcome is None or row.award_amount is None or not row.rationale:
        raise InvalidStateError(phrase("StoreError", "the vote needs an outcome, an award and a rationale"))
    payload: VoteWrite = {
        "outcome": row.outcome,
        "award": Money(row.award_amount, row.award_currency or "").to_json(),
        "rationale": row.rationale,
    }
    queued = session.get(models.OutboxItem, row.outbox_id) if row.outbox_id is not None else None
    if queued is not None and queued.state is OutboxState.QUEUED:
        queued.payload = json.dumps(payload, ensure_ascii=False)
        queued.updated_at = now
        return queued.id
    item = enqueue(session, case.id, OutboxKind.VOTE_PUT, None, None, payload, now)
    row.outbox_id = item.id
    return item.id


def delivered(session: Session, case_pk: int, item_id: int) -> None:
    row = session.get(models.VoteDraft, case_pk)
    if row is not None and row.outbox_id == item_id:
        row.outbox_id = None
