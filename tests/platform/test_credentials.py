"""Which keyring backends hold the desk's secrets, the demo's in-memory platform, and sign-out."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from arbitration_desk.domain.phrases import Phrase, phrase_of
from arbitration_desk.platform import credentials
from arbitration_desk.platform.credentials import MEMBER_SECRETS, SecretStore
from arbitration_desk.platform.errors import CredentialStoreUnavailable
from arbitration_desk.sync.session import sign_in, sign_out
from helpers.keyring_backend import MemoryKeyring
from helpers.keyring_swap import installed_keyring
from helpers.sandbox import start_sandbox


class PlaintextLikeKeyring(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring: what keyring picks by itself when it is installed."""


PlaintextLikeKeyring.__module__ = "keyrings.alt.file"


class SecretServiceLikeKeyring(MemoryKeyring):
    """Stands for keyring's Secret Service backend (no D-Bus session on a test machine)."""


SecretServiceLikeKeyring.__module__ = "keyring.backends.SecretService"


@pytest.fixture
def detected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Installs a backend as keyring's own detection would: nobody named it."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "_config_path", lambda: tmp_path / "keyringrc.cfg")

    def install(backend: keyring.backend.KeyringBackend) -> None:
        keyring.set_keyring(backend)

    with installed_keyring(None, named=False):
        yield install


def test_a_file_backend_keyring_picked_by_itself_is_refused(detected) -> None:
    backend = PlaintextLikeKeyring()
    detected(backend)
    store = SecretStore("https://api.example|m")
    with pytest.raises(CredentialStoreUnavailable, match="not an operating-system store") as info:
        store.set("refresh_token", "secret")
    assert backend.secrets == {}
    said = phrase_of(info.value)  # translatable, the backend's name a field as it is
    assert said is not None and said.values["backend"] == "keyrings.alt.file.PlaintextLikeKeyring"
    assert said.template.startswith("No usable credential store: keyring offers {backend},")
    described = credentials.describe_backend()
    assert isinstance(described, Phrase) and str(described).startswith("none usable (keyring offers ")


def test_a_backend_named_by_the_user_is_accepted(detected, monkeypatch: pytest.MonkeyPatch) -> None:
    backend = PlaintextLikeKeyring()
    detected(backend)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextLikeKeyring")
    SecretStore("https://api.example|m").set("refresh_token", "secret")
    assert list(backend.secrets.values()) == ["secret"]
    assert "chosen explicitly" in str(credentials.describe_backend())


def test_a_backend_named_in_keyringrc_is_accepted(detected, tmp_path: Path) -> None:
    backend = PlaintextLikeKeyring()
    detected(backend)
    (tmp_path / "keyringrc.cfg").write_text("[backend]\ndefault-keyring = keyrings.alt.file.PlaintextLikeKeyring\n")
    SecretStore("https://api.example|m").set("refresh_token", "secret")
    assert list(backend.secrets.values()) == ["secret"]


def test_an_operating_system_store_is_accepted_and_named(detected) -> None:
    detected(SecretServiceLikeKeyring())
    SecretStore("https://api.example|m").set("refresh_token", "secret")
    assert str(credentials.describe_backend()).startswith("Secret Service")


def test_fail_is_never_accepted_even_when_named(detected, monkeypatch: pytest.MonkeyPatch) -> None:
    detected(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with pytest.raises(CredentialStoreUnavailable):
        SecretStore("https://api.example|m").check_available()


def test_a_demo_platform_keeps_its_secrets_in_memory_only(detected) -> None:
    detected(fail.Keyring())  # no credential store at all
    credentials.keep_in_memory("http://127.0.0.1:59999/")
    demo = SecretStore("http://127.0.0.1:59999|chair")
    demo.set("refresh_token", "demo-token")
    assert SecretStore("http://127.0.0.1:59999|chair").get("refresh_token") == "demo-token"
    demo.delete_all()
    assert demo.get("refresh_token") is None
    with pytest.raises(CredentialStoreUnavailable):  # a real platform still needs the OS store
        SecretStore("https://api.example|chair").check_available()


def test_sign_out_deletes_every_entry_of_the_member(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    with start_sandbox(tmp_path / "sandbox") as server:
        home = tmp_path / "home"
        session = sign_in(home, server.url, "chair", "demo")
        secrets = SecretStore(f"{session.api_url}|chair")
        secrets.set(credentials.SIGNING_KEY_PASSPHRASE, "passphrase")
        secrets.set(credentials.PKCS11_PIN, "1234")
        SecretStore("https://other.example|someone").set("refresh_token", "kept")
        assert {key.rsplit("/", 1)[1] for _, key in memory_keyring.secrets} >= set(MEMBER_SECRETS)
        sign_out(home)
    assert list(memory_keyring.secrets) == [("arbitration-desk", "https://other.example|someone/refresh_token")]


def test_secrets_go_to_the_keyring_only(memory_keyring: object, tmp_path: object) -> None:
    store = SecretStore("http://127.0.0.1:1|chair")
    store.set("refresh_token", "rt_secret")
    assert store.get("refresh_token") == "rt_secret"
    assert ("arbitration-desk", "http://127.0.0.1:1|chair/refresh_token") in memory_keyring.secrets  # type: ignore[attr-defined]
    store.delete("refresh_token")
    store.delete("refresh_token")  # absent: no error
    assert store.get("refresh_token") is None


def test_missing_credential_store_is_reported_not_bypassed() -> None:
    credentials.use_backend(fail.Keyring())
    store = SecretStore("x")
    with pytest.raises(CredentialStoreUnavailable, match="credential store"):
        store.set("refresh_token", "rt")
    with pytest.raises(CredentialStoreUnavailable):
        store.check_available()
