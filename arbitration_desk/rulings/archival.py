"""Archival copies of filed rulings (PAdES B-LTA), made by the export and checked by ``verify``.

The filed PDF is never changed (its SHA-256 is the platform's ``document_sha256``). An archival copy
is those exact bytes followed by one incremental update holding what a verifier needs years later,
without the platform: a Document Security Store (the signer's chain, the time-stamp authority's
certificates, the platform CA's CRL) and a document time-stamp over all of it. It still verifies
after the chair's certificate expires, offline.

Verifying one: the filed part (the bytes the ruling signature covers) must pass every rule of a
filed ruling, with revocation checked against a CRL given by the caller or else the copy's own;
each document time-stamp must be intact and trusted, the last one must cover the whole file, and
what was added after the filed part may only be validation data and time-stamps (pyHanko's
difference analysis: nothing that changes what the ruling shows).
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Sequence

from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.rulings import signature_rules as rules
from arbitration_desk.rulings.errors import SigningError, VerificationError
from arbitration_desk.rulings.revocation import RevocationError, RevocationList
from arbitration_desk.rulings.sign import CallableTimeStamper, run_blocking
from arbitration_desk.rulings.verify import (
    ARCHIVAL,
    Expectations,
    VerificationReport,
    anchors_of,
    open_pdf,
    signed_end,
    verify_filed,
)

#: :attr:`RevocationList.source` of the CRL an archival copy carries.
DSS_SOURCE = phrase("Verification", "the archival copy's own validation data")


def make_archival_copy(filed: bytes, crl_der: bytes, timestamp: Callable[[bytes], bytes]) -> bytes:
    """``filed`` followed by its validation data and a document time-stamp (PAdES B-LTA).

    Args:
        filed: the filed ruling, already verified by the caller.
        crl_der: the platform CA's current CRL.
        timestamp: sends a DER RFC 3161 request and returns the DER answer (``PlatformClient.timestamp``).

    Raises:
        SigningError: the file cannot be extended or the time-stamp authority refused.
    """
    try:
        _reader, signatures = open_pdf(filed)
        embedded = signatures[0]
        certificates = _certificates(embedded)
        writer = IncrementalPdfFileWriter(io.BytesIO(filed), strict=False)
        DocumentSecurityStore.supply_dss_in_writer(
            writer, None, certs=certificates, crls=[asn1_crl.CertificateList.load(crl_der)], embed_roots=True
        )
        stamper = signers.PdfTimeStamper(CallableTimeStamper(timestamp))
        output = io.BytesIO()
        run_blocking(lambda: stamper.async_timestamp_pdf(writer, "sha256", output=output))
    except SigningError:
        raise
    except (VerificationError, IndexError) as exc:
        raise SigningError(phrase("Export", "not a signed ruling: {error}", error=said(exc))) from exc
    except Exception as exc:  # pyHanko's errors, asn1crypto's (the time-stamp client's may be ours)
        raise SigningError(phrase("Export", "the archival copy cannot be made: {error}", error=said(exc))) from exc
    archived = output.getvalue()
    if not archived.startswith(filed):  # pyHanko rewrote the file
        raise SigningError(phrase("Export", "the archival copy does not keep the filed bytes"))
    return archived


def _certificates(embedded: EmbeddedPdfSignature) -> list[asn1_x509.Certificate]:
    """The CMS certificates and those of the signature time-stamp token."""
    found = rules.cms_certificates(embedded.signed_data)
    token = rules.signature_time_stamp(embedded.signer_info)
    if token is not None:
        found += rules.cms_certificates(token["content"])
    unique: dict[bytes, asn1_x509.Certificate] = {}
    for cert in found:
        unique.setdefault(cert.dump(), cert)
    return list(unique.values())


def dss_crls(reader: PdfFileReader, roots: Sequence[x509.Certificate]) -> list[RevocationList]:
    """The CRLs of the file's DSS that the platform CA signed, newest first (others are ignored)."""
    try:
        streams = reader.root["/DSS"]["/CRLs"]
    except KeyError:
        return []
    found: list[RevocationList] = []
    for ref in streams:
        try:
            found.append(RevocationList.load(ref.get_object().data, roots, DSS_SOURCE))
        except (RevocationError, AttributeError, TypeError, ValueError):
            continue
    return sorted(found, key=lambda crl: crl.this_update, reverse=True)


def verify_archival(
    data: bytes,
    reader: PdfFileReader,
    signatures: list[EmbeddedPdfSignature],
    roots: Sequence[x509.Certificate],
    expect: Expectations,
) -> VerificationReport:
    """The verdict on an archival copy (see the module docstring)."""
    filed = data[: signed_end(signatures[0])]
    archival = VerificationReport(size=len(data))
    try:
        _check_time_stamps(data, reader, signatures, roots, archival)
        _check_additions(signatures[0], archival)
    except Exception as exc:  # hostile input: a verdict, never a traceback
        archival.problems.append(
            phrase("Verification", "the archival additions cannot be validated: {error}", error=said(exc))
        )
    own = dss_crls(reader, roots)
    if expect.crl is None and own and archival.archived_at is not None:
        # The copy's own CRL was current when the copy was time-stamped (or it does not count).
        expect = dataclasses.replace(expect, crl=own[0], crl_used_at=archival.archived_at)
    filed_reader, filed_signatures = open_pdf(filed)
    report = verify_filed(filed, filed_reader, filed_signatures, roots, expect)
    report.kind, report.size, report.signature_count = ARCHIVAL, len(data), len(signatures)
    report.archived_at = archival.archived_at
    report.problems += archival.problems
    if archival.modified_after_signing:
        report.covers_whole_file, report.modified_after_signing = False, True
    return report


def _check_time_stamps(
    data: bytes,
    reader: PdfFileReader,
    signatures: list[EmbeddedPdfSignature],
    roots: Sequence[x509.Certificate],
    report: VerificationReport,
) -> None:
    context = ValidationContext(trust_roots=anchors_of(roots), allow_fetching=False, revocation_mode="soft-fail")
    for stamp in signatures[1:]:
        status = validate_pdf_timestamp(stamp, validation_context=context)
        if not (status.intact and status.valid and status.trusted):
            report.problems.append(
                phrase("Verification", "an archival document time-stamp does not verify or is not trusted")
            )
        else:
            report.archived_at = status.timestamp
    last = signatures[-1]
    revisions_after = reader.xrefs.total_revisions - 1 - last.signed_revision
    if signed_end(last) != len(data) or revisions_after > 0 or last.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        report.covers_whole_file = False
        report.modified_after_signing = True
        report.problems.append(
            phrase("Verification", "the archival copy was modified after its last document time-stamp")
        )


def _check_additions(ruling: EmbeddedPdfSignature, report: VerificationReport) -> None:
    ruling.compute_integrity_info()
    result = ruling.diff_result
    level = getattr(result, "modification_level", ModificationLevel.OTHER)
    if level not in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES):
        report.covers_whole_file = False
        report.modified_after_signing = True
        report.problems.append(
            phrase(
                "Verification", "the archival copy adds more than validation data and time-stamps to the filed ruling"
            )
        )
