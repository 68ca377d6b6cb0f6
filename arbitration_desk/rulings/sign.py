"""PAdES signing exactly as the contract wants it, through any :class:`SigningKey`.

One signature, ``/ETSI.CAdES.detached``, SHA-256, CMS ``certificates`` = signer + ``chain_pem``,
and (B-T) the platform's RFC 3161 token as the unsigned ``signature-time-stamp`` attribute. Nothing
is written after the signature: no DSS, no document time-stamp. The signed file stays PDF 1.7 and
PDF/A-3b (docs/pdfa.md).
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from asn1crypto import parser, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.constants import ESIC_EXTENSION_1
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from arbitration_desk.documents.pdfa import use_one_clock
from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.rulings.ca import parse_certificates
from arbitration_desk.rulings.csr import SigningIdentity
from arbitration_desk.rulings.errors import KeyStoreError, RulingError, SigningError, TimestampError
from arbitration_desk.rulings.keys import SigningKey

SIGNATURE_FIELD = "RulingSignature"
#: Longest DER ECDSA P-256 signature; the dry run reserves room for it.
_ECDSA_P256_MAX = 72
T = TypeVar("T")


def _asn1(pem: str) -> list[asn1_x509.Certificate]:
    return [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in parse_certificates(pem)]


class KeySigner(signers.Signer):
    """A pyHanko signer whose private key stays behind :class:`SigningKey` (software or token)."""

    def __init__(self, key: SigningKey, certificate_pem: str, chain_pem: tuple[str, ...]) -> None:
        chain = [cert for pem in chain_pem for cert in _asn1(pem)]
        super().__init__(
            signing_cert=_asn1(certificate_pem)[0],
            cert_registry=SimpleCertificateStore.from_certs(chain),
            embed_roots=True,
        )
        self._key = key

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        if digest_algorithm != "sha256":
            raise SigningError(
                phrase("RulingError", "only SHA-256 signatures are made, not {algorithm}", algorithm=digest_algorithm)
            )
        if dry_run:
            return bytes(_ECDSA_P256_MAX)
        return self._key.sign_sha256(data)


class Pdf17Signer(signers.PdfSigner):
    """A :class:`~pyhanko.sign.signers.PdfSigner` that declares only the PAdES extension (ESIC, PDF 1.7).

    pyHanko also declares ISO/TS 32002 for an ECDSA key on a P-256 curve, which raises the catalog's
    ``/Version`` to 2.0; a PDF 2.0 file is no longer PDF/A-3 (based on ISO 32000-1, PDF 1.7). PAdES
    itself allows ECDSA in a PDF 1.7 file.
    """

    def register_extensions(self, pdf_out: BasePdfFileWriter, *, md_algorithm: str) -> None:
        if self.signature_meta.subfilter == fields.SigSeedSubFilter.PADES:
            pdf_out.ensure_output_version(version=(1, 7))
            pdf_out.register_extension(ESIC_EXTENSION_1)


def response_status(der: bytes) -> tuple[str, str]:
    """The status and status text of a DER ``TimeStampResp``, readable even for a rejection.

    Raises:
        TimestampError: not a ``TimeStampResp``.
    """
    try:
        _cls, _method, _tag, _header, contents, _trailer = parser.parse(der)
        info = tsp.PKIStatusInfo.load(contents, strict=False)
        text = info["status_string"].native
        return str(info["status"].native), "; ".join(text) if text else ""
    except (ValueError, TypeError) as exc:
        raise TimestampError(
            phrase("RulingError", "the time-stamp answer is not a TimeStampResp: {error}", error=str(exc))
        ) from None


class CallableTimeStamper(TimeStamper):
    """A pyHanko time stamper that sends the DER request through ``send`` (e.g. ``PlatformClient.timestamp``)."""

    def __init__(self, send: Callable[[bytes], bytes]) -> None:
        super().__init__(include_nonce=True)
        self._send = send

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        try:
            der = self._send(req.dump())
        except PlatformError as exc:
            raise TimestampError(
                phrase("RulingError", "the time-stamp request failed: {error}", error=said(exc))
            ) from exc
        status, text = response_status(der)
        if status not in ("granted", "granted_with_mods"):
            if text:
                raise TimestampError(
                    phrase(
                        "RulingError", "the time-stamp authority refused: {status}: {text}", status=status, text=text
                    )
                )
            raise TimestampError(phrase("RulingError", "the time-stamp authority refused: {status}", status=status))
        return tsp.TimeStampResp.load(der)


def run_blocking(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Runs a coroutine to completion from sync code, in a fresh thread if this one has a running loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = asyncio.run(factory())
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=work, name="pades-sign")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    result: T = box["result"]
    return result


def sign_pdf(pdf: bytes, identity: SigningIdentity, timestamp: Callable[[bytes], bytes] | None) -> bytes:
    """``pdf`` with one PAdES signature (B-T when ``timestamp`` sends RFC 3161 requests, else B-B).

    Raises:
        SigningError: unreadable or encrypted PDF, unusable key or certificate, refused time-stamp.
    """
    try:
        signer = KeySigner(identity.key, identity.certificate_pem, identity.chain_pem)
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except RulingError:
        raise
    except Exception as exc:
        raise SigningError(phrase("RulingError", "cannot prepare the signature: {error}", error=said(exc))) from exc
    if writer.prev.encrypted:
        raise SigningError(phrase("RulingError", "the PDF is encrypted"))
    use_one_clock(writer)
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        use_pades_lta=False,
        embed_validation_info=False,
    )
    stamper = CallableTimeStamper(timestamp) if timestamp is not None else None
    pdf_signer = Pdf17Signer(meta, signer=signer, timestamper=stamper)
    output = io.BytesIO()
    try:
        run_blocking(lambda: pdf_signer.async_sign_pdf(writer, output=output))
    except (SigningError, KeyStoreError):
        raise
    except Exception as exc:  # pyHanko's PdfError/SigningError, asn1crypto errors
        raise SigningError(phrase("RulingError", "the PDF cannot be signed: {error}", error=said(exc))) from exc
    return output.getvalue()
