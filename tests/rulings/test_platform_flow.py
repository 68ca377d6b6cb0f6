"""End to end over HTTP with the sandbox: pinned CA, CSR → certificate, sign B-T via the platform TSA, file."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from rulings.conftest import now

from arbitration_desk.domain.money import Money
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.credentials import SecretStore
from arbitration_desk.rulings import cli_verify
from arbitration_desk.rulings.ca import ca_path, fetch_platform_ca, load_trust_roots
from arbitration_desk.rulings.csr import load_identity, request_certificate
from arbitration_desk.rulings.draft import draft_from_case
from arbitration_desk.rulings.errors import UntrustedCa
from arbitration_desk.rulings.keys import SoftwareKeyStore
from arbitration_desk.rulings.ruling import make_ruling
from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import DEMO_PASSWORD, start_sandbox


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(Path(tmp_path_factory.mktemp("sandbox")), cases=4, rate_limit=0)
    try:
        yield server
    finally:
        server.stop()


def _client(server: SandboxServer, name: str) -> PlatformClient:
    client = PlatformClient(server.url, name)
    client.sign_in(DEMO_PASSWORD)
    return client


def test_ca_is_saved_only_when_pinned(server: SandboxServer, tmp_path: Path) -> None:
    client = PlatformClient(server.url, "chair")
    try:
        with pytest.raises(UntrustedCa):
            fetch_platform_ca(client, ["00" * 32], tmp_path)
        assert not ca_path(tmp_path).exists()
        path = fetch_platform_ca(client, [server.pki.ca_fingerprint.upper()], tmp_path)
        assert load_trust_roots(path)[0].subject == server.pki.ca_certificates[0].subject
    finally:
        client.close()


def test_file_a_signed_ruling(server: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chair, members = _client(server, "chair"), [_client(server, n) for n in ("member1", "member2")]
    try:
        roots = load_trust_roots(fetch_platform_ca(chair, [server.pki.ca_fingerprint], tmp_path))
        store = SoftwareKeyStore(tmp_path / "pki" / "signing-key.pem", SecretStore(f"{server.url}|chair"))
        request_certificate(chair, store.create(), roots, tmp_path / "pki")
        identity = load_identity(tmp_path / "pki", store.open())
        panel_ids = {m.me().data["member_id"] for m in (chair, *members)}
        case = next(
            c
            for c in (chair.get_case(s["id"]).data for s in chair.list_cases().data["items"])
            if c["status"] == "in_deliberation" and {m["member_id"] for m in c["panel"]["members"]} == panel_ids
        )
        claimed = case["claim"]["amount_claimed"]
        for voter, outcome in ((chair, "favor_buyer"), (members[0], "favor_buyer"), (members[1], "split")):
            award = claimed if outcome == "favor_buyer" else {"amount": "0.00", "currency": claimed["currency"]}
            voter.put_vote(case["id"], {"outcome": outcome, "award": award, "rationale": "Voted in the test."})
        board = chair.get_votes(case["id"]).data
        draft = draft_from_case(
            case,
            board,
            outcome="favor_buyer",
            award=Money.from_json(claimed),
            summary="The parcel was not delivered.",
            decided_at=now(),
        )
        ruling = make_ruling(draft, identity, roots, chair.timestamp)
        assert ruling.report.timestamp_ok
        receipt = chair.submit_ruling(case["id"], str(uuid.uuid4()), ruling.metadata, ruling.pdf)
        assert receipt.status == 201
        assert receipt.data["document_sha256"] == ruling.metadata["document_sha256"]
        assert chair.get_case(case["id"]).data["status"] == "decided"
        (tmp_path / "crl.der").write_bytes(chair.signing_crl())  # as legal staff would keep it
        chair_id = chair.me().data["member_id"]
    finally:
        for client in (chair, *members):
            client.close()
    (tmp_path / "ruling.pdf").write_bytes(ruling.pdf)
    parser = argparse.ArgumentParser()
    parser.add_argument("--home")
    cli_verify.configure(parser)
    arguments = [str(tmp_path / "ruling.pdf"), "--home", str(tmp_path), "--crl", str(tmp_path / "crl.der")]
    arguments += ["--case", case["reference"], "--chair", chair_id]
    assert cli_verify.run(parser.parse_args(arguments)) == 0
    assert "Verdict:            VALID" in capsys.readouterr().out
    assert cli_verify.run(parser.parse_args([*arguments[:5], "--case", "ARB-0000-000000"])) == 1
    assert "not 'ARB-0000-000000'" in capsys.readouterr().out
