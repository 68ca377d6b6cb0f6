"""Decision-record export for legal staff against the sandbox's demo rulings (over HTTP, nothing mocked)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko_certvalidator import ValidationContext

from arbitration_desk.cli import main
from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.rulings.ca import ca_path
from arbitration_desk.rulings.export import DecisionExporter, ExportProgress
from arbitration_desk.rulings.records import MANIFEST_JSON, Manifest, ManifestError, file_name, safe_part
from arbitration_desk.rulings.trust import platform_trust_roots
from arbitration_desk.rulings.verify import anchors_of
from arbitration_desk.sandbox.server import SandboxServer
from helpers.desk import signed_in
from helpers.hostile import Answer, HostileProxy
from helpers.nss import create_nss_db, pdfsig
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


def test_an_unreadable_manifest_is_said_with_a_phrase(tmp_path: Path) -> None:
    path = tmp_path / MANIFEST_JSON
    path.write_text("{not json", "utf-8")
    with pytest.raises(ManifestError) as refused:
        Manifest.load(tmp_path)
    said = phrase_of(refused.value)
    assert said is not None and (said.context, said.template) == ("Export", "cannot read {path}: {error}")
    # the path and the JSON reader's words are fields, never translated; the English is as before
    assert said.values["path"] == str(path) and isinstance(said.values["error"], str)
    assert str(refused.value) == f"cannot read {path}: {said.values['error']}"


def test_export_verifies_every_record_then_only_new_or_damaged(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url, "legal")
    expected = {r["ruling_id"]: r for r in platform_rulings(server)}
    assert len(expected) >= 2
    roots = platform_trust_roots(client, tmp_path / "home", [server.ca_fingerprint])
    out = tmp_path / "records"
    seen: list[ExportProgress] = []
    report = DecisionExporter(client, roots, out, on_progress=seen.append).run()
    assert report.ok and len(report.exported) == len(expected)
    assert not (out / ".staging").exists()  # nothing to resume: no empty folder left in the user's folder
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
        assert record["signer"] and "Serial Number" not in record["signer"]  # the chair's name, for people
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


def test_every_exported_record_and_its_archival_copy_verify_in_pdfsig_pyhanko_and_verify(
    server: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, out = tmp_path / "home", tmp_path / "records"
    store, client = signed_in(home, server.url, "legal")
    roots = platform_trust_roots(client, home, [server.ca_fingerprint])
    report = DecisionExporter(client, roots, out).run()
    client.close()
    store.close()
    assert report.ok and report.exported
    nss = create_nss_db(tmp_path / "nss", ca_path(home).read_text("ascii"))
    anchors = anchors_of(roots)
    files: list[Path] = []
    for record in report.exported:
        filed, archival = out / record.file, out / record.archival_file
        assert hashlib.sha256(filed.read_bytes()).hexdigest() == record.sha256  # the filed bytes, unchanged
        assert archival.read_bytes().startswith(filed.read_bytes())
        assert hashlib.sha256(archival.read_bytes()).hexdigest() == record.archival_sha256
        for path in (filed, archival):
            text = pdfsig(path, nss)
            first = text.split("Signature #2")[0]
            assert "Signature is Valid." in first and "Certificate is Trusted." in first, text
            reader = PdfFileReader(io.BytesIO(path.read_bytes()))
            signatures = list(reader.embedded_signatures)
            status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=anchors), skip_diff=True)
            assert status.intact and status.valid and status.trusted, status.pretty_print_details()
            for stamp in signatures[1:]:  # the archival copy's document time-stamp: pdfsig cannot check it
                assert "Signature #2" in text and stamp.sig_object_type == "/DocTimeStamp"
                ts = validate_pdf_timestamp(stamp, ValidationContext(trust_roots=anchors))
                assert ts.intact and ts.valid and ts.trusted
        files += [filed, archival]
    capsys.readouterr()
    assert main(["--home", str(home), "verify", *map(str, files)]) == 0, capsys.readouterr().out
    summary = capsys.readouterr().out
    assert f"{len(files)} file(s): {len(files)} valid" in summary
    assert (
        main(["--home", str(home), "verify", "--offline", *(str(out / r.archival_file) for r in report.exported)]) == 0
    )


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
