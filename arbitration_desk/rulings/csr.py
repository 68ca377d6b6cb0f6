"""Certificate signing requests and the chair's signing identity (key + certificate + chain).

The CSR is built with asn1crypto and signed through :class:`SigningKey`, so a key inside a
PKCS #11 token works exactly like a software key. The certificate and chain (public data) are kept
next to the CA under ``<home>/pki/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

from asn1crypto import csr as asn1_csr
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.rulings.ca import fingerprint, parse_certificates
from arbitration_desk.rulings.errors import CertificateError
from arbitration_desk.rulings.keys import SigningKey

IDENTITY_FILE = "signing-certificate.json"


def build_csr(key: SigningKey, common_name: str = "Arbitration Desk chair") -> str:
    """A PKCS #10 request (PEM) for ``key``, signed by it (ECDSA with SHA-256)."""
    info = asn1_csr.CertificationRequestInfo(
        {
            "version": "v1",
            "subject": asn1_x509.Name.build({"common_name": common_name}),
            "subject_pk_info": asn1_keys.PublicKeyInfo.load(key.public_key_der()),
            "attributes": [],
        }
    )
    request = asn1_csr.CertificationRequest(
        {
            "certification_request_info": info,
            "signature_algorithm": {"algorithm": "sha256_ecdsa"},
            "signature": key.sign_sha256(info.dump()),
        }
    )
    der = request.dump()
    return x509.load_der_x509_csr(der).public_bytes(serialization.Encoding.PEM).decode("ascii")


@dataclass(frozen=True)
class SigningIdentity:
    """What signs a ruling: the key, its certificate and the issuer chain up to the platform CA."""

    key: SigningKey
    certificate_pem: str
    chain_pem: tuple[str, ...]

    @property
    def certificate(self) -> x509.Certificate:
        return parse_certificates(self.certificate_pem)[0]

    @property
    def member_id(self) -> str:
        """The subject serialNumber (the member ID the platform put there)."""
        values = self.certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
        return str(values[0].value) if values else ""


def check_certificate(
    key: SigningKey, certificate_pem: str, chain_pem: list[str], trusted: list[x509.Certificate]
) -> None:
    """Checks that the certificate is for ``key`` and chains to a trusted anchor; raises otherwise.

    Raises:
        CertificateError: wrong key, broken chain, chain not ending at a pinned anchor, or expired.
    """
    cert = parse_certificates(certificate_pem)[0]
    if (
        cert.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        != key.public_key_der()
    ):
        raise CertificateError(phrase("RulingError", "the issued certificate is not for this signing key"))
    chain = [c for pem in chain_pem for c in parse_certificates(pem)]
    if not chain:
        raise CertificateError(phrase("RulingError", "the certificate comes without its issuer chain"))
    links = [cert, *chain]
    for child, parent in pairwise(links):
        try:
            child.verify_directly_issued_by(parent)
        except (InvalidSignature, ValueError, TypeError) as exc:
            raise CertificateError(
                phrase(
                    "RulingError",
                    "the certificate chain is broken at {subject}: {error}",
                    subject=child.subject.rfc4514_string(),
                    error=str(exc),
                )
            ) from None
    anchors = {fingerprint(c) for c in trusted}
    if fingerprint(chain[-1]) not in anchors:
        raise CertificateError(phrase("RulingError", "the certificate chain does not end at the pinned platform CA"))
    if cert.not_valid_after_utc <= datetime.now(UTC):
        raise CertificateError(phrase("RulingError", "the certificate has expired"))


def request_certificate(
    client: PlatformClient, key: SigningKey, trusted: list[x509.Certificate], pki_dir: Path
) -> SigningIdentity:
    """``POST /v1/me/signing-certificate`` with a CSR for ``key``; checks and saves the answer.

    Raises:
        CertificateError: the platform refused, or the certificate does not fit (see :func:`check_certificate`).
    """
    try:
        answer = client.request_signing_certificate(build_csr(key))
    except PlatformError as exc:
        raise CertificateError(
            phrase("RulingError", "the platform did not issue a certificate: {error}", error=said(exc))
        ) from exc
    certificate_pem: str = answer.data["certificate_pem"]
    chain_pem: list[str] = list(answer.data["chain_pem"])
    check_certificate(key, certificate_pem, chain_pem, trusted)
    save_certificate(pki_dir, certificate_pem, chain_pem)
    return SigningIdentity(key, certificate_pem, tuple(chain_pem))


def save_certificate(pki_dir: Path, certificate_pem: str, chain_pem: list[str]) -> Path:
    path = Path(pki_dir) / IDENTITY_FILE
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    document = json.dumps({"certificate_pem": certificate_pem, "chain_pem": chain_pem}, indent=1)
    write_atomic(path, document.encode("utf-8"), mode=0o644)  # public: a certificate and its chain
    return path


def load_identity(pki_dir: Path, key: SigningKey) -> SigningIdentity:
    """The saved certificate with ``key``.

    Raises:
        CertificateError: no saved certificate, or it is not for ``key``.
    """
    path = Path(pki_dir) / IDENTITY_FILE
    try:
        data = json.loads(path.read_text("utf-8"))
        certificate_pem, chain_pem = str(data["certificate_pem"]), [str(p) for p in data["chain_pem"]]
    except FileNotFoundError:
        raise CertificateError(
            phrase("RulingError", "no signing certificate yet: request one from the platform")
        ) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CertificateError(
            phrase("RulingError", "cannot read {path}: {error}", path=str(path), error=str(exc))
        ) from None
    identity = SigningIdentity(key, certificate_pem, tuple(chain_pem))
    if (
        identity.certificate.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        != key.public_key_der()
    ):
        raise CertificateError(phrase("RulingError", "the saved certificate is not for the current signing key"))
    return identity
