"""A home's data key and the keys derived from it (docs/encryption.md, "Key hierarchy").

One random 32-byte data key per home, held only in the OS credential store (the store layer never
reads a key from disk: callers hand it a :class:`KeySource`). Everything written under the home is
protected by keys derived from it with HKDF-SHA256 and a distinct label each:

* the database's SQLCipher raw key (:attr:`DataKey.database_key`);
* each sealed file's own key (:mod:`arbitration_desk.store.sealed` derives it from
  :attr:`DataKey.sealing_key` and the file's random id);
* the names of evidence files (:meth:`DataKey.blob_name`), so that a file's name does not tell
  someone holding a candidate document whether it is on this disk.
"""

from __future__ import annotations

import hmac
import os
from hashlib import sha256
from typing import Final, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from arbitration_desk.store.errors import StoreError

KEY_BYTES: Final = 32
_LABEL: Final = b"arbitration-desk home key v1: "


class KeyUnavailableError(StoreError):
    """The credential store holding the home's key cannot be reached; nothing was changed."""


class KeySource(Protocol):
    """Where a home's data key lives: the OS credential store (or, for the demo, beside its sandbox).

    Methods take the home's id (:mod:`arbitration_desk.store.home`); a source that cannot be
    reached raises :class:`KeyUnavailableError`.
    """

    def load(self, home_id: str) -> bytes | None:
        """The key of ``home_id``, or None when the source holds none."""

    def save(self, home_id: str, key: bytes) -> None:
        """Keeps ``key`` for ``home_id`` (replacing any); returns only once it is stored."""

    def delete(self, home_id: str) -> None:
        """Forgets the key of ``home_id``; no error when there is none."""


def _derive(data_key: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_LABEL + label).derive(data_key)


class DataKey:
    """A home's data key and its derived keys. ``repr`` never shows key material.

    Args:
        raw: the 32 random bytes kept in the credential store.
    """

    __slots__ = ("_name_key", "database_key", "sealing_key")

    def __init__(self, raw: bytes) -> None:
        if not isinstance(raw, bytes) or len(raw) != KEY_BYTES:
            raise ValueError(f"a data key has {KEY_BYTES} bytes")
        #: the SQLCipher raw key (given as ``x'<hex>'``, so no passphrase derivation runs per connection)
        self.database_key: bytes = _derive(raw, b"database")
        #: what :mod:`~arbitration_desk.store.sealed` derives each file's key from
        self.sealing_key: bytes = _derive(raw, b"sealed files")
        self._name_key = _derive(raw, b"file names")

    @classmethod
    def generate(cls) -> tuple[DataKey, bytes]:
        """A new random key and its raw bytes (to put in the credential store)."""
        raw = os.urandom(KEY_BYTES)
        return cls(raw), raw

    def blob_name(self, sha256_hex: str) -> str:
        """The on-disk name of the evidence file whose content has SHA-256 ``sha256_hex`` (64 hex)."""
        return hmac.new(self._name_key, sha256_hex.encode("ascii"), sha256).hexdigest()

    def sqlcipher_key(self) -> str:
        """The database key as SQLCipher's raw-key literal ``x'<64 hex>'``."""
        return f"x'{self.database_key.hex()}'"

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"
