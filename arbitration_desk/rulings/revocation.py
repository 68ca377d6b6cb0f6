"""The platform CA's CRL and the contract's rule for a revoked signer (README "Verifying a ruling later").

A ruling is valid only if its certificate was not revoked at the signing time, where the signing
time is *proven*: the time in a valid signature time-stamp (B-T), or the time the platform recorded
(``received_at``) for a B-B ruling. The claimed signing time inside the CMS is never proof. A
revocation for ``keyCompromise`` invalidates every signature whose time is not proven by a
time-stamp before it, whatever the platform recorded.

A CRL is accepted only if the platform CA signed it. Where it comes from is the caller's: fetched
from the platform now, a file the user names, or the validation data an archival copy carries
(:mod:`arbitration_desk.rulings.archival`). The platform reissues its CRL at once after every
revocation (openapi.yaml, ``getSigningCrl``), so a CRL speaks for the time it was issued and, while
it is current (before ``nextUpdate``), up to the moment it is used: now for a CRL fetched or read
now, the archival time-stamp's time for one an archival copy carries. A CRL that cannot speak for
the signing time (issued before it and no longer current then) does not count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from arbitration_desk.domain.phrases import Phrase, PhrasedError, phrase
from arbitration_desk.rulings.errors import RulingError

#: :attr:`RevocationList.source` of a CRL the platform gave.
FROM_THE_PLATFORM = phrase("Verification", "the platform")


class RevocationError(RulingError, PhrasedError):
    """A CRL is unusable: not DER, not signed by the platform CA, or otherwise malformed."""


@dataclass(frozen=True)
class Revoked:
    """One entry of a CRL: when the CA revoked the certificate, and why (an RFC 5280 reason name)."""

    revoked_at: datetime
    reason: str


@dataclass(frozen=True)
class RevocationList:
    """A CRL signed by the platform CA; ``source`` says where it came from (for the report): our own
    words as a phrase ("the platform"), or a file's name as it is."""

    der: bytes
    this_update: datetime
    next_update: datetime | None
    entries: dict[int, Revoked]
    source: Phrase | str

    @classmethod
    def load(cls, der: bytes, roots: Sequence[x509.Certificate], source: Phrase | str) -> RevocationList:
        """Parses ``der`` and checks its signature against one of ``roots``.

        Raises:
            RevocationError: not a DER CRL, or not issued and signed by a trusted CA.
        """
        try:
            crl = x509.load_der_x509_crl(der)
        except ValueError:
            raise RevocationError(
                phrase("Verification", "the CRL from {source} is not a DER certificate revocation list", source=source)
            ) from None
        issuer = next((root for root in roots if root.subject == crl.issuer and _signed_by(crl, root)), None)
        if issuer is None:
            raise RevocationError(
                phrase("Verification", "the CRL from {source} is not signed by the platform CA", source=source)
            )
        entries: dict[int, Revoked] = {}
        for entry in crl:
            try:
                reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.value
            except x509.ExtensionNotFound:
                reason = "unspecified"
            entries[entry.serial_number] = Revoked(entry.revocation_date_utc, reason)
        return cls(der, crl.last_update_utc, crl.next_update_utc, entries, source)

    def speaks_until(self, used_at: datetime) -> datetime:
        """The latest moment this CRL shows the revocations up to, when used at ``used_at``."""
        if self.this_update <= used_at and (self.next_update is None or used_at <= self.next_update):
            return used_at
        return self.this_update

    def verdict(
        self, serial: int, proven_time: datetime | None, time_stamped: bool, used_at: datetime
    ) -> Phrase | None:
        """Why the certificate ``serial`` makes a signature invalid, or None when it does not.

        Args:
            proven_time: the proven signing time (None: not proven).
            time_stamped: whether ``proven_time`` comes from a signature time-stamp.
            used_at: when the CRL is relied on (now, or an archival copy's time-stamp).
        """
        if proven_time is not None and self.speaks_until(used_at) < proven_time:
            if self.next_update is None:
                return phrase(
                    "Verification",
                    "the CRL ({source}) of {issued} (next update none) cannot show the certificate was unrevoked"
                    " at the signing time {signed}",
                    source=self.source,
                    issued=_when(self.this_update),
                    signed=_when(proven_time),
                )
            return phrase(
                "Verification",
                "the CRL ({source}) of {issued} (next update {next_update}) cannot show the certificate was"
                " unrevoked at the signing time {signed}",
                source=self.source,
                issued=_when(self.this_update),
                next_update=_when(self.next_update),
                signed=_when(proven_time),
            )
        entry = self.entries.get(serial)
        if entry is None:
            return None
        revoked_at, reason = _when(entry.revoked_at), entry.reason  # an RFC 5280 reason name: as it is
        if proven_time is None:
            return phrase(
                "Verification",
                "the certificate was revoked at {revoked_at} ({reason}) and the signing time is not proven"
                " (no time-stamp, no platform receipt time)",
                revoked_at=revoked_at,
                reason=reason,
            )
        compromised = entry.reason == x509.ReasonFlags.key_compromise.value
        if compromised and not (time_stamped and proven_time < entry.revoked_at):
            return phrase(
                "Verification",
                "the certificate was revoked at {revoked_at} ({reason}): a compromised key invalidates every"
                " signature not time-stamped before it",
                revoked_at=revoked_at,
                reason=reason,
            )
        if proven_time >= entry.revoked_at:
            return phrase(
                "Verification",
                "the certificate was revoked at {revoked_at} ({reason}), at or before the signing time {signed}",
                revoked_at=revoked_at,
                reason=reason,
                signed=_when(proven_time),
            )
        return None


def _signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    key = issuer.public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey | rsa.RSAPublicKey):
        return False
    try:
        return crl.is_signature_valid(key)
    except (ValueError, TypeError):
        return False


def _when(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC"


__all__ = ["FROM_THE_PLATFORM", "RevocationError", "RevocationList", "Revoked"]
