"""Errors of the platform client: one class per problem type, plus transport and payload errors.

Callers switch on the class, never on a message. Every error carries the ``X-Request-Id`` of the
answer that caused it (when there was one), so that it can be logged and quoted to support.
"""

from __future__ import annotations

from typing import Any

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.domain.problems import problem_name


class PlatformError(Exception):
    """Base of every error raised by the platform client.

    Attributes:
        message: the English sentence (``str(error)`` adds the request ID).
        phrase: the same, translatable (with the request ID), for the GUI; the platform's own
            words (a problem's ``detail``) go into it as fields, never translated.
        request_id: the ``X-Request-Id`` of the answer, if any.
        status: the HTTP status, if an answer arrived.
        problem: the RFC 9457 problem document as received (unknown fields kept), if any.
    """

    def __init__(
        self,
        message: Phrase | str,
        *,
        request_id: str | None = None,
        status: int | None = None,
        problem: dict[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(str(message))
        self.said = message
        self.message = str(message)
        self.request_id = request_id
        self.status = status
        self.problem = problem or {}
        self.retry_after = retry_after

    @property
    def field_errors(self) -> list[tuple[str, str]]:
        """The problem's ``errors`` as (field, message) pairs; malformed entries are skipped."""
        errors = self.problem.get("errors")
        pairs: list[tuple[str, str]] = []
        if isinstance(errors, list):
            for entry in errors:
                if isinstance(entry, dict) and isinstance(entry.get("field"), str):
                    pairs.append((entry["field"], str(entry.get("message", ""))))
        return pairs

    @property
    def field_details(self) -> str:
        """The field errors as one line, ``"field: message; field: message"`` (empty when none)."""
        return "; ".join(f"{field}: {message}" for field, message in self.field_errors)

    @property
    def phrase(self) -> Phrase:
        said = self.said
        if self.request_id:
            return phrase("PlatformError", "{message} (request {request_id})", message=said, request_id=self.request_id)
        return said if isinstance(said, Phrase) else phrase("PlatformError", "{message}", message=said)

    def __str__(self) -> str:
        return str(self.phrase)


# --- Local conditions -------------------------------------------------------------------------


class InsecureUrlError(PlatformError):
    """The platform address is not HTTPS (plain HTTP is allowed for loopback addresses only)."""


class CredentialStoreUnavailable(PlatformError):
    """No usable OS credential store: tokens cannot be kept, and are never written to a file."""


class NotSignedIn(PlatformError):
    """No session: sign in first."""


class SignInRequired(PlatformError):
    """The session ended (refresh token rejected, expired or revoked): sign in again."""


# --- Transport and payload ---------------------------------------------------------------------


class TransportError(PlatformError):
    """The request failed before a complete answer arrived (connection, timeout, truncated body).

    The message is one sentence for a person ("cannot reach HOST: connection refused; check …",
    see :mod:`arbitration_desk.platform.neterrors`).

    Attributes:
        kind: what failed, for callers that react differently (``"refused"``,
            ``"name-not-resolved"``, ``"connect-timeout"``, ``"read-timeout"``,
            ``"tls-certificate"``, ``"tls"``, ``"dropped"``, ``"unreachable"``, ``"invalid-address"``,
            ``"cancelled"``, ``"other"``; empty when not known).
        detail: the underlying library's own text, for logs only (never shown as it is).
    """

    def __init__(self, message: Phrase | str, *, kind: str = "", detail: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.kind = kind
        self.detail = detail


class InvalidPayload(PlatformError):
    """An answer does not match the contract's shape (untrusted input rejected).

    Attributes:
        pointer: JSON Pointer to the offending value inside the payload.
    """

    def __init__(self, message: Phrase | str, *, pointer: str = "", **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.pointer = pointer


class DownloadRejected(PlatformError):
    """A file download broke the contract's rules (README "Evidence download and verification").

    The ``ETag`` does not name the listed content, the size or ``Content-Range`` does not continue
    the partial file, more bytes arrived than listed, or the complete file's SHA-256 differs from
    the listed one. The caller discards what arrived; the download may be tried again later.

    Attributes:
        other_sha256: set when the ``ETag`` named other content (``"sha256:<another hash>"``): the
            platform served another file, a hash mismatch known before the body was read.
    """

    def __init__(self, message: Phrase | str, *, other_sha256: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.other_sha256 = other_sha256


# --- Problems (one class per problem type of the contract) ------------------------------------


class ProblemError(PlatformError):
    """An RFC 9457 problem answered by the platform."""

    problem_type: str = ""


class BadRequest(ProblemError):
    problem_type = "bad-request"


class InvalidCursor(ProblemError):
    problem_type = "invalid-cursor"


class InvalidGrant(ProblemError):
    problem_type = "invalid-grant"


class OtpRequired(ProblemError):
    problem_type = "otp-required"


class Unauthorized(ProblemError):
    problem_type = "unauthorized"


class NotAssigned(ProblemError):
    problem_type = "not-assigned"


class RoleRequired(ProblemError):
    problem_type = "role-required"


class NotAuthor(ProblemError):
    problem_type = "not-author"


class NotFound(ProblemError):
    problem_type = "not-found"


class CaseStateConflict(ProblemError):
    problem_type = "case-state-conflict"


class RulingExists(ProblemError):
    problem_type = "ruling-exists"


class IdempotencyKeyInUse(ProblemError):
    problem_type = "idempotency-key-in-use"


class PreconditionFailed(ProblemError):
    problem_type = "precondition-failed"


class PayloadTooLarge(ProblemError):
    problem_type = "payload-too-large"


class RangeNotSatisfiable(ProblemError):
    problem_type = "range-not-satisfiable"


class ValidationFailed(ProblemError):
    problem_type = "validation-failed"


class IdempotencyKeyReused(ProblemError):
    problem_type = "idempotency-key-reused"


class RulingRejected(ProblemError):
    problem_type = "ruling-rejected"

    @property
    def failed_checks(self) -> list[str]:
        checks = self.problem.get("failed_checks")
        return [c for c in checks if isinstance(c, str)] if isinstance(checks, list) else []


class RateLimited(ProblemError):
    problem_type = "rate-limited"


class Unavailable(ProblemError):
    problem_type = "unavailable"


class ServerError(ProblemError):
    """A 5xx answer other than ``unavailable``."""


class UnexpectedAnswer(ProblemError):
    """A status or problem type this client does not know; handled by its HTTP status class."""


PROBLEM_CLASSES: dict[str, type[ProblemError]] = {
    cls.problem_type: cls
    for cls in ProblemError.__subclasses__()
    if cls.problem_type  # ServerError and UnexpectedAnswer have none
}


def problem_class(type_uri: str | None, status: int) -> type[ProblemError]:
    """The error class for a problem ``type`` (switching on type only), falling back on status."""
    if type_uri:
        cls = PROBLEM_CLASSES.get(problem_name(type_uri))
        if cls is not None:
            return cls
    if status == 401:
        return Unauthorized
    if status == 429:
        return RateLimited
    if status == 503:
        return Unavailable
    if status >= 500:
        return ServerError
    return UnexpectedAnswer
