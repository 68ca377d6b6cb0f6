"""Evidence downloaded under an ETag naming other content counts as a mismatch (contract README,
"Evidence download and verification"): quarantined, then failed verification with the request ID
of that download, reported, and never downloaded again. The fault is the sandbox's own
(``FaultInjector.serve_wrong_etag``): the right bytes, under an ETag naming other content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import EvidenceRow, EvidenceState
from arbitration_desk.store.store import Store
from arbitration_desk.sync.report import SyncReport
from helpers.desk import signed_in, sync
from helpers.sandbox import api_session, start_sandbox


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path / "sandbox", cases=4, seed=7)
    yield server
    server.stop()


def _items(server: SandboxServer) -> list[tuple[str, dict[str, object]]]:
    """Every evidence item of the chair's cases with its case ID, as the platform lists them."""
    chair = api_session(server, "chair")
    try:
        return [
            (case_id, item)
            for case_id in server.control.case_ids("chair")
            for item in chair.get(f"/v1/cases/{case_id}").json()["evidence"]
        ]
    finally:
        chair.close()


def _target(server: SandboxServer) -> tuple[str, dict[str, object]]:
    """The first evidence item of the chair's cases (the demo world has several)."""
    items = _items(server)
    assert len(items) > 1
    return items[0]


def _row(store: Store, case_id: str, evidence_id: str) -> EvidenceRow:
    return next(r for r in store.reads.evidence(case_id) if r.evidence_id == evidence_id)


def _failures_of(report: SyncReport, evidence_id: str) -> list[str]:
    return [f"{f.reason} [{f.request_id}]" for f in report.failures if f.item_id == evidence_id]


def test_the_sandbox_fault_names_other_content_for_that_item_only(server: SandboxServer) -> None:
    (case_id, item), *others = _items(server)
    assert others
    server.faults.serve_wrong_etag(case_id, str(item["evidence_id"]))
    chair = api_session(server, "chair")
    try:
        answer = chair.get(f"/v1/cases/{case_id}/evidence/{item['evidence_id']}/content")
        assert answer.status_code == 200
        assert hashlib.sha256(answer.content).hexdigest() == item["sha256"]  # the bytes are right ...
        assert answer.headers["ETag"].startswith('"sha256:')
        assert answer.headers["ETag"] != f'"sha256:{item["sha256"]}"'  # ... the ETag names other content
        ranged = chair.get(f"/v1/cases/{case_id}/evidence/{item['evidence_id']}/content", headers={"Range": "bytes=1-"})
        assert ranged.status_code == 206 and ranged.headers["ETag"] == answer.headers["ETag"]
        assert server.faults.wrong_etag_requests(case_id, str(item["evidence_id"])) == [
            answer.headers["X-Request-Id"],
            ranged.headers["X-Request-Id"],
        ]
        for other_case, other in others:
            fine = chair.get(f"/v1/cases/{other_case}/evidence/{other['evidence_id']}/content")
            assert fine.headers["ETag"] == f'"sha256:{other["sha256"]}"'
    finally:
        chair.close()


def test_wrong_etag_is_quarantined_then_failed_verification_then_left_alone(
    server: SandboxServer, tmp_path: Path
) -> None:
    case_id, item = _target(server)
    evidence_id, sha = str(item["evidence_id"]), str(item["sha256"])
    server.faults.serve_wrong_etag(case_id, evidence_id)
    store, client = signed_in(tmp_path / "home", server.url)
    try:
        _three_syncs(server, store, client, case_id, evidence_id, sha)
    finally:
        client.close()
        store.close()


def _three_syncs(
    server: SandboxServer, store: Store, client: PlatformClient, case_id: str, evidence_id: str, sha: str
) -> None:
    downloads = server.faults.wrong_etag_requests
    # 1st sync: one mismatch, quarantined, reported; to be downloaded once more.
    first = sync(store, client)
    row = _row(store, case_id, evidence_id)
    assert row.state == EvidenceState.QUARANTINED and row.mismatches == 1
    assert len(downloads(case_id, evidence_id)) == 1
    assert row.request_id == downloads(case_id, evidence_id)[0]
    assert row.failure_reason is not None and "ETag" in row.failure_reason and sha in row.failure_reason
    [reported] = _failures_of(first, evidence_id)
    assert "quarantined" in reported and "next sync" in reported and row.request_id in reported
    assert [r.evidence_id for r in store.sync.evidence_to_download(case_id)] == [evidence_id]
    assert not store.blobs.has_verified(sha) and store.blobs.bytes_held(sha) == 0  # the body was refused
    # Every other item of the world synced as usual.
    others = [
        r for c in store.reads.list_cases() for r in store.reads.evidence(c.case_id) if r.evidence_id != evidence_id
    ]
    assert others and all(r.state == EvidenceState.VERIFIED for r in others)
    # 2nd sync: the second mismatch, failed verification, reported to support with that request ID.
    second = sync(store, client)
    row = _row(store, case_id, evidence_id)
    assert row.state == EvidenceState.FAILED_VERIFICATION and row.mismatches == 2
    assert len(downloads(case_id, evidence_id)) == 2
    assert row.request_id == downloads(case_id, evidence_id)[1]
    [reported] = _failures_of(second, evidence_id)
    assert reported.startswith("failed verification twice (content hash ")
    assert "reported to platform support" in reported and row.request_id in reported
    assert not store.blobs.has_verified(sha)
    assert store.sync.evidence_to_download(case_id) == []
    # 3rd sync: not downloaded again, still failed, nothing more to report.
    third = sync(store, client)
    assert third.ok, third.failures
    assert len(downloads(case_id, evidence_id)) == 2
    row = _row(store, case_id, evidence_id)
    assert row.state == EvidenceState.FAILED_VERIFICATION and not store.blobs.has_verified(sha)
    # Even when the case changes and is synced again, its download history stands.
    server.control.add_messages(case_id, 1)
    fourth = sync(store, client)
    assert fourth.ok and fourth.cases_synced == 1, fourth.failures
    assert len(downloads(case_id, evidence_id)) == 2
    assert _row(store, case_id, evidence_id).state == EvidenceState.FAILED_VERIFICATION
