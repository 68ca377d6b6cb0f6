"""Key and certificate building blocks of the sandbox PKI (the CA, the TSA and members' certificates)."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_NAME = "Arbitration Sandbox Root CA"
TSA_NAME = "Arbitration Sandbox Time-Stamp Authority"
CA_VALIDITY = timedelta(days=20 * 365 + 5)
MEMBER_VALIDITY = timedelta(days=365)
CLOCK_SKEW = timedelta(minutes=5)
MAX_CSR_CHARS = 64 * 1024
_MIN_RSA_BITS = 2048
_CN_MAX = 64
_PRINTABLE = frozenset(string.ascii_letters + string.digits + " '()+,-./:=?")


@dataclass(frozen=True)
class IssuedCertificate:
    """A member's signing certificate as ``POST /v1/me/signing-certificate`` returns it."""

    certificate_pem: str
    chain_pem: list[str]
    not_after: datetime
    serial: int


class CsrError(Exception):
    """A certificate signing request that cannot be honoured; ``str(exc)`` explains why."""


def new_ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def key_to_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    """Unencrypted PKCS #8 PEM."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def cert_to_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _validity(now: datetime, span: timedelta) -> tuple[datetime, datetime]:
    start = now - CLOCK_SKEW
    return start, start + span


def build_ca(key: ec.EllipticCurvePrivateKey, now: datetime) -> x509.Certificate:
    """Self-signed root: CA (critical), keyCertSign + cRLSign (critical), ~20 years."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CA_NAME)])
    start, end = _validity(now, CA_VALIDITY)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def build_tsa(
    tsa_key: ec.EllipticCurvePrivateKey,
    ca_cert: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    now: datetime,
    crl_url: str | None = None,
) -> x509.Certificate:
    """TSA certificate issued by the CA, critical extendedKeyUsage timeStamping, valid as long as the CA.

    Like a member's certificate it names the CA's CRL at ``crl_url`` (when known) in its CRL
    distribution points, so a verifier that requires revocation information checks both with one CRL.
    """
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, TSA_NAME)])
    extensions: list[tuple[x509.ExtensionType, bool]] = [
        (_key_usage(digital_signature=True, content_commitment=True), True),
        (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True),
        *_crl_distribution_points(crl_url),
    ]
    public = tsa_key.public_key()
    return _issued(public, name, ca_cert, ca_key, (now - CLOCK_SKEW, ca_cert.not_valid_after_utc), extensions)


def issue_member_certificate(
    public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey,
    member_id: str,
    display_name: str,
    ca_cert: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    not_before: datetime,
    not_after: datetime,
    crl_url: str | None = None,
) -> x509.Certificate:
    """Member certificate: ``CN=<display name>, serialNumber=<member_id>``, digitalSignature + nonRepudiation.

    It names the CA's CRL at ``crl_url`` in its CRL distribution points (contract 1.1: every signing
    certificate does); without a URL (the sandbox's address not known yet) it has no such extension.
    """
    if not member_id:
        raise CsrError("the member id is empty")
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, _common_name(display_name, member_id)),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, member_id, _string_type(member_id)),
        ]
    )
    key_usage = _key_usage(digital_signature=True, content_commitment=True)
    extensions: list[tuple[x509.ExtensionType, bool]] = [(key_usage, True), *_crl_distribution_points(crl_url)]
    return _issued(public_key, subject, ca_cert, ca_key, (not_before, not_after), extensions)


def check_crl_url(url: str) -> str:
    """``url`` if it can be named in a CRL distribution point: an absolute http(s) URL in ASCII.

    Raises:
        ValueError: anything else (a URI is an IA5String, and a verifier fetches it).
    """
    if not url.isascii() or not url.isprintable() or any(c.isspace() for c in url):
        raise ValueError(f"not a CRL URL: {url!r}")
    scheme, _, rest = url.partition("://")
    if scheme not in ("http", "https") or not rest or rest.startswith("/"):
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    return url


def _crl_distribution_points(crl_url: str | None) -> list[tuple[x509.ExtensionType, bool]]:
    """The non-critical CRL distribution points extension naming ``crl_url`` (RFC 5280 4.2.1.13), if any."""
    if crl_url is None:
        return []
    point = x509.DistributionPoint(
        full_name=[x509.UniformResourceIdentifier(check_crl_url(crl_url))],
        relative_name=None,
        reasons=None,
        crl_issuer=None,
    )
    return [(x509.CRLDistributionPoints([point]), False)]


def _issued(
    public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey,
    subject: x509.Name,
    ca_cert: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    validity: tuple[datetime, datetime],
    extensions: list[tuple[x509.ExtensionType, bool]],
) -> x509.Certificate:
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
    )

    for extension, critical in extensions:
        builder = builder.add_extension(extension, critical=critical)
    return builder.sign(ca_key, hashes.SHA256())


def _key_usage(
    *,
    digital_signature: bool = False,
    content_commitment: bool = False,
    key_cert_sign: bool = False,
    crl_sign: bool = False,
) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=content_commitment,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=key_cert_sign,
        crl_sign=crl_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _common_name(display_name: str, member_id: str) -> str:
    name = " ".join(display_name.split()) or member_id
    return name[:_CN_MAX]


def _string_type(value: str) -> _ASN1Type:
    """PrintableString when the value allows it (as X.520 wants), UTF8String otherwise (e.g. ``mb_x``)."""
    return _ASN1Type.PrintableString if set(value) <= _PRINTABLE else _ASN1Type.UTF8String


def load_csr_public_key(csr_pem: str) -> ec.EllipticCurvePublicKey | rsa.RSAPublicKey:
    """Parses a PKCS #10 PEM, checks its proof of possession and its key type.

    Raises:
        CsrError: malformed, badly signed, or with a key other than EC P-256 / RSA ≥ 2048.
    """
    if not isinstance(csr_pem, str) or "-----BEGIN CERTIFICATE REQUEST-----" not in csr_pem:
        raise CsrError("not a PEM certificate signing request (-----BEGIN CERTIFICATE REQUEST-----)")
    if len(csr_pem) > MAX_CSR_CHARS:
        raise CsrError("the certificate signing request is too large")
    try:
        csr = x509.load_pem_x509_csr(csr_pem.encode("ascii"))
    except (ValueError, UnicodeError) as exc:
        raise CsrError(f"malformed certificate signing request: {exc}") from None
    try:
        public_key = csr.public_key()
    except Exception:
        raise CsrError("unsupported key: use EC P-256 or RSA of at least 2048 bits") from None
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        if not isinstance(public_key.curve, ec.SECP256R1):
            raise CsrError(f"unsupported curve {public_key.curve.name}: use EC P-256 (secp256r1)")
    elif isinstance(public_key, rsa.RSAPublicKey):
        if public_key.key_size < _MIN_RSA_BITS:
            raise CsrError(f"RSA key of {public_key.key_size} bits is too short: at least 2048 are required")
    else:
        raise CsrError("unsupported key: use EC P-256 or RSA of at least 2048 bits")
    try:
        valid = csr.is_signature_valid
    except Exception:
        valid = False
    if not valid:
        raise CsrError("the request's signature does not verify (no proof of possession of the key)")
    return public_key


def utc(moment: datetime) -> datetime:
    """Aware UTC (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
