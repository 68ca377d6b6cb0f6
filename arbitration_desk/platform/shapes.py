"""Validation of what the platform sends, against the contract's shapes.

Everything the platform sends is untrusted. A shape checks types, required fields, patterns and
bounds, drops fields it does not know (the contract says to ignore them) and keeps unknown enum
values as they are (enums may grow). It returns a clean copy or raises :class:`ShapeError` naming
the offending place with a JSON Pointer. Hand-written rather than a JSON Schema engine because it
runs on every message of every chat (hundreds of thousands per sync) and must be lenient on enums.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from arbitration_desk.domain import enums as E
from arbitration_desk.domain.timeutil import is_timestamp

#: No single string from the platform may exceed this (a guard against memory exhaustion).
MAX_STRING = 4 * 1024 * 1024


class ShapeError(ValueError):
    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(f"{pointer or '/'}: {message}")
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
            raise ShapeError(pointer, f"expected a string, got {type(value).__name__}")
        if not self.min_len <= len(value) <= self.max_len:
            raise ShapeError(pointer, f"string length {len(value)} outside {self.min_len}..{self.max_len}")
        if self.pattern is not None and not self.pattern.fullmatch(value):
            raise ShapeError(pointer, "string does not have the expected form")
        return value


class Timestamp(Str):
    def check(self, value: Any, pointer: str = "") -> str:
        text = super().check(value, pointer)
        if not is_timestamp(text):
            raise ShapeError(pointer, "not an RFC 3339 UTC timestamp")
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
            raise ShapeError(pointer, f"expected an integer, got {type(value).__name__}")
        if (self.minimum is not None and value < self.minimum) or (self.maximum is not None and value > self.maximum):
            raise ShapeError(pointer, f"integer {value} out of range")
        return value


class Num(Shape):
    def __init__(self, *, minimum: float, maximum: float, exclusive_minimum: bool = False) -> None:
        self.minimum, self.maximum, self.exclusive_minimum = minimum, maximum, exclusive_minimum

    def check(self, value: Any, pointer: str = "") -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ShapeError(pointer, f"expected a number, got {type(value).__name__}")
        low_ok = value > self.minimum if self.exclusive_minimum else value >= self.minimum
        if not low_ok or value > self.maximum or value != value:
            raise ShapeError(pointer, f"number {value} out of range")
        return float(value)


class Bool(Shape):
    def check(self, value: Any, pointer: str = "") -> bool:
        if not isinstance(value, bool):
            raise ShapeError(pointer, f"expected true or false, got {type(value).__name__}")
        return value


class Arr(Shape):
    def __init__(self, item: Shape, *, min_items: int = 0, max_items: int | None = None) -> None:
        self.item, self.min_items, self.max_items = item, min_items, max_items

    def check(self, value: Any, pointer: str = "") -> list[Any]:
        if not isinstance(value, list):
            raise ShapeError(pointer, f"expected an array, got {type(value).__name__}")
        if len(value) < self.min_items or (self.max_items is not None and len(value) > self.max_items):
            raise ShapeError(pointer, f"array of {len(value)} items out of bounds")
        return [self.item.check(item, f"{pointer}/{index}") for index, item in enumerate(value)]


class Obj(Shape):
    def __init__(self, required: Mapping[str, Shape], optional: Mapping[str, Shape] | None = None) -> None:
        self.required = dict(required)
        self.optional = dict(optional or {})

    def check(self, value: Any, pointer: str = "") -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ShapeError(pointer, f"expected an object, got {type(value).__name__}")
        clean: dict[str, Any] = {}
        for key, shape in self.required.items():
            if key not in value:
                raise ShapeError(f"{pointer}/{_escape(key)}", "required field missing")
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
            raise ShapeError(pointer, f"expected an object, got {type(value).__name__}")
        if len(value) > self.max_entries:
            raise ShapeError(pointer, f"{len(value)} entries, at most {self.max_entries}")
        return {
            self.key.check(key, f"{pointer}/{_escape(str(key))}"): self.value.check(item, f"{pointer}/{_escape(key)}")
            for key, item in value.items()
        }


# --- The contract's primitives -----------------------------------------------------------------

OPAQUE_ID = Str(min_len=1, max_len=128)
CURSOR = Str(min_len=1, max_len=2048)
TIMESTAMP = Timestamp(min_len=20, max_len=40)
LANGUAGE = Str(pattern=r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", max_len=64)
COUNTRY = Str(pattern=r"[A-Z]{2}")
SHA256 = Str(pattern=r"[0-9a-f]{64}")
UUID = Str(pattern=r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DATE = Str(pattern=r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TEXT = Str()
COUNT = Int(minimum=0)
MONEY = Obj(
    {"amount": Str(pattern=r"(0|[1-9][0-9]{0,14})\.[0-9]{2}"), "currency": Str(pattern=r"[A-Z]{3}")},
)

# --- Identity and tokens ------------------------------------------------------------------------

TOKEN_RESPONSE = Obj(
    {
        "access_token": Str(min_len=1, max_len=4096),
        "refresh_token": Str(min_len=1, max_len=4096),
        "token_type": Str(pattern="Bearer"),
        "expires_in": Int(minimum=1),
    }
)
ME = Obj(
    {
        "member_id": OPAQUE_ID,
        "display_name": TEXT,
        "email": TEXT,
        "roles": Arr(Enum(E.MemberRole)),
        "locale": LANGUAGE,
        "timezone": Str(max_len=200),
    }
)
SIGNING_CERTIFICATE = Obj(
    {"certificate_pem": TEXT, "chain_pem": Arr(TEXT, min_items=1), "not_after": TIMESTAMP},
)

# --- Cases --------------------------------------------------------------------------------------

CASE_SUMMARY = Obj(
    {
        "id": OPAQUE_ID,
        "reference": Str(min_len=1, max_len=200),
        "status": Enum(E.CaseStatus),
        "value": MONEY,
        "claim_type": Enum(E.ClaimType),
        "opened_at": TIMESTAMP,
        "escalated_at": TIMESTAMP,
        "ruling_due_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
        "version": Int(minimum=1),
    }
)
CASE_SYNC_PAGE = Obj(
    {"items": Arr(CASE_SUMMARY), "removed": Arr(OPAQUE_ID), "next_cursor": CURSOR, "has_more": Bool()},
)
_STATS = Obj(
    {
        "disputes_opened": COUNT,
        "disputes_against": COUNT,
        "rulings_won": COUNT,
        "rulings_lost": COUNT,
        "late_responses": COUNT,
    }
)
PARTY = Obj(
    {
        "party_id": OPAQUE_ID,
        "role": Enum(E.PartyRole),
        "display_name": TEXT,
        "country": COUNTRY,
        "language": LANGUAGE,
        "member_since": DATE,
        "stats_12m": _STATS,
    }
)
_TRACKING_EVENT = Obj(
    {"at": TIMESTAMP, "status": Enum(E.TrackingStatus), "description": TEXT},
    {"location": TEXT},
)
ORDER = Obj(
    {
        "order_id": OPAQUE_ID,
        "placed_at": TIMESTAMP,
        "items": Arr(
            Obj({"sku": TEXT, "title": TEXT, "quantity": Int(minimum=1), "unit_price": MONEY}),
            min_items=1,
        ),
        "total": MONEY,
        "payment": Obj({"method": Enum(E.PaymentMethod), "paid_at": TIMESTAMP}),
        "shipping": Obj(
            {
                "carrier": TEXT,
                "tracking_number": TEXT,
                "destination_country": COUNTRY,
                "events": Arr(_TRACKING_EVENT),
            },
            {"shipped_at": TIMESTAMP, "delivered_at": TIMESTAMP},
        ),
    }
)
CLAIM = Obj(
    {
        "type": Enum(E.ClaimType),
        "description": TEXT,
        "requested_remedy": Enum(E.RequestedRemedy),
        "amount_claimed": MONEY,
        "opened_at": TIMESTAMP,
    }
)
HISTORY_EVENT = Obj({"at": TIMESTAMP, "actor": Enum(E.HistoryActor), "kind": Enum(E.HistoryKind)}, {"note": TEXT})
EVIDENCE_ITEM = Obj(
    {
        "evidence_id": OPAQUE_ID,
        "submitted_by": Enum(E.EvidenceSubmitter),
        "kind": Enum(E.EvidenceKind),
        "title": TEXT,
        "filename": Str(max_len=4096),
        "media_type": Str(max_len=255),
        "size_bytes": Int(minimum=0, maximum=104_857_600),
        "sha256": SHA256,
        "submitted_at": TIMESTAMP,
        "referenced_message_ids": Arr(OPAQUE_ID),
    },
    {"description": TEXT},
)
PANEL = Obj(
    {
        "chair_id": OPAQUE_ID,
        "members": Arr(Obj({"member_id": OPAQUE_ID, "display_name": TEXT, "role": Enum(E.PanelRole)})),
    }
)
CASE = CASE_SUMMARY.extend(
    {
        "parties": Arr(PARTY, min_items=2, max_items=2),
        "order": ORDER,
        "claim": CLAIM,
        "history": Arr(HISTORY_EVENT),
        "evidence": Arr(EVIDENCE_ITEM),
        "panel": PANEL,
        "message_count": COUNT,
    },
    {"seller_response": Obj({"text": TEXT, "responded_at": TIMESTAMP})},
)

# --- Messages -----------------------------------------------------------------------------------

_MESSAGE_GENERIC = Obj(
    {
        "message_id": OPAQUE_ID,
        "channel": Enum(E.Channel),
        "sender": Obj({"role": Enum(E.SenderRole), "display_name": TEXT}),
        "sent_at": TIMESTAMP,
        "language": LANGUAGE,
        "text": TEXT,
        "translations": MapOf(LANGUAGE, TEXT),
        "attachments": Arr(OPAQUE_ID),
    }
)


# Fast-path constants for the Message shape, at module level: in the hot loop a global lookup is
# cheaper than an attribute lookup through ``self``.
_MESSAGE_KEYS = ("message_id", "channel", "sender", "sent_at", "language", "text", "translations", "attachments")
_MESSAGE_KEYSET = frozenset(_MESSAGE_KEYS)
_SENDER_KEYSET = frozenset(("role", "display_name"))
_LANG_FORM = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
#: Language tags that already passed ``_is_new_language`` (a page repeats a handful: 'en',
#: 'zh-CN'...). A set lookup replaces a regex match; only plain ``str`` values are looked up, and
#: the check is a pure function of the string, so a hit means the full check would pass. Bounded,
#: as the tags come from the platform: once full, new tags are simply checked every time.
_KNOWN_LANGUAGES: set[str] = set()
_KNOWN_LANGUAGES_MAX = 1024


def _is_new_language(tag: str) -> bool:
    """The full check of a language tag (a plain ``str``) not yet in ``_KNOWN_LANGUAGES``."""
    if len(tag) > 64 or _LANG_FORM.fullmatch(tag) is None:
        return False
    if len(_KNOWN_LANGUAGES) < _KNOWN_LANGUAGES_MAX:
        _KNOWN_LANGUAGES.add(tag)
    return True


class _MessageShape(Shape):
    """The ``Message`` shape with a fast path: a chat of 50,000 messages passes through here.

    A well-formed message is checked with direct type tests; anything unusual falls back to the
    generic shape, which produces the precise error with its JSON Pointer.
    """

    def check(self, value: Any, pointer: str = "") -> dict[str, Any]:
        try:
            if type(value) is dict and _plain_message(value):
                if value.keys() == _MESSAGE_KEYSET and value["sender"].keys() == _SENDER_KEYSET:
                    return value  # exactly the contract's fields: nothing to drop, nothing to copy
                return {key: value[key] for key in _MESSAGE_KEYS} | {
                    "sender": {"role": value["sender"]["role"], "display_name": value["sender"]["display_name"]},
                    "translations": dict(value["translations"]),
                    "attachments": list(value["attachments"]),
                }
        except (KeyError, TypeError):
            pass
        return _MESSAGE_GENERIC.check(value, pointer)


def _plain_message(m: dict[str, Any]) -> bool:
    """Whether ``m`` is a well-formed message with plain types (``type(x) is str``, not a subclass).

    False (or a KeyError or TypeError) sends the message to the generic shape, so the order of
    these side-effect-free tests does not matter; each limit is the generic shape's.
    """
    message_id = m["message_id"]
    channel = m["channel"]
    sender = m["sender"]
    sent_at = m["sent_at"]
    language = m["language"]
    text = m["text"]
    translations = m["translations"]
    attachments = m["attachments"]
    if not (
        type(message_id) is str
        and 1 <= len(message_id) <= 128
        and type(channel) is str
        and 1 <= len(channel) <= 200
        and type(sender) is dict
        and type(text) is str
        and len(text) <= MAX_STRING
        and type(translations) is dict
        and len(translations) <= 200
        and type(attachments) is list
        and type(language) is str
        and (language in _KNOWN_LANGUAGES or _is_new_language(language))
        and type(sent_at) is str
        and is_timestamp(sent_at)
    ):
        return False
    role = sender["role"]
    display_name = sender["display_name"]
    if not (
        type(role) is str and 1 <= len(role) <= 200 and type(display_name) is str and len(display_name) <= MAX_STRING
    ):
        return False
    known = _KNOWN_LANGUAGES
    for tag, translated in translations.items():
        if type(tag) is not str or not (tag in known or _is_new_language(tag)):
            return False
        if type(translated) is not str or len(translated) > MAX_STRING:
            return False
    return all(type(item) is str and 1 <= len(item) <= 128 for item in attachments)


MESSAGE = _MessageShape()
MESSAGE_PAGE_ENVELOPE = Obj({"items": Arr(Raw()), "next_cursor": CURSOR, "has_more": Bool()})

# --- Annotations and votes ----------------------------------------------------------------------

REGION = Obj(
    {
        "x": Num(minimum=0, maximum=1),
        "y": Num(minimum=0, maximum=1),
        "width": Num(minimum=0, maximum=1, exclusive_minimum=True),
        "height": Num(minimum=0, maximum=1, exclusive_minimum=True),
    }
)
ANNOTATION_TARGET = Obj(
    {"type": Enum(E.AnnotationTargetType)},
    {"id": OPAQUE_ID, "region": REGION, "quote": Str(max_len=2000)},
)
ANNOTATION = Obj(
    {
        "annotation_id": UUID,
        "author_id": OPAQUE_ID,
        "author_name": TEXT,
        "etag": Str(min_len=1, max_len=1024),
        "target": ANNOTATION_TARGET,
        "body": Str(min_len=1, max_len=10000),
        "created_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
    }
)
ANNOTATION_LIST = Obj(
    {
        "items": Arr(ANNOTATION),
        "deleted": Arr(Obj({"annotation_id": UUID, "deleted_at": TIMESTAMP})),
        "as_of": TIMESTAMP,
    }
)
VOTE_OUTCOME = Enum(E.VoteOutcome)
VOTE = Obj(
    {
        "member_id": OPAQUE_ID,
        "display_name": TEXT,
        "outcome": VOTE_OUTCOME,
        "award": MONEY,
        "rationale": TEXT,
        "cast_at": TIMESTAMP,
    }
)
VOTE_BOARD = Obj(
    {
        "quorum": Int(minimum=1),
        "cast": COUNT,
        "sealed": Bool(),
        "items": Arr(
            Obj(
                {"member_id": OPAQUE_ID, "has_voted": Bool()},
                {
                    "display_name": TEXT,
                    "outcome": VOTE_OUTCOME,
                    "award": MONEY,
                    "rationale": TEXT,
                    "cast_at": TIMESTAMP,
                },
            )
        ),
    }
)

# --- Rulings ------------------------------------------------------------------------------------

RULING_RECEIPT = Obj(
    {
        "ruling_id": OPAQUE_ID,
        "case_id": OPAQUE_ID,
        "case_reference": TEXT,
        "received_at": TIMESTAMP,
        "document_sha256": SHA256,
    }
)
RULING_RECORD = Obj(
    {
        "ruling_id": OPAQUE_ID,
        "case_id": OPAQUE_ID,
        "case_reference": TEXT,
        "outcome": VOTE_OUTCOME,
        "award": MONEY,
        "decided_at": TIMESTAMP,
        "received_at": TIMESTAMP,
        "chair_id": OPAQUE_ID,
        "document_sha256": SHA256,
        "document_size": Int(minimum=1),
    }
)
RULING_PAGE_ENVELOPE = Obj({"items": Arr(Raw()), "next_cursor": CURSOR, "has_more": Bool()})
