"""RFC 9457 problem responses of the sandbox: one exception carries everything an error answer needs."""

from __future__ import annotations

from typing import Any

from arbitration_desk.domain.problems import PROBLEM_STATUS, problem_type

TITLES: dict[str, str] = {
    "bad-request": "Bad request",
    "invalid-cursor": "Invalid cursor",
    "invalid-grant": "Invalid grant",
    "otp-required": "One-time password required",
    "unauthorized": "Unauthorized",
    "not-assigned": "Not assigned to this case",
    "role-required": "Role required",
    "not-author": "Not the author",
    "not-found": "Not found",
    "method-not-allowed": "Method not allowed",
    "case-state-conflict": "Case state conflict",
    "ruling-exists": "Ruling already exists",
    "idempotency-key-in-use": "Idempotency key in use",
    "precondition-failed": "Precondition failed",
    "payload-too-large": "Payload too large",
    "range-not-satisfiable": "Range not satisfiable",
    "validation-failed": "Validation failed",
    "idempotency-key-reused": "Idempotency key reused",
    "ruling-rejected": "Ruling rejected",
    "rate-limited": "Too many requests",
    "internal-error": "Internal server error",
    "unavailable": "Service unavailable",
}

EXTRA_STATUS = {"method-not-allowed": 405, "internal-error": 500}

FieldErrors = list[tuple[str, str]]


class ApiError(Exception):
    """An error answer: problem ``name``, ``detail``, optional field ``errors`` and extra headers."""

    def __init__(
        self,
        name: str,
        detail: str | None = None,
        *,
        errors: FieldErrors | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail or name)
        self.name = name
        self.status = PROBLEM_STATUS.get(name) or EXTRA_STATUS.get(name, 500)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self, instance: str) -> dict[str, Any]:
        """The problem JSON for a request to ``instance``."""
        data: dict[str, Any] = {
            "type": problem_type(self.name),
            "title": TITLES.get(self.name, self.name),
            "status": self.status,
        }
        if self.detail:
            data["detail"] = self.detail
        data["instance"] = instance
        data.update(self.extra)
        if self.errors:
            data["errors"] = [{"field": field, "message": message} for field, message in self.errors]
        return data


def validation_failed(errors: FieldErrors) -> ApiError:
    count = len(errors)
    detail = "1 field is invalid." if count == 1 else f"{count} fields are invalid."
    return ApiError("validation-failed", detail, errors=errors)
