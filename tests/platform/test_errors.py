"""platform/errors.py: problem documents become exception classes by their type."""

from __future__ import annotations

from arbitration_desk.platform.errors import (
    InvalidCursor,
    RulingRejected,
    ServerError,
    Unavailable,
    UnexpectedAnswer,
    problem_class,
)


def test_problem_classes_switch_on_type_not_title() -> None:
    base = "https://api.arbitration.example/problems/"
    assert problem_class(base + "invalid-cursor", 400) is InvalidCursor
    assert problem_class(base + "ruling-rejected", 422) is RulingRejected
    assert problem_class(base + "something-new", 418) is UnexpectedAnswer
    assert problem_class(None, 503) is Unavailable
    assert problem_class(None, 502) is ServerError
    error = RulingRejected("x", problem={"failed_checks": ["signature_invalid", 3], "errors": [{"field": "document"}]})
    assert error.failed_checks == ["signature_invalid"]
    assert error.field_errors == [("document", "")]
