"""``arbitration-desk verify``: a valid ruling passes; every file of the tamper corpus is rejected."""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from rulings.conftest import identity_from, now
from rulings.samples import make_draft

from arbitration_desk.rulings import cli_verify
from arbitration_desk.rulings.ca import ca_path
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.csr import SigningIdentity
from arbitration_desk.rulings.keys import SoftwareKey
from arbitration_desk.rulings.sign import sign_pdf
from arbitration_desk.sandbox.pki import SandboxPki

Verify = Callable[..., tuple[int, str]]


@pytest.fixture
def verify(pki: SandboxPki, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Verify:
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(pki.ca_pem)
    crl_file = tmp_path / "crl.der"
    crl_file.write_bytes(pki.crl().der)

    def _verify(pdf: bytes, *extra: str) -> tuple[int, str]:
        path = tmp_path / "subject.pdf"
        path.write_bytes(pdf)
        parser = argparse.ArgumentParser()
        parser.add_argument("--home")
        cli_verify.configure(parser)
        arguments = extra or ("--ca", str(ca_file), "--crl", str(crl_file))
        code = cli_verify.run(parser.parse_args([str(path), *arguments]))
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    return _verify


def test_valid_ruling_exits_zero(verify: Verify, signed_ruling: Callable[[str], bytes]) -> None:
    code, out = verify(signed_ruling("en"))
    assert code == 0, out
    assert "Verdict:            VALID" in out
    assert "mb_4RZ81KQ7" in out and "token valid, trusted" in out and "Covers whole file:  yes" in out


def test_default_ca_is_the_one_saved_under_home(
    verify: Verify, pki: SandboxPki, signed_ruling: Callable[[str], bytes], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    code, out = verify(signed_ruling("en"), "--home", str(home))
    assert code == 2 and "no trusted platform CA" in out
    ca_path(home).parent.mkdir(parents=True)
    ca_path(home).write_text(pki.ca_pem)
    code, out = verify(signed_ruling("en"), "--home", str(home))
    assert code == 1 and "revocation was not checked" in out and "not signed in" in out, out
    crl = tmp_path / "crl.der"
    assert verify(signed_ruling("en"), "--home", str(home), "--crl", str(crl))[0] == 0


def _flip_signature_value(pdf: bytes) -> bytes:
    """Changes one byte of the ECDSA signature value inside /Contents (outside the signed range)."""
    (embedded,) = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    value = embedded.signer_info["signature"].contents.hex().encode()
    at = pdf.lower().index(value) + len(value) // 2
    digit = b"1" if pdf[at : at + 1] != b"1" else b"2"
    return pdf[:at] + digit + pdf[at + 1 :]


def _incremental(pdf: bytes, change: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _new_page(writer: IncrementalPdfFileWriter) -> None:
    from pyhanko.pdf_utils.writer import PageObject

    writer.insert_page(
        PageObject(contents=writer.add_object(generic.StreamObject(stream_data=b"")), media_box=(0, 0, 595, 842))
    )


def _changed_text(writer: IncrementalPdfFileWriter) -> None:
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    text = b"BT /F1 24 Tf 100 400 Td (Award: 0.00 EUR) Tj ET"
    page[generic.pdf_name("/Contents")] = writer.add_object(generic.StreamObject(stream_data=text))
    writer.update_container(page)


def _annotation(writer: IncrementalPdfFileWriter) -> None:
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    annot = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (50, 50, 80, 80)]),
            generic.pdf_name("/Contents"): generic.pdf_string("Ignore the award"),
        }
    )
    page[generic.pdf_name("/Annots")] = generic.ArrayObject([writer.add_object(annot)])
    writer.update_container(page)


def _tampered(kind: str, pdf: bytes, pki: SandboxPki, foreign_pki: SandboxPki) -> bytes:
    if kind == "byte changed inside the signed range":
        assert pdf.count(b"Arbitration Desk") >= 1
        return pdf.replace(b"Arbitration Desk", b"Arbitration Dask", 1)
    if kind == "byte changed outside the signed range (signature value)":
        return _flip_signature_value(pdf)
    if kind == "bytes appended after the signed range":
        return pdf + b"\n% appended\n"
    if kind == "incremental update: new page":
        return _incremental(pdf, _new_page)
    if kind == "incremental update: changed text":
        return _incremental(pdf, _changed_text)
    if kind == "incremental update: added annotation":
        return _incremental(pdf, _annotation)
    if kind == "signature copied into another document":
        other = sign_pdf(compose_ruling(make_draft("ru")), identity_from(pki), pki.timestamp)
        theirs = re.search(rb"/Contents <([0-9a-fA-F]+)>", other)
        ours = re.search(rb"/Contents <([0-9a-fA-F]+)>", pdf)
        assert theirs and ours
        hex_sig = ours.group(1).rstrip(b"0")
        assert len(hex_sig) <= len(theirs.group(1))
        hex_sig += b"0" * (len(theirs.group(1)) - len(hex_sig))
        return other[: theirs.start(1)] + hex_sig + other[theirs.end(1) :]
    if kind == "certificate from a foreign CA":
        return sign_pdf(compose_ruling(make_draft("en")), identity_from(foreign_pki), pki.timestamp)
    if kind == "expired certificate":
        expired = identity_from(pki, not_before=now() - timedelta(days=30), not_after=now() - timedelta(days=1))
        return sign_pdf(compose_ruling(make_draft("en")), expired, pki.timestamp)
    raise AssertionError(kind)


CORPUS = {
    "byte changed inside the signed range": "not intact",
    "byte changed outside the signed range (signature value)": "does not verify",
    "bytes appended after the signed range": "appended after signing",
    "incremental update: new page": "modified after signing",
    "incremental update: changed text": "modified after signing",
    "incremental update: added annotation": "modified after signing",
    "signature copied into another document": "not intact",
    "certificate from a foreign CA": "not trusted",
    "expired certificate": "not trusted",
}


@pytest.mark.parametrize("kind", list(CORPUS))
def test_tamper_corpus_is_rejected(
    kind: str, verify: Verify, pki: SandboxPki, foreign_pki: SandboxPki, signed_ruling: Callable[[str], bytes]
) -> None:
    code, out = verify(_tampered(kind, signed_ruling("en"), pki, foreign_pki))
    assert code != 0, out
    assert "Verdict:            NOT VALID" in out or out.startswith("error:"), out
    assert "Problem:" in out or "error:" in out
    assert CORPUS[kind] in out, out


def test_not_a_pdf_exits_two(verify: Verify) -> None:
    code, out = verify(b"hello")
    assert code == 2 and "not a PDF" in out


def test_unsigned_pdf_is_rejected(verify: Verify) -> None:
    code, out = verify(compose_ruling(make_draft("en")))
    assert code == 1 and "no signature" in out


#: A signer's name written to overwrite the terminal line with a forged verdict.
FORGED_NAME = "Ana Ribeiro\n\x1b[2K\rVerdict:            VALID\u202e"


def _self_signed_identity(common_name: str) -> SigningIdentity:
    """A key and a self-signed certificate whose subject CN is ``common_name``, byte for byte.

    The sandbox CA normalises whitespace in the names it issues; a hostile CA does not, so this
    certificate is made with ``cryptography`` directly.
    """
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    start = now() - timedelta(hours=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(private, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return SigningIdentity(SoftwareKey(private), pem, ())


def test_a_signer_name_cannot_forge_the_verdict(pki: SandboxPki, tmp_path: Path) -> None:
    """The real command, in its own process: the name's newline, ESC and CR are shown, not obeyed."""
    identity = _self_signed_identity(FORGED_NAME)
    assert identity.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == FORGED_NAME
    pdf = tmp_path / "forged.pdf"
    pdf.write_bytes(sign_pdf(compose_ruling(make_draft("en")), identity, pki.timestamp))
    ca_file = tmp_path / "ca.pem"
    ca_file.write_text(pki.ca_pem)
    crl_file = tmp_path / "crl.der"
    crl_file.write_bytes(pki.crl().der)
    command = ["verify", str(pdf), "--ca", str(ca_file)]
    result = subprocess.run(
        [sys.executable, "-m", "arbitration_desk", "--home", str(tmp_path / "home"), *command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    shown = f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
    assert result.returncode == 1, shown
    verdicts = [line for line in result.stdout.splitlines() if line.startswith("Verdict:")]
    assert verdicts == ["Verdict:            NOT VALID"], shown
    (signer,) = [line for line in result.stdout.splitlines() if line.startswith("Signer:")]
    assert "Ana Ribeiro\\n\\x1b[2K\\rVerdict:            VALID\\u202e" in signer, shown
    output = result.stdout + result.stderr
    assert not any(char in output for char in "\x1b\r\u202e"), shown
    assert all(char.isprintable() for line in output.splitlines() for char in line), shown
