"""platform/errors.py: problem documents become exception classes by their type."""

from __future__ import annotations

from arbitration_desk.domain.phrases import phrase, phrase_of
from arbitration_desk.platform.errors import (
    InvalidCursor,
    RulingRejected,
    ServerError,
    Unavailable,
    UnexpectedAnswer,
    problem_class,
)
from arbitration_desk.platform.transport import _problem_sentence


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


def test_a_problem_is_said_with_the_platforms_words_as_fields() -> None:
    said = _problem_sentence(409, "Conflict", "the case is {closed}")
    assert str(said) == "409 Conflict: the case is {closed}" and said.template == "{status} {title}: {detail}"
    assert str(_problem_sentence(404, "Not Found", "")) == "404 Not Found"
    long = _problem_sentence(500, "Oops", "x" * 5000)
    assert str(long) == ("500 Oops: " + "x" * 5000)[:2000]
    error = RulingRejected(said, request_id="req_1")
    assert str(error) == "409 Conflict: the case is {closed} (request req_1)"
    assert phrase_of(error) == phrase(
        "PlatformError", "{message} (request {request_id})", message=said, request_id="req_1"
    )
