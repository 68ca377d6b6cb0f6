"""The document checks of ``POST /v1/cases/{case_id}/ruling``: signature, coverage, trust, signer."""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from arbitration_desk.domain.enums import RulingCheck
from arbitration_desk.sandbox.pki_certs import utc

if TYPE_CHECKING:
    from arbitration_desk.sandbox.pki import SandboxPki

STRONG_DIGESTS = frozenset({"sha256", "sha384", "sha512", "sha3_256", "sha3_384", "sha3_512"})
REQUIRED_SIGNED_ATTRIBUTES = ("content_type", "message_digest", "signing_certificate_v2")
PADES_SUBFILTER = "/ETSI.CAdES.detached"
_HEX_STRING = re.compile(rb"<([0-9A-Fa-f]*)>")
_EOL = re.compile(rb"\r?\n?")


@dataclass
class _Findings:
    """Failing checks in the order found; one message per check (the first reason wins)."""

    messages: dict[str, str] = field(default_factory=dict)

    def fail(self, check: RulingCheck, message: str) -> None:
        self.messages.setdefault(check.value, message)

    def as_list(self) -> list[tuple[str, str]]:
        return list(self.messages.items())


def check_ruling_document(pki: SandboxPki, pdf: bytes, chair_id: str, *, at: datetime) -> list[tuple[str, str]]:
    """Runs the document checks of a filed ruling; never raises on hostile input.

    Args:
        pki: the platform PKI whose CA must have issued the signer's certificate.
        pdf: the document part as received.
        chair_id: the case panel's ``chair_id``.
        at: the moment the platform received the ruling (certificate validity and revocation).

    Returns:
        ``(check name, message)`` for every failing check (``RulingCheck`` values); empty when all pass.
    """
    findings = _Findings()
    try:
        _check(pki, pdf, chair_id, utc(at), findings)
    except Exception as exc:  # defensive: a parser surprise must not become a 500
        if not findings.messages:
            findings.fail(RulingCheck.SIGNATURE_INVALID, f"the signature could not be analysed: {exc}")
    return findings.as_list()


def _check(pki: SandboxPki, pdf: bytes, chair_id: str, at: datetime, findings: _Findings) -> None:
    reader = _open(pdf, findings)
    if reader is None:
        return
    try:
        signed_fields = list(enumerate_sig_fields(reader, filled_status=True))
    except Exception as exc:
        findings.fail(RulingCheck.DOCUMENT_UNREADABLE, f"the form fields cannot be read: {exc}")
        return
    if not signed_fields:
        findings.fail(RulingCheck.SIGNATURE_MISSING, "the PDF has no signed signature field")
        return
    if len(signed_fields) > 1:
        findings.fail(
            RulingCheck.SIGNATURE_INVALID,
            f"the PDF carries {len(signed_fields)} signatures; exactly one is required",
        )
    name, _value, field_ref = signed_fields[-1]
    try:
        sig_object = field_ref.get_object()["/V"].get_object()
    except Exception as exc:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"the signature dictionary cannot be read: {exc}")
        return
    if not isinstance(sig_object, generic.DictionaryObject):
        findings.fail(RulingCheck.SIGNATURE_INVALID, "the signature value is not a dictionary")
        return
    coverage_problem = _byte_range_problem(pdf, sig_object)
    if coverage_problem:
        findings.fail(RulingCheck.SIGNATURE_INCOMPLETE_COVERAGE, coverage_problem)
    embedded = _embedded(reader, field_ref, name, sig_object, findings)
    if embedded is None:
        return
    signer = _signer_certificate(embedded, findings)
    if signer is not None and any(_issued_by(signer, ca) for ca in pki.ca_certificates):
        _check_embedded_certificates(pki, embedded, signer, findings)  # a foreign signer: certificate_untrusted
    _verify(pki, embedded, at, findings)
    if signer is not None:
        _check_trust(pki, signer, at, findings)
        _check_chair(signer, chair_id, findings)


def _open(pdf: bytes, findings: _Findings) -> PdfFileReader | None:
    """A reader for the PDF or, when bytes were appended after its last ``%%EOF``, for its prefix."""
    if not isinstance(pdf, bytes | bytearray) or b"%PDF-" not in pdf[:1024]:
        findings.fail(RulingCheck.DOCUMENT_UNREADABLE, "the document is not a PDF (no %PDF- header)")
        return None
    data = bytes(pdf)
    reader: PdfFileReader | None
    try:
        reader = _read(data)
    except Exception as exc:
        reader = _read_prefix(data)
        if reader is None:
            findings.fail(RulingCheck.DOCUMENT_UNREADABLE, f"the PDF cannot be parsed: {exc}")
            return None
    if reader.encrypted:
        findings.fail(RulingCheck.DOCUMENT_UNREADABLE, "the PDF is encrypted")
        return None
    return reader


def _read(data: bytes) -> PdfFileReader:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    if not reader.encrypted:
        reader.root  # noqa: B018 - forces parsing of the catalog
    return reader


def _read_prefix(data: bytes, attempts: int = 3) -> PdfFileReader | None:
    """Parses the file cut after one of its last ``%%EOF`` markers (junk appended after signing)."""
    end = len(data)
    for _ in range(attempts):
        marker = data.rfind(b"%%EOF", 0, end)
        if marker < 0:
            return None
        cut = marker + len(b"%%EOF")
        cut += len(_EOL.match(data, cut).group(0))  # type: ignore[union-attr]
        if cut < len(data):
            with contextlib.suppress(Exception):
                return _read(data[:cut])
        end = marker
    return None


def _byte_range_problem(pdf: bytes, sig_object: generic.DictionaryObject) -> str | None:
    """Why ``/ByteRange`` is not ``[0 a b c]`` with ``a..b`` the /Contents string and ``b+c`` the length."""
    try:
        byte_range = sig_object.raw_get("/ByteRange")
        contents = sig_object.raw_get("/Contents")
    except KeyError:
        return "the signature has no /ByteRange or /Contents"
    if not isinstance(byte_range, generic.ArrayObject) or len(byte_range) != 4:
        return "/ByteRange is not an array of four integers"
    if not all(isinstance(v, generic.NumberObject) and int(v) == v for v in byte_range):
        return "/ByteRange is not an array of four integers"
    start, a, b, c = (int(v) for v in byte_range)
    if start != 0 or not 0 < a < b or c < 0:
        return f"/ByteRange [{start} {a} {b} {c}] is not of the form [0 a b c] with 0 < a < b"
    if b + c != len(pdf):
        return f"the signed range ends at byte {b + c} but the file has {len(pdf)} bytes (data appended)"
    match = _HEX_STRING.fullmatch(pdf, a, b)
    if match is None:
        return "the unsigned gap of /ByteRange is not exactly the /Contents hex string"
    if not isinstance(contents, generic.ByteStringObject | generic.TextStringObject):
        return "/Contents is not a string"
    hex_digits = match.group(1)
    if len(hex_digits) % 2 or bytes.fromhex(hex_digits.decode("ascii")) != contents.original_bytes:
        return "the unsigned gap of /ByteRange is not the signature's /Contents"
    return None


def _embedded(
    reader: PdfFileReader,
    field_ref: Any,
    name: str,
    sig_object: generic.DictionaryObject,
    findings: _Findings,
) -> EmbeddedPdfSignature | None:
    """Parses the CMS and checks its form: SubFilter, detached SignedData, digest, signed attributes."""
    subfilter = sig_object.get("/SubFilter")
    if subfilter != PADES_SUBFILTER:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"/SubFilter is {subfilter}, not {PADES_SUBFILTER}")
    try:
        embedded = EmbeddedPdfSignature(reader, field_ref.get_object(), name)
        raw = embedded.pkcs7_content
        end = der_end(raw)  # strict DER: no slack in which a length could be stretched over the padding
        if any(raw[end:]):
            raise ValueError("non-zero bytes follow the DER-encoded CMS")
        signed_data = embedded.signed_data
        encapsulated = signed_data["encap_content_info"]
        if encapsulated["content_type"].native != "data" or encapsulated["content"].native is not None:
            raise ValueError("not a detached signature over data")
        signer_info = embedded.signer_info
        digest = signer_info["digest_algorithm"]["algorithm"].native
        present = {attr["type"].native for attr in signer_info["signed_attrs"]}
        listed = [algorithm["algorithm"].native for algorithm in signed_data["digest_algorithms"]]
        if listed != [digest]:
            raise ValueError(f"digestAlgorithms {listed} do not name exactly the signer's {digest}")
        unsigned = {attr["type"].native for attr in signer_info["unsigned_attrs"] or []}
        if unsigned - {"signature_time_stamp_token"}:
            raise ValueError(f"unexpected unsigned attributes {sorted(map(str, unsigned))} (nothing may be added)")
    except Exception as exc:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"/Contents is not a usable CMS SignedData: {exc}")
        return None
    if digest not in STRONG_DIGESTS:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"digest {digest} is weaker than SHA-256")
    missing = [attr for attr in REQUIRED_SIGNED_ATTRIBUTES if attr not in present]
    if missing:
        findings.fail(
            RulingCheck.SIGNATURE_INVALID, f"signed attributes missing: {', '.join(missing).replace('_', '-')}"
        )
    return embedded


def der_end(data: bytes, start: int = 0, limit: int | None = None) -> int:
    """Checks the TLV at ``start`` is strict DER, recursing into constructed values; returns its end.

    Raises:
        ValueError: an indefinite or non-minimal length, an end-of-contents marker, or children that
            do not exactly fill their parent.
    """
    limit = len(data) if limit is None else limit
    if start + 2 > limit:
        raise ValueError("truncated DER")
    tag, first = data[start], data[start + 1]
    if tag == 0:
        raise ValueError("an end-of-contents marker inside DER")
    if (tag & 0x1F) == 0x1F:
        raise ValueError("high tag numbers are not used in a CMS signature")
    offset = start + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or offset + count > limit:
            raise ValueError("indefinite or oversized DER length")
        length = int.from_bytes(data[offset : offset + count], "big")
        if data[offset] == 0 or length < 0x80:
            raise ValueError("a non-minimal DER length")
        offset += count
    end = offset + length
    if end > limit:
        raise ValueError("a DER length runs past its container")
    if tag & 0x20:  # constructed: the children must fill it exactly
        child = offset
        while child < end:
            child = der_end(data, child, end)
    return end


def _check_embedded_certificates(
    pki: SandboxPki, embedded: EmbeddedPdfSignature, signer: x509.Certificate, findings: _Findings
) -> None:
    """CMS ``certificates`` must hold the signer and the chain up to the CA, and nothing altered or foreign."""
    try:
        carried = [choice.chosen.dump() for choice in embedded.signed_data["certificates"]]
    except Exception as exc:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"the CMS certificates cannot be read: {exc}")
        return
    known = {ca.public_bytes(serialization.Encoding.DER) for ca in pki.ca_certificates}
    known.add(signer.public_bytes(serialization.Encoding.DER))
    if not known.intersection(carried) - {signer.public_bytes(serialization.Encoding.DER)}:
        findings.fail(RulingCheck.SIGNATURE_INVALID, "the CMS certificates lack the chain to the platform CA")
    if any(der not in known for der in carried):
        findings.fail(
            RulingCheck.SIGNATURE_INVALID,
            "the CMS carries a certificate that is neither the signer's nor the platform CA's (altered or foreign)",
        )
    try:
        stamped = [
            choice.chosen.dump()
            for attr in embedded.signer_info["unsigned_attrs"] or []
            if attr["type"].native == "signature_time_stamp_token"
            for token in attr["values"]
            for choice in token["content"]["certificates"] or []
        ]
    except Exception as exc:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"the time-stamp token's certificates cannot be read: {exc}")
        return
    tsa = x509.load_pem_x509_certificate(pki.tsa_certificate_pem.encode("ascii"))
    if any(der not in known | {tsa.public_bytes(serialization.Encoding.DER)} for der in stamped):
        findings.fail(
            RulingCheck.SIGNATURE_INVALID,
            "the time-stamp token carries a certificate that is not the platform's (altered or foreign)",
        )


def _signer_certificate(embedded: EmbeddedPdfSignature, findings: _Findings) -> x509.Certificate | None:
    try:
        signer: asn1_x509.Certificate = embedded.signer_cert
        return x509.load_der_x509_certificate(signer.dump())
    except Exception as exc:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"the signer's certificate is not in the CMS certificates: {exc}")
        return None


def _verify(pki: SandboxPki, embedded: EmbeddedPdfSignature, at: datetime, findings: _Findings) -> None:
    """Cryptographic integrity (pyHanko), pyHanko's coverage verdict and the time-stamp token if any."""
    roots = [asn1_x509.Certificate.load(ca.public_bytes(serialization.Encoding.DER)) for ca in pki.ca_certificates]
    context = ValidationContext(trust_roots=roots, moment=at, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(embedded, signer_validation_context=context, skip_diff=True)
    except Exception as exc:
        findings.fail(RulingCheck.SIGNATURE_INVALID, f"the signature cannot be validated: {exc}")
        return
    if not status.intact:
        findings.fail(RulingCheck.SIGNATURE_INVALID, "the signed bytes do not match the signature's digest")
    elif not status.valid:
        findings.fail(RulingCheck.SIGNATURE_INVALID, "the signature value does not verify")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        findings.fail(RulingCheck.SIGNATURE_INCOMPLETE_COVERAGE, "the signature does not cover the entire file")
    stamp = status.timestamp_validity
    if stamp is not None and not (stamp.intact and stamp.valid):
        findings.fail(RulingCheck.SIGNATURE_INVALID, "the signature time-stamp token does not verify")


def _check_trust(pki: SandboxPki, signer: x509.Certificate, at: datetime, findings: _Findings) -> None:
    issuer = next((ca for ca in pki.ca_certificates if _issued_by(signer, ca)), None)
    if issuer is None:
        findings.fail(RulingCheck.CERTIFICATE_UNTRUSTED, "the certificate was not issued by the platform CA")
    elif at < signer.not_valid_before_utc:
        findings.fail(RulingCheck.CERTIFICATE_UNTRUSTED, "the certificate is not yet valid")
    elif at > signer.not_valid_after_utc:
        findings.fail(RulingCheck.CERTIFICATE_UNTRUSTED, "the certificate has expired")
    elif pki.is_revoked(signer.serial_number):
        findings.fail(RulingCheck.CERTIFICATE_UNTRUSTED, "the certificate has been revoked")


def _issued_by(cert: x509.Certificate, ca: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(ca)
    except Exception:
        return False
    return True


def _check_chair(signer: x509.Certificate, chair_id: str, findings: _Findings) -> None:
    try:
        serials = [a.value for a in signer.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)]
    except Exception:
        serials = []
    if chair_id not in serials:
        findings.fail(RulingCheck.SIGNER_NOT_CHAIR, "the signer's subject serialNumber is not the case's chair")
