"""sync/evidence.py: partial downloads: discarded on a 416, resumed after a break, never readable on disk.

The sandbox sits behind a hostile proxy: one that answers every range request with 416, as a
platform would whose file no longer extends past the bytes held (README: "on 416 discard it and
download in full"), and one that cuts a body short. The store is the desk's (sealed under the
home's key): a broken download resumes after the last whole chunk its staging file kept.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import EvidenceState
from arbitration_desk.store.sealed import DEFAULT_CHUNK_SIZE
from helpers.desk import signed_in, sync
from helpers.hostile import Answer, HostileProxy
from helpers.sandbox import start_sandbox

CONTENT = b"a scanned delivery note " * 4000
PROBLEMS = "https://api.arbitration.example/problems/"
EVIDENCE = r"/v1/cases/[^/]+/evidence/[^/]+/content"
MARKER = b"CONFIDENTIAL-BANK-STATEMENT-4711 "
#: Looked for anywhere in a file: long enough never to turn up by chance in ciphertext.
SIGNS = (MARKER, b"\x89PNG\r\n\x1a\n", b"%PDF-")
#: JPEG's magic number is 3 bytes: found at random in megabytes of ciphertext, so only where `file` looks.
JPEG = b"\xff\xd8\xff"


def _scan(path: Path) -> dict[str, list[bytes]]:
    """Files under ``path`` holding the marker or a PNG/PDF/JPEG magic number, and which."""
    found = {}
    for item in path.rglob("*"):
        if item.is_file():
            data = item.read_bytes()
            if signs := [sign for sign in SIGNS if sign in data] + ([JPEG] if data.startswith(JPEG) else []):
                found[str(item.relative_to(path))] = signs
    return found


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
            partial.write(b"bytes of an earlier attempt " * 2500)  # more than a sealed chunk: some is kept
        assert store.blobs.bytes_held(sha) > 0
        proxy.on("GET", r"/v1/cases/[^/]+/evidence/[^/]+/content", no_ranges)
        report = sync(store, client)
        assert report.ok, report.failures
        assert seen == [416, 200]
        [row] = [r for r in store.reads.evidence(case_id) if r.evidence_id == evidence_id]
        assert row.state == EvidenceState.VERIFIED
        with store.blobs.open_verified(sha) as handle:
            assert handle.read() == CONTENT
    finally:
        client.close()
        store.close()
        proxy.stop()


def test_a_broken_download_resumes_after_its_last_sealed_chunk_and_nothing_is_readable(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    scan = bytearray(random.Random(5).randbytes(600_000))
    for at in range(0, len(scan) - len(MARKER), 1000):
        scan[at : at + len(MARKER)] = MARKER
    scan[:8] = b"\x89PNG\r\n\x1a\n"
    content = bytes(scan)
    ranges: list[int] = []
    during: list[dict[str, list[bytes]]] = []

    def cut_the_first(method: str, path: str, answer: Answer) -> Answer:
        if answer.status == 206:
            ranges.append(int(answer.headers["Content-Range"].split()[1].split("-")[0]))
            during.append(_scan(tmp_path / "home" / "blobs"))  # the partial download, as it lies on disk now
        elif not ranges and answer.status == 200 and len(answer.body) == len(content):
            answer.truncate_to = 300_000
        return answer

    proxy = HostileProxy(sandbox.url)
    store, client = signed_in(tmp_path / "home", proxy.url)
    client.transport.retry.cap = 0.1
    try:
        assert sync(store, client).ok
        assert store.blobs.key is not None  # the desk's store: sealed files
        case_id = sandbox.control.case_ids("chair")[0]
        evidence_id = sandbox.control.add_evidence(case_id, content, "image/png")
        proxy.on("GET", EVIDENCE, cut_the_first)
        report = sync(store, client)
        assert report.ok, report.failures
        # Fetched whole first; what arrived before the break was kept as whole sealed chunks only,
        # and the Range request continued after the last of them.
        [start] = ranges
        assert 0 < start < 300_000 and start % DEFAULT_CHUNK_SIZE == 0
        assert during == [{}]
        [row] = [r for r in store.reads.evidence(case_id) if r.evidence_id == evidence_id]
        assert row.state == EvidenceState.VERIFIED
        with store.blobs.open_verified(row.sha256) as handle:
            assert handle.read() == content
        assert _scan(tmp_path / "home" / "blobs") == {}  # every evidence file of the demo world too
        assert store.blobs.verified_count() == len(
            {r.sha256 for case in store.reads.list_cases() for r in store.reads.evidence(case.case_id)}
        )
    finally:
        client.close()
        store.close()
        proxy.stop()
