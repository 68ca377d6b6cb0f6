"""ORM models of the local database (schema version :data:`~arbitration_desk.store.schema.LATEST`).

The DDL that creates these tables lives in :mod:`arbitration_desk.store.schema` as frozen migration
steps; ``tests/store/test_schema.py`` checks that both agree. Contract enums (status, kinds,
channels, roles) are stored as the exact strings received, so an unknown value survives; the
store's own states (:mod:`arbitration_desk.store.states`) are read back as enum members.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from arbitration_desk.domain.timeutil import SURELY_REAL_TIMESTAMP
from arbitration_desk.store.states import EvidenceState, OutboxKind, OutboxState, SubmissionState

S = TypeVar("S", bound=StrEnum)


class UtcTimestamp(TypeDecorator[datetime]):
    """An aware UTC datetime stored as sortable text ``YYYY-MM-DDTHH:MM:SS.ffffffZ``.

    Contract timestamps may carry 0 to 6 fraction digits, which do not sort as text; the fixed
    width form does.
    """

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: datetime | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return to_sortable(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # The fixed-width form we stored; fromisoformat reads it (with "Z" as UTC) far faster than strptime
        # (docs/decisions/0007-plain-sql-and-fromisoformat-on-the-sync-hot-path.md).
        return datetime.fromisoformat(value)


_CONTRACT_TIMESTAMP = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.([0-9]{1,6}))?Z")


def to_sortable(value: datetime | str) -> str:
    """A contract timestamp (or aware datetime) in the fixed-width form :class:`UtcTimestamp` stores.

    Raises:
        ValueError: ``value`` is not a contract timestamp (RFC 3339, UTC, ``Z``).
    """
    if type(value) is str and SURELY_REAL_TIMESTAMP.fullmatch(value) is not None:  # the common case, fast
        return value[:19] + ".000000Z" if len(value) == 20 else value[:-1].ljust(26, "0") + "Z"
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    match = _CONTRACT_TIMESTAMP.fullmatch(value)
    if match is None:
        raise ValueError(f"not an RFC 3339 UTC timestamp: {value!r:.40}")
    datetime.fromisoformat(match[1])  # rejects impossible dates such as month 13
    return f"{match[1]}.{(match[2] or '').ljust(6, '0')}Z"


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text (never a float)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | str | None, dialect: Dialect) -> str | None:
        return None if value is None else f"{Decimal(value):f}"

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class StateText(TypeDecorator[S], Generic[S]):
    """One of the store's own states (a :class:`StrEnum`), stored as its value in a text column.

    The column mapping is the one place that sees the strings: rows, Core results and bound
    parameters (``state.in_(...)``) all carry members. A value outside the enum raises
    ValueError both ways; every stored value was written through here.
    """

    impl = String
    cache_ok = True

    def __init__(self, states: type[S]) -> None:
        super().__init__()
        self.states = states

    def process_bind_param(self, value: S | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.states(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> S | None:
        return None if value is None else self.states(value)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcTimestamp, Decimal: DecimalText, str: String}


class SyncState(Base):
    """Key/value pairs of the sync engine (``case_cursor``)."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_ruling_due_at", "ruling_due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(unique=True)
    reference: Mapped[str]
    status: Mapped[str]
    claim_type: Mapped[str]
    value_amount: Mapped[Decimal]
    value_currency: Mapped[str]
    opened_at: Mapped[datetime]
    escalated_at: Mapped[datetime]
    ruling_due_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    #: The ``version`` last listed by the platform.
    version: Mapped[int]
    #: The ``version`` recorded when the last full sync of the case completed.
    synced_version: Mapped[int | None]
    etag: Mapped[str | None]
    message_cursor: Mapped[str | None] = mapped_column(Text)
    annotations_as_of: Mapped[str | None]
    message_count: Mapped[int | None]
    buyer_country: Mapped[str | None]
    seller_country: Mapped[str | None]
    claim_description: Mapped[str | None] = mapped_column(Text)
    summary_json: Mapped[str] = mapped_column(Text)
    case_json: Mapped[str | None] = mapped_column(Text)
    last_viewed_version: Mapped[int] = mapped_column(default=0)
    reassigned_at: Mapped[datetime | None]
    delete_after: Mapped[datetime | None]


class Evidence(Base):
    __tablename__ = "evidence"
    __table_args__ = (
        UniqueConstraint("case_pk", "evidence_id", name="uq_evidence_case_item"),
        Index("ix_evidence_sha256", "sha256"),  # schema v2
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    evidence_id: Mapped[str]
    sha256: Mapped[str]
    size_bytes: Mapped[int]
    media_type: Mapped[str]
    filename: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str]
    submitted_by: Mapped[str]
    submitted_at: Mapped[datetime]
    item_json: Mapped[str] = mapped_column(Text)
    state: Mapped[EvidenceState] = mapped_column(StateText(EvidenceState))
    mismatches: Mapped[int] = mapped_column(default=0)
    failure_reason: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[str | None]


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("case_pk", "message_id", name="uq_messages_case_message"),
        Index("ix_messages_order", "case_pk", "sent_at", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    message_id: Mapped[str]
    sent_at: Mapped[datetime]
    channel: Mapped[str]
    sender_role: Mapped[str]
    sender_name: Mapped[str] = mapped_column(Text)
    language: Mapped[str]
    text: Mapped[str] = mapped_column(Text)
    #: JSON object, BCP 47 tag -> text.
    translations: Mapped[str] = mapped_column(Text)
    #: JSON array of evidence IDs.
    attachments: Mapped[str] = mapped_column(Text)


class Annotation(Base):
    """A shared annotation (from the platform or written here) or one of the member's private notes."""

    __tablename__ = "annotations"
    __table_args__ = (UniqueConstraint("case_pk", "annotation_id", name="uq_annotations_case_annotation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    annotation_id: Mapped[str]
    private: Mapped[bool] = mapped_column(Boolean)
    target_type: Mapped[str]
    target_id: Mapped[str | None]
    #: The whole ``target`` object as JSON (region and quote included).
    target_json: Mapped[str] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    #: Client timestamps, kept exactly as written or received.
    created_at: Mapped[str]
    updated_at: Mapped[str]
    author_id: Mapped[str | None]
    author_name: Mapped[str | None] = mapped_column(Text)
    #: The platform's ETag of the version last received (None until it first reached the platform).
    etag: Mapped[str | None]
    own: Mapped[bool] = mapped_column(Boolean)
    #: A local change not yet accepted by the platform is waiting in the outbox.
    pending: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The platform's copy as last received, while a local change is pending.
    server_json: Mapped[str | None] = mapped_column(Text)
    remote_deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class VoteBoard(Base):
    __tablename__ = "vote_boards"

    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    quorum: Mapped[int]
    cast: Mapped[int]
    sealed: Mapped[bool] = mapped_column(Boolean)
    board_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]


class VoteDraft(Base):
    __tablename__ = "vote_drafts"

    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    outcome: Mapped[str | None]
    award_amount: Mapped[Decimal | None]
    award_currency: Mapped[str | None]
    rationale: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]
    #: The outbox item carrying the submitted draft, while it is queued.
    outbox_id: Mapped[int | None]


class OutboxItem(Base):
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state", "state", "id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[OutboxKind] = mapped_column(StateText(OutboxKind))
    #: The annotation ID for annotation writes.
    target_id: Mapped[str | None]
    if_match: Mapped[str | None]
    payload: Mapped[str | None] = mapped_column(Text)
    state: Mapped[OutboxState] = mapped_column(StateText(OutboxState))
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    idempotency_key: Mapped[str | None]  # schema v2


class RulingSubmission(Base):
    """A signed ruling queued for filing (schema v3); the PDF is a blob under ``document_sha256``."""

    __tablename__ = "ruling_submissions"
    __table_args__ = (Index("ix_ruling_submissions_case", "case_pk", "id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), unique=True)
    idempotency_key: Mapped[str] = mapped_column(unique=True)
    document_sha256: Mapped[str]
    document_size: Mapped[int]
    #: Rejected or failed once the outbox item failed; None otherwise.
    outcome: Mapped[SubmissionState | None] = mapped_column(StateText(SubmissionState))
    #: JSON array of the contract's check names (``ruling-rejected``).
    failed_checks: Mapped[str] = mapped_column(Text)
    receipt_json: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class RecordedRuling(Base):
    """A ruling the platform recorded for one of the member's cases (schema v6); its signed PDF is a
    blob under ``document_sha256`` once downloaded."""

    __tablename__ = "recorded_rulings"
    __table_args__ = (Index("ix_recorded_rulings_case", "case_pk"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_pk: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    ruling_id: Mapped[str] = mapped_column(unique=True)
    #: The ``RulingRecord`` as listed (validated).
    record_json: Mapped[str] = mapped_column(Text)
    document_sha256: Mapped[str]
    document_size: Mapped[int]
    #: Why the last download of the document failed (None: downloaded, or not tried yet).
    document_error: Mapped[str | None] = mapped_column(Text)
    listed_at: Mapped[datetime]
