"""PAdES signing of a PDF the way the contract wants a ruling signed (demo chair and tests)."""

from __future__ import annotations

import io

from asn1crypto import keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from arbitration_desk.sandbox.pki_certs import IssuedCertificate

SIGNATURE_FIELD = "RulingSignature"


class SigningError(Exception):
    """The PDF, the key or the certificate cannot be used to sign."""


def pem_to_asn1_cert(pem: str) -> asn1_x509.Certificate:
    cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def sign_pdf(pdf: bytes, key_pem: bytes, certificate: IssuedCertificate, timestamper: TimeStamper | None) -> bytes:
    """One PAdES signature (ETSI.CAdES.detached, SHA-256), B-T when ``timestamper`` is given.

    Raises:
        SigningError: unreadable PDF, key or certificate.
    """
    try:
        private = serialization.load_pem_private_key(key_pem, password=None)
        key_info = keys.PrivateKeyInfo.load(
            private.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        signer_cert = pem_to_asn1_cert(certificate.certificate_pem)
        chain = [pem_to_asn1_cert(pem) for pem in certificate.chain_pem]
    except (ValueError, TypeError, UnicodeError) as exc:
        raise SigningError(f"unusable key or certificate: {exc}") from None
    signer = signers.SimpleSigner(
        signing_cert=signer_cert,
        signing_key=key_info,
        cert_registry=SimpleCertificateStore.from_certs(chain),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        use_pades_lta=False,
        embed_validation_info=False,
    )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except Exception as exc:
        raise SigningError(f"not a readable PDF: {exc}") from None
    if writer.prev.encrypted:
        raise SigningError("the PDF is encrypted")
    output = io.BytesIO()
    try:
        signers.PdfSigner(meta, signer=signer, timestamper=timestamper).sign_pdf(writer, output=output)
    except (PdfError, PyHankoSigningError) as exc:
        raise SigningError(f"the PDF cannot be signed: {exc}") from None
    return output.getvalue()
