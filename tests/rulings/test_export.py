"""Decision-record export for legal staff against the sandbox's demo rulings (over HTTP, nothing mocked)."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.cli import main
from arbitration_desk.rulings.export import DecisionExporter, ExportProgress
from arbitration_desk.rulings.records import file_name, safe_part
from arbitration_desk.rulings.trust import platform_trust_roots
from arbitration_desk.sandbox.server import SandboxServer
from helpers.desk import signed_in
from helpers.hostile import Answer, HostileProxy
from helpers.sandbox import api_session, start_sandbox


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=30, rate_limit=0)
    try:
        yield server
    finally:
        server.stop()


def platform_rulings(server: SandboxServer) -> list[dict[str, object]]:
    session = api_session(server, "legal")
    try:
        return list(session.get("/v1/rulings", params={"limit": 200}).json()["items"])
    finally:
        session.close()


def test_names_are_sanitized() -> None:
    assert file_name("ARB-2026-000123", "rl_01JA") == "ARB-2026-000123_rl_01JA.pdf"
    for hostile in ("../../etc/passwd", "..", "a/b\\c", "ref\x00\u202e", ".hidden"):
        part = safe_part(hostile)
        assert re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]*", part), part
    assert safe_part("a/b") != safe_part("a\\b")  # replacing characters never merges two IDs


def test_export_verifies_every_record_then_only_new_or_damaged(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url, "legal")
    expected = {r["ruling_id"]: r for r in platform_rulings(server)}
    assert len(expected) >= 2
    roots = platform_trust_roots(client, tmp_path / "home", [server.ca_fingerprint])
    out = tmp_path / "records"
    seen: list[ExportProgress] = []
    report = DecisionExporter(client, roots, out, on_progress=seen.append).run()
    assert report.ok and len(report.exported) == len(expected)
    assert seen[-1].done == seen[-1].total == len(expected)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["cursor"]
    by_id = {r["ruling_id"]: r for r in manifest["records"]}
    assert set(by_id) == set(expected)
    for ruling_id, record in by_id.items():
        source = expected[ruling_id]
        assert record["verdict"] == "valid", record["problems"]
        assert (record["case_reference"], record["outcome"], record["chair_id"]) == (
            source["case_reference"],
            source["outcome"],
            source["chair_id"],
        )
        assert record["award_amount"] == source["award"]["amount"]  # type: ignore[index]
        assert record["sha256"] == source["document_sha256"]
        assert record["file"] == f"{source['case_reference']}_{ruling_id}.pdf"
        assert (out / record["file"]).read_bytes().startswith(b"%PDF-")
    with open(out / "manifest.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["ruling_id"]: row["verdict"] for row in rows} == dict.fromkeys(expected, "valid")
    assert {row["decided_at"] for row in rows} == {r["decided_at"] for r in expected.values()}

    again = DecisionExporter(client, roots, out).run()
    assert (again.exported, again.failed, again.unchanged) == ([], [], len(expected))

    damaged = out / by_id[next(iter(by_id))]["file"]
    damaged.write_bytes(damaged.read_bytes()[:-10] + b"0123456789")
    third = DecisionExporter(client, roots, out).run()
    assert third.refetched == 1 and [r.ruling_id for r in third.exported] == [next(iter(by_id))]
    assert third.exported[0].valid
    client.close()
    store.close()


def test_cli_exits_3_when_the_platform_serves_an_altered_document(server: SandboxServer, tmp_path: Path) -> None:
    victim = str(platform_rulings(server)[0]["ruling_id"])

    def flip(method: str, path: str, answer: Answer) -> Answer:
        body = bytearray(answer.body)
        body[len(body) // 2] ^= 0xFF
        answer.body = bytes(body)
        return answer

    proxy = HostileProxy(server.url)
    proxy.on("GET", rf"/v1/rulings/{victim}/document", flip)
    try:
        home, out = tmp_path / "home", tmp_path / "records"
        store, client = signed_in(home, proxy.url, "legal")
        store.close()
        client.close()
        assert main(["--home", str(home), "pin-ca", "--sha256", server.ca_fingerprint]) == 0
        assert main(["--home", str(home), "export", "--out", str(out), "--quiet"]) == 3
        records = {r["ruling_id"]: r for r in json.loads((out / "manifest.json").read_text("utf-8"))["records"]}
        assert records[victim]["verdict"] == "failed" and records[victim]["file"] == ""
        assert any("SHA-256" in problem for problem in records[victim]["problems"])
        assert all(r["verdict"] == "valid" for rid, r in records.items() if rid != victim)
        assert not list(out.glob(f"*{victim}*"))
        assert proxy.hits  # the altered bytes did go through the client
        proxy.rules.clear()  # the platform is repaired: the failed record is fetched again
        assert main(["--home", str(home), "export", "--out", str(out), "--quiet"]) == 0
    finally:
        proxy.stop()


def test_cli_export_without_session_or_pin_is_fatal(tmp_path: Path, server: SandboxServer) -> None:
    assert main(["--home", str(tmp_path / "nobody"), "export", "--out", str(tmp_path / "o")]) == 1
    store, client = signed_in(tmp_path / "home", server.url, "legal")
    store.close()
    client.close()
    assert main(["--home", str(tmp_path / "home"), "export", "--out", str(tmp_path / "o")]) == 1  # CA not pinned
