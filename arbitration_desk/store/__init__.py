"""The local store: SQLAlchemy models, schema versions, full-text search, evidence blobs.

Open it with :meth:`Store.open`; everything else goes through the facet of its role
(``store.sync``, ``store.outbox``, ``store.reads``, ``store.work``, ``store.search``) and receives
the immutable records of :mod:`arbitration_desk.store.records`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: The names re-exported here -> their module, imported on first use (PEP 562), not with the package:
#: a module that needs ``store.errors`` or ``store.keys`` alone (the credential store does, so
#: ``verify`` and ``login --help`` reach it) loads neither SQLAlchemy nor the models (issue 16, start-up).
_EXPORTS = {
    "AnnotationRow": "arbitration_desk.store.records",
    "BlobError": "arbitration_desk.store.errors",
    "BlobStore": "arbitration_desk.store.blobs",
    "CaseBundle": "arbitration_desk.store.case_bundle",
    "CaseDetail": "arbitration_desk.store.records",
    "CaseNotFoundError": "arbitration_desk.store.errors",
    "CasePageResult": "arbitration_desk.store.records",
    "CaseReads": "arbitration_desk.store.reads_facet",
    "CaseRow": "arbitration_desk.store.records",
    "CaseSyncState": "arbitration_desk.store.records",
    "DeadlineState": "arbitration_desk.store.records",
    "EvidenceRow": "arbitration_desk.store.records",
    "EvidenceState": "arbitration_desk.store.states",
    "FinalizeResult": "arbitration_desk.store.blobs",
    "FinalizeStatus": "arbitration_desk.store.blobs",
    "InvalidStateError": "arbitration_desk.store.errors",
    "MemberWork": "arbitration_desk.store.work_facet",
    "MessageKey": "arbitration_desk.store.records",
    "MessageRow": "arbitration_desk.store.records",
    "NotFoundError": "arbitration_desk.store.errors",
    "OutboxEntry": "arbitration_desk.store.records",
    "OutboxKind": "arbitration_desk.store.states",
    "OutboxState": "arbitration_desk.store.states",
    "OutboxStore": "arbitration_desk.store.outbox_facet",
    "ReadOnlyCaseError": "arbitration_desk.store.errors",
    "SchemaError": "arbitration_desk.store.errors",
    "SchemaTooNewError": "arbitration_desk.store.errors",
    "SearchHit": "arbitration_desk.store.records",
    "SearchStore": "arbitration_desk.store.search_facet",
    "Store": "arbitration_desk.store.store",
    "StoreError": "arbitration_desk.store.errors",
    "SubmissionState": "arbitration_desk.store.states",
    "SyncStore": "arbitration_desk.store.sync_facet",
    "VoteBoardRecord": "arbitration_desk.store.records",
    "VoteDraftRecord": "arbitration_desk.store.records",
}

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
