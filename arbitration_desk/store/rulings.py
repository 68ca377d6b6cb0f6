"""Ruling submissions: the signed PDF as a blob, the filing metadata and key in the outbox, the outcome.

A submission is written in ONE transaction with its outbox item (kind ``ruling_submit``): the item's
payload holds the filing metadata and a reference to the PDF blob, its ``idempotency_key`` the
UUID of this submission. The PDF itself is stored before that transaction, content-addressed by
its SHA-256 (an orphan blob after a crash is harmless; a row without its blob cannot happen), sealed
under the home's key like the evidence files.

The state shown to the chair is derived from the outbox item, so a crash in flight needs no repair:
queued -> ``signed``, in_flight -> ``filing``, delivered -> ``filed``, failed -> ``rejected`` or
``failed`` (as recorded here).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from arbitration_desk.domain.deliberation import accepts_deliberation
from arbitration_desk.domain.payloads import RulingReceipt
from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.store import models, outbox
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.errors import BlobError, InvalidStateError, NotFoundError, ReadOnlyCaseError
from arbitration_desk.store.lookup import case_by_id
from arbitration_desk.store.records import RulingSubmission
from arbitration_desk.store.sealed import SealedFileError
from arbitration_desk.store.states import FINAL_FAILURES, OutboxKind, OutboxState, SubmissionState

_STATE_OF_OUTBOX = {
    OutboxState.QUEUED: SubmissionState.SIGNED,
    OutboxState.IN_FLIGHT: SubmissionState.FILING,
    OutboxState.DELIVERED: SubmissionState.FILED,
}


def save_document(blobs: BlobStore, document: bytes) -> str:
    """Stores the signed PDF under its SHA-256 (staged, fsynced, moved); returns the hash.

    The stored file (sealed under the home's key) is read back before this returns: the chair
    signs once, so a document that would not decrypt must fail here, not at filing time.

    Raises:
        BlobError: the file could not be written, or did not read back with its hash.
    """
    sha = hashlib.sha256(document).hexdigest()
    if blobs.has_verified(sha, len(document)):
        return sha
    key = f"ruling-{sha}"
    blobs.reset(key)
    with blobs.open_append(key, limit=len(document)) as writer:
        writer.write(document)
    if not blobs.finalize(key, sha).verified:
        raise BlobError(phrase("StoreError", "the signed ruling {sha256} did not read back intact", sha256=sha))
    read_document(blobs, sha)
    return sha


def read_document(blobs: BlobStore, sha256: str) -> bytes:
    """The stored signed PDF, checked against its hash.

    Raises:
        BlobError: missing, unreadable with this home's key, or its content no longer has this hash.
    """
    try:
        with blobs.open_verified(sha256) as handle:
            data = handle.read()
    except SealedFileError as exc:  # a chunk that no longer authenticates
        raise BlobError(
            phrase(
                "StoreError",
                "the stored signed ruling {sha256} is damaged: {error}",
                sha256=sha256,
                error=said(exc),
            )
        ) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise BlobError(phrase("StoreError", "the stored signed ruling {sha256} is damaged", sha256=sha256))
    return data


def _record(session: Session, sub: models.RulingSubmission) -> RulingSubmission:
    item = outbox.get(session, sub.outbox_id)
    case_id = str(session.scalar(select(models.Case.case_id).where(models.Case.id == sub.case_pk)))
    payload: dict[str, Any] = json.loads(item.payload or "{}")
    state = _STATE_OF_OUTBOX.get(item.state) or sub.outcome or SubmissionState.FAILED
    return RulingSubmission(
        submission_id=sub.id,
        case_id=case_id,
        outbox_id=item.id,
        state=state,
        idempotency_key=sub.idempotency_key,
        document_sha256=sub.document_sha256,
        document_size=sub.document_size,
        metadata=dict(payload.get("metadata") or {}),
        failed_checks=tuple(json.loads(sub.failed_checks)),
        receipt=None if sub.receipt_json is None else json.loads(sub.receipt_json),
        error=None if state is SubmissionState.FILED else item.last_error,
        attempts=item.attempts,
        created_at=sub.created_at,
        updated_at=max(sub.updated_at, item.updated_at),
    )


def _rows(session: Session, case_pk: int) -> list[models.RulingSubmission]:
    r = models.RulingSubmission
    return list(session.scalars(select(r).where(r.case_pk == case_pk).order_by(r.id)))


def queue(
    session: Session,
    case_id: str,
    metadata: Mapping[str, Any],
    document_sha256: str,
    document_size: int,
    idempotency_key: str,
    now: datetime,
) -> RulingSubmission:
    """Records a new submission and its outbox item.

    Raises:
        ReadOnlyCaseError: the case is reassigned, or not in deliberation here.
        InvalidStateError: a submission of this case is already queued, in flight or filed.
    """
    case = case_by_id(session, case_id)
    if not accepts_deliberation(case.status, reassigned=case.reassigned_at is not None):
        raise ReadOnlyCaseError(
            phrase(
                "StoreError", "case {case} does not accept a ruling (status {status})", case=case_id, status=case.status
            )
        )
    for existing in _rows(session, case.id):
        found = _record(session, existing)
        if found.blocks_new_submission:
            raise InvalidStateError(_already(case_id, found.state))
    payload = {"metadata": dict(metadata), "document": {"sha256": document_sha256, "size": document_size}}
    item = outbox.enqueue(session, case.id, OutboxKind.RULING_SUBMIT, None, None, payload, now)
    item.idempotency_key = idempotency_key
    sub = models.RulingSubmission(
        case_pk=case.id,
        outbox_id=item.id,
        idempotency_key=idempotency_key,
        document_sha256=document_sha256,
        document_size=document_size,
        outcome=None,
        failed_checks="[]",
        receipt_json=None,
        created_at=now,
        updated_at=now,
    )
    session.add(sub)
    session.flush()
    return _record(session, sub)


def _already(case_id: str, state: SubmissionState) -> Phrase:
    """Why another ruling of the case cannot be queued: one per state, whole sentences to translate."""
    if state is SubmissionState.SIGNED:
        return phrase("StoreError", "a ruling of case {case} is already signed", case=case_id)
    if state is SubmissionState.FILING:
        return phrase("StoreError", "a ruling of case {case} is already filing", case=case_id)
    if state is SubmissionState.FILED:
        return phrase("StoreError", "a ruling of case {case} is already filed", case=case_id)
    return phrase("StoreError", "a ruling of case {case} is already {state}", case=case_id, state=str(state))


def by_outbox(session: Session, outbox_id: int) -> models.RulingSubmission:
    r = models.RulingSubmission
    sub = session.scalars(select(r).where(r.outbox_id == outbox_id)).one_or_none()
    if sub is None:
        raise NotFoundError(phrase("StoreError", "no ruling submission for outbox item {item}", item=outbox_id))
    return sub


def delivered(session: Session, outbox_id: int, receipt: RulingReceipt | None, now: datetime) -> None:
    """Keeps the platform's receipt of a filed ruling."""
    sub = by_outbox(session, outbox_id)
    sub.receipt_json = None if receipt is None else json.dumps(dict(receipt), ensure_ascii=False)
    sub.updated_at = now


def failed(session: Session, outbox_id: int, outcome: SubmissionState, checks: Sequence[str], now: datetime) -> None:
    """Records why the submission ended (``rejected`` with the failed checks, or ``failed``)."""
    if outcome not in FINAL_FAILURES:
        raise InvalidStateError(
            phrase("StoreError", "{state} is not a final failure of a submission", state=str(outcome))
        )
    sub = by_outbox(session, outbox_id)
    sub.outcome = outcome
    sub.failed_checks = json.dumps(list(checks))
    sub.updated_at = now


def latest(session: Session, case_id: str) -> RulingSubmission | None:
    rows = _rows(session, case_by_id(session, case_id).id)
    return _record(session, rows[-1]) if rows else None


def all_for_case(session: Session, case_id: str) -> list[RulingSubmission]:
    return [_record(session, row) for row in _rows(session, case_by_id(session, case_id).id)]


def document_hashes(session: Session, case_pk: int) -> set[str]:
    """Blobs of the case's signed rulings, submitted or recorded (released when the case goes)."""
    r, rec = models.RulingSubmission, models.RecordedRuling
    hashes = set(session.scalars(select(r.document_sha256).where(r.case_pk == case_pk)))
    return hashes | set(session.scalars(select(rec.document_sha256).where(rec.case_pk == case_pk)))


def unused_documents(session: Session, hashes: set[str]) -> set[str]:
    """Those of ``hashes`` that no remaining submission, recorded ruling or evidence item uses."""
    r, rec, e = models.RulingSubmission, models.RecordedRuling, models.Evidence
    used = set(session.scalars(select(r.document_sha256).where(r.document_sha256.in_(hashes))))
    used |= set(session.scalars(select(rec.document_sha256).where(rec.document_sha256.in_(hashes))))
    used |= set(session.scalars(select(e.sha256).where(e.sha256.in_(hashes))))
    return hashes - used
