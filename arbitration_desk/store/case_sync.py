"""Writes of the case list and case documents, as the sync engine receives them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from arbitration_desk.domain.deadlines import reassigned_delete_after
from arbitration_desk.domain.payloads import Case, CaseSummary, EvidenceItem
from arbitration_desk.store import models
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.errors import CaseNotFoundError
from arbitration_desk.store.lookup import CASE_CURSOR, find_case, set_state, unsent_count
from arbitration_desk.store.records import CasePageResult
from arbitration_desk.store.states import EvidenceState


def _apply_summary(case: models.Case, summary: CaseSummary) -> None:
    # The amount and the timestamps go in as the contract's text: their column types (DecimalText,
    # UtcTimestamp) parse it at flush, where a bad value becomes a StoreError like any other.
    as_text: Mapping[str, Any] = summary
    case.reference = summary["reference"]
    case.status = summary["status"]
    case.claim_type = summary["claim_type"]
    case.value_amount = as_text["value"]["amount"]
    case.value_currency = summary["value"]["currency"]
    case.opened_at = as_text["opened_at"]
    case.escalated_at = as_text["escalated_at"]
    case.ruling_due_at = as_text["ruling_due_at"]
    case.updated_at = as_text["updated_at"]
    case.version = max(int(summary["version"]), case.version or 0)


def upsert_summary(session: Session, summary: CaseSummary) -> models.Case:
    """Creates or updates the case row from a ``CaseSummary`` (or a full ``Case``)."""
    case = find_case(session, summary["id"])
    if case is None:
        case = models.Case(case_id=summary["id"], last_viewed_version=0, version=0)
        session.add(case)
    _apply_summary(case, summary)
    case.summary_json = json.dumps({k: v for k, v in summary.items() if k not in _CASE_ONLY_FIELDS}, ensure_ascii=False)
    if case.reassigned_at is not None:  # listed again: assigned again
        case.reassigned_at = None
        case.delete_after = None
    return case


_CASE_ONLY_FIELDS = frozenset(
    {"parties", "order", "claim", "history", "evidence", "panel", "message_count", "seller_response"}
)


def is_stale(case: models.Case) -> bool:
    return case.synced_version is None or case.version > case.synced_version


def delete_case(session: Session, case: models.Case) -> set[str]:
    """Deletes the case and everything in it; returns the hashes its evidence used."""
    hashes = set(session.scalars(select(models.Evidence.sha256).where(models.Evidence.case_pk == case.id)))
    session.delete(case)
    session.flush()
    return hashes


def remove_case(
    session: Session, case: models.Case, now: datetime
) -> tuple[Literal["deleted", "reassigned"], set[str]]:
    """Handles a case no longer assigned: deleted at once, or kept read-only if it has unsent work.

    Returns ("deleted" | "reassigned", hashes to release if unused).
    """
    if unsent_count(session, case.id) == 0:
        return "deleted", delete_case(session, case)
    if case.reassigned_at is None:
        case.reassigned_at = now
        case.delete_after = reassigned_delete_after(now)
    return "reassigned", set()


def apply_case_page(
    session: Session, items: Iterable[CaseSummary], removed: Iterable[str], next_cursor: str, now: datetime
) -> tuple[CasePageResult, set[str]]:
    stale: list[str] = []
    for summary in items:
        case = upsert_summary(session, summary)
        if is_stale(case):
            stale.append(case.case_id)
    result, hashes = remove_cases(session, removed, now)
    set_state(session, CASE_CURSOR, next_cursor)
    return CasePageResult(tuple(stale), result.deleted, result.reassigned), hashes


def remove_cases(session: Session, case_ids: Iterable[str], now: datetime) -> tuple[CasePageResult, set[str]]:
    deleted: list[str] = []
    reassigned: list[str] = []
    hashes: set[str] = set()
    for case_id in case_ids:
        case = find_case(session, case_id)
        if case is None:
            continue
        outcome, used = remove_case(session, case, now)
        (deleted if outcome == "deleted" else reassigned).append(case_id)
        hashes |= used
    return CasePageResult((), tuple(deleted), tuple(reassigned)), hashes


def store_case(session: Session, blobs: BlobStore, case_json: Case) -> set[str]:
    """Stores a full ``Case`` and its evidence list; returns hashes of evidence no longer listed.

    The evidence rows are written with Core statements (one ``executemany`` each for new, changed
    and dropped items): the sync stores every case, and the ORM's unit of work cost more than
    the rest of the case together. An item whose hash changed is a new item (its download
    history and state start over).
    """
    case = upsert_summary(session, case_json)
    case.case_json = json.dumps(case_json, ensure_ascii=False)
    case.message_count = case_json.get("message_count")
    case.claim_description = case_json.get("claim", {}).get("description")
    countries = {p.get("role"): p.get("country") for p in case_json.get("parties", [])}
    case.buyer_country = countries.get("buyer")
    case.seller_country = countries.get("seller")
    session.flush()
    e = _EVIDENCE
    existing = {
        row.evidence_id: row
        for row in session.execute(select(e.c.id, e.c.evidence_id, e.c.sha256, e.c.state).where(e.c.case_pk == case.id))
    }
    dropped = {row.evidence_id: row for row in existing.values()}
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for item in case_json.get("evidence", []):
        values = _evidence_values(item)
        old = existing.get(values["evidence_id"])
        if old is not None and old.sha256 == values["sha256"]:
            del dropped[old.evidence_id]
        else:
            old = None
        if blobs.has_verified(values["sha256"], values["size_bytes"]):
            values["state"] = EvidenceState.VERIFIED
        elif old is None or old.state is EvidenceState.VERIFIED:  # new, or its file went missing
            values["state"] = EvidenceState.PENDING
        else:  # quarantined or failed verification: its download history stands
            values["state"] = old.state
        if old is None:
            inserts.append(values | {"case_pk": case.id, "mismatches": 0})
        else:
            updates.append(values | {"pk": old.id})
    if dropped:
        session.execute(delete(e).where(e.c.id.in_([row.id for row in dropped.values()])))
    if inserts:
        session.execute(insert(e), inserts)
    if updates:
        session.execute(update(e).where(e.c.id == bindparam("pk")), updates)
    return {row.sha256 for row in dropped.values()}


_EVIDENCE = cast(Table, models.Evidence.__table__)


def _evidence_values(item: EvidenceItem) -> dict[str, Any]:
    return {
        "evidence_id": item["evidence_id"],
        "sha256": item["sha256"],
        "size_bytes": int(item["size_bytes"]),
        "media_type": item["media_type"],
        "filename": item["filename"],
        "title": item["title"],
        "kind": item["kind"],
        "submitted_by": item["submitted_by"],
        "submitted_at": item["submitted_at"],
        "item_json": json.dumps(item, ensure_ascii=False),
    }


_RECORD_SYNCED = "UPDATE cases SET etag = ?, synced_version = ?, version = max(version, ?) WHERE case_id = ?"


def record_case_synced(connection: Connection, case_id: str, etag: str, version: int) -> None:
    if connection.exec_driver_sql(_RECORD_SYNCED, (etag, version, version, case_id)).rowcount == 0:
        raise CaseNotFoundError(case_id)


def unused_hashes(session: Session, hashes: Iterable[str]) -> set[str]:
    """The hashes of ``hashes`` that no evidence row (of any case) references."""
    candidates = set(hashes)
    if not candidates:
        return set()
    used = set(session.scalars(select(models.Evidence.sha256).where(models.Evidence.sha256.in_(candidates)).distinct()))
    return candidates - used


def wipe(session: Session) -> None:
    """Deletes every row of every table (FTS indexes follow by trigger)."""
    session.execute(delete(models.Case))  # cascades to everything that belongs to a case
    session.execute(delete(models.SyncState))
