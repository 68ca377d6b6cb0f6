"""What the store hands out: immutable records, safe to pass between threads (never ORM objects).

Each record that carries one of the store's states has it as an enum member; the enums live in
:mod:`arbitration_desk.store.states` and are importable from here too, beside the records.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from arbitration_desk.domain.abuse_signals import AbuseSignal
from arbitration_desk.domain.deadlines import DUE_SOON, DeadlineState, deadline_state
from arbitration_desk.domain.deliberation import accepts_deliberation
from arbitration_desk.domain.enums import ANNOTATABLE_STATUSES, CaseStatus, parse_enum
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.payloads import EvidenceItem, RulingReceipt
from arbitration_desk.store import models
from arbitration_desk.store.states import (
    BLOCKING_SUBMISSION_STATES,
    EvidenceState,
    OutboxKind,
    OutboxState,
    SubmissionState,
)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list, with the data of its badges."""

    case_id: str
    reference: str
    status: str
    claim_type: str
    value: Money
    opened_at: datetime
    escalated_at: datetime
    ruling_due_at: datetime
    updated_at: datetime
    version: int
    synced_version: int | None
    message_count: int | None
    buyer_country: str | None
    seller_country: str | None
    has_unread: bool
    unsent_count: int
    failed_verification_count: int
    reassigned_at: datetime | None
    delete_after: datetime | None
    #: The parties' signals of abuse (``domain.abuse_signals``), from the stored case document; none
    #: until the case is downloaded.
    signals: tuple[AbuseSignal, ...] = ()
    #: On an appeal case, the reference of the first-instance case it is against (from the stored
    #: case document; None on a first-instance case or before the case is downloaded).
    appeal_of: str | None = None

    @property
    def is_appeal(self) -> bool:
        return self.appeal_of is not None

    @property
    def is_stale(self) -> bool:
        return self.synced_version is None or self.version > self.synced_version

    @property
    def reassigned(self) -> bool:
        return self.reassigned_at is not None

    @property
    def can_annotate(self) -> bool:
        return not self.reassigned and parse_enum(CaseStatus, self.status) in ANNOTATABLE_STATUSES

    @property
    def can_vote(self) -> bool:
        return accepts_deliberation(self.status, reassigned=self.reassigned)

    def deadline_state(self, now: datetime, due_soon: timedelta = DUE_SOON) -> DeadlineState:
        return deadline_state(self.ruling_due_at, now, due_soon)


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """A case's full data: its list row, the full case document (None until fetched) and sync state."""

    row: CaseRow
    summary: dict[str, Any]
    case: dict[str, Any] | None
    etag: str | None
    message_cursor: str | None
    annotations_as_of: str | None


class MessageKey(NamedTuple):
    """Position of a message in a case's chat log (its sort key)."""

    sent_at: datetime
    message_id: str


@dataclass(frozen=True, slots=True)
class MessageRow:
    row_id: int
    message_id: str
    sent_at: datetime
    channel: str
    sender_role: str
    sender_name: str
    language: str
    text: str
    translations: dict[str, str]
    attachments: tuple[str, ...]

    @property
    def key(self) -> MessageKey:
        return MessageKey(self.sent_at, self.message_id)

    @classmethod
    def from_columns(cls, columns: Sequence[Any]) -> MessageRow:
        """A message from the stored columns in :data:`MESSAGE_COLUMNS` order (as text, unparsed).

        The lean path of the timeline's block reads: no ORM object, ``fromisoformat`` for the
        fixed-width timestamp, and no JSON parsing for the usual empty translations/attachments.
        """
        row_id, message_id, sent_at, channel, role, name, language, text, translations, attachments = columns
        return cls(
            row_id,
            message_id,
            datetime.fromisoformat(sent_at),
            channel,
            role,
            name,
            language,
            text,
            {} if translations == "{}" else json.loads(translations),
            () if attachments == "[]" else tuple(json.loads(attachments)),
        )


#: The stored columns :meth:`MessageRow.from_columns` takes, in its order.
MESSAGE_COLUMNS = (
    "id",
    "message_id",
    "sent_at",
    "channel",
    "sender_role",
    "sender_name",
    "language",
    "text",
    "translations",
    "attachments",
)


#: The ``evidence`` columns of an :class:`EvidenceRow`, in its field order (after ``case_id``).
EVIDENCE_COLUMNS = (
    "evidence_id",
    "sha256",
    "size_bytes",
    "media_type",
    "filename",
    "title",
    "kind",
    "submitted_by",
    "submitted_at",
    "state",
    "mismatches",
    "failure_reason",
    "request_id",
)


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    case_id: str
    evidence_id: str
    sha256: str
    size_bytes: int
    media_type: str
    filename: str
    title: str
    kind: str
    submitted_by: str
    submitted_at: datetime
    state: EvidenceState
    mismatches: int
    failure_reason: str | None
    request_id: str | None
    item: EvidenceItem

    @classmethod
    def from_model(cls, case_id: str, e: models.Evidence) -> EvidenceRow:
        return cls.from_columns(case_id, *(getattr(e, name) for name in EVIDENCE_COLUMNS), e.item_json)

    @classmethod
    def from_columns(cls, case_id: str, *columns: Any) -> EvidenceRow:
        """From ``case_id``, the :data:`EVIDENCE_COLUMNS` in order, then ``item_json``."""
        return cls(*(case_id, *columns[:-1], json.loads(columns[-1])))


@dataclass(frozen=True, slots=True)
class AnnotationRow:
    """A shared annotation or, when ``private``, one of the member's notes (never sent)."""

    annotation_id: str
    private: bool
    target: dict[str, Any]
    body: str
    created_at: str
    updated_at: str
    author_id: str | None
    author_name: str | None
    etag: str | None
    own: bool
    pending: bool
    remote_deleted: bool

    @classmethod
    def from_model(cls, a: models.Annotation) -> AnnotationRow:
        return cls(
            a.annotation_id,
            a.private,
            json.loads(a.target_json),
            a.body,
            a.created_at,
            a.updated_at,
            a.author_id,
            a.author_name,
            a.etag,
            a.own,
            a.pending,
            a.remote_deleted,
        )


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    case_id: str
    kind: OutboxKind
    target_id: str | None
    if_match: str | None
    payload: dict[str, Any] | None
    state: OutboxState
    attempts: int
    last_error: str | None
    created_at: datetime
    updated_at: datetime
    idempotency_key: str | None

    @classmethod
    def from_model(cls, case_id: str, o: models.OutboxItem) -> OutboxEntry:
        return cls(
            o.id,
            case_id,
            o.kind,
            o.target_id,
            o.if_match,
            _loads(o.payload),
            o.state,
            o.attempts,
            o.last_error,
            o.created_at,
            o.updated_at,
            o.idempotency_key,
        )


@dataclass(frozen=True, slots=True)
class VoteBoardRecord:
    quorum: int
    cast: int
    sealed: bool
    board: dict[str, Any]
    received_at: datetime


@dataclass(frozen=True, slots=True)
class VoteDraftRecord:
    outcome: str | None
    award: Money | None
    rationale: str
    updated_at: datetime
    queued: bool


@dataclass(frozen=True, slots=True)
class CaseSyncState:
    """What the sync engine keeps per case (contract README, "Synchronisation")."""

    case_id: str
    version: int
    synced_version: int | None
    etag: str | None
    message_cursor: str | None
    annotations_as_of: str | None
    message_count: int | None
    stored_messages: int
    verified_hashes: frozenset[str]
    reassigned: bool


@dataclass(frozen=True, slots=True)
class CasePageResult:
    """What :meth:`SyncStore.apply_case_page` did."""

    stale: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    reassigned: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result; ``snippet`` is plain text, ``parts`` marks the matched passages."""

    kind: str  # "message", "annotation", "note" or "case"
    case_id: str
    reference: str
    item_id: str | None
    field: str  # "text", "translation", "body", "quote", "reference" or "description"
    parts: tuple[tuple[str, bool], ...] = ()
    sent_at: datetime | None = None

    @property
    def snippet(self) -> str:
        return "".join(text for text, _ in self.parts)


@dataclass(frozen=True, slots=True)
class RulingSubmission:
    """One signed ruling on its way to the platform (or there), as the chair's dialog shows it.

    Attributes:
        state: where it stands (never ``drafted``: a draft is not stored).
        error: while ``signed``, why the last attempt must be repeated; when ``failed`` or
            ``rejected``, why the platform refused (the failed checks are in ``failed_checks``).
        receipt: the ``RulingReceipt`` once filed.
    """

    submission_id: int
    case_id: str
    outbox_id: int
    state: SubmissionState
    idempotency_key: str
    document_sha256: str
    document_size: int
    metadata: dict[str, Any]
    failed_checks: tuple[str, ...]
    receipt: RulingReceipt | None
    error: str | None
    attempts: int
    created_at: datetime
    updated_at: datetime

    @property
    def ruling_id(self) -> str | None:
        return None if self.receipt is None else str(self.receipt.get("ruling_id", "")) or None

    @property
    def blocks_new_submission(self) -> bool:
        return self.state in BLOCKING_SUBMISSION_STATES


@dataclass(frozen=True, slots=True)
class RecordedRulingRow:
    """A ruling the platform recorded for one of the member's cases (``GET /v1/rulings``).

    Attributes:
        document_stored: its signed PDF is in the blob store (verified by its SHA-256).
        document_error: why the last download of the PDF failed ("" when none did).
    """

    ruling_id: str
    case_id: str
    case_reference: str
    outcome: str
    award: Money
    decided_at: datetime
    received_at: datetime
    chair_id: str
    document_sha256: str
    document_size: int
    appeal_of: str | None
    document_stored: bool
    document_error: str
