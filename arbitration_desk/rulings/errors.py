"""Errors of the rulings layer: one family, each class saying what the caller can do about it.

Every class is a :class:`~arbitration_desk.domain.phrases.PhrasedError` (through :class:`RulingError`): raise it with
``phrase("RulingError", "…", field=...)``; ``str(error)`` is the English sentence and
``phrase_of(error)`` the phrase the desk translates.
"""

from __future__ import annotations

# The composition errors live with the composer (arbitration_desk.documents, which the sandbox may import);
# they are the same classes here, so ``except RulingError`` still catches them.
from arbitration_desk.documents.errors import ComposeError as ComposeError
from arbitration_desk.documents.errors import DraftError as DraftError
from arbitration_desk.documents.errors import FontError as FontError
from arbitration_desk.documents.errors import RulingError as RulingError


class KeyStoreError(RulingError):
    """The signing key cannot be created, found or used."""


class KeyStoreUnavailable(KeyStoreError):
    """No usable OS credential store (or token): the key is not created, nothing is written."""


class KeyNotFound(KeyStoreError):
    """No signing key exists yet (create one first), or its secret is missing from the store."""


class CertificateError(RulingError):
    """A certificate or CA answer is unusable: malformed, not ours, or not matching the key."""


class UntrustedCa(CertificateError):
    """The platform CA's fingerprint matches none of the configured fingerprints."""


class SigningError(RulingError):
    """The PDF cannot be signed (key, certificate, PDF or time-stamp problem)."""


class TimestampError(SigningError):
    """The time-stamp authority refused or failed to answer."""


class VerificationError(RulingError):
    """The file cannot be examined at all (unreadable, not a PDF)."""
