"""The sandbox PKI: a persistent root CA, its time-stamp authority, member certificates and revocations."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.sandbox.pki_certs import (
    CLOCK_SKEW,
    MEMBER_VALIDITY,
    CsrError,
    IssuedCertificate,
    build_ca,
    build_tsa,
    cert_to_pem,
    check_crl_url,
    issue_member_certificate,
    key_to_pem,
    load_csr_public_key,
    new_ec_key,
    utc,
)
from arbitration_desk.sandbox.pki_crl import (
    CRL_REISSUE_AFTER,
    IssuedCrl,
    Revocation,
    build_crl,
    revocation_reason,
    revocations_from_json,
    revocations_to_json,
)
from arbitration_desk.sandbox.pki_sign import SigningError
from arbitration_desk.sandbox.pki_sign import sign_pdf as _sign_pdf
from arbitration_desk.sandbox.pki_tsa import InProcessTimeStamper, TimeStampAuthority, TimestampRequestError
from arbitration_desk.sandbox.pki_verify import check_ruling_document

__all__ = [
    "CsrError",
    "IssuedCertificate",
    "IssuedCrl",
    "PkiStorageError",
    "Revocation",
    "SandboxPki",
    "SigningError",
    "TimestampRequestError",
    "check_ruling_document",
]

_CA_KEY, _CA_CERT = "ca-key.pem", "ca-cert.pem"
_TSA_KEY, _TSA_CERT = "tsa-key.pem", "tsa-cert.pem"
_REVOKED = "revoked.json"
_CREATE_LOCK = threading.Lock()


class PkiStorageError(Exception):
    """The PKI directory holds files that cannot be loaded."""


class SandboxPki:
    """The platform CA and TSA, persisted in one directory; every method is thread safe.

    Certificates name the CA's CRL in their CRL distribution points once :meth:`publish_crl_at`
    has said where it is served (the sandbox's own ``GET /v1/pki/crl``). The TSA's certificate is
    issued when first needed, so that a new directory's TSA names the CRL too.
    """

    def __init__(
        self,
        directory: Path,
        ca: tuple[ec.EllipticCurvePrivateKey, x509.Certificate],
        tsa: tuple[ec.EllipticCurvePrivateKey, x509.Certificate] | None,
        revoked: dict[int, Revocation],
    ) -> None:
        """Use :meth:`load_or_create`."""
        self._directory = directory
        self._ca_key, self._ca_cert = ca
        self._revoked = revoked
        self._crl: IssuedCrl | None = None  # the CRL last issued; None after a revocation
        self._crl_number = 0  # of the CRL last issued (kept when a revocation drops the CRL)
        self._crl_url: str | None = None
        self._lock = threading.Lock()
        self.ca_pem: str = cert_to_pem(self._ca_cert)
        self.ca_fingerprint: str = hashlib.sha256(self._ca_cert.public_bytes(serialization.Encoding.DER)).hexdigest()
        self._tsa: tuple[TimeStampAuthority, x509.Certificate] | None = None
        if tsa is not None:
            self._tsa = (self._authority(*tsa), tsa[1])

    @classmethod
    def load_or_create(cls, directory: Path) -> SandboxPki:
        """Loads the CA and TSA from ``directory``, creating the CA (key 0600) on first use.

        A directory without a TSA certificate gets one (and its key) when the TSA is first needed.

        Raises:
            PkiStorageError: the directory holds unreadable or inconsistent files.
        """
        directory = Path(directory)
        with _CREATE_LOCK:
            directory.mkdir(parents=True, exist_ok=True)
            if not (directory / _CA_CERT).exists():
                ca_key = new_ec_key()
                ca_cert = build_ca(ca_key, utc(datetime.now()))
                _write(directory / _CA_KEY, key_to_pem(ca_key), secret=True)
                _write(directory / _CA_CERT, cert_to_pem(ca_cert).encode("ascii"))
                (directory / _TSA_CERT).unlink(missing_ok=True)
            ca_key, ca_cert = _load_pair(directory, _CA_KEY, _CA_CERT)
            tsa = _load_pair(directory, _TSA_KEY, _TSA_CERT) if (directory / _TSA_CERT).exists() else None
            revoked = _load_revoked(directory / _REVOKED)
        return cls(directory, (ca_key, ca_cert), tsa, revoked)

    def publish_crl_at(self, url: str) -> None:
        """Names ``url`` (where ``GET /v1/pki/crl`` is served) in every certificate issued from now on.

        Certificates issued earlier keep what they name (nothing, before the first call): they stay
        valid. The TSA certificate, once issued, is kept too.

        Raises:
            ValueError: ``url`` is not an absolute http(s) URL in ASCII.
        """
        checked = check_crl_url(url)
        with self._lock:
            self._crl_url = checked

    @property
    def crl_url(self) -> str | None:
        """The URL certificates issued now name in their CRL distribution points (None: no such extension)."""
        with self._lock:
            return self._crl_url

    def _authority(self, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> TimeStampAuthority:
        return TimeStampAuthority(
            key,
            cert.public_bytes(serialization.Encoding.DER),
            [self._ca_cert.public_bytes(serialization.Encoding.DER)],
        )

    def _time_stamp_authority(self) -> tuple[TimeStampAuthority, x509.Certificate]:
        """The TSA and its certificate, issued (naming the CRL if its URL is known) on first use.

        Raises:
            PkiStorageError: another instance wrote a TSA certificate into the directory that cannot be loaded.
        """
        with self._lock:
            if self._tsa is None:
                with _CREATE_LOCK:
                    if (self._directory / _TSA_CERT).exists():  # written meanwhile through another instance
                        key, cert = _load_pair(self._directory, _TSA_KEY, _TSA_CERT)
                    else:
                        key = new_ec_key()
                        cert = build_tsa(key, self._ca_cert, self._ca_key, utc(datetime.now()), self._crl_url)
                        _write(self._directory / _TSA_KEY, key_to_pem(key), secret=True)
                        _write(self._directory / _TSA_CERT, cert_to_pem(cert).encode("ascii"))
                self._tsa = (self._authority(key, cert), cert)
            return self._tsa

    @property
    def ca_certificates(self) -> list[x509.Certificate]:
        """The trust anchors (one per ``CERTIFICATE`` block of :attr:`ca_pem`)."""
        return [self._ca_cert]

    @property
    def tsa_certificate_pem(self) -> str:
        return cert_to_pem(self._time_stamp_authority()[1])

    def issue_certificate(
        self,
        csr_pem: str,
        member_id: str,
        display_name: str,
        *,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
    ) -> IssuedCertificate:
        """Issues a signing certificate for the CSR's key (its subject and extensions are ignored).

        Raises:
            CsrError: the CSR is malformed, badly signed or has an unsupported key; or bad bounds.
        """
        public_key = load_csr_public_key(csr_pem)
        start = utc(not_before) if not_before is not None else utc(datetime.now()) - CLOCK_SKEW
        end = utc(not_after) if not_after is not None else start + MEMBER_VALIDITY
        if end <= start:
            raise CsrError("the validity period is empty (not_after must follow not_before)")
        cert = issue_member_certificate(
            public_key, member_id, display_name, self._ca_cert, self._ca_key, start, end, self.crl_url
        )
        return IssuedCertificate(
            certificate_pem=cert_to_pem(cert),
            chain_pem=[self.ca_pem],
            not_after=cert.not_valid_after_utc,
            serial=cert.serial_number,
        )

    def new_member_credentials(self, member_id: str, display_name: str) -> tuple[bytes, IssuedCertificate]:
        """An EC P-256 key (unencrypted PKCS #8 PEM) and its freshly issued certificate."""
        key = new_ec_key()
        csr = (
            x509.CertificateSigningRequestBuilder()
            .subject_name(x509.Name([]))
            .sign(key, hashes.SHA256())
            .public_bytes(serialization.Encoding.PEM)
            .decode("ascii")
        )
        return key_to_pem(key), self.issue_certificate(csr, member_id, display_name)

    def timestamp(self, request_der: bytes) -> bytes:
        """Answers a DER ``TimeStampReq`` with a DER ``TimeStampResp`` (RFC 3161).

        Raises:
            TimestampRequestError: the body is not a well-formed ``TimeStampReq``.
        """
        return self._time_stamp_authority()[0].respond(request_der)

    def revoke(self, serial: int, reason: x509.ReasonFlags | str = x509.ReasonFlags.unspecified) -> Revocation:
        """Revokes the certificate with ``serial`` now, for ``reason`` (an RFC 5280 name or flag).

        Revoking is final and idempotent: a serial already revoked keeps its first time and reason,
        which are returned.

        Raises:
            ValueError: an unknown reason, or ``certificateHold``/``removeFromCRL`` (not final).
        """
        flag = revocation_reason(reason)
        with self._lock:
            if serial in self._revoked:
                return self._revoked[serial]
            revocation = Revocation(serial, datetime.now(UTC).replace(microsecond=0), flag)
            self._revoked[serial] = revocation
            # The contract reissues the CRL at once after a revocation.
            self._crl = None
            _write(self._directory / _REVOKED, revocations_to_json(self._revoked.values()))
            return revocation

    def is_revoked(self, serial: int) -> bool:
        with self._lock:
            return serial in self._revoked

    def revocations(self) -> list[Revocation]:
        """Every revocation, by serial."""
        with self._lock:
            return sorted(self._revoked.values(), key=lambda r: r.serial)

    def crl(self, now: datetime | None = None) -> IssuedCrl:
        """The current CRL, signed by the CA: reissued after a revocation or when an hour old.

        Between reissues the same bytes (and ETag) are served, so a client's ``If-None-Match`` works.
        """
        moment = utc(now) if now is not None else datetime.now(UTC)
        with self._lock:
            current = self._crl
            if current is None or moment - current.this_update >= CRL_REISSUE_AFTER or moment < current.this_update:
                # The CRL number must grow with every CRL (RFC 5280); seconds since the epoch keep it
                # growing across restarts too, the previous number + 1 within the same second.
                self._crl_number = max(int(moment.timestamp()), self._crl_number + 1)
                current = build_crl(self._ca_cert, self._ca_key, self._revoked.values(), moment, self._crl_number)
                self._crl = current
            return current

    def sign_pdf(self, pdf: bytes, key_pem: bytes, certificate: IssuedCertificate, *, timestamp: bool = True) -> bytes:
        """Signs ``pdf`` once, PAdES B-T with this TSA's token (B-B if not ``timestamp``).

        Raises:
            SigningError: unreadable PDF, key or certificate.
        """
        timestamper = InProcessTimeStamper(self._time_stamp_authority()[0]) if timestamp else None
        return _sign_pdf(pdf, key_pem, certificate, timestamper)


def _write(path: Path, data: bytes, *, secret: bool = False) -> None:
    """Atomic durable write; mode 0600 for secrets."""
    write_atomic(path, data, mode=0o600 if secret else 0o644)


def _load_pair(directory: Path, key_name: str, cert_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    try:
        key = serialization.load_pem_private_key((directory / key_name).read_bytes(), password=None)
        cert = x509.load_pem_x509_certificate((directory / cert_name).read_bytes())
    except (OSError, ValueError, TypeError) as exc:
        raise PkiStorageError(f"cannot load {key_name}/{cert_name} in {directory}: {exc}") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.public_key() != cert.public_key():
        raise PkiStorageError(f"{key_name} does not match {cert_name} in {directory}")
    return key, cert


def _load_revoked(path: Path) -> dict[int, Revocation]:
    if not path.exists():
        return {}
    try:
        legacy_time = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        return revocations_from_json(path.read_text("utf-8"), legacy_time=legacy_time)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PkiStorageError(f"cannot load {path}: {exc}") from None
