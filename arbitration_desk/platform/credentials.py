"""Secrets in the OS credential store, through keyring; never in a file.

Which backends count as a credential store is decided here, once:

* the operating systems' own stores (Secret Service, KWallet, macOS Keychain, Windows Credential
  Manager) are used as keyring finds them;
* any other backend (``keyrings.alt``'s plaintext or "encrypted" files, a third-party plug-in) is
  used only when the user named it explicitly, by ``PYTHON_KEYRING_BACKEND`` or ``default-keyring``
  in ``keyringrc.cfg``, or when code installed it with :func:`use_backend` (the tests do);
* ``fail`` and ``null`` never are.

Otherwise every operation raises :class:`CredentialStoreUnavailable` with a message saying what to
do: the desk never falls back to writing a secret to disk by itself.

The embedded demo platform is the one exception: :func:`keep_in_memory` keeps the secrets of its
accounts in this process only (they sign in to a sandbox that lives as long as the process).
"""

from __future__ import annotations

import base64
import configparser
import contextlib
import os
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

import keyring
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.platform.errors import CredentialStoreUnavailable
from arbitration_desk.store.keys import KeyUnavailableError

SERVICE = "arbitration-desk"
T = TypeVar("T")

# Every entry the desk keeps for a member; sign-out deletes them all (keyring cannot list entries).
REFRESH_TOKEN = "refresh_token"  # noqa: S105 - entry names, not secrets
SIGNING_KEY_PASSPHRASE = "ruling-signing-key-passphrase"  # noqa: S105
PKCS11_PIN = "pkcs11-user-pin"
MEMBER_SECRETS = (REFRESH_TOKEN, SIGNING_KEY_PASSPHRASE, PKCS11_PIN)

#: keyring modules that keep secrets in an operating system's store -> what to call them
OS_STORES = {
    "keyring.backends.SecretService": "Secret Service (GNOME Keyring, KWallet, KeePassXC)",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
}
_NEVER = ("keyring.backends.fail", "keyring.backends.null")

_chosen: KeyringBackend | None = None
#: Where every secret of this process goes instead (:func:`relay_secrets`).
_relay: SecretRelay | None = None
_memory_platforms: set[str] = set()
_memory: dict[tuple[str, str], str] = {}
_memory_lock = threading.Lock()


def use_backend(backend: KeyringBackend | None) -> KeyringBackend | None:
    """Installs ``backend`` as keyring's backend, chosen explicitly; returns the previous choice.

    ``None`` forgets the explicit choice (keyring's own detection applies again).
    """
    global _chosen
    previous = _chosen
    _chosen = backend
    if backend is not None:
        keyring.set_keyring(backend)
    return previous


class SecretRelay(Protocol):
    """Keeps secrets for another process: keyring's three calls, raising
    :class:`CredentialStoreUnavailable` when the secret cannot be had."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def relay_secrets(relay: SecretRelay | None) -> None:
    """Every member secret of this process is read and written through ``relay`` (None: no longer).

    The desk's sync worker asks the desk (:mod:`arbitration_desk.sync.worker`): whichever store
    holds the member's secrets there (the OS's, the demo's memory, a test's) holds them for both.
    """
    global _relay
    _relay = relay


def keep_in_memory(api_url: str) -> None:
    """Keeps the secrets of every account on the platform ``api_url`` in this process only.

    For the embedded demo sandbox: its accounts are published, and it stops with the process.
    """
    from arbitration_desk.platform.urls import normalize_api_url

    with _memory_lock:
        _memory_platforms.add(normalize_api_url(api_url))


def _qualified_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _named_by_user() -> str | None:
    """The backend the user named: ``PYTHON_KEYRING_BACKEND``, else ``keyringrc.cfg``."""
    named = os.environ.get("PYTHON_KEYRING_BACKEND", "").strip()
    if named:
        return named
    config = configparser.RawConfigParser()
    try:
        config.read(keyring.core._config_path(), encoding="utf-8")
        return config.get("backend", "default-keyring").strip() or None
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None


def _os_store_labels(backend: KeyringBackend) -> set[str]:
    """The operating-system stores ``backend`` keeps secrets in; empty unless all of them are such stores."""
    module = type(backend).__module__
    if module.startswith("keyring.backends.chainer"):
        members = [_os_store_labels(member) for member in getattr(backend, "backends", None) or []]
        return set().union(*members) if members and all(members) else set()
    return {label for name, label in OS_STORES.items() if module == name or module.startswith(name + ".")}


def _is_os_store(backend: KeyringBackend) -> bool:
    return bool(_os_store_labels(backend))


def _accepted(backend: KeyringBackend) -> bool:
    if type(backend).__module__.startswith(_NEVER):
        return False
    if backend is _chosen or _qualified_name(backend) == _named_by_user():
        return True
    return _is_os_store(backend)


def _usable_backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    if not _accepted(backend):
        raise CredentialStoreUnavailable(
            phrase(
                "PlatformError",
                "No usable credential store: keyring offers {backend}, which is not an operating-system store. "
                "Arbitration Desk keeps tokens and keys only in the operating system's credential store (Secret "
                "Service/GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Manager on Windows). "
                "Start or unlock one. To use another keyring backend anyway, name it explicitly with "
                "PYTHON_KEYRING_BACKEND=<module.Class> or in keyringrc.cfg (see the keyring documentation).",
                backend=_qualified_name(backend),
            )
        )
    return backend


def describe_backend() -> Phrase | str:
    """Which credential store the desk uses, in words (for ``--help`` and About): the stores' own
    names as a ``str``, else a phrase (``str()`` is the English; the GUI shows it with ``say()``)."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not break --help
        return phrase(
            "PlatformError", "none usable: the keyring configuration fails ({error})", error=type(exc).__name__
        )
    name = _qualified_name(backend)
    labels = _os_store_labels(backend)
    if labels:
        return ", ".join(sorted(labels))
    if _accepted(backend):
        return phrase("PlatformError", "{backend} (chosen explicitly; not an operating-system store)", backend=name)
    return phrase(
        "PlatformError", "none usable (keyring offers {backend}, which is not an operating-system store)", backend=name
    )


class _ProcessMemory:
    """The secrets of :func:`keep_in_memory` platforms (shared by every SecretStore of the process)."""

    @staticmethod
    def get_password(service: str, username: str) -> str | None:
        with _memory_lock:
            return _memory.get((service, username))

    @staticmethod
    def set_password(service: str, username: str, password: str) -> None:
        with _memory_lock:
            _memory[(service, username)] = password

    @staticmethod
    def delete_password(service: str, username: str) -> None:
        with _memory_lock:
            _memory.pop((service, username), None)


def _failed(exc: BaseException) -> Phrase:
    """The credential store's failure; its own message (keyring's, the operating system's) as it is."""
    return phrase("PlatformError", "The credential store failed: {error}", error=str(exc))


class SecretStore:
    """Named secrets of one account: ``<account>/<name>`` entries under one keyring service.

    Args:
        account: identifies the platform and member, e.g. ``https://api.example|a.ribeiro``.
    """

    def __init__(self, account: str, service: str = SERVICE) -> None:
        self.account = account
        self.service = service

    def _backend(self) -> KeyringBackend | _ProcessMemory | SecretRelay:
        if _relay is not None:
            return _relay
        platform, _, _ = self.account.partition("|")
        with _memory_lock:
            if platform in _memory_platforms:
                return _ProcessMemory()
        return _usable_backend()

    def check_available(self) -> None:
        """Raises :class:`CredentialStoreUnavailable` when there is no usable backend."""
        self._backend()

    def _key(self, name: str) -> str:
        return f"{self.account}/{name}"

    def get(self, name: str) -> str | None:
        backend = self._backend()
        try:
            return backend.get_password(self.service, self._key(name))
        except (keyring.errors.KeyringError, OSError) as exc:
            raise CredentialStoreUnavailable(_failed(exc)) from exc

    def set(self, name: str, secret: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(self.service, self._key(name), secret)
        except (keyring.errors.KeyringError, OSError) as exc:
            raise CredentialStoreUnavailable(
                phrase("PlatformError", "The credential store refused the secret: {error}", error=str(exc))
            ) from exc

    def delete(self, name: str) -> None:
        backend = self._backend()
        try:
            backend.delete_password(self.service, self._key(name))
        except keyring.errors.PasswordDeleteError:
            pass  # already absent
        except (keyring.errors.KeyringError, OSError) as exc:
            raise CredentialStoreUnavailable(_failed(exc)) from exc

    def delete_all(self) -> None:
        """Deletes every entry the desk keeps for this account (:data:`MEMBER_SECRETS`)."""
        for name in MEMBER_SECRETS:
            self.delete(name)


class HomeKeyring:
    """The data keys of homes (:class:`~arbitration_desk.store.keys.KeySource`), in the credential store.

    One entry per home, ``home/<home id>/data-key`` under the desk's service, the key in base64. Only
    an operating-system store (or a backend the user named) is used, as for every other secret.
    """

    kind = "credential-store"

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    @staticmethod
    def _name(home_id: str) -> str:
        return f"home/{home_id}/data-key"

    def _call(self, failed: Callable[[str], Phrase], action: Callable[[KeyringBackend], T]) -> T:
        """``action`` on the usable backend; ``failed(the store's message)`` says what failed."""
        try:
            return action(_usable_backend())
        except CredentialStoreUnavailable as exc:
            raise KeyUnavailableError(exc.phrase) from exc
        except (keyring.errors.KeyringError, OSError) as exc:  # OSError: a file-backed store on a full disk
            raise KeyUnavailableError(failed(str(exc))) from exc

    def load(self, home_id: str) -> bytes | None:
        def failed(error: str) -> Phrase:
            return phrase(
                "PlatformError", "The credential store failed while reading the home's data key: {error}", error=error
            )

        text = self._call(failed, lambda b: b.get_password(self.service, self._name(home_id)))
        if text is None:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except (ValueError, TypeError):
            return None  # not a key of ours: the data it should open cannot be read

    def save(self, home_id: str, key: bytes) -> None:
        encoded = base64.b64encode(key).decode("ascii")

        def failed(error: str) -> Phrase:
            return phrase(
                "PlatformError", "The credential store failed while storing the home's data key: {error}", error=error
            )

        self._call(failed, lambda b: b.set_password(self.service, self._name(home_id), encoded))

    def delete(self, home_id: str) -> None:
        def delete(backend: KeyringBackend) -> None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):  # already absent
                backend.delete_password(self.service, self._name(home_id))

        def failed(error: str) -> Phrase:
            return phrase(
                "PlatformError", "The credential store failed while deleting the home's data key: {error}", error=error
            )

        self._call(failed, delete)
