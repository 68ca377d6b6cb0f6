"""The PKCS #11 key store on SoftHSM2 (a token initialised by the test in a temporary directory)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from rulings.conftest import now
from rulings.samples import CHAIR_ID, make_draft

from arbitration_desk.platform.credentials import SecretStore
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.csr import SigningIdentity, build_csr
from arbitration_desk.rulings.errors import KeyNotFound, KeyStoreError, KeyStoreUnavailable
from arbitration_desk.rulings.keys_pkcs11 import PIN_NAME, Pkcs11KeyStore, pin_from_credential_store
from arbitration_desk.rulings.sign import sign_pdf
from arbitration_desk.rulings.verify import verify_pdf
from arbitration_desk.sandbox.pki import SandboxPki, check_ruling_document

MODULES = ["/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"]
MODULE = next((m for m in MODULES if Path(m).exists()), "")
PIN, TOKEN = "4711", "ruling-token"

pytestmark = pytest.mark.skipif(not MODULE or not shutil.which("softhsm2-util"), reason="softhsm2 missing")


@pytest.fixture(scope="module")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A SoftHSM2 configuration with one initialised token; SOFTHSM2_CONF set for this module."""
    base = tmp_path_factory.mktemp("softhsm")
    (base / "tokens").mkdir()
    conf = base / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {base / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", "0000"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    try:
        yield str(conf)
    finally:
        if previous is None:
            os.environ.pop("SOFTHSM2_CONF", None)
        else:
            os.environ["SOFTHSM2_CONF"] = previous


def test_token_key_signs_a_ruling_the_platform_accepts(softhsm: str, pki: SandboxPki) -> None:
    store = Pkcs11KeyStore(MODULE, TOKEN, lambda: PIN)
    key = store.create()
    assert store.exists()
    signature = key.sign_sha256(b"data")
    key.public_key().verify(signature, b"data", ec.ECDSA(hashes.SHA256()))
    issued = pki.issue_certificate(build_csr(key), CHAIR_ID, "Ana Ribeiro")
    identity = SigningIdentity(store.open(), issued.certificate_pem, tuple(issued.chain_pem))
    pdf = sign_pdf(compose_ruling(make_draft("zh")), identity, pki.timestamp)
    assert verify_pdf(pdf, pki.ca_certificates).ok
    assert check_ruling_document(pki, pdf, CHAIR_ID, at=now()) == []


def test_private_key_is_not_extractable(softhsm: str) -> None:
    import pkcs11

    store = Pkcs11KeyStore(MODULE, TOKEN, lambda: PIN, label="extract-test")
    public = (
        store.create()
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    assert public
    lib = pkcs11.lib(MODULE)
    with lib.get_token(token_label=TOKEN).open(user_pin=PIN) as session:
        (private,) = session.get_objects(
            {pkcs11.Attribute.CLASS: pkcs11.ObjectClass.PRIVATE_KEY, pkcs11.Attribute.LABEL: "extract-test"}
        )
        assert private[pkcs11.Attribute.SENSITIVE] and not private[pkcs11.Attribute.EXTRACTABLE]
    store.delete()
    with pytest.raises(KeyNotFound):
        store.open()


def test_wrong_pin_missing_token_and_pin_from_keyring(softhsm: str) -> None:
    with pytest.raises(KeyStoreError, match="PIN"):
        Pkcs11KeyStore(MODULE, TOKEN, lambda: "9999").exists()
    with pytest.raises(KeyStoreUnavailable, match="no PKCS #11 token"):
        Pkcs11KeyStore(MODULE, "absent", lambda: PIN).exists()
    secrets_store = SecretStore("https://api.example|chair")
    with pytest.raises(KeyNotFound, match="PIN"):
        pin_from_credential_store(secrets_store)()
    secrets_store.set(PIN_NAME, PIN)
    store = Pkcs11KeyStore(MODULE, TOKEN, pin_from_credential_store(secrets_store), label="keyring-pin")
    assert not store.exists()
    store.create()
    assert store.exists()
