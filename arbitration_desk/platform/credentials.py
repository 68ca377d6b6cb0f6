"""Secrets in the OS credential store, through keyring; never in a file.

The standard keyring configuration is honoured (``PYTHON_KEYRING_BACKEND``, ``keyringrc.cfg``).
When no usable backend exists (a headless machine, the ``fail`` backend, a null backend), every
operation raises :class:`CredentialStoreUnavailable` with a message saying what to do: the
client never falls back to writing a secret to disk by itself.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from arbitration_desk.platform.errors import CredentialStoreUnavailable

SERVICE = "arbitration-desk"

_ADVICE = (
    "No usable credential store was found, so the sign-in cannot be kept. Arbitration Desk keeps "
    "tokens only in the operating system's credential store (Secret Service/GNOME Keyring or KWallet "
    "on Linux, Keychain on macOS, Credential Manager on Windows). Start or unlock one, or choose a "
    "keyring backend with PYTHON_KEYRING_BACKEND (see the keyring documentation)."
)


def _usable_backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        raise CredentialStoreUnavailable(_ADVICE)
    if module.startswith("keyring.backends.chainer") and not getattr(backend, "backends", None):
        raise CredentialStoreUnavailable(_ADVICE)
    priority = getattr(backend, "priority", 1)
    if isinstance(priority, int | float) and priority <= 0 and not module.startswith("keyrings."):
        raise CredentialStoreUnavailable(_ADVICE)
    return backend


class SecretStore:
    """Named secrets of one account: ``<account>/<name>`` entries under one keyring service.

    Args:
        account: identifies the platform and member, e.g. ``https://api.example|a.ribeiro``.
    """

    def __init__(self, account: str, service: str = SERVICE) -> None:
        self.account = account
        self.service = service

    def check_available(self) -> None:
        """Raises :class:`CredentialStoreUnavailable` when there is no usable backend."""
        _usable_backend()

    def _key(self, name: str) -> str:
        return f"{self.account}/{name}"

    def get(self, name: str) -> str | None:
        backend = _usable_backend()
        try:
            return backend.get_password(self.service, self._key(name))
        except keyring.errors.KeyringError as exc:
            raise CredentialStoreUnavailable(f"The credential store failed: {exc}") from exc

    def set(self, name: str, secret: str) -> None:
        backend = _usable_backend()
        try:
            backend.set_password(self.service, self._key(name), secret)
        except keyring.errors.KeyringError as exc:
            raise CredentialStoreUnavailable(f"The credential store refused the secret: {exc}") from exc

    def delete(self, name: str) -> None:
        backend = _usable_backend()
        try:
            backend.delete_password(self.service, self._key(name))
        except keyring.errors.PasswordDeleteError:
            pass  # already absent
        except keyring.errors.KeyringError as exc:
            raise CredentialStoreUnavailable(f"The credential store failed: {exc}") from exc
