"""platform/shapes/: what the platform sends is checked against the contract's shapes."""

from __future__ import annotations

import pytest

from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.platform.shapes import annotations, base, messages, primitives
from arbitration_desk.platform.shapes.base import ShapeError

MESSAGE = {
    "message_id": "msg_1",
    "channel": "buyer_seller",
    "sender": {"role": "buyer", "display_name": "Camille D."},
    "sent_at": "2026-01-26T08:20:41Z",
    "language": "fr-FR",
    "text": "<b>Bonjour</b>\u202e",
    "translations": {"en": "Hello"},
    "attachments": [],
    "unknown_field": {"ignored": True},
}


def test_shapes_drop_unknown_fields_and_keep_unknown_enums() -> None:
    message = dict(MESSAGE, channel="marketplace_support")
    clean = messages.MESSAGE.check(message)
    assert "unknown_field" not in clean
    assert clean["channel"] == "marketplace_support"
    assert clean["text"] == "<b>Bonjour</b>\u202e"


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        ({"sent_at": "yesterday"}, "/sent_at"),
        ({"sent_at": None}, "/sent_at"),
        ({"attachments": "ev_1"}, "/attachments"),
        ({"translations": {"not a tag!": "x"}}, "/translations/not a tag!"),
        ({"sender": {"role": "buyer"}}, "/sender/display_name"),
        ({"text": 5}, "/text"),
        ({"message_id": ""}, "/message_id"),
        ({"text": "x" * (base.MAX_STRING + 1)}, "/text"),
    ],
)
def test_shapes_reject_wrong_types_with_a_pointer(change: dict[str, object], pointer: str) -> None:
    with pytest.raises(ShapeError) as info:
        messages.MESSAGE.check({**MESSAGE, **change})
    assert info.value.pointer == pointer
    said = phrase_of(info.value)  # translatable; the pointer (the platform's keys) a field as it is
    assert said is not None and said.context == "Payload" and said.values["pointer"] == pointer
    assert str(info.value) == str(said) == f"{pointer}: {info.value.reason}"


def test_a_shape_error_says_the_same_english_as_a_phrase() -> None:
    with pytest.raises(ShapeError) as info:
        primitives.COUNT.check("3")
    assert str(info.value) == "/: expected an integer, got str"
    reason = phrase_of(info.value).values["reason"]  # type: ignore[union-attr]
    assert getattr(reason, "template", None) == "expected an integer, got {type}"
    with pytest.raises(ShapeError, match=r"^/items: array of 1 item out of bounds$"):
        base.Obj({"items": base.Arr(base.Raw(), min_items=2)}).check({"items": [0]})
    with pytest.raises(ShapeError, match=r"^/items: array of 0 items out of bounds$"):
        base.Obj({"items": base.Arr(base.Raw(), min_items=2)}).check({"items": []})


def test_money_and_counts_are_strict() -> None:
    with pytest.raises(ShapeError):
        primitives.MONEY.check({"amount": 10.5, "currency": "EUR"})
    with pytest.raises(ShapeError):
        primitives.MONEY.check({"amount": "10.5", "currency": "EUR"})
    with pytest.raises(ShapeError):
        primitives.COUNT.check(True)
    with pytest.raises(ShapeError):
        annotations.REGION.check({"x": 0.1, "y": 0.1, "width": 0, "height": 0.2})
