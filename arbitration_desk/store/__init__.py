"""The local store: SQLAlchemy models, schema versions, full-text search, evidence blobs.

Open it with :meth:`Store.open`; everything else (the sync engine, the GUI) goes through the
:class:`Store` facade and receives the immutable records of :mod:`arbitration_desk.store.records`.
"""

from arbitration_desk.store.blobs import BlobStore, FinalizeResult, FinalizeStatus
from arbitration_desk.store.errors import (
    BlobError,
    CaseNotFoundError,
    InvalidStateError,
    NotFoundError,
    ReadOnlyCaseError,
    SchemaError,
    SchemaTooNewError,
    StoreError,
)
from arbitration_desk.store.records import (
    AnnotationRow,
    CaseDetail,
    CasePageResult,
    CaseRow,
    CaseSyncState,
    DeadlineState,
    EvidenceRow,
    EvidenceState,
    MessageKey,
    MessageRow,
    OutboxEntry,
    OutboxKind,
    OutboxState,
    SearchHit,
    VoteBoardRecord,
    VoteDraftRecord,
)
from arbitration_desk.store.store import Store

__all__ = [
    "AnnotationRow",
    "BlobError",
    "BlobStore",
    "CaseDetail",
    "CaseNotFoundError",
    "CasePageResult",
    "CaseRow",
    "CaseSyncState",
    "DeadlineState",
    "EvidenceRow",
    "EvidenceState",
    "FinalizeResult",
    "FinalizeStatus",
    "InvalidStateError",
    "MessageKey",
    "MessageRow",
    "NotFoundError",
    "OutboxEntry",
    "OutboxKind",
    "OutboxState",
    "ReadOnlyCaseError",
    "SchemaError",
    "SchemaTooNewError",
    "SearchHit",
    "Store",
    "StoreError",
    "VoteBoardRecord",
    "VoteDraftRecord",
]
