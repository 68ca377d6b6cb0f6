"""PAdES signing: pyHanko, poppler (NSS) and qpdf accept it, and so do the platform's own checks."""

from __future__ import annotations

import asyncio
import hashlib
import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from asn1crypto import core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from rulings.conftest import identity_from, now
from rulings.samples import CHAIR_ID, make_draft

from arbitration_desk.domain.phrases import Phrase, phrase, phrase_of
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.csr import SigningIdentity
from arbitration_desk.rulings.errors import SigningError, TimestampError
from arbitration_desk.rulings.ruling import joined, make_ruling
from arbitration_desk.rulings.sign import response_status, sign_pdf
from arbitration_desk.rulings.verify import verify_pdf
from arbitration_desk.sandbox.pki import SandboxPki, check_ruling_document
from helpers.nss import create_nss_db, nss_tools_missing, pdfsig
from helpers.pdfs import make_pdf

LANGS = ["en", "zh", "ar"]


class _StatusOnly(core.Sequence):
    """A ``TimeStampResp`` without a token (asn1crypto's class requires one)."""

    _fields = [("status", tsp.PKIStatusInfo)]  # noqa: RUF012 - asn1crypto's declaration style


@pytest.mark.parametrize("lang", LANGS)
def test_pyhanko_and_platform_checks_accept(lang: str, pki: SandboxPki, signed_ruling: Callable[[str], bytes]) -> None:
    pdf = signed_ruling(lang)
    report = verify_pdf(pdf, pki.ca_certificates)
    assert report.ok, report.problems
    assert report.signer_member_id == CHAIR_ID and report.timestamp_ok
    assert check_ruling_document(pki, pdf, CHAIR_ID, at=now()) == []


@pytest.mark.skipif(bool(nss_tools_missing()), reason="libnss3-tools/poppler-utils missing")
@pytest.mark.parametrize("lang", LANGS)
def test_pdfsig_trusts_it_and_qpdf_checks_it(
    lang: str,
    pki: SandboxPki,
    signed_ruling: Callable[[str], bytes],
    write: Callable[[str, bytes], Path],
    tmp_path: Path,
) -> None:
    path = write("ruling.pdf", signed_ruling(lang))
    output = pdfsig(path, create_nss_db(tmp_path / "nss", pki.ca_pem))
    assert "Signature is Valid." in output and "Certificate is Trusted." in output, output
    assert "Total document signed" in output and "ETSI.CAdES.detached" in output
    assert "Signature #2" not in output
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True, timeout=60)


def test_cms_holds_signer_and_chain_and_a_time_stamp(
    pki: SandboxPki, identity: SigningIdentity, signed_ruling: Callable[[str], bytes]
) -> None:
    pdf = signed_ruling("en")
    (embedded,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    certs = {c.chosen.sha256 for c in embedded.signed_data["certificates"]}
    anchors = {asn1_x509.Certificate.load(ca.public_bytes(Encoding.DER)).sha256 for ca in pki.ca_certificates}
    expected = {embedded.signer_cert.sha256} | anchors
    assert certs == expected
    signed_attrs = {a["type"].native for a in embedded.signer_info["signed_attrs"]}
    assert {"content_type", "message_digest", "signing_certificate_v2"} <= signed_attrs
    unsigned = {a["type"].native for a in embedded.signer_info["unsigned_attrs"]}
    assert unsigned == {"signature_time_stamp_token"}
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert b"/DSS" not in pdf and b"/DocTimeStamp" not in pdf


def test_sign_without_timestamp_is_b_b(pki: SandboxPki, identity: SigningIdentity) -> None:
    pdf = sign_pdf(compose_ruling(make_draft("en")), identity, None)
    report = verify_pdf(pdf, pki.ca_certificates)
    assert report.ok and report.timestamp_ok is None


def test_tsa_refusal_is_a_timestamp_error(identity: SigningIdentity) -> None:
    refusal = _StatusOnly({"status": {"status": "rejection", "status_string": ["bad_alg test"]}}).dump()
    assert response_status(refusal) == ("rejection", "bad_alg test")
    with pytest.raises(TimestampError, match="refused: rejection: bad_alg test") as refused:
        sign_pdf(compose_ruling(make_draft("en")), identity, lambda _der: refusal)
    said = phrase_of(refused.value)
    assert said is not None and said.template == "the time-stamp authority refused: {status}: {text}"
    assert str(refused.value) == "the time-stamp authority refused: rejection: bad_alg test"


def test_verification_problems_are_joined_as_nested_phrases() -> None:
    first = phrase("Verification", "the signature value does not verify")
    said = joined([first, "a library's own words"])
    assert isinstance(said, Phrase) and said.values == {"problems": first, "problem": "a library's own words"}
    assert str(said) == "the signature value does not verify; a library's own words"
    assert str(joined([])) == "not trusted"
    assert joined(["only one"]) == "only one"


def test_signing_inside_a_running_event_loop(pki: SandboxPki, identity: SigningIdentity) -> None:
    async def inside() -> bytes:
        return sign_pdf(compose_ruling(make_draft("en")), identity, pki.timestamp)

    assert verify_pdf(asyncio.run(inside()), pki.ca_certificates).ok


def test_make_ruling_verifies_and_refuses_a_non_chair(pki: SandboxPki, identity: SigningIdentity) -> None:
    ruling = make_ruling(make_draft("fr"), identity, pki.ca_certificates, pki.timestamp)
    assert ruling.report.ok
    assert ruling.metadata["document_sha256"] == hashlib.sha256(ruling.pdf).hexdigest()
    stranger = identity_from(pki, "mb_SOMEONE")
    with pytest.raises(SigningError, match="not the chair"):
        make_ruling(make_draft("fr"), stranger, pki.ca_certificates, pki.timestamp)


def test_encrypted_pdf_is_refused(identity: SigningIdentity) -> None:
    with pytest.raises(SigningError):
        sign_pdf(make_pdf(encrypt_password="x"), identity, None)
