"""The platform CA as a pinned trust anchor: fetched from ``/v1/pki/ca``, checked, saved locally.

A signed-in client saves the CA under ``<home>/pki/platform-ca.pem`` (:func:`ca_path`), but only the
``CERTIFICATE`` blocks whose SHA-256 fingerprint (of the DER) is one of the configured values.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.rulings.errors import CertificateError, UntrustedCa

PKI_DIR = "pki"
CA_FILE = "platform-ca.pem"
#: Extra pinned fingerprints (hex, comma separated), for a private deployment or the sandbox.
FINGERPRINT_ENV = "ARBITRATION_DESK_CA_SHA256"
_PEM_BLOCK = re.compile(r"-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----")


def pki_dir(home: Path) -> Path:
    return Path(home) / PKI_DIR


def ca_path(home: Path) -> Path:
    """Where a signed-in client keeps the platform CA: ``<home>/pki/platform-ca.pem``."""
    return pki_dir(home) / CA_FILE


def fingerprint(cert: x509.Certificate) -> str:
    """The lowercase hex SHA-256 of the certificate's DER encoding."""
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def normalize_fingerprint(text: str) -> str:
    """Accepts ``AB:CD:…`` or plain hex; returns lowercase hex without separators."""
    return re.sub(r"[\s:]", "", text).lower()


def configured_fingerprints(shipped: Iterable[str] = ()) -> frozenset[str]:
    """The shipped fingerprints plus those of :data:`FINGERPRINT_ENV`."""
    extra = os.environ.get(FINGERPRINT_ENV, "").split(",")
    return frozenset(normalize_fingerprint(f) for f in [*shipped, *extra] if f.strip())


def parse_certificates(pem: str) -> list[x509.Certificate]:
    """Every ``CERTIFICATE`` block of ``pem``.

    Raises:
        CertificateError: no block, or a block that is not a certificate.
    """
    blocks = _PEM_BLOCK.findall(pem)
    if not blocks:
        raise CertificateError(phrase("Verification", "no PEM CERTIFICATE block found"))
    try:
        return [x509.load_pem_x509_certificate(block.encode("ascii")) for block in blocks]
    except ValueError as exc:
        raise CertificateError(phrase("Verification", "malformed certificate: {error}", error=str(exc))) from None


def pinned_anchors(pem: str, fingerprints: Iterable[str]) -> list[x509.Certificate]:
    """The certificates of ``pem`` whose fingerprint is pinned.

    Raises:
        UntrustedCa: none of them is pinned (or no fingerprint is configured).
        CertificateError: ``pem`` holds no usable certificate.
    """
    wanted = {normalize_fingerprint(f) for f in fingerprints}
    certs = parse_certificates(pem)
    anchors = [cert for cert in certs if fingerprint(cert) in wanted]
    if not anchors:
        seen = ", ".join(fingerprint(cert) for cert in certs)
        raise UntrustedCa(
            phrase(
                "Verification",
                "the platform CA ({fingerprints}) matches no configured SHA-256 fingerprint; it is not trusted",
                fingerprints=seen,
            )
        )
    return anchors


def to_pem(certs: Iterable[x509.Certificate]) -> str:
    return "".join(cert.public_bytes(serialization.Encoding.PEM).decode("ascii") for cert in certs)


def fetch_platform_ca(client: PlatformClient, fingerprints: Iterable[str], home: Path) -> Path:
    """Fetches ``GET /v1/pki/ca``, keeps the pinned anchors and saves them to :func:`ca_path`.

    Raises:
        UntrustedCa: no certificate matches a configured fingerprint (nothing is saved).
        CertificateError: the platform is unreachable or answered garbage.
    """
    try:
        pem = client.signing_ca()
    except PlatformError as exc:
        raise CertificateError(
            phrase("Verification", "cannot fetch the platform CA: {error}", error=said(exc))
        ) from exc
    anchors = pinned_anchors(pem, fingerprints)
    path = ca_path(home)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, to_pem(anchors).encode("ascii"), mode=0o644)  # public: CA certificates
    return path


def load_trust_roots(path: Path) -> list[x509.Certificate]:
    """The anchors saved in ``path`` (a PEM file with one or more certificates).

    Raises:
        CertificateError: the file is missing or holds no certificate.
    """
    try:
        text = Path(path).read_text(encoding="ascii")
    except (OSError, UnicodeError) as exc:
        raise CertificateError(
            phrase("Verification", "cannot read the CA file {path}: {error}", path=str(path), error=str(exc))
        ) from None
    return parse_certificates(text)
