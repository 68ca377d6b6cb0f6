"""Errors of the rulings layer: one family, each class saying what the caller can do about it."""

from __future__ import annotations


class RulingError(Exception):
    """Base of every error raised by :mod:`arbitration_desk.rulings`."""


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


class DraftError(RulingError):
    """The ruling draft is incomplete or inconsistent (e.g. the award fails the award checks).

    Attributes:
        checks: the contract's ruling check names that fail (may be empty).
    """

    def __init__(self, message: str, checks: list[str] | None = None) -> None:
        super().__init__(message)
        self.checks = checks or []


class FontError(RulingError):
    """A bundled font is missing or cannot render the text."""


class ComposeError(RulingError):
    """The ruling PDF cannot be composed."""


class SigningError(RulingError):
    """The PDF cannot be signed (key, certificate, PDF or time-stamp problem)."""


class TimestampError(SigningError):
    """The time-stamp authority refused or failed to answer."""


class VerificationError(RulingError):
    """The file cannot be examined at all (unreadable, not a PDF)."""
