"""The sandbox's RFC 3161 time-stamp authority, and an in-process pyHanko time stamper using it."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from typing import Any

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.sign.timestamps.api import TimeStamper

# A UUID-based OID (arc 2.25, ITU-T X.667): unique without registration.
TSA_POLICY_OID = "2.25.190283406123675834125120349418207815347"
ACCEPTED_IMPRINTS = {"sha256": 32, "sha384": 48, "sha512": 64}
MAX_REQUEST_BYTES = 64 * 1024


class TimestampRequestError(Exception):
    """A body that is not a DER ``TimeStampReq`` (the server answers 400 bad-request)."""


class _StatusOnlyResponse(core.Sequence):
    """``TimeStampResp`` without a token (asn1crypto's class wrongly makes the token mandatory)."""

    _fields = [("status", tsp.PKIStatusInfo)]  # noqa: RUF012 - asn1crypto's declaration style


class TimeStampAuthority:
    """Signs RFC 3161 tokens with an EC key (ECDSA with SHA-256); thread safe (no mutable state)."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, cert_der: bytes, chain_der: list[bytes]) -> None:
        self._key = key
        self._cert = asn1_x509.Certificate.load(cert_der)
        self._chain = [asn1_x509.Certificate.load(der) for der in chain_der]

    def respond(self, request_der: bytes) -> bytes:
        """Answers a DER ``TimeStampReq`` with a DER ``TimeStampResp``.

        Raises:
            TimestampRequestError: the body is not a well-formed ``TimeStampReq``.
        """
        request, algorithm, digest = parse_request(request_der)
        expected = ACCEPTED_IMPRINTS.get(algorithm)
        if expected is None:
            return _rejection("bad_alg", f"unsupported hash algorithm {algorithm}: use SHA-256, -384 or -512")
        if len(digest) != expected:
            return _rejection("bad_data_format", f"the {algorithm} imprint must be {expected} bytes")
        policy = request["req_policy"].native
        if policy is not None and policy != TSA_POLICY_OID:
            return _rejection("unaccepted_policy", f"unknown policy {policy}")
        if request["extensions"].native:
            return _rejection("unaccepted_extension", "request extensions are not supported")
        token = self._token(request, datetime.now(UTC).replace(microsecond=0))
        status = tsp.PKIStatusInfo({"status": "granted"})
        return tsp.TimeStampResp({"status": status, "time_stamp_token": token}).dump()

    def _token(self, request: tsp.TimeStampReq, now: datetime) -> cms.ContentInfo:
        info: dict[str, Any] = {
            "version": "v1",
            "policy": TSA_POLICY_OID,
            "message_imprint": request["message_imprint"],
            "serial_number": secrets.randbits(127) | (1 << 126),
            "gen_time": now,
            "accuracy": {"seconds": 1},
            "tsa": asn1_x509.GeneralName(name="directory_name", value=self._cert.subject),
        }
        if request["nonce"].native is not None:
            info["nonce"] = request["nonce"]
        content = tsp.TSTInfo(info).dump()
        signed_attrs = cms.CMSAttributes(
            [
                _attribute("content_type", "tst_info"),
                _attribute("signing_time", cms.Time({"utc_time": core.UTCTime(now)})),
                _attribute("message_digest", hashlib.sha256(content).digest()),
                _attribute("signing_certificate_v2", _signing_certificate_v2(self._cert)),
            ]
        )
        signature = self._key.sign(signed_attrs.dump(), ec.ECDSA(hashes.SHA256()))
        digest_algorithm = algos.DigestAlgorithm({"algorithm": "sha256"})
        signer = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier(
                    {
                        "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                            {"issuer": self._cert.issuer, "serial_number": self._cert.serial_number}
                        )
                    }
                ),
                "digest_algorithm": digest_algorithm,
                "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
                "signed_attrs": signed_attrs,
                "signature": signature,
            }
        )
        signed_data: dict[str, Any] = {
            "version": "v3",
            "digest_algorithms": [digest_algorithm],
            "encap_content_info": {"content_type": "tst_info", "content": cms.ParsableOctetString(content)},
            "signer_infos": [signer],
        }
        if request["cert_req"].native:
            signed_data["certificates"] = [self._cert, *self._chain]
        return cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData(signed_data)})


def parse_request(request_der: bytes) -> tuple[tsp.TimeStampReq, str, bytes]:
    """Returns the request, its imprint's algorithm name and digest (raises TimestampRequestError)."""
    if not isinstance(request_der, bytes | bytearray) or not request_der:
        raise TimestampRequestError("the body is empty: send a DER TimeStampReq")
    if len(request_der) > MAX_REQUEST_BYTES:
        raise TimestampRequestError("the TimeStampReq is too large")
    try:
        request = tsp.TimeStampReq.load(bytes(request_der), strict=True)
        if request["version"].native != "v1":
            raise TimestampRequestError("unsupported TimeStampReq version (only v1)")
        imprint = request["message_imprint"]
        algorithm = str(imprint["hash_algorithm"]["algorithm"].native)
        digest = imprint["hashed_message"].native
        request["nonce"].native  # noqa: B018 - forces parsing of the optional fields
        request["cert_req"].native  # noqa: B018
        request["req_policy"].native  # noqa: B018
        request["extensions"].native  # noqa: B018
    except TimestampRequestError:
        raise
    except Exception as exc:
        raise TimestampRequestError(f"not a DER TimeStampReq: {exc}") from None
    if not isinstance(digest, bytes):
        raise TimestampRequestError("the message imprint has no digest")
    return request, algorithm, digest


def _rejection(fail_info: str, text: str) -> bytes:
    status = tsp.PKIStatusInfo(
        {"status": "rejection", "status_string": [text], "fail_info": tsp.PKIFailureInfo({fail_info})}
    )
    return _StatusOnlyResponse({"status": status}).dump()


def _attribute(name: str, value: object) -> cms.CMSAttribute:
    return cms.CMSAttribute({"type": name, "values": (value,)})


def _signing_certificate_v2(cert: asn1_x509.Certificate) -> tsp.SigningCertificateV2:
    """ESS signing-certificate-v2 (RFC 5035) naming ``cert`` by its SHA-256 hash and issuer/serial."""
    return tsp.SigningCertificateV2(
        {
            "certs": [
                {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "cert_hash": hashlib.sha256(cert.dump()).digest(),
                    "issuer_serial": {
                        "issuer": [asn1_x509.GeneralName(name="directory_name", value=cert.issuer)],
                        "serial_number": cert.serial_number,
                    },
                }
            ]
        }
    )


class InProcessTimeStamper(TimeStamper):
    """A pyHanko ``TimeStamper`` that asks the sandbox TSA directly, without HTTP."""

    def __init__(self, authority: TimeStampAuthority) -> None:
        super().__init__(include_nonce=True)
        self._authority = authority

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return tsp.TimeStampResp.load(self._authority.respond(req.dump()))
