"""Errors of ruling composition (shared by the rulings layer and the sandbox).

:class:`RulingError` is the base of every error of :mod:`arbitration_desk.rulings` too, which re-exports
these classes from :mod:`arbitration_desk.rulings.errors`. Each is raised with a
:class:`~arbitration_desk.domain.phrases.Phrase` (``error.phrase``; ``str(error)`` is its English), or
with a plain ``str`` for text that is not ours (a library's message).
"""

from __future__ import annotations

from arbitration_desk.domain.phrases import Phrase, PhrasedError


class RulingError(PhrasedError):
    """Base of every error raised by :mod:`arbitration_desk.rulings`."""


class DraftError(RulingError):
    """The ruling draft is incomplete or inconsistent (e.g. the award fails the award checks).

    Attributes:
        checks: the contract's ruling check names that fail (may be empty).
    """

    def __init__(self, message: Phrase | str, checks: list[str] | None = None) -> None:
        super().__init__(message)
        self.checks = checks or []


class FontError(RulingError):
    """A bundled font is missing or cannot render the text."""


class ComposeError(RulingError):
    """The ruling PDF cannot be composed."""
