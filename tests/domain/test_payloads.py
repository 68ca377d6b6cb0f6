"""domain/payloads.py: each TypedDict names exactly the fields its shape in platform/shapes/ checks."""

from __future__ import annotations

import typing
from typing import Any

import pytest

from arbitration_desk.domain import payloads
from arbitration_desk.platform.shapes import annotations, cases, identity, messages, primitives, rulings, votes
from arbitration_desk.platform.shapes.base import Arr, Obj

PAIRS: list[tuple[Obj, Any]] = [
    (identity.TOKEN_RESPONSE, payloads.TokenResponse),
    (identity.ME, payloads.Me),
    (identity.SIGNING_CERTIFICATE, payloads.SigningCertificate),
    (cases.CASE_SUMMARY, payloads.CaseSummary),
    (cases.CASE_LIST_ENVELOPE, payloads.CaseSyncPage),
    (cases.CASE, payloads.Case),
    (messages._MESSAGE_GENERIC, payloads.Message),  # what MESSAGE's fast path falls back to
    (messages.MESSAGE_PAGE_ENVELOPE, payloads.MessagePage),
    (annotations.ANNOTATION, payloads.Annotation),
    (annotations.ANNOTATION_LIST, payloads.AnnotationList),
    (votes.VOTE, payloads.Vote),
    (votes.VOTE_BOARD, payloads.VoteBoard),
    (rulings.RULING_RECEIPT, payloads.RulingReceipt),
    (rulings.RULING_RECORD, payloads.RulingRecord),
    (rulings.RULING_PAGE_ENVELOPE, payloads.RulingPage),
]


def _agree(shape: Obj, typed: Any, where: str) -> None:
    """The shape's required and optional fields are the TypedDict's, down through nested objects."""
    assert set(shape.required) == typed.__required_keys__, f"{where}: required fields differ"
    assert set(shape.optional) == typed.__optional_keys__, f"{where}: optional fields differ"
    hints = typing.get_type_hints(typed)
    for key, inner in {**shape.required, **shape.optional}.items():
        hint = hints[key]
        if isinstance(inner, Arr):
            inner, hint = inner.item, typing.get_args(hint)[0]
        if isinstance(inner, Obj):
            assert typing.is_typeddict(hint), f"{where}/{key}: an object, typed as {hint}"
            _agree(inner, hint, f"{where}/{key}")


@pytest.mark.parametrize(("shape", "typed"), PAIRS, ids=[typed.__name__ for _, typed in PAIRS])
def test_each_payload_type_names_the_fields_its_shape_checks(shape: Obj, typed: Any) -> None:
    _agree(shape, typed, typed.__name__)


def test_a_missing_or_extra_field_is_caught() -> None:
    with pytest.raises(AssertionError, match="required fields differ"):
        _agree(cases.CASE_SUMMARY.extend({"extra": cases.CASE_SUMMARY}), payloads.CaseSummary, "CaseSummary")
    money_with_a_note = primitives.MONEY.extend({}, {"note": primitives.TEXT})
    with pytest.raises(AssertionError, match="CaseSummary/value: optional fields differ"):
        _agree(cases.CASE_SUMMARY.extend({"value": money_with_a_note}), payloads.CaseSummary, "CaseSummary")
