"""The platform's RFC 9457 problem types (``https://api.arbitration.example/problems/<name>``)."""

from __future__ import annotations

PROBLEM_BASE = "https://api.arbitration.example/problems/"

#: name -> HTTP status, as listed in the contract.
PROBLEM_STATUS: dict[str, int] = {
    "bad-request": 400,
    "invalid-cursor": 400,
    "invalid-grant": 400,
    "otp-required": 400,
    "unauthorized": 401,
    "not-assigned": 403,
    "role-required": 403,
    "not-author": 403,
    "not-found": 404,
    "case-state-conflict": 409,
    "ruling-exists": 409,
    "idempotency-key-in-use": 409,
    "precondition-failed": 412,
    "payload-too-large": 413,
    "range-not-satisfiable": 416,
    "validation-failed": 422,
    "idempotency-key-reused": 422,
    "ruling-rejected": 422,
    "rate-limited": 429,
    "unavailable": 503,
}


def problem_type(name: str) -> str:
    return PROBLEM_BASE + name


def problem_name(type_uri: str) -> str:
    """The short name of a problem type URI; an unknown form is returned whole."""
    return type_uri.removeprefix(PROBLEM_BASE) if type_uri.startswith(PROBLEM_BASE) else type_uri
