"""The software key store: encrypted at rest, passphrase only in the credential store; CSRs."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from keyring.backends import fail

from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.platform.credentials import SecretStore
from arbitration_desk.rulings.csr import build_csr, check_certificate
from arbitration_desk.rulings.errors import CertificateError, KeyNotFound, KeyStoreUnavailable
from arbitration_desk.rulings.keys import PASSPHRASE_NAME, SoftwareKey, SoftwareKeyStore
from arbitration_desk.sandbox.pki import SandboxPki
from helpers.keyring_backend import MemoryKeyring
from helpers.keyring_swap import installed_keyring


def _store(tmp_path: Path) -> SoftwareKeyStore:
    return SoftwareKeyStore(tmp_path / "pki" / "signing-key.pem", SecretStore("https://api.example|chair"))


def test_key_file_is_encrypted_and_passphrase_only_in_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = _store(tmp_path)
    key = store.create()
    pem = store.path.read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    with pytest.raises(TypeError):  # "Password was not given but private key is encrypted"
        serialization.load_pem_private_key(pem, password=None)
    (passphrase,) = memory_keyring.secrets.values()
    assert passphrase.encode() not in pem
    assert not any(passphrase.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    loaded = serialization.load_pem_private_key(pem, password=passphrase.encode())
    assert (
        loaded.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        == key.public_key_der()
    )


def test_reopened_key_signs_verifiably(tmp_path: Path) -> None:
    store = _store(tmp_path)
    created = store.create()
    reopened = _store(tmp_path).open()
    signature = reopened.sign_sha256(b"ruling")
    created.public_key().verify(signature, b"ruling", ec.ECDSA(hashes.SHA256()))


def test_no_keyring_backend_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    with installed_keyring(fail.Keyring()):
        store = _store(tmp_path)
        with pytest.raises(KeyStoreUnavailable, match="credential store"):
            store.create()
    assert not any(tmp_path.rglob("*.pem"))
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_missing_key_and_missing_passphrase(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = _store(tmp_path)
    with pytest.raises(KeyNotFound):
        store.open()
    store.create()
    memory_keyring.secrets.clear()
    with pytest.raises(KeyNotFound, match="passphrase") as missing:
        store.open()
    said = phrase_of(missing.value)  # the desk translates it; the CLI prints the English
    assert said is not None and said.context == "RulingError"
    assert (
        said.template
        == str(missing.value)
        == ("the signing key's passphrase is missing from the credential store; create a new key")
    )
    store.delete()
    assert not store.exists()


def test_delete_removes_file_and_passphrase(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = _store(tmp_path)
    store.create()
    store.delete()
    assert not store.path.exists()
    assert not any(name.endswith(PASSPHRASE_NAME) for _svc, name in memory_keyring.secrets)


def test_csr_is_signed_by_the_key_and_accepted_by_the_ca(pki: SandboxPki) -> None:
    key = SoftwareKey(ec.generate_private_key(ec.SECP256R1()))
    csr = x509.load_pem_x509_csr(build_csr(key).encode())
    assert csr.is_signature_valid
    issued = pki.issue_certificate(build_csr(key), "mb_X", "Chair")
    check_certificate(key, issued.certificate_pem, issued.chain_pem, pki.ca_certificates)


def test_certificate_for_another_key_or_foreign_ca_is_refused(pki: SandboxPki, foreign_pki: SandboxPki) -> None:
    key = SoftwareKey(ec.generate_private_key(ec.SECP256R1()))
    other = SoftwareKey(ec.generate_private_key(ec.SECP256R1()))
    issued = pki.issue_certificate(build_csr(other), "mb_X", "Chair")
    with pytest.raises(CertificateError, match="not for this signing key"):
        check_certificate(key, issued.certificate_pem, issued.chain_pem, pki.ca_certificates)
    foreign = foreign_pki.issue_certificate(build_csr(key), "mb_X", "Chair")
    with pytest.raises(CertificateError, match="pinned"):
        check_certificate(key, foreign.certificate_pem, foreign.chain_pem, pki.ca_certificates)


def test_a_key_error_names_its_file_as_a_field_not_in_the_template(tmp_path: Path) -> None:
    store = _store(tmp_path)
    with pytest.raises(KeyNotFound) as missing:
        store.open()
    said = phrase_of(missing.value)
    assert said is not None
    assert said.template == "no signing key at {path}: create one first"
    assert said.values == {"path": str(store.path)}
    assert str(missing.value) == f"no signing key at {store.path}: create one first"
