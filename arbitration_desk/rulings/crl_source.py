"""Where ``verify`` (the command and the desk's dialog) gets the platform CA's CRL from.

The CRL is fetched from the platform the home is signed in to (``GET /v1/pki/crl``, no sign-in
needed for it, so an expired session still works); offline, or not signed in, there is none, and
only an archival copy (which carries its own) can show that its signer was not revoked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from cryptography import x509

from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.platform.session_file import SessionError, SessionInfo
from arbitration_desk.rulings.revocation import RevocationError, RevocationList


def platform_crl(home: Path | None, roots: Sequence[x509.Certificate]) -> tuple[RevocationList | None, str]:
    """The platform CA's current CRL, or None and one sentence saying why there is none.

    Blocking (one HTTP request): call it off the GUI thread.
    """
    try:
        session = SessionInfo.load(home) if home is not None else None
    except (SessionError, OSError):
        session = None
    if session is None:
        return None, "not signed in, so the CRL was not fetched (pass --crl FILE)"
    client = session.client()
    try:
        return RevocationList.load(client.signing_crl(), roots, "the platform"), ""
    except PlatformError as exc:
        return None, f"the CRL could not be fetched from the platform: {exc}"
    except RevocationError as exc:
        return None, str(exc)
    finally:
        client.close()
