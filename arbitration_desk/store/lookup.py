"""Small lookups shared by the store's modules (all take an open session)."""

from __future__ import annotations

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from arbitration_desk.store import models
from arbitration_desk.store.errors import CaseNotFoundError
from arbitration_desk.store.states import UNSENT_STATES

CASE_CURSOR = "case_cursor"
MEMBER_ID = "member_id"


def case_by_id(session: Session, case_id: str) -> models.Case:
    case = session.scalars(select(models.Case).where(models.Case.case_id == case_id)).one_or_none()
    if case is None:
        raise CaseNotFoundError(case_id)
    return case


def case_pk(connection: Connection, case_id: str) -> int:
    """The case's row ID, by plain SQL (for the Core paths a sync repeats)."""
    pk = connection.exec_driver_sql("SELECT id FROM cases WHERE case_id = ?", (case_id,)).scalar_one_or_none()
    if pk is None:
        raise CaseNotFoundError(case_id)
    return int(pk)


def find_case(session: Session, case_id: str) -> models.Case | None:
    return session.scalars(select(models.Case).where(models.Case.case_id == case_id)).one_or_none()


def unsent_count(session: Session, case_pk: int) -> int:
    query = select(func.count()).where(models.OutboxItem.case_pk == case_pk, models.OutboxItem.state.in_(UNSENT_STATES))
    return int(session.scalar(query) or 0)


def get_state(session: Session, key: str) -> str | None:
    row = session.get(models.SyncState, key)
    return None if row is None else row.value


def set_state(session: Session, key: str, value: str | None) -> None:
    row = session.get(models.SyncState, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(models.SyncState(key=key, value=value))
    else:
        row.value = value
