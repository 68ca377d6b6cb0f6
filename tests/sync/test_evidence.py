"""sync/evidence.py: a partial download the platform cannot continue (416) is discarded and fetched in full.

The sandbox sits behind a hostile proxy that answers every range request with 416, as a platform
would whose file no longer extends past the bytes held (README: "on 416 discard it and download in
full").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import EvidenceState
from helpers.desk import signed_in, sync
from helpers.hostile import Answer, HostileProxy
from helpers.sandbox import start_sandbox

CONTENT = b"a scanned delivery note " * 4000
PROBLEMS = "https://api.arbitration.example/problems/"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=2) as server:
        yield server


def test_a_416_discards_the_partial_file_and_downloads_in_full(sandbox: SandboxServer, tmp_path: Path) -> None:
    seen: list[int] = []

    def no_ranges(method: str, path: str, answer: Answer) -> Answer:
        if answer.status == 206:
            answer.status = 416
            answer.headers = {"Content-Type": "application/problem+json", "Content-Range": f"bytes */{len(CONTENT)}"}
            answer.set_json({"type": PROBLEMS + "range-not-satisfiable", "status": 416})
        seen.append(answer.status)
        return answer

    proxy = HostileProxy(sandbox.url)
    store, client = signed_in(tmp_path / "home", proxy.url)
    try:
        assert sync(store, client).ok
        case_id = sandbox.control.case_ids("chair")[0]
        evidence_id = sandbox.control.add_evidence(case_id, CONTENT, "application/pdf")
        sha = hashlib.sha256(CONTENT).hexdigest()
        with store.blobs.open_append(sha, limit=len(CONTENT)) as partial:  # left by an earlier, broken sync
            partial.write(b"bytes of an earlier attempt")
        proxy.on("GET", r"/v1/cases/[^/]+/evidence/[^/]+/content", no_ranges)
        report = sync(store, client)
        assert report.ok, report.failures
        assert seen == [416, 200]
        [row] = [r for r in store.reads.evidence(case_id) if r.evidence_id == evidence_id]
        assert row.state == EvidenceState.VERIFIED
        assert store.blobs.verified_path(sha).read_bytes() == CONTENT
    finally:
        client.close()
        store.close()
        proxy.stop()
