"""The store's exceptions: every failure that leaves a public entry point is a :class:`StoreError`."""

from __future__ import annotations


class StoreError(Exception):
    """Base class of the store's errors."""


class SchemaError(StoreError):
    """The database file cannot be used with this version of the application."""


class SchemaTooNewError(SchemaError):
    """The database was written by a newer version of the application."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"the local database has schema version {found}, newer than this application supports "
            f"({supported}); update the application or sign out to start afresh"
        )
        self.found = found
        self.supported = supported


class CaseNotFoundError(StoreError):
    """No local copy of the case."""

    def __init__(self, case_id: str) -> None:
        super().__init__(f"case not in the local store: {case_id!r}")
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
