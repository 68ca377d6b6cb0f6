"""The recorded rulings of the member's cases: listed by the sync, their signed PDFs downloaded.

``GET /v1/rulings`` lists the rulings of the panels the member sat on (all of them for legal staff);
only those of cases in this store are kept (a row belongs to its case and goes with it), so a
decided case can show its ruling and open the signed PDF offline. The listing's cursor is kept
with the rows of each page, in the same transaction.

An appeal case's panel also sees the ruling appealed against (contract 1.1): its first-instance case
is never in the store, so that ruling is kept with the appeal case that names it
(``appeal.ruling_id``), and the appeal case's rows are then its own ruling and the appealed one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from arbitration_desk.domain.money import Money
from arbitration_desk.domain.payloads import RulingRecord
from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.store import models
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.lookup import find_case, get_state, set_state
from arbitration_desk.store.records import RecordedRulingRow
from arbitration_desk.store.schema import APPEALED_RULING

RULINGS_CURSOR = "rulings_cursor"


def cursor(session: Session) -> str | None:
    return get_state(session, RULINGS_CURSOR)


def _appealed_ruling() -> ColumnElement[Any]:
    """``appeal.ruling_id`` of a case, written as the index on it is (``schema.APPEALED_RULING``): with
    the path a literal, not a parameter, SQLite reads the index instead of every case's JSON."""
    return literal_column(APPEALED_RULING)


def _appeal_cases(session: Session) -> dict[str, models.Case]:
    """``appeal.ruling_id`` → the local appeal case that names it."""
    c = models.Case
    named = _appealed_ruling()
    return {
        str(ruling_id): case
        for case, ruling_id in session.execute(select(c, named).where(named.is_not(None)))
        if isinstance(ruling_id, str)
    }


def appealed_without_record(session: Session) -> list[tuple[str, str]]:
    """(``appeal.ruling_id``, ``appeal.decided_at``) of local appeal cases whose appealed ruling is not kept."""
    c, r = models.Case, models.RecordedRuling
    named = _appealed_ruling()
    decided = func.json_extract(c.case_json, "$.appeal.decided_at")
    kept = set(session.scalars(select(r.ruling_id)))
    return sorted(
        (str(ruling_id), str(at))
        for ruling_id, at in session.execute(select(named, decided).where(named.is_not(None)))
        if isinstance(ruling_id, str) and isinstance(at, str) and ruling_id not in kept
    )


def apply_page(session: Session, items: Sequence[RulingRecord], next_cursor: str | None, now: datetime) -> int:
    """Stores the page's rulings of local cases and the cursor (unless None); returns how many were new."""
    added = 0
    appealed: dict[str, models.Case] | None = None
    for item in items:
        case = find_case(session, item["case_id"])
        if case is None:
            if appealed is None:
                appealed = _appeal_cases(session)
            case = appealed.get(item["ruling_id"])
        if case is None:  # not one of this store's cases (legal staff see every ruling)
            continue
        row = session.scalars(
            select(models.RecordedRuling).where(models.RecordedRuling.ruling_id == item["ruling_id"])
        ).one_or_none()
        if row is None:
            row = models.RecordedRuling(ruling_id=item["ruling_id"], case_pk=case.id)
            session.add(row)
            added += 1
        elif row.document_sha256 != item["document_sha256"]:
            row.document_error = None  # rulings are immutable; a changed listing is downloaded afresh
        row.case_pk = case.id
        row.record_json = json.dumps(item, sort_keys=True)
        row.document_sha256 = item["document_sha256"]
        row.document_size = int(item["document_size"])
        row.listed_at = now
    if next_cursor is not None:
        set_state(session, RULINGS_CURSOR, next_cursor)
    return added


def reset_cursor(session: Session) -> None:
    set_state(session, RULINGS_CURSOR, None)


def _row(blobs: BlobStore, model: models.RecordedRuling) -> RecordedRulingRow:
    record = json.loads(model.record_json)
    appeal_of = record.get("appeal_of")
    return RecordedRulingRow(
        ruling_id=model.ruling_id,
        case_id=str(record["case_id"]),
        case_reference=str(record["case_reference"]),
        outcome=str(record["outcome"]),
        award=Money.from_json(record["award"]),
        decided_at=parse_timestamp(record["decided_at"]),
        received_at=parse_timestamp(record["received_at"]),
        chair_id=str(record["chair_id"]),
        document_sha256=model.document_sha256,
        document_size=model.document_size,
        appeal_of=appeal_of if isinstance(appeal_of, str) else None,
        document_stored=blobs.has_verified(model.document_sha256, model.document_size),
        document_error=model.document_error or "",
    )


def for_case(session: Session, blobs: BlobStore, case_id: str) -> list[RecordedRulingRow]:
    """The case's recorded rulings, oldest first: its own, and on an appeal case the appealed one."""
    r, c = models.RecordedRuling, models.Case
    query = select(r).join(c, c.id == r.case_pk).where(c.case_id == case_id).order_by(r.id)
    return [_row(blobs, model) for model in session.scalars(query)]


def without_document(session: Session, blobs: BlobStore) -> list[RecordedRulingRow]:
    """Rulings whose signed PDF is not in the blob store yet."""
    r = models.RecordedRuling
    rows = [_row(blobs, model) for model in session.scalars(select(r).order_by(r.id))]
    return [row for row in rows if not row.document_stored]


def record_document_error(session: Session, ruling_id: str, error: str | None) -> None:
    r = models.RecordedRuling
    row = session.scalars(select(r).where(r.ruling_id == ruling_id)).one_or_none()
    if row is not None:
        row.document_error = error
