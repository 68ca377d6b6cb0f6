"""The shape machinery: checks of one JSON value each, composed into the contract's objects."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from arbitration_desk.domain.phrases import Phrase, PhrasedError, phrase
from arbitration_desk.domain.timeutil import is_timestamp

#: No single string from the platform may exceed this (a guard against memory exhaustion).
MAX_STRING = 4 * 1024 * 1024


class ShapeError(PhrasedError, ValueError):
    """A value that does not have its shape: ``str()`` is "POINTER: reason"; ``phrase`` says it
    translatable (context "Payload"), the JSON Pointer as a field.

    Attributes:
        pointer: where, as a JSON Pointer ("/" for the whole value).
        reason: what is wrong there.
    """

    def __init__(self, pointer: str, message: Phrase | str) -> None:
        super().__init__(phrase("Payload", "{pointer}: {reason}", pointer=pointer or "/", reason=message))
        self.pointer = pointer or "/"
        self.reason = message


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


class Shape:
    def check(self, value: Any, pointer: str = "") -> Any:
        raise NotImplementedError


class Str(Shape):
    def __init__(self, *, min_len: int = 0, max_len: int = MAX_STRING, pattern: str | None = None) -> None:
        self.min_len, self.max_len = min_len, min(max_len, MAX_STRING)
        self.pattern = re.compile(pattern) if pattern else None

    def check(self, value: Any, pointer: str = "") -> str:
        if not isinstance(value, str):
            raise ShapeError(pointer, phrase("Payload", "expected a string, got {type}", type=type(value).__name__))
        if not self.min_len <= len(value) <= self.max_len:
            raise ShapeError(
                pointer,
                phrase(
                    "Payload",
                    "string length {length} outside {low}..{high}",
                    length=len(value),
                    low=self.min_len,
                    high=self.max_len,
                ),
            )
        if self.pattern is not None and not self.pattern.fullmatch(value):
            raise ShapeError(pointer, phrase("Payload", "string does not have the expected form"))
        return value


class Timestamp(Str):
    def check(self, value: Any, pointer: str = "") -> str:
        text = super().check(value, pointer)
        if not is_timestamp(text):
            raise ShapeError(pointer, phrase("Payload", "not an RFC 3339 UTC timestamp"))
        return text


class Enum(Str):
    """A string enum that may grow: any short non-empty string passes, unknown values kept as they are.

    ``known`` names the domain enum for readers; the value is not restricted to it.
    """

    def __init__(self, known: type[StrEnum]) -> None:
        super().__init__(min_len=1, max_len=200)
        self.known = known


class Raw(Shape):
    """Passes a value through unchecked: for envelopes whose items are checked one by one."""

    def check(self, value: Any, pointer: str = "") -> Any:
        return value


class Int(Shape):
    def __init__(self, *, minimum: int | None = None, maximum: int | None = None) -> None:
        self.minimum, self.maximum = minimum, maximum

    def check(self, value: Any, pointer: str = "") -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ShapeError(pointer, phrase("Payload", "expected an integer, got {type}", type=type(value).__name__))
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            raise ShapeError(pointer, phrase("Payload", "integer {value} out of range", value=value))
        return value


class Num(Shape):
    def __init__(self, *, minimum: float, maximum: float, exclusive_minimum: bool = False) -> None:
        self.minimum, self.maximum, self.exclusive_minimum = minimum, maximum, exclusive_minimum

    def check(self, value: Any, pointer: str = "") -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ShapeError(pointer, phrase("Payload", "expected a number, got {type}", type=type(value).__name__))
        low_ok = value > self.minimum if self.exclusive_minimum else value >= self.minimum
        if not low_ok or value > self.maximum or value != value:
            raise ShapeError(pointer, phrase("Payload", "number {value} out of range", value=value))
        return float(value)


class Bool(Shape):
    def check(self, value: Any, pointer: str = "") -> bool:
        if not isinstance(value, bool):
            raise ShapeError(
                pointer, phrase("Payload", "expected true or false, got {type}", type=type(value).__name__)
            )
        return value


class Arr(Shape):
    def __init__(self, item: Shape, *, min_items: int = 0, max_items: int | None = None) -> None:
        self.item, self.min_items, self.max_items = item, min_items, max_items

    def check(self, value: Any, pointer: str = "") -> list[Any]:
        if not isinstance(value, list):
            raise ShapeError(pointer, phrase("Payload", "expected an array, got {type}", type=type(value).__name__))
        if len(value) < self.min_items or (self.max_items is not None and len(value) > self.max_items):
            raise ShapeError(pointer, phrase("Payload", "array of %n item(s) out of bounds", n=len(value)))
        return [self.item.check(item, f"{pointer}/{index}") for index, item in enumerate(value)]


class Obj(Shape):
    def __init__(self, required: Mapping[str, Shape], optional: Mapping[str, Shape] | None = None) -> None:
        self.required = dict(required)
        self.optional = dict(optional or {})

    def check(self, value: Any, pointer: str = "") -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ShapeError(pointer, phrase("Payload", "expected an object, got {type}", type=type(value).__name__))
        clean: dict[str, Any] = {}
        for key, shape in self.required.items():
            if key not in value:
                where = f"{pointer}/{_escape(key)}"
                raise ShapeError(where, phrase("Payload", "required field missing"))
            clean[key] = shape.check(value[key], f"{pointer}/{_escape(key)}")
        for key, shape in self.optional.items():
            if key in value:
                clean[key] = shape.check(value[key], f"{pointer}/{_escape(key)}")
        return clean

    def extend(self, required: Mapping[str, Shape], optional: Mapping[str, Shape] | None = None) -> Obj:
        """An object shape with this one's fields and more (the contract's ``allOf``)."""
        return Obj({**self.required, **required}, {**self.optional, **(optional or {})})


class MapOf(Shape):
    def __init__(self, key: Str, value: Shape, *, max_entries: int = 200) -> None:
        self.key, self.value, self.max_entries = key, value, max_entries

    def check(self, value: Any, pointer: str = "") -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ShapeError(pointer, phrase("Payload", "expected an object, got {type}", type=type(value).__name__))
        if len(value) > self.max_entries:
            raise ShapeError(
                pointer,
                phrase("Payload", "{count} entries, at most {maximum}", count=len(value), maximum=self.max_entries),
            )
        return {
            self.key.check(key, f"{pointer}/{_escape(str(key))}"): self.value.check(item, f"{pointer}/{_escape(key)}")
            for key, item in value.items()
        }
