"""Which platform CA to trust: SHA-256 fingerprints configured on this machine, never learnt from the wire.

The README trusts ``GET /v1/pki/ca`` only if its fingerprint matches one shipped with the client.
We do not pin on first use (that would trust whatever the first answer was). The configured
fingerprints are, together:

1. :data:`SHIPPED_CA_SHA256`, compiled into the release for the production platform;
2. ``$ARBITRATION_DESK_CA_SHA256`` (comma separated), for a private deployment or CI;
3. ``<home>/pki/ca-pins.txt``, written by ``arbitration-desk pin-ca --sha256 HEX`` (or the GUI's
   settings through :func:`pin_fingerprint`) with a value the operator publishes; the sandbox
   prints its own at start (``CA certificate SHA-256 fingerprint: …``).

Once fetched and matched, the anchors are saved to ``<home>/pki/platform-ca.pem`` (``ca_path``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.rulings.ca import (
    FINGERPRINT_ENV,
    ca_path,
    configured_fingerprints,
    fetch_platform_ca,
    fingerprint,
    load_trust_roots,
    normalize_fingerprint,
    pki_dir,
)
from arbitration_desk.rulings.errors import CertificateError, UntrustedCa

#: Fingerprints of the production platform CA (filled in by the release build).
SHIPPED_CA_SHA256: tuple[str, ...] = ()
PIN_FILE = "ca-pins.txt"
_HEX64 = re.compile(r"[0-9a-f]{64}")


def pin_path(home: Path) -> Path:
    return pki_dir(home) / PIN_FILE


def pin_fingerprint(home: Path, value: str) -> str:
    """Adds a CA fingerprint (hex, ``:`` separators allowed) to ``<home>/pki/ca-pins.txt``.

    Raises:
        CertificateError: ``value`` is not a SHA-256 fingerprint.
    """
    fingerprint = normalize_fingerprint(value)
    if not _HEX64.fullmatch(fingerprint):
        raise CertificateError(
            phrase("Verification", "not a SHA-256 fingerprint (64 hex digits): {value}", value=f"{value!r:.80}")
        )
    pins = set(_read_pins(home)) | {fingerprint}
    path = pin_path(home)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, "".join(f"{pin}\n" for pin in sorted(pins)).encode("ascii"), mode=0o644)  # public hashes
    return fingerprint


def _read_pins(home: Path) -> list[str]:
    try:
        lines = pin_path(home).read_text(encoding="ascii").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeError) as exc:
        raise CertificateError(
            phrase("Verification", "cannot read {path}: {error}", path=str(pin_path(home)), error=str(exc))
        ) from None
    return [normalize_fingerprint(line) for line in lines if _HEX64.fullmatch(normalize_fingerprint(line))]


def configured(home: Path, extra: Iterable[str] = ()) -> frozenset[str]:
    """Every configured fingerprint: shipped, environment, pin file and ``extra``."""
    return configured_fingerprints([*SHIPPED_CA_SHA256, *_read_pins(home), *extra])


def platform_trust_roots(client: PlatformClient, home: Path, extra: Iterable[str] = ()) -> list[x509.Certificate]:
    """The pinned platform CA: fetched and checked when fingerprints are configured, else the saved copy.

    A CA that matches no configured fingerprint is never used, not even the saved copy (the platform
    may have rolled over to a CA this machine was not told about). When the platform cannot be
    reached, the saved copy (pinned when saved) serves.

    Raises:
        UntrustedCa: no fingerprint configured and nothing saved, or the CA matches none.
        CertificateError: the saved copy is unreadable.
    """
    pins = configured(home, extra)
    saved = ca_path(home)
    if pins:
        try:
            return load_trust_roots(fetch_platform_ca(client, pins, home))
        except UntrustedCa:
            raise
        except CertificateError:
            if not saved.exists():
                raise
    if not saved.exists():
        raise UntrustedCa(
            phrase(
                "Verification",
                "no platform CA fingerprint is configured: run `arbitration-desk pin-ca --sha256 HEX` with the "
                "fingerprint your platform operator publishes (or set {variable})",
                variable=FINGERPRINT_ENV,
            )
        )
    roots = load_trust_roots(saved)
    if pins and not any(fingerprint(root) in pins for root in roots):
        raise UntrustedCa(
            phrase("Verification", "the saved platform CA {path} matches no configured fingerprint", path=str(saved))
        )
    return roots
