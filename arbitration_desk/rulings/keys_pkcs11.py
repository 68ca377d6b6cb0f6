"""The signing key inside a PKCS #11 token (a hardware token, or SoftHSM2): it never leaves the token.

The user PIN comes from a callable, typically :func:`pin_from_credential_store` (the PIN is a
secret: the OS credential store holds it, never a file).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.platform.credentials import PKCS11_PIN, SecretStore
from arbitration_desk.platform.errors import CredentialStoreUnavailable
from arbitration_desk.rulings.errors import KeyNotFound, KeyStoreError, KeyStoreUnavailable
from arbitration_desk.rulings.keys import KeyStore, SigningKey

PIN_NAME = PKCS11_PIN
DEFAULT_LABEL = "arbitration-desk-ruling-key"
_LOCK = threading.Lock()


def _pkcs11() -> Any:
    try:
        import pkcs11
    except ImportError as exc:  # optional dependency
        raise KeyStoreUnavailable(phrase("RulingError", "PKCS #11 support needs the python-pkcs11 package")) from exc
    return pkcs11


@cache
def _library(module_path: str) -> Any:
    try:
        return _pkcs11().lib(module_path)
    except (OSError, RuntimeError, _pkcs11().PKCS11Error) as exc:
        raise KeyStoreUnavailable(
            phrase(
                "RulingError",
                "cannot load the PKCS #11 module {module}: {error}",
                module=module_path,
                error=said(exc),
            )
        ) from exc


def pin_from_credential_store(secrets_store: SecretStore) -> Callable[[], str]:
    """A PIN source reading :data:`PIN_NAME` from the OS credential store."""

    def pin() -> str:
        try:
            value = secrets_store.get(PIN_NAME)
        except CredentialStoreUnavailable as exc:
            raise KeyStoreUnavailable(
                phrase(
                    "RulingError",
                    "the token PIN is kept in the OS credential store: {error}",
                    error=said(exc),
                )
            ) from exc
        if value is None:
            raise KeyNotFound(phrase("RulingError", "no token PIN in the credential store: set it first"))
        return value

    return pin


class Pkcs11KeyStore(KeyStore):
    """An EC P-256 key pair generated inside a token, found again by its label.

    Args:
        module_path: the PKCS #11 library, e.g. ``/usr/lib/softhsm/libsofthsm2.so``.
        token_label: the token to use.
        pin: returns the user PIN when a session is opened.
    """

    def __init__(self, module_path: str, token_label: str, pin: Callable[[], str], label: str = DEFAULT_LABEL) -> None:
        self.module_path = module_path
        self.token_label = token_label
        self.label = label
        self._pin = pin

    def _session(self, rw: bool = False) -> Any:
        pkcs11 = _pkcs11()
        try:
            token = _library(self.module_path).get_token(token_label=self.token_label)
            return token.open(user_pin=self._pin(), rw=rw)
        except pkcs11.exceptions.NoSuchToken as exc:
            raise KeyStoreUnavailable(
                phrase("RulingError", "no PKCS #11 token labelled {token}: insert it", token=repr(self.token_label))
            ) from exc
        except pkcs11.exceptions.PinIncorrect as exc:
            raise KeyStoreError(phrase("RulingError", "the token refused the PIN")) from exc
        except pkcs11.PKCS11Error as exc:
            raise KeyStoreError(
                phrase(
                    "RulingError",
                    "cannot open the token {token}: {error}",
                    token=repr(self.token_label),
                    error=repr(exc),
                )
            ) from exc

    def _keys(self, session: Any, object_class: Any) -> list[Any]:
        return list(
            session.get_objects({_pkcs11().Attribute.CLASS: object_class, _pkcs11().Attribute.LABEL: self.label})
        )

    def exists(self) -> bool:
        with _LOCK, self._session() as session:
            return bool(self._keys(session, _pkcs11().ObjectClass.PRIVATE_KEY))

    def create(self) -> SigningKey:
        pkcs11 = _pkcs11()
        from pkcs11.util.ec import encode_named_curve_parameters

        with _LOCK, self._session(rw=True) as session:
            try:
                self._destroy(session)
                params = session.create_domain_parameters(
                    pkcs11.KeyType.EC,
                    {pkcs11.Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")},
                    local=True,
                )
                params.generate_keypair(
                    store=True,
                    label=self.label,
                    private_template={pkcs11.Attribute.SENSITIVE: True, pkcs11.Attribute.EXTRACTABLE: False},
                )
            except pkcs11.PKCS11Error as exc:
                raise KeyStoreError(
                    phrase("RulingError", "the token could not generate the key: {error}", error=repr(exc))
                ) from exc
        return self.open()

    def open(self) -> SigningKey:
        from pkcs11.util.ec import encode_ec_public_key

        with _LOCK, self._session() as session:
            public = self._keys(session, _pkcs11().ObjectClass.PUBLIC_KEY)
            if not public or not self._keys(session, _pkcs11().ObjectClass.PRIVATE_KEY):
                raise KeyNotFound(
                    phrase(
                        "RulingError",
                        "no key labelled {label} in token {token}: create one first",
                        label=repr(self.label),
                        token=repr(self.token_label),
                    )
                )
            return Pkcs11Key(self, bytes(encode_ec_public_key(public[0])))

    def delete(self) -> None:
        with _LOCK, self._session(rw=True) as session:
            self._destroy(session)

    def _destroy(self, session: Any) -> None:
        pkcs11 = _pkcs11()
        for object_class in (pkcs11.ObjectClass.PRIVATE_KEY, pkcs11.ObjectClass.PUBLIC_KEY):
            for obj in self._keys(session, object_class):
                obj.destroy()

    def sign_digest(self, digest: bytes) -> bytes:
        """Raw ECDSA over a SHA-256 digest inside the token; returns the DER signature."""
        pkcs11 = _pkcs11()
        from pkcs11.util.ec import encode_ecdsa_signature

        with _LOCK, self._session() as session:
            keys = self._keys(session, pkcs11.ObjectClass.PRIVATE_KEY)
            if not keys:
                raise KeyNotFound(
                    phrase(
                        "RulingError",
                        "the key {label} is gone from token {token}",
                        label=repr(self.label),
                        token=repr(self.token_label),
                    )
                )
            try:
                raw = keys[0].sign(digest, mechanism=pkcs11.Mechanism.ECDSA)
            except pkcs11.PKCS11Error as exc:
                raise KeyStoreError(
                    phrase("RulingError", "the token refused to sign: {error}", error=repr(exc))
                ) from exc
        return bytes(encode_ecdsa_signature(raw))


class Pkcs11Key(SigningKey):
    """A handle on the token key: signing opens a session, the private key stays inside."""

    def __init__(self, store: Pkcs11KeyStore, public_der: bytes) -> None:
        self._store = store
        self._public_der = public_der

    def public_key_der(self) -> bytes:
        return self._public_der

    def sign_sha256(self, data: bytes) -> bytes:
        return self._store.sign_digest(hashlib.sha256(data).digest())
