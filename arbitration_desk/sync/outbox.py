"""Delivering the outbox exactly once.

PUT and DELETE are idempotent by design (client-made annotation IDs), but a platform that counts
writes must see each change once. So a write is never blindly repeated: when an earlier attempt
may have reached the platform (a lost answer, a crash in flight), the platform's state is read
first and an item already applied counts as delivered (README "Annotations": a retried PUT may get
412 because the first attempt succeeded: re-read, and if the stored body equals yours, it is done).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import (
    IdempotencyKeyInUse,
    NotAssigned,
    NotFound,
    PlatformError,
    PreconditionFailed,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
    Unavailable,
)
from arbitration_desk.store.records import OutboxEntry, OutboxKind
from arbitration_desk.store.store import Store

#: Sends of one item within one delivery, across lost answers.
SEND_ATTEMPTS = 4
TRANSIENT = (TransportError, ServerError, Unavailable, RateLimited, IdempotencyKeyInUse, Unauthorized)
_WRITE_FIELDS = ("target", "body", "created_at", "updated_at")


class Rejected(Exception):
    """The platform refused the change for good (the reason is shown to the member)."""


def _same_annotation(server: Mapping[str, Any] | None, payload: Mapping[str, Any]) -> bool:
    return server is not None and all(server.get(key) == payload.get(key) for key in _WRITE_FIELDS)


def _server_annotation(client: PlatformClient, entry: OutboxEntry) -> dict[str, Any] | None:
    items = client.list_annotations(entry.case_id).data["items"]
    return next((item for item in items if item["annotation_id"] == entry.target_id), None)


def _own_vote(client: PlatformClient, entry: OutboxEntry, member_id: str | None) -> dict[str, Any] | None:
    board = client.get_votes(entry.case_id).data
    return next((item for item in board["items"] if item["member_id"] == member_id and item["has_voted"]), None)


def _same_vote(server: Mapping[str, Any] | None, payload: Mapping[str, Any]) -> bool:
    return server is not None and all(server.get(key) == payload.get(key) for key in ("outcome", "award", "rationale"))


def _send_once_only(
    client: PlatformClient,
    first_attempt: bool,
    applied: Callable[[], Any],
    send: Callable[[], Any],
) -> Any:
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


def _put_annotation(client: PlatformClient, entry: OutboxEntry) -> dict[str, Any]:
    payload = entry.payload or {}
    target_id = entry.target_id or ""

    def applied() -> dict[str, Any] | None:
        server = _server_annotation(client, entry)
        return server if _same_annotation(server, payload) else None

    def send() -> dict[str, Any]:
        try:
            answer = client.put_annotation(entry.case_id, target_id, payload, entry.if_match, retriable=False)
            return dict(answer.data)
        except PreconditionFailed as exc:
            found = applied()
            if found is not None:
                return found
            raise Rejected("the annotation was changed elsewhere since you edited it") from exc

    return dict(_send_once_only(client, entry.attempts <= 1, applied, send))


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
            raise Rejected("the annotation was changed elsewhere since you deleted it") from exc
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


def deliver(store: Store, client: PlatformClient, entry: OutboxEntry, member_id: str | None) -> str:
    """Delivers one queued item. Returns "delivered", "retry" (stays queued), "failed" or "not-assigned"."""
    entry = store.outbox_begin(entry.id)
    try:
        response: dict[str, Any] | None = None
        if entry.kind == OutboxKind.ANNOTATION_PUT.value:
            response = _put_annotation(client, entry)
        elif entry.kind == OutboxKind.ANNOTATION_DELETE.value:
            _delete_annotation(client, entry)
        elif entry.kind == OutboxKind.VOTE_PUT.value:
            _put_vote(client, entry, member_id)
        else:
            store.outbox_failed(entry.id, f"unknown kind of change {entry.kind!r}")
            return "failed"
    except NotAssigned as exc:
        store.outbox_retry_later(entry.id, str(exc))
        return "not-assigned"
    except TRANSIENT as exc:
        store.outbox_retry_later(entry.id, str(exc))
        return "retry"
    except Rejected as exc:
        store.outbox_failed(entry.id, str(exc))
        return "failed"
    except PlatformError as exc:  # 4xx: refused for good; fields explain why
        details = "; ".join(f"{field}: {message}" for field, message in exc.field_errors)
        store.outbox_failed(entry.id, f"{exc}" + (f" ({details})" if details else ""))
        return "failed"
    store.outbox_delivered(entry.id, response)
    return "delivered"
