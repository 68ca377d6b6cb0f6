"""Ruling submissions in the store: schema v3 from a real v2 file, one transaction, derived states."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest

from arbitration_desk.store import schema, testing
from arbitration_desk.store.db import create_sqlite_engine
from arbitration_desk.store.errors import InvalidStateError, ReadOnlyCaseError
from arbitration_desk.store.records import OutboxKind, SubmissionState
from arbitration_desk.store.store import DB_NAME, Store

PDF = b"%PDF-1.7 signed ruling bytes"
SHA = hashlib.sha256(PDF).hexdigest()
METADATA = {"outcome": "favor_seller", "document_sha256": SHA}


def _make_v2(home: Path) -> Path:
    home.mkdir()
    path = home / DB_NAME
    engine = create_sqlite_engine(path)
    try:
        assert schema.migrate(engine, schema.MIGRATIONS[:2]).applied == (1, 2)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO cases (case_id, reference, status, claim_type, value_amount, value_currency,"
                " opened_at, escalated_at, ruling_due_at, updated_at, version, summary_json,"
                " last_viewed_version) VALUES ('cs_1', 'ARB-1', 'in_deliberation', 'damaged', '10.00', 'EUR',"
                " '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', '2026-03-01T00:00:00.000000Z',"
                " '2026-01-01T00:00:00.000000Z', 3, '{}', 0)"
            )
            connection.exec_driver_sql(
                "INSERT INTO outbox (case_pk, kind, state, attempts, created_at, updated_at, idempotency_key)"
                " VALUES (1, 'vote_put', 'queued', 0, '2026-01-01T00:00:00.000000Z',"
                " '2026-01-01T00:00:00.000000Z', NULL)"
            )
    finally:
        engine.dispose()
    return path


def test_real_v2_file_is_upgraded_to_latest_and_keeps_its_data(tmp_path: Path) -> None:
    path = _make_v2(tmp_path / "home")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM sqlite_master WHERE name = 'ruling_submissions'").fetchall() == []
    connection.close()
    with Store.open(tmp_path / "home") as store:
        assert store.schema_version() == schema.LATEST
        assert [e.kind for e in store.outbox_next()] == ["vote_put"]
        submission = store.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
        assert submission.state == SubmissionState.SIGNED


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "home")
    opened.apply_case_page([testing.case_summary(case_id="cs_1", status="in_deliberation")], [], "c1")
    return opened


def test_queue_stores_blob_key_and_outbox_item_together(store: Store) -> None:
    key = str(uuid.uuid4())
    submission = store.queue_ruling("cs_1", METADATA, PDF, key)
    assert (submission.document_sha256, submission.document_size) == (SHA, len(PDF))
    assert store.ruling_document(SHA) == PDF
    (entry,) = store.outbox_next()
    assert entry.kind == OutboxKind.RULING_SUBMIT and entry.idempotency_key == key
    assert entry.payload == {"metadata": METADATA, "document": {"sha256": SHA, "size": len(PDF)}}
    assert b"signed ruling" not in (store.home / DB_NAME).read_bytes()  # the PDF is a blob, not a row
    with pytest.raises(InvalidStateError):
        store.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.close()


def test_states_follow_the_outbox(store: Store) -> None:
    submission = store.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.outbox_begin(submission.outbox_id)
    assert store.ruling_submission("cs_1").state == SubmissionState.FILING  # type: ignore[union-attr]
    assert store.outbox_recover() == 1  # a crash in flight: queued again, same key
    assert store.ruling_submission("cs_1").state == SubmissionState.SIGNED  # type: ignore[union-attr]
    store.outbox_begin(submission.outbox_id)
    store.outbox_ruling_failed(submission.outbox_id, "rejected", rejected=True, failed_checks=["award_invalid"])
    rejected = store.ruling_submission("cs_1")
    assert rejected is not None and rejected.state == SubmissionState.REJECTED
    assert rejected.failed_checks == ("award_invalid",) and rejected.error == "rejected"
    second = store.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))  # a new submission is allowed
    store.outbox_begin(second.outbox_id)
    store.outbox_delivered(second.outbox_id, {"ruling_id": "rl_1", "document_sha256": SHA})
    filed = store.ruling_submission("cs_1")
    assert filed is not None and filed.state == SubmissionState.FILED and filed.ruling_id == "rl_1"
    store.close()


def test_reassigned_case_refuses_a_ruling_and_deleting_releases_the_blob(store: Store) -> None:
    store.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.apply_case_page([], ["cs_1"], "c2")  # removed with unsent work: read-only
    with pytest.raises(ReadOnlyCaseError):
        store.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
    store.dismiss_reassigned("cs_1")
    assert not store.blobs.has_verified(SHA)
    store.close()
