"""Local verification of a signed ruling: what a third party (or the platform) would conclude.

One place decides whether a ruling PDF is genuine, for ``verify``, the export and the desk: a
filed ruling (exactly one PAdES signature covering the whole file) or an archival copy of one (the
filed bytes followed by validation data and a document time-stamp, PAdES B-LTA; see
:mod:`arbitration_desk.rulings.archival`). Every rule of the contract's "Signature requirements"
is checked (:mod:`arbitration_desk.rulings.signature_rules`), then the signer at the proven signing
time against the platform CA, and its revocation against a CRL
(:mod:`arbitration_desk.rulings.revocation`). The trust anchors are the given platform CA
certificates only.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature, extract_contents
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.rulings import hexstrings
from arbitration_desk.rulings import signature_rules as rules
from arbitration_desk.rulings.errors import VerificationError
from arbitration_desk.rulings.revocation import RevocationList

# pyHanko logs every certificate path it fails to validate, with a traceback. Unhandled, Python's
# last-resort handler prints those on stderr above the verdict (a foreign CA gave two tracebacks).
# A NullHandler ends that; the records still reach whatever handlers the application set up (the
# CLI writes them to its log file, see arbitration_desk.cli_log).
for _library in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_library).addHandler(logging.NullHandler())
hexstrings.install()  # pyHanko's hex-string reader was half of a verification's time

PADES_SUBFILTER = "/ETSI.CAdES.detached"
#: The kinds of file :func:`verify_pdf` tells apart (:attr:`VerificationReport.kind`).
FILED = phrase("Verification", "filed ruling")
ARCHIVAL = phrase("Verification", "archival copy (PAdES B-LTA)")
#: :attr:`VerificationReport.revocation` before revocation is checked.
NOT_CHECKED = phrase("Verification", "not checked")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")


@dataclass(frozen=True)
class Expectations:
    """What the caller knows and wants checked beyond the file itself.

    Attributes:
        crl: the platform CA's CRL to check revocation with (an archival copy's own is used when
            this is None).
        require_revocation: without any CRL the verdict is NOT VALID (``verify`` and the export);
            the desk's check right after signing leaves revocation to the platform.
        case: the case ID or reference the ruling must be for (its embedded ruling.json).
        chair: the member ID the signer must be (certificate subject serialNumber).
        received_at: when the platform received the ruling: the proven signing time of a B-B one.
        at: validate the signer at this moment instead of the proven signing time (tests).
        crl_used_at: when ``crl`` is relied on (None: now; an archival copy's time-stamp for its own).
    """

    crl: RevocationList | None = None
    require_revocation: bool = False
    case: str | None = None
    chair: str | None = None
    received_at: datetime | None = None
    at: datetime | None = None
    crl_used_at: datetime | None = None


@dataclass
class VerificationReport:
    """The verdict on one file; :attr:`ok` only for one valid, trusted, whole-file signature made
    to every rule, unrevoked at its proven signing time (when revocation was asked for).

    What it says to a person (:attr:`kind`, :attr:`revocation`, :attr:`problems`) is a
    :class:`~arbitration_desk.domain.phrases.Phrase`: ``str()`` gives the English of ``verify``,
    the desk shows it translated.
    """

    size: int
    signature_count: int = 0
    subfilter: str = ""
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    signer: str = ""
    #: The signer certificate's common name alone (the chair's name), "" when it has none.
    signer_name: str = ""
    signer_member_id: str = ""
    signing_time: datetime | None = None
    timestamp_time: datetime | None = None
    timestamp_ok: bool | None = None
    covers_whole_file: bool = False
    modified_after_signing: bool = False
    kind: Phrase = FILED
    #: SHA-256 of the filed ruling (the whole file, or the filed part of an archival copy).
    filed_sha256: str = ""
    case_reference: str = ""
    proven_time: datetime | None = None
    #: What proves :attr:`proven_time`: "time-stamp" or "platform receipt" (a code, printed by ``verify``).
    proven_by: str = ""
    revocation: Phrase = NOT_CHECKED
    #: :attr:`revocation` without the detail of which CRL said so (for a one-line banner); None: the same.
    revocation_brief: Phrase | None = None
    #: An archival copy's latest document time-stamp.
    archived_at: datetime | None = None
    problems: list[Phrase] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.intact and self.valid and self.trusted and self.covers_whole_file


def verify_pdf(
    data: bytes,
    trust_roots: Sequence[x509.Certificate],
    *,
    at: datetime | None = None,
    expect: Expectations | None = None,
) -> VerificationReport:
    """Examines ``data``, a filed ruling or an archival copy of one, against ``trust_roots``.

    Raises:
        VerificationError: ``data`` is not a readable PDF.
    """
    expect = expect or Expectations(at=at)
    reader, signatures = open_pdf(data)
    if signatures and _is_archival(data, signatures):
        from arbitration_desk.rulings import archival  # it builds on this module: imported when needed

        return archival.verify_archival(data, reader, signatures, trust_roots, expect)
    return verify_filed(data, reader, signatures, trust_roots, expect)


def open_pdf(data: bytes) -> tuple[PdfFileReader, list[EmbeddedPdfSignature]]:
    """A reader of ``data`` and its signatures (document time-stamps included).

    Raises:
        VerificationError: not a PDF, encrypted, or not parseable.
    """
    if b"%PDF-" not in data[:1024]:
        raise VerificationError(phrase("Verification", "not a PDF file (no %PDF- header)"))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            raise VerificationError(phrase("Verification", "the PDF is encrypted"))
        return reader, list(reader.embedded_signatures)
    except VerificationError:
        raise
    except Exception as exc:  # pyHanko's words: a field, never translated
        raise VerificationError(phrase("Verification", "the PDF cannot be parsed: {error}", error=str(exc))) from None


def _is_archival(data: bytes, signatures: list[EmbeddedPdfSignature]) -> bool:
    """The filed ruling's bytes followed by document time-stamps only (PAdES B-LTA)."""
    rest = signatures[1:]
    return (
        bool(rest)
        and all(s.sig_object_type == "/DocTimeStamp" for s in rest)
        and 0 < signed_end(signatures[0]) < len(data)
    )


def signed_end(embedded: EmbeddedPdfSignature) -> int:
    """Where the bytes this signature covers end (``b + c`` of its ``/ByteRange``); 0 if unreadable."""
    try:
        _start, _a, b, c = (int(v) for v in embedded.sig_object.raw_get("/ByteRange"))
    except (KeyError, TypeError, ValueError):
        return 0
    return b + c


def verify_filed(
    data: bytes,
    reader: PdfFileReader,
    signatures: list[EmbeddedPdfSignature],
    trust_roots: Sequence[x509.Certificate],
    expect: Expectations,
) -> VerificationReport:
    """The verdict on a filed ruling: exactly one signature, covering the whole file, to every rule."""
    report = VerificationReport(size=len(data), signature_count=len(signatures))
    report.filed_sha256 = hashlib.sha256(data).hexdigest()
    if not signatures:
        report.problems.append(phrase("Verification", "the file carries no signature"))
        return report
    if len(signatures) > 1:
        report.problems.append(
            phrase("Verification", "the file carries %n signature(s); a ruling has exactly one", n=len(signatures))
        )
    embedded = signatures[0]
    _check_form(data, embedded, reader, report)
    steps: list[Callable[[], None]] = [
        lambda: _check_rules(embedded, report),  # first: named rules say more than pyHanko's refusals
        lambda: _validate(embedded, trust_roots, expect, report),
        lambda: _check_whose(reader, expect, report),
        lambda: _check_revocation(embedded, expect, report),
    ]
    for step in steps:
        try:
            step()
        except Exception as exc:  # a hostile CMS must give a verdict, not a traceback
            report.problems.append(
                phrase("Verification", "the signature cannot be validated: {error}", error=said(exc))
            )
    return report


def _check_form(data: bytes, embedded: EmbeddedPdfSignature, reader: PdfFileReader, report: VerificationReport) -> None:
    sig = embedded.sig_object
    report.subfilter = str(sig.get("/SubFilter", ""))
    if not report.subfilter:
        report.problems.append(
            phrase("Verification", "/SubFilter is missing, not {expected}", expected=PADES_SUBFILTER)
        )
    elif report.subfilter != PADES_SUBFILTER:
        report.problems.append(
            phrase(
                "Verification",
                "/SubFilter is {found}, not {expected}",
                found=report.subfilter,
                expected=PADES_SUBFILTER,
            )
        )
    problem = _byte_range_problem(data, sig)
    revisions_after = reader.xrefs.total_revisions - 1 - embedded.signed_revision
    if revisions_after > 0:
        report.modified_after_signing = True
        report.problems.append(
            phrase("Verification", "the file was modified after signing (%n incremental update(s))", n=revisions_after)
        )
    elif problem and "appended" in problem.template:
        report.modified_after_signing = True
    if problem:
        report.problems.append(problem)
    report.covers_whole_file = problem is None and revisions_after <= 0


def _byte_range_problem(data: bytes, sig: generic.DictionaryObject) -> Phrase | None:
    try:
        start, a, b, c = (int(v) for v in sig.raw_get("/ByteRange"))
    except (KeyError, TypeError, ValueError):
        return phrase("Verification", "/ByteRange is not four integers")
    if start != 0 or not 0 < a < b or c < 0:
        return phrase(
            "Verification", "/ByteRange {byte_range} is not of the form [0 a b c]", byte_range=f"[{start} {a} {b} {c}]"
        )
    if b + c != len(data):
        return phrase(
            "Verification",
            "the signed range ends at byte {end} but the file has {size} bytes (data appended after signing)",
            end=b + c,
            size=len(data),
        )
    if _HEX.fullmatch(data, a, b) is None:
        return phrase("Verification", "the unsigned gap of /ByteRange is not exactly the /Contents string")
    return None


def _timestamp_time(embedded: EmbeddedPdfSignature) -> datetime | None:
    token = rules.signature_time_stamp(embedded.signer_info)
    if token is None:
        return None
    gen_time: datetime = token["content"]["encap_content_info"]["content"].parsed["gen_time"].native
    return gen_time


def anchors_of(roots: Sequence[x509.Certificate]) -> list[asn1_x509.Certificate]:
    return [asn1_x509.Certificate.load(r.public_bytes(serialization.Encoding.DER)) for r in roots]


def _validate(
    embedded: EmbeddedPdfSignature, roots: Sequence[x509.Certificate], expect: Expectations, report: VerificationReport
) -> None:
    anchors = anchors_of(roots)
    stamp_time = _timestamp_time(embedded)
    # The signer is validated at the proven signing time: the time-stamp's (an invalid token is
    # reported below and proves nothing), else the platform's receipt time, else now.
    moment = expect.at or stamp_time or expect.received_at or datetime.now(UTC)
    context = ValidationContext(trust_roots=anchors, moment=moment, allow_fetching=False, revocation_mode="soft-fail")
    ts_context = ValidationContext(trust_roots=anchors, allow_fetching=False, revocation_mode="soft-fail")
    status = validate_pdf_signature(
        embedded, signer_validation_context=context, ts_validation_context=ts_context, skip_diff=True
    )
    report.intact, report.valid, report.trusted = status.intact, status.valid, status.trusted
    cert = status.signing_cert
    report.signer = cert.subject.human_friendly
    report.signer_member_id = rules.member_id(cert)
    report.signer_name = str(cert.subject.native.get("common_name", ""))
    report.signing_time = status.signer_reported_dt
    if not status.intact:
        report.problems.append(
            phrase("Verification", "the signed bytes were changed: the digest does not match (not intact)")
        )
    elif not status.valid:
        report.problems.append(phrase("Verification", "the signature value does not verify"))
    if not status.trusted:
        report.problems.append(_untrusted(status, f"{moment:%Y-%m-%d %H:%M:%S}"))
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        report.covers_whole_file = False
        if not any(_COVERAGE_SAID.search(str(p)) for p in report.problems):
            report.problems.append(phrase("Verification", "the signature does not cover the whole file"))
    stamp = status.timestamp_validity
    if stamp is not None:
        report.timestamp_time = stamp.timestamp
        report.timestamp_ok = bool(stamp.intact and stamp.valid and stamp.trusted)
        if not report.timestamp_ok:
            report.problems.append(
                phrase("Verification", "the signature time-stamp token does not verify or is not trusted")
            )
    elif stamp_time is not None:
        report.timestamp_ok = False
        report.problems.append(phrase("Verification", "the signature time-stamp token could not be validated"))
    if report.timestamp_ok and report.timestamp_time is not None:
        report.proven_time, report.proven_by = report.timestamp_time, "time-stamp"
    elif report.timestamp_ok is None and expect.received_at is not None:
        report.proven_time, report.proven_by = expect.received_at, "platform receipt"


def _check_rules(embedded: EmbeddedPdfSignature, report: VerificationReport) -> None:
    signer_info: cms.SignerInfo = embedded.signer_info
    signer = rules.signer_certificate(embedded.signed_data, signer_info)
    found = [
        rules.contents_padding(extract_contents(embedded.sig_object)),
        rules.digest_algorithm(signer_info),
        rules.signed_attributes(signer_info),
        rules.signing_certificate_v2(signer_info, signer),
        rules.end_entity(signer),
        rules.chain_included(embedded.signed_data, signer),
    ]
    report.problems += [problem for problem in found if problem]


def _check_whose(reader: PdfFileReader, expect: Expectations, report: VerificationReport) -> None:
    record = rules.ruling_attachment(reader)
    if record is not None:
        report.case_reference = str(record.get("case_reference", ""))
    if expect.chair is not None and report.signer_member_id != expect.chair:
        report.problems.append(
            phrase(
                "Verification",
                "signed by member {member}, not the chair {chair}",
                member=repr(report.signer_member_id),
                chair=repr(expect.chair),
            )
        )
    if expect.case is not None:
        if record is None:
            report.problems.append(
                phrase("Verification", "the file does not say which case it is for (no ruling.json attached)")
            )
        elif expect.case not in (record.get("case_reference"), record.get("case_id")):
            report.problems.append(
                phrase(
                    "Verification",
                    "the ruling is for case {stated}, not {expected}",
                    stated=repr(report.case_reference),
                    expected=repr(expect.case),
                )
            )
    if record is not None and record.get("chair_id") not in (None, report.signer_member_id):
        report.problems.append(phrase("Verification", "the embedded ruling names another chair than the signer"))


def _check_revocation(embedded: EmbeddedPdfSignature, expect: Expectations, report: VerificationReport) -> None:
    crl = expect.crl
    if crl is None:
        report.revocation = phrase("Verification", "not checked (no CRL)")
        if expect.require_revocation:
            report.problems.append(
                phrase(
                    "Verification",
                    "revocation was not checked: no CRL (go online, pass --crl FILE, or verify an archival copy)",
                )
            )
        return
    serial = int(rules.signer_certificate(embedded.signed_data, embedded.signer_info).serial_number)
    entry = crl.entries.get(serial)
    used_at = expect.crl_used_at or datetime.now(UTC)
    problem = crl.verdict(serial, report.proven_time, report.proven_by == "time-stamp", used_at)
    if problem:
        report.revocation = phrase("Verification", "REVOKED") if entry else phrase("Verification", "not established")
        report.problems.append(problem)
        return
    issued = f"{crl.this_update:%Y-%m-%d %H:%M:%S}"
    if entry is None:
        report.revocation = phrase(
            "Verification",
            "not revoked at the signing time (CRL of {issued} UTC from {source})",
            issued=issued,
            source=crl.source,
        )
        report.revocation_brief = phrase("Verification", "not revoked at the signing time")
        return
    revoked_at = f"{entry.revoked_at:%Y-%m-%d %H:%M:%S}"
    report.revocation = phrase(
        "Verification",
        "not revoked at the signing time (CRL of {issued} UTC from {source}); revoked later, at {revoked_at} UTC"
        " ({reason})",
        issued=issued,
        source=crl.source,
        revoked_at=revoked_at,
        reason=entry.reason,
    )
    report.revocation_brief = phrase(
        "Verification",
        "not revoked at the signing time; revoked later, at {revoked_at} UTC ({reason})",
        revoked_at=revoked_at,
        reason=entry.reason,
    )


#: A problem already saying that the signature does not cover the whole file.
_COVERAGE_SAID = re.compile(r"modified|/ByteRange|signed range")
#: Why pyHanko did not trust the signer, by its indication's name.
_TRUST_REASONS = {
    "OUT_OF_BOUNDS_NO_POE": phrase("Verification", "the certificate had expired (or was not yet valid)"),
    "OUT_OF_BOUNDS_NOT_REVOKED": phrase("Verification", "the certificate had expired (or was not yet valid)"),
    "EXPIRED": phrase("Verification", "the certificate had expired"),
    "NOT_YET_VALID": phrase("Verification", "the certificate was not yet valid"),
    "CERTIFICATE_CHAIN_GENERAL_FAILURE": phrase("Verification", "no chain to the platform CA (issued by another CA?)"),
    "NO_CERTIFICATE_CHAIN_FOUND": phrase("Verification", "no chain to the platform CA (issued by another CA?)"),
    "REVOKED": phrase("Verification", "the certificate is revoked"),
}


def _untrusted(status: object, moment: str) -> Phrase:
    """The problem of a signer pyHanko does not trust at ``moment``, and why."""
    indication = getattr(status, "trust_problem_indic", None)
    if indication is None:
        return phrase(
            "Verification",
            "the signer's certificate is not trusted at {moment}Z: the signature itself is invalid",
            moment=moment,
        )
    name = getattr(indication, "name", str(indication))
    return phrase(
        "Verification",
        "the signer's certificate is not trusted at {moment}Z: {reason} ({indication})",
        moment=moment,
        reason=_TRUST_REASONS.get(name) or phrase("Verification", "validation failed"),
        indication=name,
    )
