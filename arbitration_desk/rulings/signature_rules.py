"""The contract's "Signature requirements" on the CMS of a ruling, each rule one function.

pyHanko checks that a signature is intact, valid and chains to a trusted root; these are the rules
of the contract it does not enforce. Each returns None when the rule holds, else one sentence that
names the rule (a :class:`~arbitration_desk.domain.phrases.Phrase`; the verdict lists every failed one).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from asn1crypto import cms, core
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from arbitration_desk.domain.phrases import Phrase, PhrasedError, phrase

#: Digest algorithms the contract accepts ("SHA-256 or stronger").
STRONG_DIGESTS = frozenset({"sha256", "sha384", "sha512", "sha3_256", "sha3_384", "sha3_512"})
#: Signed attributes the contract requires, by asn1crypto's names.
REQUIRED_SIGNED_ATTRIBUTES = ("content_type", "message_digest", "signing_certificate_v2")
#: Key usages that allow a signer certificate to sign a ruling.
SIGNING_USAGES = frozenset({"digital_signature", "non_repudiation"})
RULING_ATTACHMENT = "ruling.json"
#: The largest ruling.json read (the composer's are a few KB).
_MAX_ATTACHMENT = 4 * 1024 * 1024


class SignerNotFound(PhrasedError, ValueError):
    """The CMS does not hold the certificate its SignerInfo names (a ValueError, as before)."""


def cms_certificates(signed_data: cms.SignedData) -> list[asn1_x509.Certificate]:
    """The X.509 certificates of a CMS SignedData's ``certificates`` (other choices skipped)."""
    return [c.chosen for c in signed_data["certificates"] if c.name == "certificate"]


def signature_time_stamp(signer_info: cms.SignerInfo) -> cms.ContentInfo | None:
    """The unsigned signature-time-stamp token (PAdES B-T), or None."""
    attrs = signer_info["unsigned_attrs"]
    for attr in [] if isinstance(attrs, core.Void) else attrs:
        if attr["type"].native == "signature_time_stamp_token":
            token: cms.ContentInfo = attr["values"][0]
            return token
    return None


def contents_padding(contents: bytes) -> Phrase | None:
    """Everything after the DER SignedData in ``/Contents`` must be zero bytes (unsigned space
    that could otherwise carry hidden data)."""
    length = der_length(contents)
    if length is None:
        return phrase("Verification", "/Contents does not start with a DER SignedData")
    if length > len(contents):
        return phrase("Verification", "/Contents holds a truncated DER SignedData")
    hidden = len(contents[length:].strip(b"\x00"))
    if hidden:
        return phrase(
            "Verification",
            "/Contents carries data after the DER SignedData (%n byte(s); the padding must be zeros)",
            n=hidden,
        )
    return None


def der_length(data: bytes) -> int | None:
    """The encoded length of the DER SEQUENCE at the start of ``data`` (header included), or None."""
    if len(data) < 2 or data[0] != 0x30:
        return None
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return None
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def digest_algorithm(signer_info: cms.SignerInfo) -> Phrase | None:
    name = str(signer_info["digest_algorithm"]["algorithm"].native)
    if name not in STRONG_DIGESTS:
        return phrase("Verification", "the digest algorithm is {algorithm}, not SHA-256 or stronger", algorithm=name)
    return None


def signed_attributes(signer_info: cms.SignerInfo) -> Phrase | None:
    attrs = signer_info["signed_attrs"]
    present = set() if isinstance(attrs, core.Void) else {str(attr["type"].native) for attr in attrs}
    missing = [name for name in REQUIRED_SIGNED_ATTRIBUTES if name not in present]
    if missing:
        names = ", ".join(name.replace("_", "-") for name in missing)
        return phrase("Verification", "signed attributes missing: {names}", names=names)
    return None


def signing_certificate_v2(signer_info: cms.SignerInfo, signer: asn1_x509.Certificate) -> Phrase | None:
    """The signing-certificate-v2 attribute must name the signer's certificate (hash and issuer/serial)."""
    attrs = signer_info["signed_attrs"]
    values = [] if isinstance(attrs, core.Void) else [a for a in attrs if a["type"].native == "signing_certificate_v2"]
    if not values:
        return None  # reported by signed_attributes
    try:
        ids = values[0]["values"][0]["certs"]
        first = ids[0]
        algorithm = str(first["hash_algorithm"]["algorithm"].native)
        if algorithm not in STRONG_DIGESTS:
            return phrase(
                "Verification", "signing-certificate-v2 uses {algorithm}, not SHA-256 or stronger", algorithm=algorithm
            )
        if hashlib.new(algorithm.replace("_", "-"), signer.dump()).digest() != first["cert_hash"].native:
            return phrase(
                "Verification", "signing-certificate-v2 names another certificate than the signer's (hash differs)"
            )
        issuer_serial = first["issuer_serial"]
        if not isinstance(issuer_serial, core.Void) and issuer_serial.native is not None:
            if issuer_serial["serial_number"].native != signer.serial_number:
                return phrase(
                    "Verification",
                    "signing-certificate-v2 names another certificate than the signer's (serial differs)",
                )
            names = [n.chosen for n in issuer_serial["issuer"] if n.name == "directory_name"]
            if names and all(name != signer.issuer for name in names):
                return phrase(
                    "Verification",
                    "signing-certificate-v2 names another certificate than the signer's (issuer differs)",
                )
    except (KeyError, IndexError, ValueError, TypeError) as exc:  # asn1crypto's words: a field
        return phrase("Verification", "signing-certificate-v2 cannot be read: {error}", error=str(exc))
    return None


def end_entity(signer: asn1_x509.Certificate) -> Phrase | None:
    """The signer is an end-entity certificate whose key usage allows signing."""
    if signer.ca:
        return phrase(
            "Verification",
            "the signer's certificate is a CA certificate (basicConstraints CA=true), not an end-entity one",
        )
    usages = signer.key_usage_value
    if usages is None:
        return phrase(
            "Verification",
            "the signer's certificate has no key usage (digitalSignature or nonRepudiation is required)",
        )
    if not set(usages.native) & SIGNING_USAGES:
        return phrase(
            "Verification", "the signer's certificate key usage allows neither digitalSignature nor nonRepudiation"
        )
    return None


def chain_included(signed_data: cms.SignedData, signer: asn1_x509.Certificate) -> Phrase | None:
    """CMS ``certificates`` holds the signer's certificate and its issuer's (the contract's ``chain_pem``)."""
    certs = cms_certificates(signed_data)
    if not any(c.dump() == signer.dump() for c in certs):
        return phrase("Verification", "the CMS certificates do not include the signer's certificate")
    if not any(c.subject == signer.issuer and c.dump() != signer.dump() for c in certs):
        return phrase("Verification", "the CMS certificates do not include the chain (the platform CA certificate)")
    return None


def signer_certificate(signed_data: cms.SignedData, signer_info: cms.SignerInfo) -> asn1_x509.Certificate:
    """The certificate the SignerInfo's ``sid`` names, from the CMS ``certificates``.

    Found here rather than by pyHanko, which also requires the signing-certificate attribute to
    match (and refuses the whole signature when it does not, hiding which rule was broken).

    Raises:
        SignerNotFound: no certificate in the CMS matches the ``sid`` (a ValueError).
    """
    sid = signer_info["sid"]
    for cert in cms_certificates(signed_data):
        if sid.name == "issuer_and_serial_number":
            if cert.issuer == sid.chosen["issuer"] and cert.serial_number == sid.chosen["serial_number"].native:
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    raise SignerNotFound(
        phrase("Verification", "the CMS certificates do not include the certificate the signer info names")
    )


def member_id(signer: asn1_x509.Certificate) -> str:
    """The subject serialNumber: the member the platform issued the certificate to."""
    return str(signer.subject.native.get("serial_number", ""))


def ruling_attachment(reader: PdfFileReader) -> dict[str, Any] | None:
    """The embedded ``ruling.json`` (which case, which chair), or None when the file has none."""
    try:
        for spec in _file_specs(reader):
            name = str(spec.get("/UF", spec.get("/F", "")))
            if name != RULING_ATTACHMENT:
                continue
            stream = spec["/EF"].raw_get("/F").get_object()
            if len(stream.encoded_data) > _MAX_ATTACHMENT:
                return None
            data = stream.data
            if len(data) > _MAX_ATTACHMENT:
                return None
            value = json.loads(data)
            return value if isinstance(value, dict) else None
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return None


def _file_specs(reader: PdfFileReader) -> list[generic.DictionaryObject]:
    """The catalog's associated files, then the EmbeddedFiles name tree's (first level)."""
    root = reader.root
    specs: list[generic.DictionaryObject] = []
    if "/AF" in root:
        specs += [ref.get_object() for ref in root["/AF"]]
    try:
        pairs = root["/Names"]["/EmbeddedFiles"]["/Names"]
    except KeyError:
        return specs
    specs += [pairs[i].get_object() for i in range(1, len(pairs), 2)]
    return specs
