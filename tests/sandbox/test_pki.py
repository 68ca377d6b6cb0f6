"""The sandbox PKI: CA persistence, certificate issuance, the TSA, PAdES signing and the ruling checks."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import re
import stat
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import algos, core, tsp
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from arbitration_desk.domain.enums import RulingCheck
from arbitration_desk.sandbox.pki import (
    CsrError,
    IssuedCertificate,
    SandboxPki,
    TimestampRequestError,
    check_ruling_document,
)
from helpers.nss import create_nss_db, nss_tools_missing, pdfsig
from helpers.pdfs import make_pdf

CHAIR = "mb_4RZ81KQ7"
NOW = datetime.now(UTC)


@pytest.fixture(scope="module", autouse=True)
def _now_when_the_module_starts() -> None:
    """NOW as the module's tests start: collection may be many minutes earlier in a full run, past
    the 5 minutes of clock skew the sandbox's certificates allow before their issue time."""
    global NOW
    NOW = datetime.now(UTC)


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> SandboxPki:
    return SandboxPki.load_or_create(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def chair(pki: SandboxPki) -> tuple[bytes, IssuedCertificate]:
    return pki.new_member_credentials(CHAIR, "Ana Ribeiro")


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    return make_pdf(filler_bytes=4000)


@pytest.fixture(scope="module")
def signed(pki: SandboxPki, chair: tuple[bytes, IssuedCertificate], unsigned: bytes) -> bytes:
    return pki.sign_pdf(unsigned, *chair)


def checks(pki: SandboxPki, pdf: bytes, chair_id: str = CHAIR, at: datetime | None = None) -> set[str]:
    return {name for name, _message in check_ruling_document(pki, pdf, chair_id, at=at or NOW)}


def csr_pem(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> str:
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Mallory (ignored)")])
    )
    builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
    algorithm = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return builder.sign(key, algorithm).public_bytes(serialization.Encoding.PEM).decode("ascii")


def load_cert(pem: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem.encode("ascii"))


def asn1_cert(pem: str) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(load_cert(pem).public_bytes(serialization.Encoding.DER))


def embedded_signature(pdf: bytes) -> Any:
    (signature,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    return signature


def sign_with_pyhanko(
    pdf: bytes, credentials: tuple[bytes, IssuedCertificate], field: str, subfilter: fields.SigSeedSubFilter
) -> bytes:
    """A second, independent signer (other field name or SubFilter) for the hostile variants."""
    key_pem, cert = credentials
    key = serialization.load_pem_private_key(key_pem, password=None)
    signer = signers.SimpleSigner(
        signing_cert=asn1_cert(cert.certificate_pem),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=SimpleCertificateStore.from_certs([asn1_cert(p) for p in cert.chain_pem]),
    )
    meta = signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256", subfilter=subfilter)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    return out.getvalue()


def timestamp_request(
    digest: bytes, algorithm: str = "sha256", *, nonce: int | None = 424242, cert_req: bool = True
) -> tsp.TimeStampReq:
    request: dict[str, object] = {
        "version": "v1",
        "message_imprint": {"hash_algorithm": {"algorithm": algorithm}, "hashed_message": digest},
        "cert_req": cert_req,
    }
    if nonce is not None:
        request["nonce"] = nonce
    return tsp.TimeStampReq(request)


# ---------------------------------------------------------------- CA and persistence


def test_ca_is_created_once_and_reloaded(tmp_path: Path) -> None:
    first = SandboxPki.load_or_create(tmp_path)
    again = SandboxPki.load_or_create(tmp_path)
    assert again.ca_pem == first.ca_pem
    assert again.ca_fingerprint == first.ca_fingerprint
    ca = load_cert(first.ca_pem)
    assert first.ca_fingerprint == hashlib.sha256(ca.public_bytes(serialization.Encoding.DER)).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", first.ca_fingerprint)
    assert first.tsa_certificate_pem  # the TSA and its key are made when first needed
    keys = [p for p in tmp_path.iterdir() if "key" in p.name]
    assert len(keys) == 2
    for key in keys:
        assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert SandboxPki.load_or_create(tmp_path / "other").ca_fingerprint != first.ca_fingerprint


def test_ca_profile(pki: SandboxPki) -> None:
    ca = load_cert(pki.ca_pem)
    assert ca.subject.rfc4514_string() == "CN=Arbitration Sandbox Root CA"
    assert ca.issuer == ca.subject
    ca.verify_directly_issued_by(ca)
    public_key = ca.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    assert isinstance(public_key.curve, ec.SECP256R1)
    constraints = ca.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca
    usage = ca.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.key_cert_sign and usage.value.crl_sign
    lifetime = ca.not_valid_after_utc - ca.not_valid_before_utc
    assert timedelta(days=19 * 365) < lifetime < timedelta(days=21 * 365)


def test_tsa_certificate_chains_to_ca(pki: SandboxPki) -> None:
    tsa = load_cert(pki.tsa_certificate_pem)
    tsa.verify_directly_issued_by(load_cert(pki.ca_pem))
    eku = tsa.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]


# ---------------------------------------------------------------- certificate issuance


@pytest.mark.parametrize(
    "key",
    [ec.generate_private_key(ec.SECP256R1()), rsa.generate_private_key(65537, 2048)],
    ids=["ec-p256", "rsa-2048"],
)
def test_issue_certificate(pki: SandboxPki, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> None:
    issued = pki.issue_certificate(csr_pem(key), CHAIR, "Ana Ribeiro")
    cert = load_cert(issued.certificate_pem)
    cert.verify_directly_issued_by(load_cert(pki.ca_pem))
    assert cert.public_key() == key.public_key()
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Ana Ribeiro"
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == CHAIR
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca  # CSR asked CA
    cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert issued.chain_pem == [pki.ca_pem]
    assert issued.serial == cert.serial_number
    assert issued.not_after == cert.not_valid_after_utc and issued.not_after.tzinfo is not None
    assert timedelta(days=364) < issued.not_after - NOW < timedelta(days=366)


def test_serials_are_random_and_bounds_are_honoured(pki: SandboxPki) -> None:
    request = csr_pem(ec.generate_private_key(ec.SECP256R1()))
    start = datetime(2020, 1, 1, tzinfo=UTC)
    one = pki.issue_certificate(request, CHAIR, "A", not_before=start, not_after=start + timedelta(days=2))
    two = pki.issue_certificate(request, CHAIR, "A")
    assert one.serial != two.serial
    assert load_cert(one.certificate_pem).not_valid_before_utc == start
    assert one.not_after == start + timedelta(days=2)
    with pytest.raises(CsrError, match="validity"):
        pki.issue_certificate(request, CHAIR, "A", not_before=start, not_after=start)


def _bad_signature_csr() -> str:
    der = bytearray(
        x509.load_pem_x509_csr(csr_pem(ec.generate_private_key(ec.SECP256R1())).encode()).public_bytes(
            serialization.Encoding.DER
        )
    )
    der[-1] ^= 0x01  # last byte of the ECDSA signature's s
    return x509.load_der_x509_csr(bytes(der)).public_bytes(serialization.Encoding.PEM).decode()


@pytest.mark.parametrize(
    ("request_pem", "message"),
    [
        (lambda: "garbage", "not a PEM"),
        (lambda: "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n", "malformed"),
        (_bad_signature_csr, "signature"),
        (lambda: csr_pem(rsa.generate_private_key(65537, 1024)), "1024 bits"),  # noqa: S505
        (lambda: csr_pem(ec.generate_private_key(ec.SECP384R1())), "secp384r1"),
        (lambda: csr_pem(ed25519.Ed25519PrivateKey.generate()), "unsupported key"),
    ],
    ids=["garbage", "bad-base64", "bad-signature", "rsa-1024", "p-384", "ed25519"],
)
def test_rejected_csrs(pki: SandboxPki, request_pem: Callable[[], str], message: str) -> None:
    with pytest.raises(CsrError, match=message):
        pki.issue_certificate(request_pem(), CHAIR, "Ana Ribeiro")


def test_concurrent_issuance_and_revocation(pki: SandboxPki, tmp_path: Path) -> None:
    local = SandboxPki.load_or_create(tmp_path)
    request = csr_pem(ec.generate_private_key(ec.SECP256R1()))
    serials: list[int] = []

    def work() -> None:
        for _ in range(5):
            issued = local.issue_certificate(request, CHAIR, "A")
            local.revoke(issued.serial)
            serials.append(issued.serial)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(serials)) == 20
    reloaded = SandboxPki.load_or_create(tmp_path)
    assert all(reloaded.is_revoked(serial) for serial in serials)
    assert not reloaded.is_revoked(12345)


# ---------------------------------------------------------------- time-stamp authority


class RejectedResponse(core.Sequence):
    """A ``TimeStampResp`` without its optional token (asn1crypto's class requires one)."""

    _fields = [("status", tsp.PKIStatusInfo)]  # noqa: RUF012


def _token_info(response: tsp.TimeStampResp) -> tsp.TSTInfo:
    return response["time_stamp_token"]["content"]["encap_content_info"]["content"].parsed


def test_timestamp_granted_with_nonce_and_certificate(pki: SandboxPki) -> None:
    digest = hashlib.sha256(b"signature value").digest()
    response = tsp.TimeStampResp.load(pki.timestamp(timestamp_request(digest).dump()))
    assert response["status"]["status"].native == "granted"
    info = _token_info(response)
    assert info["nonce"].native == 424242
    assert info["message_imprint"]["hashed_message"].native == digest
    assert abs(info["gen_time"].native - datetime.now(UTC)) < timedelta(minutes=1)
    signed_data = response["time_stamp_token"]["content"]
    embedded = {cert.chosen.sha256 for cert in signed_data["certificates"]}
    assert asn1_cert(pki.tsa_certificate_pem).sha256 in embedded
    context = ValidationContext(trust_roots=[asn1_cert(pki.ca_pem)], allow_fetching=False)
    status = asyncio.run(validate_tst_signed_data(signed_data, context, lambda _algorithm: digest))
    assert status["intact"] and status["valid"]
    assert status["trust_problem_indic"] is None


def test_timestamp_without_cert_req_or_nonce(pki: SandboxPki) -> None:
    request = timestamp_request(hashlib.sha512(b"x").digest(), "sha512", nonce=None, cert_req=False)
    response = tsp.TimeStampResp.load(pki.timestamp(request.dump()))
    assert response["status"]["status"].native == "granted"
    assert not response["time_stamp_token"]["content"]["certificates"]
    assert _token_info(response)["nonce"].native is None


@pytest.mark.parametrize(
    ("digest", "algorithm", "failure"),
    [(hashlib.sha1(b"x").digest(), "sha1", "bad_alg"), (b"short", "sha256", "bad_data_format")],  # noqa: S324
    ids=["sha1", "short-digest"],
)
def test_timestamp_rejections(pki: SandboxPki, digest: bytes, algorithm: str, failure: str) -> None:
    response = RejectedResponse.load(pki.timestamp(timestamp_request(digest, algorithm).dump()), strict=True)
    assert response["status"]["status"].native == "rejection"
    assert failure in response["status"]["fail_info"].native
    assert response["status"]["status_string"].native


@pytest.mark.parametrize(
    "body",
    [b"", b"garbage", algos.DigestAlgorithm({"algorithm": "sha256"}).dump()],
    ids=["empty", "garbage", "other-der"],
)
def test_malformed_timestamp_request(pki: SandboxPki, body: bytes) -> None:
    with pytest.raises(TimestampRequestError):
        pki.timestamp(body)


# ---------------------------------------------------------------- signing


def test_signed_pdf_is_pades_b_t(pki: SandboxPki, chair: tuple[bytes, IssuedCertificate], signed: bytes) -> None:
    signature = embedded_signature(signed)
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert "/DSS" not in PdfFileReader(io.BytesIO(signed)).root
    signer_info = signature.signer_info
    assert signer_info["digest_algorithm"]["algorithm"].native == "sha256"
    signed_attrs = {attr["type"].native for attr in signer_info["signed_attrs"]}
    assert {"content_type", "message_digest", "signing_certificate_v2"} <= signed_attrs
    unsigned_attrs = {attr["type"].native for attr in signer_info["unsigned_attrs"]}
    assert "signature_time_stamp_token" in unsigned_attrs
    embedded_certs = {cert.chosen.sha256 for cert in signature.signed_data["certificates"]}
    expected = [chair[1].certificate_pem, *chair[1].chain_pem]
    assert embedded_certs == {asn1_cert(pem).sha256 for pem in expected}

    context = ValidationContext(trust_roots=[asn1_cert(pki.ca_pem)], allow_fetching=False)
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.timestamp_validity is not None
    assert status.timestamp_validity.intact and status.timestamp_validity.valid
    assert status.timestamp_validity.trusted
    assert checks(pki, signed) == set()


def test_b_b_without_timestamp(pki: SandboxPki, chair: tuple[bytes, IssuedCertificate], unsigned: bytes) -> None:
    signed = pki.sign_pdf(unsigned, *chair, timestamp=False)
    assert not embedded_signature(signed).signer_info["unsigned_attrs"]
    assert check_ruling_document(pki, signed, CHAIR, at=NOW) == []


@pytest.fixture(scope="module")
def nss_db(pki: SandboxPki, tmp_path_factory: pytest.TempPathFactory) -> str:
    missing = nss_tools_missing()
    if missing:
        pytest.skip(f"missing tools: {', '.join(missing)} (packages poppler-utils, libnss3-tools)")
    return create_nss_db(tmp_path_factory.mktemp("nss"), pki.ca_pem)


def test_poppler_trusts_the_signature(nss_db: str, signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "ruling.pdf"
    path.write_bytes(signed)
    output = pdfsig(path, nss_db)
    assert "Signature is Valid." in output
    assert "Certificate is Trusted." in output
    assert "Total document signed" in output


def test_poppler_sees_tampering(nss_db: str, signed: bytes, tmp_path: Path) -> None:
    path = tmp_path / "tampered.pdf"
    path.write_bytes(_flip_signed_byte(signed))
    output = pdfsig(path, nss_db)
    assert "Signature Validation:" in output
    assert "Signature is Valid." not in output


# ---------------------------------------------------------------- ruling document checks


def _flip_signed_byte(pdf: bytes) -> bytes:
    position = pdf.index(b"Ruling")  # page text, inside the first signed range
    return pdf[:position] + b"X" + pdf[position + 1 :]


def _flip_signature_value(pdf: bytes) -> bytes:
    value = embedded_signature(pdf).signer_info["signature"].native
    for hex_value in (value.hex().encode(), value.hex().upper().encode()):
        position = pdf.find(hex_value)
        if position >= 0:
            position += len(hex_value) - 2
            digit = b"1" if pdf[position : position + 1] != b"1" else b"2"
            return pdf[:position] + digit + pdf[position + 1 :]
    raise AssertionError("signature value not found in /Contents")


def _incremental_update(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.root["/Lang"] = generic.TextStringObject("en")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (_flip_signed_byte, {RulingCheck.SIGNATURE_INVALID}),
        (_flip_signature_value, {RulingCheck.SIGNATURE_INVALID}),
        (lambda pdf: pdf + b"%%EOF\n", {RulingCheck.SIGNATURE_INCOMPLETE_COVERAGE}),
        (_incremental_update, {RulingCheck.SIGNATURE_INCOMPLETE_COVERAGE}),
    ],
    ids=["signed-byte", "contents-hex", "appended-bytes", "incremental-update"],
)
def test_tampered_documents(
    pki: SandboxPki, signed: bytes, tamper: Callable[[bytes], bytes], expected: set[str]
) -> None:
    assert checks(pki, tamper(signed)) == expected


def test_padding_after_cms_is_not_malleable(pki: SandboxPki, signed: bytes) -> None:
    start = signed.index(b"/Contents <") + len(b"/Contents <")
    end = signed.index(b">", start)
    position = end - 10  # inside the zero padding that follows the DER
    assert signed[position : position + 1] == b"0"
    variant = signed[:position] + b"1" + signed[position + 1 :]
    assert checks(pki, variant) == {RulingCheck.SIGNATURE_INVALID}


def test_foreign_ca(pki: SandboxPki, unsigned: bytes, tmp_path: Path) -> None:
    foreign = SandboxPki.load_or_create(tmp_path)
    credentials = foreign.new_member_credentials(CHAIR, "Ana Ribeiro")
    results = check_ruling_document(pki, foreign.sign_pdf(unsigned, *credentials), CHAIR, at=NOW)
    assert [name for name, _ in results] == [RulingCheck.CERTIFICATE_UNTRUSTED]
    assert "platform CA" in results[0][1]


def test_expired_and_not_yet_valid_certificates(pki: SandboxPki, unsigned: bytes) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    start = NOW - timedelta(days=30)
    issued = pki.issue_certificate(csr_pem(key), CHAIR, "A", not_before=start, not_after=start + timedelta(days=1))
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    document = pki.sign_pdf(unsigned, key_pem, issued)
    expired = check_ruling_document(pki, document, CHAIR, at=NOW)
    assert expired == [(RulingCheck.CERTIFICATE_UNTRUSTED, "the certificate has expired")]
    early = check_ruling_document(pki, document, CHAIR, at=start - timedelta(days=1))
    assert early == [(RulingCheck.CERTIFICATE_UNTRUSTED, "the certificate is not yet valid")]
    assert check_ruling_document(pki, document, CHAIR, at=start + timedelta(hours=1)) == []


def test_revoked_certificate(pki: SandboxPki, unsigned: bytes) -> None:
    credentials = pki.new_member_credentials(CHAIR, "Ana Ribeiro")
    document = pki.sign_pdf(unsigned, *credentials, timestamp=False)
    assert checks(pki, document) == set()
    pki.revoke(credentials[1].serial)
    assert pki.is_revoked(credentials[1].serial)
    assert checks(pki, document) == {RulingCheck.CERTIFICATE_UNTRUSTED}


def test_signer_not_chair(pki: SandboxPki, signed: bytes) -> None:
    assert checks(pki, signed, chair_id="mb_SOMEONE") == {RulingCheck.SIGNER_NOT_CHAIR}


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (lambda pdf: pdf, RulingCheck.SIGNATURE_MISSING),
        (lambda _pdf: b"garbage", RulingCheck.DOCUMENT_UNREADABLE),
        (lambda pdf: pdf[:200], RulingCheck.DOCUMENT_UNREADABLE),
        (lambda _pdf: make_pdf(encrypt_password="secret"), RulingCheck.DOCUMENT_UNREADABLE),
    ],
    ids=["unsigned", "garbage", "truncated", "encrypted"],
)
def test_unusable_documents(
    pki: SandboxPki, unsigned: bytes, document: Callable[[bytes], bytes], expected: str
) -> None:
    results = check_ruling_document(pki, document(unsigned), CHAIR, at=NOW)
    assert [name for name, _ in results] == [expected]
    assert results[0][1]


def test_two_signatures(pki: SandboxPki, chair: tuple[bytes, IssuedCertificate], signed: bytes) -> None:
    twice = sign_with_pyhanko(signed, chair, "Second", fields.SigSeedSubFilter.PADES)
    results = dict(check_ruling_document(pki, twice, CHAIR, at=NOW))
    assert set(results) == {RulingCheck.SIGNATURE_INVALID}
    assert "2 signatures" in results[RulingCheck.SIGNATURE_INVALID]


def test_adbe_subfilter_is_invalid(pki: SandboxPki, chair: tuple[bytes, IssuedCertificate], unsigned: bytes) -> None:
    document = sign_with_pyhanko(unsigned, chair, "Sig", fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED)
    results = dict(check_ruling_document(pki, document, CHAIR, at=NOW))
    assert set(results) == {RulingCheck.SIGNATURE_INVALID}
    assert "SubFilter" in results[RulingCheck.SIGNATURE_INVALID]


def test_hostile_bytes_never_raise(pki: SandboxPki, signed: bytes) -> None:
    """Every single-byte change anywhere is caught, and none makes the checker raise."""
    step = max(len(signed) // 60, 1)
    for position in range(0, len(signed), step):
        variant = signed[:position] + bytes([signed[position] ^ 0x5A]) + signed[position + 1 :]
        assert checks(pki, variant), f"change at byte {position} went unnoticed"


def test_signing_and_checking_from_worker_threads(
    pki: SandboxPki, chair: tuple[bytes, IssuedCertificate], unsigned: bytes
) -> None:
    results: list[list[tuple[str, str]]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            document = pki.sign_pdf(unsigned, *chair)
            results.append(check_ruling_document(pki, document, CHAIR, at=NOW))
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert results == [[], [], [], []]


def test_an_altered_chain_certificate_in_the_cms_is_caught(pki: SandboxPki, signed: bytes) -> None:
    """The signed bytes stay intact, but the copy of the CA in the CMS certificates was altered."""
    ca_hex = pki.ca_certificates[0].public_bytes(serialization.Encoding.DER).hex().upper().encode()
    start = signed.find(ca_hex)
    assert start > 0, "the CMS carries the CA certificate (chain_pem)"
    position = start + len(ca_hex) - 80  # inside the CA's signature value
    flipped = b"1" if signed[position : position + 1] != b"1" else b"2"
    variant = signed[:position] + flipped + signed[position + 1 :]
    assert checks(pki, variant) == {RulingCheck.SIGNATURE_INVALID}


def test_unsigned_parts_of_the_cms_cannot_be_altered_unnoticed(pki: SandboxPki, signed: bytes) -> None:
    """Fields outside the signed attributes (digestAlgorithms, unsigned attributes) are checked too."""
    start = signed.index(b"/Contents <") + len(b"/Contents <")
    sha256_oid = b"0609608648016503040201"
    first = signed.index(sha256_oid, start)  # SignedData.digestAlgorithms comes first
    sha384 = signed[:first] + b"0609608648016503040202" + signed[first + len(sha256_oid) :]
    assert checks(pki, sha384) == {RulingCheck.SIGNATURE_INVALID}
    stamp_oid = b"060B2A864886F70D010910020E"  # id-aa-signatureTimeStampToken
    at = signed.upper().index(stamp_oid, start)
    renamed = signed[:at] + b"060B2A864886F70D010910020F" + signed[at + len(stamp_oid) :]
    assert checks(pki, renamed) == {RulingCheck.SIGNATURE_INVALID}
