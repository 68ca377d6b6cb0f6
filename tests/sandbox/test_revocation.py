"""Revocation in practice (contract 1.1): certificates name the CRL, and the control's revocations.

Signing certificates, and the TSA's, name the sandbox's own ``GET /v1/pki/crl`` in their CRL
distribution points; a verifier that requires revocation information fetches the CRL from there.
Replacing a chair and a member leaving the committee revoke certificates, as the CRL fetched over
HTTP shows.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import RevokedError
from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend

from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.control import ControlError
from arbitration_desk.sandbox.pki import SandboxPki
from arbitration_desk.sandbox.server import SandboxServer
from helpers.pdfs import make_pdf
from helpers.sandbox import ApiSession, api_session, expect_problem, issue_certificate

CHAIR, WCHEN, EIVANOVA, MEMBER1 = "mb_4RZ81KQ7", "mb_3CH19WN8", "mb_1EI46VX2", "mb_9TQ25LM3"


def _crl_urls(certificate: x509.Certificate) -> list[str]:
    extension = certificate.extensions.get_extension_for_class(x509.CRLDistributionPoints)
    assert not extension.critical  # RFC 5280 4.2.1.13: SHOULD be non-critical
    urls = []
    for point in extension.value:
        assert point.full_name is not None and point.reasons is None and point.crl_issuer is None
        urls += [name.value for name in point.full_name if isinstance(name, x509.UniformResourceIdentifier)]
    return urls


def _ca(server: SandboxServer) -> x509.Certificate:
    answer = requests.get(f"{server.url}/v1/pki/ca", timeout=10)
    assert answer.status_code == 200
    return x509.load_pem_x509_certificate(answer.content)


def _crl_named_by(certificate: x509.Certificate, ca: x509.Certificate) -> x509.CertificateRevocationList:
    """The CRL fetched, without an access token, from the URL the certificate names; checked as the CA's."""
    (url,) = _crl_urls(certificate)
    answer = requests.get(url, timeout=10)
    assert answer.status_code == 200, answer.text
    assert answer.headers["Content-Type"] == "application/pkix-crl"
    crl = x509.load_der_x509_crl(answer.content)
    public_key = ca.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    assert crl.issuer == ca.subject and crl.is_signature_valid(public_key)
    return crl


def _reason(crl: x509.CertificateRevocationList, certificate: x509.Certificate) -> x509.ReasonFlags | None:
    """The reason the CRL lists the certificate for (None: not listed)."""
    entry = crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
    if entry is None:
        return None
    try:
        return entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
    except x509.ExtensionNotFound:
        return x509.ReasonFlags.unspecified


def _revoked_at(crl: x509.CertificateRevocationList, certificate: x509.Certificate) -> datetime:
    entry = crl.get_revoked_certificate_by_serial_number(certificate.serial_number)
    assert entry is not None
    return entry.revocation_date_utc


def _fetching_context(ca: x509.Certificate) -> ValidationContext:
    """A validator that trusts the CA only, requires revocation information and fetches it itself."""
    return ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER))],
        allow_fetching=True,
        revocation_mode="require",
        fetcher_backend=RequestsFetcherBackend(),
    )


def _validate(certificate: x509.Certificate, ca: x509.Certificate) -> None:
    der = certificate.public_bytes(serialization.Encoding.DER)
    validator = CertificateValidator(asn1_x509.Certificate.load(der), validation_context=_fetching_context(ca))
    asyncio.run(validator.async_validate_usage({"digital_signature"}))


def _whole_second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


@pytest.fixture
def members(own_sandbox: SandboxServer) -> Iterator[dict[str, ApiSession]]:
    """Signed-in sessions, on a private sandbox, of the three chairs and member1."""
    found = {name: api_session(own_sandbox, name) for name in ("chair", "wchen", "eivanova", "member1")}
    try:
        yield found
    finally:
        for session in found.values():
            session.close()


# ---------------------------------------------------------------- the CRL distribution point


def test_a_signing_certificate_names_the_crl_the_sandbox_serves(
    sandbox: SandboxServer, sessions: dict[str, ApiSession]
) -> None:
    certificate = issue_certificate(sessions["chair"])
    assert _crl_urls(certificate) == [f"{sandbox.url}/v1/pki/crl"]
    ca = _ca(sandbox)
    crl = _crl_named_by(certificate, ca)
    assert crl.get_revoked_certificate_by_serial_number(certificate.serial_number) is None
    # A standard validator finds the CRL by itself, and requires it.
    _validate(certificate, ca)
    sandbox.control.revoke_certificate(certificate.serial_number, "superseded")
    with pytest.raises(RevokedError):
        _validate(certificate, ca)


def test_the_tsa_certificate_names_the_same_crl(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    request = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": bytes(32)},
            "cert_req": True,
        }
    )
    answer = sessions["chair"].post(
        "/v1/pki/timestamp", data=request.dump(), headers={"Content-Type": "application/timestamp-query"}
    )
    assert answer.status_code == 200
    token = tsp.TimeStampResp.load(answer.content)["time_stamp_token"]
    carried = [x509.load_der_x509_certificate(c.chosen.dump()) for c in token["content"]["certificates"]]
    ca = _ca(sandbox)
    (tsa,) = [c for c in carried if c.subject != ca.subject]
    tsa.verify_directly_issued_by(ca)
    assert _crl_urls(tsa) == [f"{sandbox.url}/v1/pki/crl"]


def test_a_verifier_requiring_revocation_information_checks_a_b_t_ruling_with_the_crl(
    sandbox: SandboxServer,
) -> None:
    """Signer and TSA certificate both: pyHanko fetches the CRL from their distribution points."""
    key_pem, issued = sandbox.pki.new_member_credentials(CHAIR, "Ana Ribeiro")
    assert _crl_urls(x509.load_pem_x509_certificate(issued.certificate_pem.encode())) == [sandbox.pki.crl_url]
    ca = _ca(sandbox)
    pdf = sandbox.pki.sign_pdf(make_pdf(), key_pem, issued)
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    status = validate_pdf_signature(
        signature, signer_validation_context=_fetching_context(ca), ts_validation_context=_fetching_context(ca)
    )
    assert status.bottom_line and status.trusted and not status.revoked
    assert status.timestamp_validity is not None and status.timestamp_validity.trusted


def test_the_demo_rulings_are_signed_with_certificates_naming_the_crl(
    sandbox: SandboxServer, sessions: dict[str, ApiSession]
) -> None:
    """The world's certificates are issued while it loads: the server knows its address by then."""
    rulings = sessions["legal"].get("/v1/rulings").json()["items"]
    assert rulings, "the shared world has recorded rulings"
    answer = sessions["legal"].get(f"/v1/rulings/{rulings[0]['ruling_id']}/document")
    assert answer.status_code == 200
    (signature,) = PdfFileReader(io.BytesIO(answer.content)).embedded_signatures
    signer = x509.load_der_x509_certificate(signature.signer_cert.dump())
    assert _crl_urls(signer) == [f"{sandbox.url}/v1/pki/crl"]
    status = validate_pdf_signature(
        signature,
        signer_validation_context=_fetching_context(_ca(sandbox)),
        ts_validation_context=_fetching_context(_ca(sandbox)),
    )
    assert status.intact and status.valid and status.trusted


def test_certificates_issued_before_the_address_is_known_name_no_crl_and_stay_valid(tmp_path: Path) -> None:
    pki = SandboxPki.load_or_create(tmp_path)
    _key, early = pki.new_member_credentials(CHAIR, "Ana Ribeiro")
    early_cert = x509.load_pem_x509_certificate(early.certificate_pem.encode())
    with pytest.raises(x509.ExtensionNotFound):
        early_cert.extensions.get_extension_for_class(x509.CRLDistributionPoints)
    early_cert.verify_directly_issued_by(pki.ca_certificates[0])
    for bad in ("/v1/pki/crl", "ftp://host/crl", "http:///crl", "http://höst/crl", "http://host/a b", "http://h/\x1b"):
        with pytest.raises(ValueError):
            pki.publish_crl_at(bad)
    assert pki.crl_url is None
    pki.publish_crl_at("http://127.0.0.1:8765/v1/pki/crl")
    _key, later = pki.new_member_credentials(CHAIR, "Ana Ribeiro")
    assert _crl_urls(x509.load_pem_x509_certificate(later.certificate_pem.encode())) == [
        "http://127.0.0.1:8765/v1/pki/crl"
    ]
    # The TSA certificate is issued when first needed, with the URL known then, and kept after.
    tsa_pem = pki.tsa_certificate_pem
    assert _crl_urls(x509.load_pem_x509_certificate(tsa_pem.encode())) == ["http://127.0.0.1:8765/v1/pki/crl"]
    reloaded = SandboxPki.load_or_create(tmp_path)
    reloaded.publish_crl_at("http://127.0.0.1:9999/v1/pki/crl")
    assert reloaded.tsa_certificate_pem == tsa_pem


# ---------------------------------------------------------------- replacing a chair


def test_replacing_a_chair_revokes_their_certificates_and_no_one_elses(
    own_sandbox: SandboxServer, members: dict[str, ApiSession]
) -> None:
    control = own_sandbox.control
    case_id = control.case_ids("chair")[0]
    chairs = [issue_certificate(members["chair"]) for _ in range(2)]
    superseded = issue_certificate(members["chair"])
    control.revoke_certificate(superseded.serial_number, "superseded")
    others = [issue_certificate(members["wchen"]), issue_certificate(members["eivanova"])]
    before = members["wchen"].get(f"/v1/cases/{case_id}")
    expect_problem(before, 403, "not-assigned")
    version = members["member1"].get(f"/v1/cases/{case_id}").json()["version"]

    started = _whole_second(datetime.now(UTC))
    revocations = control.replace_chair(case_id, WCHEN, reason="keyCompromise")
    finished = datetime.now(UTC)

    assert sorted(r.serial for r in revocations) == sorted(c.serial_number for c in chairs)
    ca = _ca(own_sandbox)
    crl = _crl_named_by(others[0], ca)
    for certificate in chairs:
        assert _reason(crl, certificate) is x509.ReasonFlags.key_compromise
        assert started <= _revoked_at(crl, certificate) <= finished
    assert _reason(crl, superseded) is x509.ReasonFlags.superseded  # revoked before: kept as it was
    assert [_reason(crl, certificate) for certificate in others] == [None, None]

    case = members["wchen"].get(f"/v1/cases/{case_id}").json()
    assert case["version"] == version + 1
    assert case["panel"]["chair_id"] == WCHEN
    seats = {m["member_id"]: m["role"] for m in case["panel"]["members"]}
    assert seats[WCHEN] == "chair" and CHAIR not in seats and seats[MEMBER1] == "member"
    expect_problem(members["chair"].get(f"/v1/cases/{case_id}"), 403, "not-assigned")

    # The new chair can still get a certificate, valid and naming the CRL; so can the replaced
    # chair, who stays on the committee (a new key for the compromised one).
    fresh = [issue_certificate(members["wchen"]), issue_certificate(members["chair"])]
    crl = _crl_named_by(fresh[0], ca)
    assert [_reason(crl, certificate) for certificate in fresh] == [None, None]
    _validate(fresh[0], ca)


def test_a_chair_replaced_without_a_reason_keeps_their_certificates(
    own_sandbox: SandboxServer, members: dict[str, ApiSession]
) -> None:
    control = own_sandbox.control
    case_id = control.case_ids("chair")[0]
    kept = issue_certificate(members["chair"])
    assert control.replace_chair(case_id, EIVANOVA, reason=None) == []
    assert _reason(_crl_named_by(kept, _ca(own_sandbox)), kept) is None
    assert members["eivanova"].get(f"/v1/cases/{case_id}").json()["panel"]["chair_id"] == EIVANOVA


def test_a_panel_member_who_becomes_chair_keeps_their_seat_and_vote(
    own_sandbox: SandboxServer, members: dict[str, ApiSession]
) -> None:
    control = own_sandbox.control
    case_id = control.case_ids("chair")[0]
    path = f"/v1/cases/{case_id}/votes"
    control.assign(case_id, WCHEN)
    claim = members["chair"].get(f"/v1/cases/{case_id}").json()["claim"]["amount_claimed"]
    vote = {"outcome": "favor_buyer", "award": claim, "rationale": "Reasons."}
    for name in ("chair", "wchen", "member1"):
        assert members[name].put(f"{path}/me", json=vote).status_code == 200
    with pytest.raises(ControlError, match="chair role"):
        control.replace_chair(case_id, MEMBER1, reason=None)  # member1 holds no chair role
    control.replace_chair(case_id, WCHEN, reason=None)
    case = members["wchen"].get(f"/v1/cases/{case_id}").json()
    assert case["panel"]["chair_id"] == WCHEN
    assert {m["member_id"]: m["role"] for m in case["panel"]["members"]} == {
        MEMBER1: "member",
        "mb_2HX67PV0": "member",
        WCHEN: "chair",
    }
    board = members["wchen"].get(path).json()
    voted = {e["member_id"]: e["has_voted"] for e in board["items"]}
    assert voted.keys() == {MEMBER1, "mb_2HX67PV0", WCHEN}  # the replaced chair's vote is gone
    assert voted[WCHEN] and voted[MEMBER1]
    assert (board["quorum"], board["cast"]) == (3, sum(voted.values()))


def test_replacing_a_chair_refuses_what_cannot_be(sandbox: SandboxServer) -> None:
    """Refusals change nothing, so they run on the shared sandbox."""
    control = sandbox.control
    assert sandbox.app is not None
    with sandbox.app.store.read() as conn:
        decided = conn.execute(db.rulings.select().limit(1)).first()
    assert decided is not None, "the shared world has a recorded ruling"
    open_case = next(c for c in control.case_ids("chair") if c != decided.case_id)
    version = control.case_row(open_case)["version"]
    with pytest.raises(ControlError, match="no case"):
        control.replace_chair("cs_NONE", WCHEN, reason=None)
    with pytest.raises(ControlError, match="recorded"):
        control.replace_chair(decided.case_id, WCHEN, reason=None)
    with pytest.raises(ControlError, match="no member"):
        control.replace_chair(open_case, "mb_NONE", reason=None)
    with pytest.raises(ControlError, match="already"):
        control.replace_chair(open_case, CHAIR, reason=None)
    with pytest.raises(ControlError, match="keyCompromise"):
        control.replace_chair(open_case, WCHEN, reason="certificateHold")
    assert control.case_row(open_case)["version"] == version
    assert control.case_row(open_case)["chair_id"] == CHAIR


# ---------------------------------------------------------------- leaving the committee


def test_a_member_leaving_the_committee_loses_every_certificate(
    own_sandbox: SandboxServer, members: dict[str, ApiSession]
) -> None:
    control = own_sandbox.control
    leaving = [issue_certificate(members["chair"]) for _ in range(2)]
    staying = issue_certificate(members["wchen"])
    open_cases = control.case_ids("chair")
    with pytest.raises(ControlError, match="replace them first"):
        control.remove_from_committee(CHAIR)
    assert _reason(_crl_named_by(leaving[0], _ca(own_sandbox)), leaving[0]) is None  # refused: nothing changed
    for case_id in open_cases:
        control.replace_chair(case_id, WCHEN, reason=None)
    control.assign(open_cases[0], CHAIR)  # back on a panel as a plain member

    started = _whole_second(datetime.now(UTC))
    revocations = control.remove_from_committee(CHAIR)
    finished = datetime.now(UTC)

    assert {c.serial_number for c in leaving} <= {r.serial for r in revocations}
    ca = _ca(own_sandbox)
    crl = _crl_named_by(staying, ca)
    for certificate in leaving:
        assert _reason(crl, certificate) is x509.ReasonFlags.affiliation_changed
        assert started <= _revoked_at(crl, certificate) <= finished
    assert _reason(crl, staying) is None
    assert control.case_ids("chair") == []
    assert members["chair"].get("/v1/me").json()["roles"] == []
    expect_problem(members["chair"].post("/v1/me/signing-certificate", json={"csr_pem": "x"}), 403, "role-required")
    assert control.remove_from_committee(CHAIR) == []  # nothing left to revoke
    # The chairs who stay keep theirs and may get more.
    _validate(staying, ca)
    _validate(issue_certificate(members["wchen"]), ca)
    with pytest.raises(ControlError, match="no member"):
        control.remove_from_committee("mb_NONE")
