"""Where ``verify`` (the command and the desk's views) gets the platform CA and its CRL from.

The CA is the copy pinned in the home; a home that has none yet (a member who never signed or
exported a ruling) fetches it from the platform it is signed in to and keeps it only if it matches
a configured fingerprint (:func:`~arbitration_desk.rulings.trust.platform_trust_roots`).

The CRL is fetched from the platform the home is signed in to (``GET /v1/pki/crl``, no sign-in
needed for it, so an expired session still works); offline, or not signed in, there is none, and
only an archival copy (which carries its own) can show that its signer was not revoked.

Why there is no CA or no CRL is said in one sentence, a
:class:`~arbitration_desk.domain.phrases.Phrase` (``""`` when there is nothing to say).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cryptography import x509

from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.platform.session_file import SessionError, SessionInfo
from arbitration_desk.rulings.ca import ca_path, load_trust_roots
from arbitration_desk.rulings.errors import CertificateError
from arbitration_desk.rulings.revocation import FROM_THE_PLATFORM, RevocationError, RevocationList
from arbitration_desk.rulings.trust import platform_trust_roots

#: Why :func:`platform_crl` fetched nothing: the home is not signed in (``verify`` adds how to pass one).
NOT_SIGNED_IN = phrase("Verification", "not signed in, so the CRL was not fetched")


def home_trust_roots(home: Path) -> tuple[list[x509.Certificate], Phrase | str]:
    """The home's pinned platform CA, or none and one sentence saying why (blocking: the first
    time it may fetch the CA from the platform)."""
    try:
        return load_trust_roots(ca_path(home)), ""
    except CertificateError as exc:
        missing = said(exc)
    try:
        session = SessionInfo.load(home)
    except (SessionError, OSError):
        session = None
    if session is None:
        return [], phrase(
            "Verification", "No pinned platform CA on this machine ({error}); sign in and sync first.", error=missing
        )
    client = session.client()
    try:
        return platform_trust_roots(client, home), ""
    except (CertificateError, PlatformError) as exc:
        return [], phrase("Verification", "No pinned platform CA on this machine: {error}", error=said(exc))
    finally:
        client.close()


def platform_crl(home: Path | None, roots: Sequence[x509.Certificate]) -> tuple[RevocationList | None, Phrase | str]:
    """The platform CA's current CRL, or None and one sentence saying why there is none.

    Blocking (one HTTP request): call it off the GUI thread.
    """
    try:
        session = SessionInfo.load(home) if home is not None else None
    except (SessionError, OSError):
        session = None
    if session is None:
        return None, NOT_SIGNED_IN
    client = session.client()
    try:
        return RevocationList.load(client.signing_crl(), roots, FROM_THE_PLATFORM), ""
    except PlatformError as exc:
        return None, phrase("Verification", "the CRL could not be fetched from the platform: {error}", error=said(exc))
    except RevocationError as exc:
        return None, said(exc)
    finally:
        client.close()
