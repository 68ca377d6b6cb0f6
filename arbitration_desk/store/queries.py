"""Reads for the GUI and the sync engine: case rows with badge data, case detail, evidence, sync state."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Connection, ScalarSelect, Select, bindparam, func, select
from sqlalchemy.orm import Session

from arbitration_desk.domain.abuse_signals import FIELDS_READ, AbuseSignal, case_signals
from arbitration_desk.domain.deliberation import MemberPart, member_part
from arbitration_desk.domain.money import Money
from arbitration_desk.store import models, rulings
from arbitration_desk.store.errors import CaseNotFoundError
from arbitration_desk.store.lookup import MEMBER_ID, case_by_id, case_pk, get_state
from arbitration_desk.store.records import EVIDENCE_COLUMNS, CaseDetail, CaseRow, CaseSyncState, EvidenceRow
from arbitration_desk.store.states import UNSENT_STATES, EvidenceState


def _counts() -> tuple[ScalarSelect[int], ScalarSelect[int]]:
    o, e, c = models.OutboxItem, models.Evidence, models.Case
    unsent = select(func.count()).where(o.case_pk == c.id, o.state.in_(UNSENT_STATES)).correlate(c).scalar_subquery()
    failed = (
        select(func.count())
        .where(e.case_pk == c.id, e.state == EvidenceState.FAILED_VERIFICATION)
        .correlate(c)
        .scalar_subquery()
    )
    return unsent, failed


#: The JSON paths of what the signals of abuse read of a case document, in ``FIELDS_READ`` order.
SIGNAL_PATHS = tuple("$." + ".".join(keys) for keys in FIELDS_READ)


def _signal_fields() -> ColumnElement[str | None]:
    """What the signals of abuse read of the stored case document, as one JSON array.

    SQLite takes the parts out in one pass over the document (``json_extract`` with several paths),
    so the list parses a few hundred bytes per case in Python, not the whole document with its
    evidence list. NULL for a case not downloaded yet.
    """
    return func.json_extract(models.Case.case_json, *SIGNAL_PATHS)


@lru_cache(maxsize=4096)
def _signals(fields: str | None) -> tuple[AbuseSignal, ...]:
    """The signals of a case from :func:`_signal_fields` (the parts put back where they were).

    Cached by the extracted text (the signals are a pure function of it, and immutable): the list is
    read again after every sync and every minute, and most cases' fields have not changed.
    """
    values = None if fields is None else json.loads(fields)
    if not isinstance(values, list) or len(values) != len(FIELDS_READ):
        return ()
    case: dict[str, Any] = {}
    for keys, value in zip(FIELDS_READ, values, strict=True):
        *parents, last = keys
        node = case
        for key in parents:
            node = node.setdefault(key, {})
        node[last] = value
    return case_signals(case)


#: The first-instance reference of an appeal case, taken out of the stored document by SQLite.
_APPEAL_OF = func.json_extract(models.Case.case_json, "$.appeal.of_reference")


#: What :func:`_row` reads of a case: the list selects these columns, not the ORM entity (whose
#: loading cost more than the query for 1,000 cases).
_ROW_FIELDS = (
    "case_id",
    "reference",
    "status",
    "claim_type",
    "value_amount",
    "value_currency",
    "opened_at",
    "escalated_at",
    "ruling_due_at",
    "updated_at",
    "version",
    "synced_version",
    "message_count",
    "buyer_country",
    "seller_country",
    "last_viewed_version",
    "reassigned_at",
    "delete_after",
)


def _row(
    case: Any,
    unsent: int,
    failed: int,
    signals: tuple[AbuseSignal, ...] = (),
    appeal_of: object = None,
) -> CaseRow:
    return CaseRow(
        case_id=case.case_id,
        reference=case.reference,
        status=case.status,
        claim_type=case.claim_type,
        value=Money(case.value_amount, case.value_currency),
        opened_at=case.opened_at,
        escalated_at=case.escalated_at,
        ruling_due_at=case.ruling_due_at,
        updated_at=case.updated_at,
        version=case.version,
        synced_version=case.synced_version,
        message_count=case.message_count,
        buyer_country=case.buyer_country,
        seller_country=case.seller_country,
        has_unread=case.version > case.last_viewed_version,
        unsent_count=unsent,
        failed_verification_count=failed,
        reassigned_at=case.reassigned_at,
        delete_after=case.delete_after,
        signals=signals,
        appeal_of=appeal_of if isinstance(appeal_of, str) else None,
    )


def list_cases(session: Session) -> list[CaseRow]:
    """Every local case, earliest ruling deadline first."""
    unsent, failed = _counts()
    c = models.Case
    # The case document stays in the database: the list reads only the few fields it shows, as
    # columns (a row answers ``row.reference`` as the entity would).
    columns = [getattr(c, name) for name in _ROW_FIELDS]
    query = select(*columns, unsent, failed, _signal_fields(), _APPEAL_OF).order_by(c.ruling_due_at, c.case_id)
    return [
        _row(row, int(row[-4] or 0), int(row[-3] or 0), _signals(row[-2]), row[-1]) for row in session.execute(query)
    ]


def _json_list(text: str | None) -> list[Any]:
    value = None if text is None else json.loads(text)
    return value if isinstance(value, list) else []


def member_parts(session: Session) -> dict[str, MemberPart]:
    """Case ID → the signed-in member's part in it (``member_part``), for every local case.

    One query over the cases, their boards and drafts; the panel's chair and members are taken out
    of the case document by SQLite (``json_extract``), so no case document is parsed here. The
    rule itself is :func:`~arbitration_desk.domain.deliberation.member_part`, the one the vote
    panel and the ruling button follow.
    """
    c, b, d, r = models.Case, models.VoteBoard, models.VoteDraft, models.RulingSubmission
    member_id = get_state(session, MEMBER_ID)
    with_rulings = set(session.scalars(select(c.case_id).join(r, r.case_pk == c.id).distinct()))
    query = (
        select(
            c.case_id,
            c.status,
            c.reassigned_at.is_not(None),
            c.case_json.is_not(None),
            func.json_extract(c.case_json, "$.panel.chair_id"),
            func.json_extract(c.case_json, "$.panel.members"),
            b.board_json,
            d.outbox_id.is_not(None),
        )
        .outerjoin(b, b.case_pk == c.id)
        .outerjoin(d, d.case_pk == c.id)
    )
    parts = {}
    for case_id, status, reassigned, synced, chair_id, members, board_json, queued in session.execute(query):
        board = None if board_json is None else json.loads(board_json)
        pending = case_id in with_rulings and _ruling_pending(session, case_id)
        on_panel = any(isinstance(m, dict) and m.get("member_id") == member_id for m in _json_list(members))
        parts[case_id] = member_part(
            status=status,
            reassigned=bool(reassigned),
            synced=bool(synced),
            member_id=member_id,
            chair_id=chair_id if isinstance(chair_id, str) else None,
            board=board if isinstance(board, dict) else None,
            vote_queued=bool(queued),
            ruling_pending=pending,
            on_panel=on_panel,
        )
    return parts


def _ruling_pending(session: Session, case_id: str) -> bool:
    latest = rulings.latest(session, case_id)
    return latest is not None and latest.blocks_new_submission


def case_row(session: Session, case_id: str) -> CaseRow:
    unsent, failed = _counts()
    c = models.Case
    query = select(c, unsent, failed, _signal_fields(), _APPEAL_OF).where(c.case_id == case_id)
    found = session.execute(query).one_or_none()
    if found is None:
        raise CaseNotFoundError(case_id)
    case, u, f, fields, appeal_of = found
    return _row(case, int(u or 0), int(f or 0), _signals(fields), appeal_of)


def case_detail(session: Session, case_id: str) -> CaseDetail:
    row = case_row(session, case_id)
    case = case_by_id(session, case_id)
    full = None if case.case_json is None else json.loads(case.case_json)
    return CaseDetail(row, json.loads(case.summary_json), full, case.etag, case.message_cursor, case.annotations_as_of)


def evidence(session: Session, case_id: str) -> list[EvidenceRow]:
    """The case's evidence in submission order.

    Core columns, not ORM entities: the case view reads them at every switch of case, and for a
    case of 2,000 items the entities took twice as long as the rows (``bench_gui_case.py``).
    """
    e = models.Evidence
    query = (
        select(*(getattr(e, name) for name in EVIDENCE_COLUMNS), e.item_json)
        .where(e.case_pk == case_pk(session.connection(), case_id))
        .order_by(e.submitted_at, e.evidence_id)
    )
    return [EvidenceRow.from_columns(case_id, *row) for row in session.execute(query)]


def verified_hashes(session: Session) -> list[str]:
    """The content hashes of verified evidence on the cases the member still sits on (none of a
    reassigned case), each once, by deadline of their case and then submission: one query, for the
    thumbnail prefetcher that asks every few seconds during a sync."""
    e, c = models.Evidence, models.Case
    query = (
        select(e.sha256)
        .join(c, c.id == e.case_pk)
        .where(e.state == EvidenceState.VERIFIED, c.reassigned_at.is_(None))
        .order_by(c.ruling_due_at, c.case_id, e.submitted_at, e.evidence_id)
    )
    return list(dict.fromkeys(session.scalars(query)))


_DOWNLOAD_COLUMNS = (
    models.Case.case_id,
    *(getattr(models.Evidence, name) for name in EVIDENCE_COLUMNS),
    models.Evidence.item_json,
)


def _to_download() -> Select[Any]:
    e, c = models.Evidence, models.Case
    states = (EvidenceState.PENDING, EvidenceState.QUARANTINED)
    return (
        select(*_DOWNLOAD_COLUMNS)
        .join(e, c.id == e.case_pk)
        .where(e.state.in_(states), c.reassigned_at.is_(None))
        .order_by(c.ruling_due_at, e.id)
    )


# Built once: the sync asks once per case.
_TO_DOWNLOAD = _to_download()
_TO_DOWNLOAD_OF_CASE = _TO_DOWNLOAD.where(models.Case.case_id == bindparam("case_id"))


def evidence_to_download(connection: Connection, case_id: str | None) -> list[EvidenceRow]:
    """Items that are pending or await their second download, by deadline of their case.

    Core columns, not ORM entities: the sync asks once per case, and the ORM's entity loading
    cost more than the query.
    """
    if case_id is None:
        rows = connection.execute(_TO_DOWNLOAD)
    else:
        rows = connection.execute(_TO_DOWNLOAD_OF_CASE, {"case_id": case_id})
    return [EvidenceRow.from_columns(*row) for row in rows]


_SYNC_STATE = (
    "SELECT id, version, synced_version, etag, message_cursor, annotations_as_of, message_count,"
    " reassigned_at IS NOT NULL FROM cases WHERE case_id = ?"
)
_VERIFIED_HASHES = "SELECT sha256 FROM evidence WHERE case_pk = ? AND state = ?"
_MESSAGE_COUNT = "SELECT count(*) FROM messages WHERE case_pk = ?"


def sync_state(connection: Connection, case_id: str) -> CaseSyncState:
    """What the engine keeps per case: plain SQL (read twice per case per sync, never the case
    document); every column read is a plain integer or text."""
    row = connection.exec_driver_sql(_SYNC_STATE, (case_id,)).one_or_none()
    if row is None:
        raise CaseNotFoundError(case_id)
    case_pk, version, synced_version, etag, message_cursor, as_of, message_count, reassigned = row
    verified = connection.exec_driver_sql(_VERIFIED_HASHES, (case_pk, EvidenceState.VERIFIED.value)).scalars()
    return CaseSyncState(
        case_id=case_id,
        version=version,
        synced_version=synced_version,
        etag=etag,
        message_cursor=message_cursor,
        annotations_as_of=as_of,
        message_count=message_count,
        stored_messages=connection.exec_driver_sql(_MESSAGE_COUNT, (case_pk,)).scalar_one(),
        verified_hashes=frozenset(verified),
        reassigned=bool(reassigned),
    )


def stale_case_ids(session: Session) -> list[str]:
    """Cases whose listed version is ahead of the last full sync, earliest deadline first."""
    c = models.Case
    query = (
        select(c.case_id)
        .where(c.reassigned_at.is_(None), (c.synced_version.is_(None)) | (c.version > c.synced_version))
        .order_by(c.ruling_due_at, c.case_id)
    )
    return list(session.scalars(query))
