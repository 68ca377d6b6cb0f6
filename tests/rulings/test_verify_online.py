"""``verify`` against the sandbox over HTTP: the CRL is fetched from the platform the home is signed
in to; a ruling signed after its chair's certificate was revoked is rejected, one time-stamped
before the revocation is accepted, and archival copies verify without the platform."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from rulings.conftest import next_second
from rulings.samples import make_draft

from arbitration_desk.cli import main
from arbitration_desk.rulings.archival import make_archival_copy
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.csr import request_certificate
from arbitration_desk.rulings.keys import SoftwareKey
from arbitration_desk.rulings.sign import sign_pdf
from arbitration_desk.rulings.trust import platform_trust_roots
from arbitration_desk.sandbox.server import SandboxServer
from helpers.desk import signed_in
from helpers.sandbox import start_sandbox


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=6, rate_limit=0)
    try:
        yield server
    finally:
        server.stop()


def test_revoked_before_signing_is_rejected_and_time_stamped_before_is_accepted(
    server: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    store, client = signed_in(home, server.url, "chair")
    store.close()
    try:
        roots = platform_trust_roots(client, home, [server.ca_fingerprint])
        identity = request_certificate(client, SoftwareKey(ec.generate_private_key(ec.SECP256R1())), roots, tmp_path)
        chair = str(server.control.member("chair")["member_id"])
        draft = make_draft("en", chair_id=chair)
        before = sign_pdf(compose_ruling(draft), identity, client.timestamp)
        next_second()
        serial = x509.load_pem_x509_certificate(identity.certificate_pem.encode()).serial_number
        server.control.revoke_certificate(serial, "superseded")
        after = sign_pdf(compose_ruling(draft), identity, client.timestamp)
        archived = make_archival_copy(before, client.signing_crl(), client.timestamp)
    finally:
        client.close()
    files = {"before.pdf": before, "after.pdf": after, "archived.pdf": archived}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    capsys.readouterr()
    code = main(["--home", str(home), "verify", *(str(tmp_path / name) for name in files), "--chair", chair])
    out = capsys.readouterr().out
    assert code == 1, out
    verdicts = dict(zip(files, [block for block in out.split("\nFile:")[1:]], strict=True))
    assert "Verdict:            VALID" in verdicts["before.pdf"] and "revoked later" in verdicts["before.pdf"]
    assert "Verdict:            NOT VALID" in verdicts["after.pdf"]
    assert "at or before the signing time" in verdicts["after.pdf"] and "Revocation:         REVOKED" in out
    assert "archival copy" in verdicts["archived.pdf"] and "Verdict:            VALID" in verdicts["archived.pdf"]
    assert "CRL:                issued" in out and "(the platform)" in out
    assert "3 file(s): 2 valid, 1 NOT valid, 0 unreadable" in out
    # Offline, the archival copy still verifies with its own CRL; the filed one cannot show revocation.
    code = main(["--home", str(home), "verify", str(tmp_path / "archived.pdf"), "--offline"])
    assert code == 0, capsys.readouterr().out
    code = main(["--home", str(home), "verify", str(tmp_path / "before.pdf"), "--offline"])
    assert code == 1 and "revocation was not checked" in capsys.readouterr().out
