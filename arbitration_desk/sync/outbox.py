"""Delivering the outbox exactly once.

PUT and DELETE are idempotent by design (client-made annotation IDs), but a platform that counts
writes must see each change once. So a write is never blindly repeated: when an earlier attempt
may have reached the platform (a lost answer, a crash in flight), the platform's state is read
first and an item already applied counts as delivered (README "Annotations": a retried PUT may get
412 because the first attempt succeeded: re-read, and if the stored body equals yours, it is done).

A ruling (README "Filing a ruling", "Idempotency") is the exception that proves the rule: its
``Idempotency-Key`` was stored with it before the first attempt, so every repeat, after a lost
answer or a crash, sends the same key and identical parts, and the platform answers the original
201 again instead of recording a second ruling.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from typing import Any, TypeVar, assert_never

from arbitration_desk.domain.payloads import Annotation, RulingReceipt, RulingRecord, VoteEntry
from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import (
    CaseStateConflict,
    IdempotencyKeyInUse,
    IdempotencyKeyReused,
    NotAssigned,
    NotFound,
    PlatformError,
    PreconditionFailed,
    RateLimited,
    RulingExists,
    RulingRejected,
    ServerError,
    TransportError,
    Unauthorized,
    Unavailable,
)
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.outbox_facet import OutboxStore
from arbitration_desk.store.records import OutboxEntry
from arbitration_desk.store.states import OutboxKind
from arbitration_desk.sync.outbox_results import (
    ChangeRejected,
    DeliveryOutcome,
    DocumentUnavailable,
    OutboxError,
    RulingConflict,
)

#: Sends of one item within one delivery, across lost answers.
SEND_ATTEMPTS = 4
#: Answers ``idempotency-key-in-use`` waited out (``Retry-After`` each) before the item is requeued.
IN_USE_WAITS = 30
TRANSIENT = (TransportError, ServerError, Unavailable, RateLimited, IdempotencyKeyInUse, Unauthorized)
_WRITE_FIELDS = ("target", "body", "created_at", "updated_at")
T = TypeVar("T")


def _recorded_ruling(client: PlatformClient, case_id: str) -> RulingRecord | None:
    """The case's ruling from ``GET /v1/rulings`` (the chair sees the rulings of their panels)."""
    cursor: str | None = None
    while True:
        page = client.list_rulings(cursor).data
        found = next((item for item in page["items"] if item["case_id"] == case_id), None)
        if found is not None or not page["has_more"]:
            return found
        cursor = page["next_cursor"]


def _ours_or_conflict(client: PlatformClient, entry: OutboxEntry, sha: str, cause: Exception) -> RulingReceipt:
    """README: on ``ruling-exists``, the recorded ruling counts as ours if its document hash is ours."""
    found = _recorded_ruling(client, entry.case_id)
    if found is not None and found["document_sha256"] == sha:
        return {
            "ruling_id": found["ruling_id"],
            "case_id": found["case_id"],
            "case_reference": found["case_reference"],
            "received_at": found["received_at"],
            "document_sha256": found["document_sha256"],
        }
    if isinstance(cause, RulingExists):
        if found is None:
            raise RulingConflict(
                phrase(
                    "Outbox",
                    "a ruling is already recorded for this case with a different document than the one you signed; "
                    "yours was not filed",
                )
            ) from cause
        raise RulingConflict(
            phrase(
                "Outbox",
                "ruling {ruling} (document {sha256}) is already recorded for this case with a different document "
                "than the one you signed; yours was not filed",
                ruling=found["ruling_id"],
                sha256=found["document_sha256"],
            )
        ) from cause
    raise cause


def _file_ruling(outbox: OutboxStore, client: PlatformClient, entry: OutboxEntry) -> RulingReceipt:
    """Sends the stored parts with the stored key until the platform answers for good."""
    payload = entry.payload or {}
    metadata, sha = payload.get("metadata"), (payload.get("document") or {}).get("sha256")
    if not entry.idempotency_key or not isinstance(metadata, dict) or not isinstance(sha, str):
        raise DocumentUnavailable(
            phrase("Outbox", "the queued ruling lacks its key, metadata or document reference; sign again")
        )
    try:
        pdf = outbox.ruling_document(sha)
    except StoreError as exc:
        raise DocumentUnavailable(
            phrase(
                "Outbox",
                "the signed ruling is no longer stored intact ({error}); sign again",
                error=said(exc),
            )
        ) from exc
    for wait in range(IN_USE_WAITS + 1):
        try:
            receipt = client.submit_ruling(entry.case_id, entry.idempotency_key, metadata, pdf).data
        except IdempotencyKeyInUse as exc:  # our own earlier attempt is still being processed
            if wait == IN_USE_WAITS:
                raise
            client.transport.sleep(exc.retry_after if exc.retry_after is not None else 1.0)
            continue
        except (RulingExists, CaseStateConflict) as exc:
            return _ours_or_conflict(client, entry, sha, exc)
        if receipt["document_sha256"] != sha or receipt["case_id"] != entry.case_id:
            raise RulingConflict(
                phrase(
                    "Outbox", "the platform's receipt names another document or case: {receipt}", receipt=str(receipt)
                )
            )
        return receipt
    raise AssertionError("unreachable")


def _same_annotation(server: Annotation | None, payload: Mapping[str, Any]) -> bool:
    return server is not None and all(server.get(key) == payload.get(key) for key in _WRITE_FIELDS)


def _server_annotation(client: PlatformClient, entry: OutboxEntry) -> Annotation | None:
    items = client.list_annotations(entry.case_id).data["items"]
    return next((item for item in items if item["annotation_id"] == entry.target_id), None)


def _own_vote(client: PlatformClient, entry: OutboxEntry, member_id: str | None) -> VoteEntry | None:
    board = client.get_votes(entry.case_id).data
    return next((item for item in board["items"] if item["member_id"] == member_id and item["has_voted"]), None)


def _same_vote(server: VoteEntry | None, payload: Mapping[str, Any]) -> bool:
    return server is not None and all(server.get(key) == payload.get(key) for key in ("outcome", "award", "rationale"))


def _send_once_only(
    client: PlatformClient,
    first_attempt: bool,
    applied: Callable[[], T | None],
    send: Callable[[], T],
) -> T:
    """Sends unless the change is already applied; after a lost answer, looks before sending again."""
    if not first_attempt:
        found = applied()
        if found is not None:
            return found
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return send()
        except TransportError:
            if attempt == SEND_ATTEMPTS:
                raise
            client.transport.sleep(client.transport.retry.delay(attempt, None))
            found = applied()
            if found is not None:
                return found
    raise AssertionError("unreachable")


def _put_annotation(client: PlatformClient, entry: OutboxEntry) -> Annotation:
    payload = entry.payload or {}
    target_id = entry.target_id or ""

    def applied() -> Annotation | None:
        server = _server_annotation(client, entry)
        return server if _same_annotation(server, payload) else None

    def send() -> Annotation:
        try:
            return client.put_annotation(entry.case_id, target_id, payload, entry.if_match, retriable=False).data
        except PreconditionFailed as exc:
            found = applied()
            if found is not None:
                return found
            raise ChangeRejected(phrase("Outbox", "the annotation was changed elsewhere since you edited it")) from exc

    return _send_once_only(client, entry.attempts <= 1, applied, send)


def _delete_annotation(client: PlatformClient, entry: OutboxEntry) -> None:
    target_id = entry.target_id or ""

    def applied() -> bool | None:
        return True if _server_annotation(client, entry) is None else None

    def send() -> bool:
        try:
            client.delete_annotation(entry.case_id, target_id, entry.if_match, retriable=False)
        except NotFound:
            pass  # a retried delete may find it gone: success
        except PreconditionFailed as exc:
            if applied():
                return True
            raise ChangeRejected(phrase("Outbox", "the annotation was changed elsewhere since you deleted it")) from exc
        return True

    _send_once_only(client, entry.attempts <= 1, applied, send)


def _put_vote(client: PlatformClient, entry: OutboxEntry, member_id: str | None) -> None:
    payload = entry.payload or {}

    def applied() -> bool | None:
        return True if _same_vote(_own_vote(client, entry, member_id), payload) else None

    def send() -> bool:
        client.put_vote(entry.case_id, payload, retriable=False)
        return True

    _send_once_only(client, entry.attempts <= 1, applied, send)


#: Item ID -> why its delivery did not succeed, as a phrase (the item records its English text).
Reasons = MutableMapping[int, Phrase | str]


def _noted(reasons: Reasons | None, item_id: int, reason: Phrase | str) -> str:
    """The English text of ``reason``, to record on the item (the store keeps text); ``reason`` itself
    goes into ``reasons`` for a caller that shows it in the member's language."""
    if reasons is not None:
        reasons[item_id] = reason
    return str(reason)


def _with_details(error: PlatformError | StoreError) -> Phrase | str:
    """A refusal for good, with the platform's field errors when it named some."""
    reason = said(error)
    details = error.field_details if isinstance(error, PlatformError) else ""
    return phrase("Outbox", "{error} ({details})", error=reason, details=details) if details else reason


def deliver(
    outbox: OutboxStore,
    client: PlatformClient,
    entry: OutboxEntry,
    member_id: str | None,
    *,
    reasons: Reasons | None = None,
) -> DeliveryOutcome:
    """Delivers one queued item and records where it stands (see :class:`DeliveryOutcome`).

    ``reasons`` (if given) receives, under the item's ID, why it was not delivered: the phrase
    whose English text the item records as its error.
    """
    entry = outbox.begin(entry.id)
    kind = entry.kind
    if kind is OutboxKind.RULING_SUBMIT:
        return _deliver_ruling(outbox, client, entry, reasons)
    try:
        response: Annotation | None = None
        if kind is OutboxKind.ANNOTATION_PUT:
            response = _put_annotation(client, entry)
        elif kind is OutboxKind.ANNOTATION_DELETE:
            _delete_annotation(client, entry)
        elif kind is OutboxKind.VOTE_PUT:
            _put_vote(client, entry, member_id)
        else:
            assert_never(kind)
    except NotAssigned as exc:
        outbox.retry_later(entry.id, _noted(reasons, entry.id, exc.phrase))
        return DeliveryOutcome.NOT_ASSIGNED
    except TRANSIENT as exc:
        outbox.retry_later(entry.id, _noted(reasons, entry.id, exc.phrase))
        return DeliveryOutcome.RETRY
    except OutboxError as exc:
        outbox.failed(entry.id, _noted(reasons, entry.id, said(exc)))
        return DeliveryOutcome.FAILED
    except PlatformError as exc:  # 4xx: refused for good; fields explain why
        outbox.failed(entry.id, _noted(reasons, entry.id, _with_details(exc)))
        return DeliveryOutcome.FAILED
    outbox.delivered(entry.id, response)
    return DeliveryOutcome.DELIVERED


def _rejected(checks: list[str], details: str) -> Phrase:
    """Why the platform rejected a ruling: the checks it names (its identifiers), and its field errors."""
    named = ", ".join(checks)
    if named and details:
        return phrase("Outbox", "the platform rejected the ruling ({checks}): {details}", checks=named, details=details)
    if named:
        return phrase("Outbox", "the platform rejected the ruling ({checks})", checks=named)
    if details:
        return phrase("Outbox", "the platform rejected the ruling (no check named): {details}", details=details)
    return phrase("Outbox", "the platform rejected the ruling (no check named)")


def _deliver_ruling(
    outbox: OutboxStore, client: PlatformClient, entry: OutboxEntry, reasons: Reasons | None
) -> DeliveryOutcome:
    """Files one signed ruling (the item is in flight); maps every answer of the contract to a state."""
    item = entry.id
    try:
        receipt = _file_ruling(outbox, client, entry)
    except NotAssigned as exc:
        outbox.retry_later(item, _noted(reasons, item, exc.phrase))
        return DeliveryOutcome.NOT_ASSIGNED
    except RulingRejected as exc:
        checks = list(exc.failed_checks)
        reason = _rejected(checks, exc.field_details)
        outbox.ruling_failed(item, _noted(reasons, item, reason), rejected=True, failed_checks=checks)
        return DeliveryOutcome.FAILED
    except IdempotencyKeyReused as exc:
        defect = phrase(
            "Outbox",
            "client defect: this submission's Idempotency-Key was already used for different content; "
            "not retried. Sign the ruling again (a new key) and report the defect ({error})",
            error=exc.phrase,
        )
        outbox.ruling_failed(item, _noted(reasons, item, defect))
        return DeliveryOutcome.FAILED
    except CaseStateConflict as exc:
        closed = phrase("Outbox", "the case no longer accepts a ruling: {error}", error=exc.phrase)
        outbox.ruling_failed(item, _noted(reasons, item, closed))
        return DeliveryOutcome.FAILED
    except TRANSIENT as exc:
        outbox.retry_later(item, _noted(reasons, item, exc.phrase))
        return DeliveryOutcome.RETRY
    except OutboxError as exc:  # another ruling recorded, or our signed PDF gone
        outbox.ruling_failed(item, _noted(reasons, item, said(exc)))
        return DeliveryOutcome.FAILED
    except (PlatformError, StoreError) as exc:
        outbox.ruling_failed(item, _noted(reasons, item, _with_details(exc)))
        return DeliveryOutcome.FAILED
    outbox.delivered(entry.id, receipt)
    return DeliveryOutcome.DELIVERED
