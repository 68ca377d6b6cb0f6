"""The CA's revocations and its certificate revocation list (``GET /v1/pki/crl``, RFC 5280, DER).

Pure building blocks: :class:`~arbitration_desk.sandbox.pki.SandboxPki` keeps the revocations,
persists them and decides when to reissue the CRL.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp

#: The contract reissues the CRL at least every 24 hours: ``nextUpdate`` is this after ``thisUpdate``.
CRL_VALIDITY = timedelta(hours=24)
#: A CRL older than this is reissued on the next request, so a served CRL always has most of its
#: validity left (a verifier that caches it for a day still sees a current one).
CRL_REISSUE_AFTER = timedelta(hours=1)

# certificateHold is undone later and removeFromCRL only exists in delta CRLs; a sandbox revocation
# is final, as the contract's are (member removed, key lost or replaced, key compromised).
_NOT_FINAL = frozenset({x509.ReasonFlags.certificate_hold, x509.ReasonFlags.remove_from_crl})
REVOCATION_REASONS = tuple(flag.value for flag in x509.ReasonFlags if flag not in _NOT_FINAL)


@dataclass(frozen=True)
class Revocation:
    """One revoked certificate: its serial, when the CA revoked it (whole seconds, UTC) and why."""

    serial: int
    revoked_at: datetime
    reason: x509.ReasonFlags


@dataclass(frozen=True)
class IssuedCrl:
    """A signed CRL as served: DER bytes, their ETag, and the fields a cache needs."""

    der: bytes
    etag: str
    number: int
    this_update: datetime
    next_update: datetime


def revocation_reason(reason: x509.ReasonFlags | str) -> x509.ReasonFlags:
    """The reason as a ``ReasonFlags`` member; accepts RFC 5280 names such as ``"keyCompromise"``.

    Raises:
        ValueError: an unknown name, or a reason that does not revoke for good.
    """
    try:
        flag = x509.ReasonFlags(reason)
    except ValueError:
        raise ValueError(f"unknown revocation reason {reason!r}: use one of {', '.join(REVOCATION_REASONS)}") from None
    if flag in _NOT_FINAL:
        raise ValueError(f"{flag.value} is not a final revocation: use one of {', '.join(REVOCATION_REASONS)}")
    return flag


def build_crl(
    ca_cert: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    revocations: Iterable[Revocation],
    this_update: datetime,
    number: int,
) -> IssuedCrl:
    """A CRL v2 signed by the CA (ECDSA with SHA-256) listing ``revocations``.

    It carries the extensions RFC 5280 requires of a conforming CA (authority key identifier and
    CRL number). An entry has a reason code unless the reason is ``unspecified``, for which RFC
    5280 asks that the extension be left out.
    """
    this_update = this_update.replace(microsecond=0)
    next_update = this_update + CRL_VALIDITY
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(this_update)
        .next_update(next_update)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .add_extension(x509.CRLNumber(number), critical=False)
    )
    for revocation in sorted(revocations, key=lambda r: r.serial):
        entry = x509.RevokedCertificateBuilder().serial_number(revocation.serial)
        entry = entry.revocation_date(revocation.revoked_at)
        if revocation.reason is not x509.ReasonFlags.unspecified:
            entry = entry.add_extension(x509.CRLReason(revocation.reason), critical=False)
        builder = builder.add_revoked_certificate(entry.build())
    der = builder.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
    etag = f'"sha256:{hashlib.sha256(der).hexdigest()}"'
    return IssuedCrl(der, etag, number, this_update, next_update)


def revocations_to_json(revocations: Iterable[Revocation]) -> bytes:
    entries = [
        {"serial": str(r.serial), "revoked_at": format_timestamp(r.revoked_at), "reason": r.reason.value}
        for r in sorted(revocations, key=lambda r: r.serial)
    ]
    return json.dumps({"revocations": entries}, indent=1).encode("utf-8")


def revocations_from_json(text: str, *, legacy_time: datetime) -> dict[int, Revocation]:
    """Parses what :func:`revocations_to_json` wrote.

    Args:
        text: the file's content.
        legacy_time: the revocation time of serials in the older format, which kept serials only
            (``{"revoked_serials": [...]}``); their reason is ``unspecified``.

    Raises:
        ValueError, KeyError, TypeError: the content is not a revocation list.
    """
    data = json.loads(text)
    if "revoked_serials" in data:
        serials = [int(s) for s in data["revoked_serials"]]
        return {s: Revocation(s, legacy_time.replace(microsecond=0), x509.ReasonFlags.unspecified) for s in serials}
    found: dict[int, Revocation] = {}
    for entry in data["revocations"]:
        serial = int(entry["serial"])
        found[serial] = Revocation(serial, parse_timestamp(entry["revoked_at"]), revocation_reason(entry["reason"]))
    return found
