"""Writes of the case list and case documents, as the sync engine receives them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from arbitration_desk.store import models
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.lookup import CASE_CURSOR, case_by_id, find_case, set_state, unsent_count
from arbitration_desk.store.records import REASSIGNED_RETENTION, CasePageResult, EvidenceState

JsonDict = Mapping[str, Any]


def _apply_summary(case: models.Case, summary: JsonDict) -> None:
    case.reference = summary["reference"]
    case.status = summary["status"]
    case.claim_type = summary["claim_type"]
    case.value_amount = summary["value"]["amount"]
    case.value_currency = summary["value"]["currency"]
    case.opened_at = summary["opened_at"]
    case.escalated_at = summary["escalated_at"]
    case.ruling_due_at = summary["ruling_due_at"]
    case.updated_at = summary["updated_at"]
    case.version = max(int(summary["version"]), case.version or 0)


def upsert_summary(session: Session, summary: JsonDict) -> models.Case:
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


def remove_case(session: Session, case: models.Case, now: datetime) -> tuple[str, set[str]]:
    """Handles a case no longer assigned: deleted at once, or kept read-only if it has unsent work.

    Returns ("deleted" | "reassigned", hashes to release if unused).
    """
    if unsent_count(session, case.id) == 0:
        return "deleted", delete_case(session, case)
    if case.reassigned_at is None:
        case.reassigned_at = now
        case.delete_after = now + REASSIGNED_RETENTION
    return "reassigned", set()


def apply_case_page(
    session: Session, items: Iterable[JsonDict], removed: Iterable[str], next_cursor: str, now: datetime
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


def store_case(session: Session, blobs: BlobStore, case_json: JsonDict) -> set[str]:
    """Stores a full ``Case`` and its evidence list; returns hashes of withdrawn evidence."""
    case = upsert_summary(session, case_json)
    case.case_json = json.dumps(case_json, ensure_ascii=False)
    case.message_count = case_json.get("message_count")
    case.claim_description = case_json.get("claim", {}).get("description")
    countries = {p.get("role"): p.get("country") for p in case_json.get("parties", [])}
    case.buyer_country = countries.get("buyer")
    case.seller_country = countries.get("seller")
    session.flush()
    existing = {
        e.evidence_id: e for e in session.scalars(select(models.Evidence).where(models.Evidence.case_pk == case.id))
    }
    listed: set[str] = set()
    for item in case_json.get("evidence", []):
        listed.add(item["evidence_id"])
        row = existing.get(item["evidence_id"])
        if row is None or row.sha256 != item["sha256"]:
            if row is not None:
                session.delete(row)
                session.flush()
            row = models.Evidence(case_pk=case.id, evidence_id=item["evidence_id"], mismatches=0)
            row.state = EvidenceState.PENDING.value
            session.add(row)
        _apply_evidence(row, item)
        if blobs.has_verified(row.sha256, row.size_bytes):
            row.state = EvidenceState.VERIFIED.value
        elif row.state == EvidenceState.VERIFIED.value:  # the file went missing: fetch it again
            row.state = EvidenceState.PENDING.value
    withdrawn = [row for evidence_id, row in existing.items() if evidence_id not in listed]
    hashes = {row.sha256 for row in withdrawn}
    for row in withdrawn:
        session.delete(row)
    session.flush()
    return hashes


def _apply_evidence(row: models.Evidence, item: JsonDict) -> None:
    row.sha256 = item["sha256"]
    row.size_bytes = int(item["size_bytes"])
    row.media_type = item["media_type"]
    row.filename = item["filename"]
    row.title = item["title"]
    row.kind = item["kind"]
    row.submitted_by = item["submitted_by"]
    row.submitted_at = item["submitted_at"]
    row.item_json = json.dumps(item, ensure_ascii=False)


def record_case_synced(session: Session, case_id: str, etag: str, version: int) -> None:
    case = case_by_id(session, case_id)
    case.etag = etag
    case.synced_version = version
    case.version = max(case.version, version)


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
