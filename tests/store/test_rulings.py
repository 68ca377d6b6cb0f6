"""store/rulings.py: ruling submissions: the signed PDF as a blob, one transaction with the outbox, derived states."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from arbitration_desk.store import testing
from arbitration_desk.store.errors import InvalidStateError, ReadOnlyCaseError
from arbitration_desk.store.records import OutboxKind, SubmissionState
from arbitration_desk.store.store import DB_NAME, Store
from helpers.stores import open_store

PDF = b"%PDF-1.7 signed ruling bytes"
SHA = hashlib.sha256(PDF).hexdigest()
METADATA = {"outcome": "favor_seller", "document_sha256": SHA}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path / "home")
    opened.sync.apply_case_page([testing.case_summary(case_id="cs_1", status="in_deliberation")], [], "c1")
    return opened


def test_queue_stores_blob_key_and_outbox_item_together(store: Store) -> None:
    key = str(uuid.uuid4())
    submission = store.work.queue_ruling("cs_1", METADATA, PDF, key)
    assert (submission.document_sha256, submission.document_size) == (SHA, len(PDF))
    assert store.outbox.ruling_document(SHA) == PDF
    (entry,) = store.outbox.next()
    assert entry.kind == OutboxKind.RULING_SUBMIT and entry.idempotency_key == key
    assert entry.payload == {"metadata": METADATA, "document": {"sha256": SHA, "size": len(PDF)}}
    assert b"signed ruling" not in (store.home / DB_NAME).read_bytes()  # the PDF is a blob, not a row
    with pytest.raises(InvalidStateError):
        store.work.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.close()


def test_states_follow_the_outbox(store: Store) -> None:
    submission = store.work.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.outbox.begin(submission.outbox_id)
    assert store.reads.ruling_submission("cs_1").state == SubmissionState.FILING  # type: ignore[union-attr]
    assert store.outbox.recover() == 1  # a crash in flight: queued again, same key
    assert store.reads.ruling_submission("cs_1").state == SubmissionState.SIGNED  # type: ignore[union-attr]
    store.outbox.begin(submission.outbox_id)
    store.outbox.ruling_failed(submission.outbox_id, "rejected", rejected=True, failed_checks=["award_invalid"])
    rejected = store.reads.ruling_submission("cs_1")
    assert rejected is not None and rejected.state == SubmissionState.REJECTED
    assert rejected.failed_checks == ("award_invalid",) and rejected.error == "rejected"
    second = store.work.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))  # a new submission is allowed
    store.outbox.begin(second.outbox_id)
    store.outbox.delivered(second.outbox_id, {"ruling_id": "rl_1", "document_sha256": SHA})
    filed = store.reads.ruling_submission("cs_1")
    assert filed is not None and filed.state == SubmissionState.FILED and filed.ruling_id == "rl_1"
    store.close()


def test_reassigned_case_refuses_a_ruling_and_deleting_releases_the_blob(store: Store) -> None:
    store.work.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.sync.apply_case_page([], ["cs_1"], "c2")  # removed with unsent work: read-only
    with pytest.raises(ReadOnlyCaseError):
        store.work.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.work.dismiss_reassigned("cs_1")
    assert not store.blobs.has_verified(SHA)
    store.close()
