"""Messages: the ``Message`` shape, with its fast path, and the page envelope."""

from __future__ import annotations

import re
from typing import Any

from arbitration_desk.domain import enums as E
from arbitration_desk.domain.timeutil import is_timestamp
from arbitration_desk.platform.shapes.base import MAX_STRING, Arr, Bool, Enum, MapOf, Obj, Raw, Shape
from arbitration_desk.platform.shapes.primitives import CURSOR, LANGUAGE, OPAQUE_ID, TEXT, TIMESTAMP

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
