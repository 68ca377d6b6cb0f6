"""The CA's certificate revocation list: `GET /v1/pki/crl` over HTTP, and the revocations behind it."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import RevokedError

from arbitration_desk.sandbox.control import ControlError
from arbitration_desk.sandbox.pki import PkiStorageError, SandboxPki
from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import ApiSession, issue_certificate


def _get_crl(sandbox: SandboxServer, **headers: str) -> requests.Response:
    """The CRL as anyone gets it: no access token."""
    return requests.get(f"{sandbox.url}/v1/pki/crl", headers=headers, timeout=10)


def _parse(answer: requests.Response) -> x509.CertificateRevocationList:
    assert answer.status_code == 200, answer.text
    assert answer.headers["Content-Type"] == "application/pkix-crl"
    assert answer.headers["ETag"].startswith('"') and answer.headers["X-Request-Id"].startswith("req_")
    return x509.load_der_x509_crl(answer.content)


def _ca(sandbox: SandboxServer) -> x509.Certificate:
    answer = requests.get(f"{sandbox.url}/v1/pki/ca", timeout=10)
    assert answer.status_code == 200
    return x509.load_pem_x509_certificate(answer.content)


def _reason(entry: x509.RevokedCertificate) -> x509.ReasonFlags | None:
    try:
        return entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
    except x509.ExtensionNotFound:
        return None


def _number(crl: x509.CertificateRevocationList) -> int:
    return crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number


# ---------------------------------------------------------------- over HTTP


def test_the_crl_is_signed_by_the_ca_and_lists_revocations_with_their_reason(
    sandbox: SandboxServer, sessions: dict[str, ApiSession]
) -> None:
    ca = _ca(sandbox)
    compromised, replaced, good = (issue_certificate(sessions["chair"]) for _ in range(3))
    before = _get_crl(sandbox)
    started = datetime.now(UTC).replace(microsecond=0)
    sandbox.control.revoke_certificate(compromised.serial_number, "keyCompromise")
    sandbox.control.revoke_certificate(replaced.serial_number)
    answer = _get_crl(sandbox)
    now = datetime.now(UTC)

    crl = _parse(answer)
    assert crl.is_signature_valid(ca.public_key())
    assert crl.issuer == ca.subject
    ca_ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    aki = crl.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == ca_ski
    # Reissued at once after the revocations, valid for at most 24 hours.
    assert started <= crl.last_update_utc <= now
    assert crl.next_update_utc is not None and now < crl.next_update_utc <= now + timedelta(hours=24)

    entry = crl.get_revoked_certificate_by_serial_number(compromised.serial_number)
    assert entry is not None and _reason(entry) is x509.ReasonFlags.key_compromise
    assert started <= entry.revocation_date_utc <= now
    unspecified = crl.get_revoked_certificate_by_serial_number(replaced.serial_number)
    assert unspecified is not None and _reason(unspecified) is None  # RFC 5280: no reason code for unspecified
    assert crl.get_revoked_certificate_by_serial_number(good.serial_number) is None

    earlier = _parse(before)
    assert earlier.get_revoked_certificate_by_serial_number(compromised.serial_number) is None
    assert before.headers["ETag"] != answer.headers["ETag"]
    assert _number(crl) > _number(earlier)


def test_a_standard_validator_uses_the_crl(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    """pyhanko-certvalidator, with this CRL as its only revocation source and revocation information required."""
    revoked, good = issue_certificate(sessions["chair"]), issue_certificate(sessions["chair"])
    sandbox.control.revoke_certificate(revoked.serial_number, "affiliationChanged")
    context = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(_ca(sandbox).public_bytes(serialization.Encoding.DER))],
        crls=[_get_crl(sandbox).content],
        allow_fetching=False,
        revocation_mode="require",
    )

    def validate(certificate: x509.Certificate) -> None:
        der = certificate.public_bytes(serialization.Encoding.DER)
        validator = CertificateValidator(asn1_x509.Certificate.load(der), validation_context=context)
        asyncio.run(validator.async_validate_usage({"digital_signature"}))

    validate(good)
    with pytest.raises(RevokedError):
        validate(revoked)


def test_an_unchanged_crl_is_not_sent_again(sandbox: SandboxServer) -> None:
    first = _get_crl(sandbox)
    etag = first.headers["ETag"]
    again = _get_crl(sandbox, **{"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == etag and again.headers["X-Request-Id"].startswith("req_")
    other = _get_crl(sandbox, **{"If-None-Match": '"sha256:0000"'})
    assert _parse(other) is not None and other.content == first.content


def test_revoking_through_the_control_checks_serial_and_reason(
    sandbox: SandboxServer, sessions: dict[str, ApiSession]
) -> None:
    with pytest.raises(ControlError, match="no certificate"):
        sandbox.control.revoke_certificate(12345, "keyCompromise")
    certificate = issue_certificate(sessions["chair"])
    for reason in ("key_compromise", "certificateHold", "removeFromCRL"):
        with pytest.raises(ControlError, match="keyCompromise"):  # the message lists the valid names
            sandbox.control.revoke_certificate(certificate.serial_number, reason)
    assert not sandbox.pki.is_revoked(certificate.serial_number)
    first = sandbox.control.revoke_certificate(certificate.serial_number, "superseded")
    assert sandbox.control.revoke_certificate(certificate.serial_number, "keyCompromise") == first
    assert first.reason is x509.ReasonFlags.superseded


# ---------------------------------------------------------------- the PKI behind it


def test_revocations_survive_a_restart_with_time_and_reason(tmp_path: Path) -> None:
    pki = SandboxPki.load_or_create(tmp_path)
    first = pki.revoke(101, x509.ReasonFlags.key_compromise)
    second = pki.revoke(7, "cessationOfOperation")
    reloaded = SandboxPki.load_or_create(tmp_path)
    assert reloaded.revocations() == [second, first]
    crl = x509.load_der_x509_crl(reloaded.crl().der)
    assert [(e.serial_number, _reason(e)) for e in crl] == [
        (7, x509.ReasonFlags.cessation_of_operation),
        (101, x509.ReasonFlags.key_compromise),
    ]


def test_revocations_of_the_older_format_load_as_unspecified(tmp_path: Path) -> None:
    SandboxPki.load_or_create(tmp_path)
    (tmp_path / "revoked.json").write_text(json.dumps({"revoked_serials": ["42", "9"]}), "utf-8")
    pki = SandboxPki.load_or_create(tmp_path)
    assert [(r.serial, r.reason) for r in pki.revocations()] == [
        (9, x509.ReasonFlags.unspecified),
        (42, x509.ReasonFlags.unspecified),
    ]
    (tmp_path / "revoked.json").write_text(json.dumps({"revocations": [{"serial": "1"}]}), "utf-8")
    with pytest.raises(PkiStorageError, match=r"revoked\.json"):
        SandboxPki.load_or_create(tmp_path)


def test_the_crl_is_reissued_within_the_hour_and_after_a_revocation(tmp_path: Path) -> None:
    pki = SandboxPki.load_or_create(tmp_path)
    start = datetime.now(UTC)
    first = pki.crl(start)
    assert pki.crl(start + timedelta(minutes=59)) == first  # same bytes and ETag: If-None-Match works
    later = pki.crl(start + timedelta(minutes=61))
    assert later.etag != first.etag and later.number > first.number
    assert later.this_update == (start + timedelta(minutes=61)).replace(microsecond=0)
    assert later.next_update == later.this_update + timedelta(hours=24)
    pki.revoke(5)
    revoked = pki.crl(start + timedelta(minutes=62))
    assert revoked.number > later.number
    assert [entry.serial_number for entry in x509.load_der_x509_crl(revoked.der)] == [5]
