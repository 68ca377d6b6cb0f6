"""The verification corpus: every rule of the contract's signature requirements broken on purpose,
one file each (made from a valid ruling), each rejected for the right reason; valid files accepted.

Files are signed with the sandbox's PKI in-process (its CA key signs the odd certificates a hostile
or broken CA would issue); revocation is checked against the CRL that PKI issues.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable, Iterable
from datetime import timedelta

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.attributes import SigningCertificateV2Provider
from rulings.conftest import identity_from, next_second, now
from rulings.samples import CHAIR_ID, make_draft

from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.rulings.archival import make_archival_copy
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.csr import SigningIdentity
from arbitration_desk.rulings.keys import SoftwareKey
from arbitration_desk.rulings.revocation import RevocationError, RevocationList
from arbitration_desk.rulings.sign import CallableTimeStamper, KeySigner, run_blocking, sign_pdf
from arbitration_desk.rulings.verify import Expectations, VerificationReport, verify_pdf
from arbitration_desk.sandbox.pki import SandboxPki


def _crl(pki: SandboxPki) -> RevocationList:
    return RevocationList.load(pki.crl().der, pki.ca_certificates, "the test PKI")


def _verify(pki: SandboxPki, pdf: bytes, **expect: object) -> VerificationReport:
    settings = {"crl": _crl(pki), "require_revocation": True, **expect}
    return verify_pdf(pdf, pki.ca_certificates, expect=Expectations(**settings))  # type: ignore[arg-type]


def _said(report: VerificationReport) -> list[str]:
    """The report's problems in English, as ``verify`` prints them."""
    return [str(problem) for problem in report.problems]


def _sign_with(pdf: bytes, signer: signers.Signer, timestamp: Callable[[bytes], bytes] | None) -> bytes:
    """What ``sign_pdf`` does, with any pyHanko signer (to break one rule at a time)."""
    meta = signers.PdfSignatureMetadata(
        field_name="RulingSignature", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    stamper = CallableTimeStamper(timestamp) if timestamp is not None else None
    output = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    pdf_signer = signers.PdfSigner(meta, signer=signer, timestamper=stamper)
    run_blocking(lambda: pdf_signer.async_sign_pdf(writer, output=output))
    return output.getvalue()


class _WithoutSigningCertificateV2(KeySigner):
    def _signed_attr_providers(self, *args: object, **kwargs: object) -> Iterable[object]:
        providers = super()._signed_attr_providers(*args, **kwargs)  # type: ignore[arg-type]
        return [p for p in providers if not isinstance(p, SigningCertificateV2Provider)]


class _NamingAnotherCertificate(KeySigner):
    other: asn1_x509.Certificate

    def _signed_attr_providers(self, *args: object, **kwargs: object) -> Iterable[object]:
        providers = super()._signed_attr_providers(*args, **kwargs)  # type: ignore[arg-type]
        return [
            SigningCertificateV2Provider(signing_cert=self.other) if isinstance(p, SigningCertificateV2Provider) else p
            for p in providers
        ]


def _odd_identity(pki: SandboxPki, *, ca: bool = False, key_usage: x509.KeyUsage | None = None) -> SigningIdentity:
    """A chair certificate from the platform CA's own key, with the extensions a broken CA would give."""
    private = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Ana Ribeiro"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, CHAIR_ID, _ASN1Type.UTF8String),
        ]
    )
    ca_cert, ca_key = pki._ca_cert, pki._ca_key
    start = now() - timedelta(hours=1)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if key_usage is not None:
        builder = builder.add_extension(key_usage, critical=True)
    cert = builder.sign(ca_key, hashes.SHA256())
    pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return SigningIdentity(SoftwareKey(private), pem, (pki.ca_pem,))


def _usage(*, signing: bool, cert_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=False,
        key_encipherment=not signing,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _padding_with_data(pdf: bytes) -> bytes:
    """Hex digits written into the zero padding after the DER inside /Contents (not signed, not DER)."""
    match = re.search(rb"/Contents <([0-9a-fA-F]+)>", pdf)
    assert match is not None
    hex_digits = match.group(1)
    assert hex_digits.endswith(b"0000000000000000")
    start = match.end(1) - 16
    return pdf[:start] + b"48494444454e2121" + pdf[match.end(1) :]  # "HIDDEN!!"


def _build(kind: str, pki: SandboxPki) -> bytes:
    draft = compose_ruling(make_draft("en"))
    identity = identity_from(pki)
    if kind == "no signing-certificate-v2":
        signer = _WithoutSigningCertificateV2(identity.key, identity.certificate_pem, identity.chain_pem)
        return _sign_with(draft, signer, pki.timestamp)
    if kind == "signing-certificate-v2 names another certificate":
        signer2 = _NamingAnotherCertificate(identity.key, identity.certificate_pem, identity.chain_pem)
        other = x509.load_pem_x509_certificate(identity_from(pki).certificate_pem.encode())
        signer2.other = asn1_x509.Certificate.load(other.public_bytes(serialization.Encoding.DER))
        return _sign_with(draft, signer2, pki.timestamp)
    if kind == "signed by a CA certificate":
        ca_signer = _odd_identity(pki, ca=True, key_usage=_usage(signing=True, cert_sign=True))
        return sign_pdf(draft, ca_signer, pki.timestamp)
    if kind == "key usage does not allow signing":
        return sign_pdf(draft, _odd_identity(pki, key_usage=_usage(signing=False)), pki.timestamp)
    if kind == "no key usage":
        return sign_pdf(draft, _odd_identity(pki), pki.timestamp)
    if kind == "data hidden in the /Contents padding":
        return _padding_with_data(sign_pdf(draft, identity, pki.timestamp))
    if kind == "chain missing from the CMS":
        bare = dataclasses.replace(identity, chain_pem=())
        return sign_pdf(draft, bare, pki.timestamp)
    raise AssertionError(kind)


RULES = {
    "no signing-certificate-v2": "signed attributes missing: signing-certificate-v2",
    "signing-certificate-v2 names another certificate": "signing-certificate-v2 names another certificate",
    "signed by a CA certificate": "is a CA certificate",
    "key usage does not allow signing": "allows neither digitalSignature nor nonRepudiation",
    "no key usage": "has no key usage",
    "data hidden in the /Contents padding": "carries data after the DER SignedData",
    "chain missing from the CMS": "do not include the chain",
}


@pytest.fixture(scope="module")
def corpus(pki: SandboxPki) -> dict[str, bytes]:
    return {kind: _build(kind, pki) for kind in RULES}


@pytest.mark.parametrize("kind", list(RULES))
def test_each_broken_rule_is_rejected_by_name(kind: str, pki: SandboxPki, corpus: dict[str, bytes]) -> None:
    report = _verify(pki, corpus[kind])
    assert not report.ok
    assert any(RULES[kind] in problem for problem in _said(report)), report.problems


def test_a_valid_ruling_passes_every_rule_and_says_whose_it_is(
    pki: SandboxPki, signed_ruling: Callable[[str], bytes]
) -> None:
    report = _verify(pki, signed_ruling("zh"), case="ARB-2026-000123", chair=CHAIR_ID)
    assert report.ok, report.problems
    assert report.case_reference == "ARB-2026-000123" and report.signer_member_id == CHAIR_ID
    assert report.proven_by == "time-stamp" and str(report.revocation).startswith("not revoked")


def test_another_case_or_chair_is_rejected(pki: SandboxPki, signed_ruling: Callable[[str], bytes]) -> None:
    wrong_case = _verify(pki, signed_ruling("en"), case="ARB-2026-999999")
    assert not wrong_case.ok and any("not 'ARB-2026-999999'" in p for p in _said(wrong_case))
    wrong_chair = _verify(pki, signed_ruling("en"), chair="mb_SOMEONE")
    assert not wrong_chair.ok and any("not the chair 'mb_SOMEONE'" in p for p in _said(wrong_chair))
    # a problem is a phrase: its template for the translator, the member ID a field shown as it is
    said = next(p for p in wrong_chair.problems if p.template == "signed by member {member}, not the chair {chair}")
    assert said.context == "Verification" and said.values == {"member": repr(CHAIR_ID), "chair": "'mb_SOMEONE'"}
    assert str(said) == f"signed by member {CHAIR_ID!r}, not the chair 'mb_SOMEONE'"


def test_without_a_crl_revocation_is_not_checked_and_the_verdict_says_so(
    pki: SandboxPki, signed_ruling: Callable[[str], bytes]
) -> None:
    report = verify_pdf(signed_ruling("en"), pki.ca_certificates, expect=Expectations(require_revocation=True))
    assert not report.ok and any("revocation was not checked" in p for p in _said(report))


def test_a_crl_not_signed_by_the_platform_ca_is_refused(pki: SandboxPki, foreign_pki: SandboxPki) -> None:
    with pytest.raises(RevocationError, match="not signed by the platform CA") as refused:
        RevocationList.load(foreign_pki.crl().der, pki.ca_certificates, "elsewhere")
    said = phrase_of(refused.value)
    assert said is not None and said.template == "the CRL from {source} is not signed by the platform CA"
    assert str(refused.value) == "the CRL from elsewhere is not signed by the platform CA"


# -- revocation at the proven signing time --------------------------------------------------------


def test_revoked_before_signing_is_rejected(tmp_path_factory: pytest.TempPathFactory) -> None:
    pki = SandboxPki.load_or_create(tmp_path_factory.mktemp("pki-revoked"))
    identity = identity_from(pki)
    pki.revoke(_serial(identity), "superseded")
    pdf = sign_pdf(compose_ruling(make_draft("en")), identity, pki.timestamp)
    report = _verify(pki, pdf)
    assert not report.ok and str(report.revocation) == "REVOKED"
    assert any("revoked at" in p and "at or before the signing time" in p for p in _said(report)), report.problems


def test_time_stamped_before_the_revocation_stays_valid(tmp_path_factory: pytest.TempPathFactory) -> None:
    pki = SandboxPki.load_or_create(tmp_path_factory.mktemp("pki-later"))
    identity = identity_from(pki)
    pdf = sign_pdf(compose_ruling(make_draft("en")), identity, pki.timestamp)
    next_second()
    pki.revoke(_serial(identity), "affiliationChanged")
    report = _verify(pki, pdf)
    assert report.ok, report.problems
    assert "revoked later" in str(report.revocation)
    # the desk's one-line banner leaves out which CRL said so
    assert report.revocation_brief is not None and "CRL" not in str(report.revocation_brief)
    assert str(report.revocation_brief).startswith("not revoked at the signing time; revoked later, at ")


def test_key_compromise_needs_a_time_stamp_before_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    pki = SandboxPki.load_or_create(tmp_path_factory.mktemp("pki-compromise"))
    identity = identity_from(pki)
    stamped = sign_pdf(compose_ruling(make_draft("en")), identity, pki.timestamp)
    unstamped = sign_pdf(compose_ruling(make_draft("en")), identity, None)
    received = now()
    next_second()
    pki.revoke(_serial(identity), "keyCompromise")
    assert _verify(pki, stamped).ok
    # B-B: the platform's receipt time is the signing time, but not proof against a compromised key.
    report = _verify(pki, unstamped, received_at=received)
    assert not report.ok and any("compromised key" in p for p in _said(report)), report.problems
    # Without the receipt time a revoked signer's B-B ruling cannot be shown to predate the revocation.
    assert any("not proven" in p for p in _said(_verify(pki, unstamped)))


def test_a_b_b_ruling_received_before_an_ordinary_revocation_is_valid(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pki = SandboxPki.load_or_create(tmp_path_factory.mktemp("pki-bb"))
    identity = identity_from(pki)
    pdf = sign_pdf(compose_ruling(make_draft("en")), identity, None)
    received = now()
    next_second()
    pki.revoke(_serial(identity), "superseded")
    report = _verify(pki, pdf, received_at=received)
    assert report.ok, report.problems
    assert report.proven_by == "platform receipt"


def _serial(identity: SigningIdentity) -> int:
    return x509.load_pem_x509_certificate(identity.certificate_pem.encode()).serial_number


# -- archival copies ----------------------------------------------------------------------------------


def test_an_archival_copy_keeps_the_filed_bytes_and_verifies_offline_with_its_own_crl(
    pki: SandboxPki, signed_ruling: Callable[[str], bytes]
) -> None:
    filed = signed_ruling("ar")
    archived = make_archival_copy(filed, pki.crl().der, pki.timestamp)
    assert archived.startswith(filed)
    report = verify_pdf(archived, pki.ca_certificates, expect=Expectations(require_revocation=True))
    assert report.ok, report.problems
    assert str(report.kind).startswith("archival copy") and report.archived_at is not None
    assert "archival copy's own validation data" in str(report.revocation)
    assert report.filed_sha256 == verify_pdf(filed, pki.ca_certificates).filed_sha256


def test_an_archival_copy_changed_after_its_time_stamp_is_rejected(
    pki: SandboxPki, signed_ruling: Callable[[str], bytes]
) -> None:
    archived = make_archival_copy(signed_ruling("en"), pki.crl().der, pki.timestamp)
    writer = IncrementalPdfFileWriter(io.BytesIO(archived))
    info = writer.root
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), pki.ca_certificates, expect=Expectations(require_revocation=True))
    assert not report.ok
    assert any("modified after its last document time-stamp" in p for p in _said(report)), report.problems
