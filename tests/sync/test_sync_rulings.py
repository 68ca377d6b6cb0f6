"""Step 4 of the sync: the recorded rulings of the member's cases, their signed PDFs downloaded.

Against the sandbox over real HTTP: the listing from the stored cursor, the document verified by
the listed SHA-256 (a damaged copy is refused and fetched again at the next sync), and both gone
with their case.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.errors import BlobError
from helpers.desk import signed_in, sync
from helpers.sandbox import api_session, start_sandbox


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path / "sandbox", cases=12, seed=3)
    yield server
    server.stop()


def _platform_rulings(server: SandboxServer) -> list[dict[str, object]]:
    session = api_session(server, "chair")
    try:
        return list(session.get("/v1/rulings").json()["items"])
    finally:
        session.close()


def test_a_decided_case_keeps_its_recorded_ruling_and_signed_pdf(server: SandboxServer, tmp_path: Path) -> None:
    listed = _platform_rulings(server)
    assert listed, "the demo world has a decided case of the chair's"
    store, client = signed_in(tmp_path / "home", server.url)
    report = sync(store, client)
    assert report.ok, report.failures
    assert report.rulings_listed == len(listed) == report.rulings_downloaded
    for item in listed:
        ruling = store.reads.case_bundle(str(item["case_id"])).recorded_ruling
        assert ruling is not None and ruling.ruling_id == item["ruling_id"]
        assert ruling.outcome == item["outcome"] and ruling.chair_id == item["chair_id"]
        assert ruling.document_stored and not ruling.document_error
        document = store.reads.signed_ruling(ruling.document_sha256)
        assert hashlib.sha256(document).hexdigest() == item["document_sha256"]
        assert document.startswith(b"%PDF-")
    # Nothing new: the next sync lists from its cursor and downloads nothing again.
    again = sync(store, client)
    assert again.ok and again.rulings_listed == 0 and again.rulings_downloaded == 0


def test_a_damaged_document_is_refused_then_fetched_at_the_next_sync(server: SandboxServer, tmp_path: Path) -> None:
    item = _platform_rulings(server)[0]
    original = server.control.corrupt_ruling_document(str(item["ruling_id"]))
    store, client = signed_in(tmp_path / "home", server.url)
    report = sync(store, client)
    [failure] = [f for f in report.failures if f.item_id == item["ruling_id"]]
    assert "SHA-256" in str(failure.reason) and failure.request_id
    ruling = store.reads.case_bundle(str(item["case_id"])).recorded_ruling
    assert ruling is not None and not ruling.document_stored and "SHA-256" in ruling.document_error
    with pytest.raises(BlobError):
        store.reads.signed_ruling(str(item["document_sha256"]))

    server.control.restore_ruling_document(str(item["ruling_id"]), original)
    report = sync(store, client)
    assert report.ok, report.failures
    ruling = store.reads.case_bundle(str(item["case_id"])).recorded_ruling
    assert ruling is not None and ruling.document_stored and not ruling.document_error


def test_the_ruling_goes_with_its_case(server: SandboxServer, tmp_path: Path) -> None:
    item = _platform_rulings(server)[0]
    store, client = signed_in(tmp_path / "home", server.url)
    assert sync(store, client).ok
    sha = str(item["document_sha256"])
    assert store.blobs.has_verified(sha)
    store.sync.delete_case(str(item["case_id"]))
    assert not store.blobs.has_verified(sha)
    assert store.sync.rulings_without_document() == []
