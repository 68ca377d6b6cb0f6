"""The store's exceptions: every failure that leaves a public entry point is a :class:`StoreError`.

Each carries its sentence as a :class:`~arbitration_desk.domain.phrases.Phrase` (``error.phrase``),
so that the GUI shows it in the desk's language; ``str(error)`` is the English one.
"""

from __future__ import annotations

from arbitration_desk.domain.phrases import PhrasedError, phrase


class StoreError(PhrasedError):
    """Base class of the store's errors."""


class StoreClosedError(StoreError):
    """The store was closed (erased at sign-out, or the desk is ending): a late background read
    meets this, and has nothing left to do."""


class SchemaError(StoreError):
    """The database file cannot be used with this version of the application."""


class SchemaTooNewError(SchemaError):
    """The database was written by a newer version of the application."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            phrase(
                "StoreError",
                "the local database has schema version {found}, newer than this application supports "
                "({supported}); update the application or sign out to start afresh",
                found=found,
                supported=supported,
            )
        )
        self.found = found
        self.supported = supported


class CaseNotFoundError(StoreError):
    """No local copy of the case."""

    def __init__(self, case_id: str) -> None:
        super().__init__(phrase("StoreError", "case not in the local store: {case}", case=repr(case_id)))
        self.case_id = case_id


class NotFoundError(StoreError):
    """A row (annotation, note, outbox item, evidence item) that does not exist."""


class ReadOnlyCaseError(StoreError):
    """The case does not accept this change (reassigned, or its status forbids it)."""


class InvalidStateError(StoreError):
    """An operation that the current state of a row does not allow (e.g. outbox transitions)."""


class BlobError(StoreError):
    """A problem with the evidence file store."""


class InvalidBlobNameError(BlobError):
    """A hash or staging key that does not match the strict pattern required to build a path."""


class BlobNotFoundError(BlobError):
    """No verified file with that hash."""


class BlobTooLargeError(BlobError):
    """More bytes were written to a staging file than the declared size allows."""
