"""The chair's signing key behind one small interface, and the software implementation.

A key is EC P-256, generated on this machine, and never leaves it. :class:`SoftwareKeyStore` keeps
it as an encrypted PKCS #8 PEM file whose random passphrase lives only in the OS credential store
(keyring); :mod:`.keys_pkcs11` keeps it inside a PKCS #11 token. Both give a :class:`SigningKey`
that signs SHA-256 digests (ECDSA) without exposing the private key.
"""

from __future__ import annotations

import contextlib
import secrets
from abc import ABC, abstractmethod
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.platform.credentials import SIGNING_KEY_PASSPHRASE, SecretStore
from arbitration_desk.platform.errors import CredentialStoreUnavailable
from arbitration_desk.rulings.errors import KeyNotFound, KeyStoreError, KeyStoreUnavailable

PASSPHRASE_NAME = SIGNING_KEY_PASSPHRASE


class SigningKey(ABC):
    """A private EC P-256 key that can sign but not be read."""

    @abstractmethod
    def public_key_der(self) -> bytes:
        """The DER ``SubjectPublicKeyInfo`` of the key."""

    @abstractmethod
    def sign_sha256(self, data: bytes) -> bytes:
        """ECDSA with SHA-256 over ``data``; returns the DER ``Ecdsa-Sig-Value``.

        Raises:
            KeyStoreError: the key cannot be used (token removed, PIN refused, ...).
        """

    def public_key(self) -> ec.EllipticCurvePublicKey:
        key = serialization.load_der_public_key(self.public_key_der())
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise KeyStoreError(phrase("RulingError", "the signing key is not an EC key"))
        return key


class KeyStore(ABC):
    """Where the signing key lives: create it once, open it to sign."""

    @abstractmethod
    def exists(self) -> bool:
        """Whether a key has been created."""

    @abstractmethod
    def create(self) -> SigningKey:
        """Generates a new EC P-256 key, replacing any previous one.

        Raises:
            KeyStoreUnavailable: no credential store or token; nothing was written.
        """

    @abstractmethod
    def open(self) -> SigningKey:
        """The existing key.

        Raises:
            KeyNotFound: no key yet, or its secret is gone.
        """

    @abstractmethod
    def delete(self) -> None:
        """Removes the key and its secret (absent is fine)."""


class SoftwareKey(SigningKey):
    """A key held in memory after it was decrypted."""

    def __init__(self, private_key: ec.EllipticCurvePrivateKey) -> None:
        self._key = private_key

    def public_key_der(self) -> bytes:
        return self._key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def sign_sha256(self, data: bytes) -> bytes:
        return self._key.sign(data, ec.ECDSA(hashes.SHA256()))


class SoftwareKeyStore(KeyStore):
    """An encrypted PEM file (mode 0600) whose passphrase is only in the OS credential store.

    Args:
        path: the key file, e.g. ``<home>/pki/signing-key.pem``.
        secrets: the member's credential-store entries (the passphrase goes there).
    """

    def __init__(self, path: Path, secrets_store: SecretStore) -> None:
        self.path = Path(path)
        self._secrets = secrets_store

    def exists(self) -> bool:
        return self.path.exists()

    def create(self) -> SigningKey:
        try:
            self._secrets.check_available()
        except CredentialStoreUnavailable as exc:
            raise KeyStoreUnavailable(
                phrase(
                    "RulingError",
                    "the signing key needs the OS credential store for its passphrase; no key was created. {error}",
                    error=said(exc),
                )
            ) from exc
        key = ec.generate_private_key(ec.SECP256R1())
        passphrase = secrets.token_urlsafe(32)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("ascii")),
        )
        try:
            self._secrets.set(PASSPHRASE_NAME, passphrase)
        except CredentialStoreUnavailable as exc:
            raise KeyStoreUnavailable(
                phrase(
                    "RulingError",
                    "the credential store refused the key passphrase: {error}",
                    error=said(exc),
                )
            ) from exc
        try:
            _write_private(self.path, pem)
        except OSError as exc:
            with contextlib.suppress(CredentialStoreUnavailable):
                self._secrets.delete(PASSPHRASE_NAME)
            raise KeyStoreError(
                phrase("RulingError", "cannot write the key file {path}: {error}", path=str(self.path), error=str(exc))
            ) from exc
        return SoftwareKey(key)

    def open(self) -> SigningKey:
        try:
            pem = self.path.read_bytes()
        except FileNotFoundError:
            raise KeyNotFound(
                phrase("RulingError", "no signing key at {path}: create one first", path=str(self.path))
            ) from None
        except OSError as exc:
            raise KeyStoreError(
                phrase("RulingError", "cannot read the key file {path}: {error}", path=str(self.path), error=str(exc))
            ) from exc
        try:
            passphrase = self._secrets.get(PASSPHRASE_NAME)
        except CredentialStoreUnavailable as exc:
            raise KeyStoreUnavailable(
                phrase(
                    "RulingError",
                    "the key passphrase is in the OS credential store: {error}",
                    error=said(exc),
                )
            ) from exc
        if passphrase is None:
            raise KeyNotFound(
                phrase(
                    "RulingError",
                    "the signing key's passphrase is missing from the credential store; create a new key",
                )
            )
        try:
            key = serialization.load_pem_private_key(pem, password=passphrase.encode("ascii"))
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
            raise KeyStoreError(
                phrase(
                    "RulingError",
                    "the key file {path} cannot be decrypted: {error}",
                    path=str(self.path),
                    error=str(exc),
                )
            ) from None
        if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
            raise KeyStoreError(
                phrase("RulingError", "the key file {path} does not hold an EC P-256 key", path=str(self.path))
            )
        return SoftwareKey(key)

    def delete(self) -> None:
        self.path.unlink(missing_ok=True)
        with contextlib.suppress(CredentialStoreUnavailable):
            self._secrets.delete(PASSPHRASE_NAME)


def _write_private(path: Path, data: bytes) -> None:
    """Atomic durable write, owner-only from the first byte."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, data, mode=0o600)
