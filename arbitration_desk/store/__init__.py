"""The local store: SQLAlchemy models, schema versions, full-text search, evidence blobs.

Open it with :meth:`Store.open`; everything else goes through the facet of its role
(``store.sync``, ``store.outbox``, ``store.reads``, ``store.work``, ``store.search``) and receives
the immutable records of :mod:`arbitration_desk.store.records`.
"""

from arbitration_desk.store.blobs import BlobStore, FinalizeResult, FinalizeStatus
from arbitration_desk.store.case_bundle import CaseBundle
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
from arbitration_desk.store.outbox_facet import OutboxStore
from arbitration_desk.store.reads_facet import CaseReads
from arbitration_desk.store.records import (
    AnnotationRow,
    CaseDetail,
    CasePageResult,
    CaseRow,
    CaseSyncState,
    DeadlineState,
    EvidenceRow,
    MessageKey,
    MessageRow,
    OutboxEntry,
    SearchHit,
    VoteBoardRecord,
    VoteDraftRecord,
)
from arbitration_desk.store.search_facet import SearchStore
from arbitration_desk.store.states import EvidenceState, OutboxKind, OutboxState, SubmissionState
from arbitration_desk.store.store import Store
from arbitration_desk.store.sync_facet import SyncStore
from arbitration_desk.store.work_facet import MemberWork

__all__ = [
    "AnnotationRow",
    "BlobError",
    "BlobStore",
    "CaseBundle",
    "CaseDetail",
    "CaseNotFoundError",
    "CasePageResult",
    "CaseReads",
    "CaseRow",
    "CaseSyncState",
    "DeadlineState",
    "EvidenceRow",
    "EvidenceState",
    "FinalizeResult",
    "FinalizeStatus",
    "InvalidStateError",
    "MemberWork",
    "MessageKey",
    "MessageRow",
    "NotFoundError",
    "OutboxEntry",
    "OutboxKind",
    "OutboxState",
    "OutboxStore",
    "ReadOnlyCaseError",
    "SchemaError",
    "SchemaTooNewError",
    "SearchHit",
    "SearchStore",
    "Store",
    "StoreError",
    "SubmissionState",
    "SyncStore",
    "VoteBoardRecord",
    "VoteDraftRecord",
]
