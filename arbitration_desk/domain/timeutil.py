"""Timestamps as the contract writes them: RFC 3339, UTC, ``Z`` suffix."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from arbitration_desk.domain.phrases import PhrasedError, phrase

_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$")
#: A contract timestamp that only a real date and time can match: year 0001-9999, month 01-12, a
#: day every such month has (29 and 30 except in February, 31 in the seven long months), hour
#: 00-23, minute and second 00-59. A match needs no ``fromisoformat`` check; no match (29 February,
#: or anything invalid) is decided by the full check. For the hot paths: a chat page is 1,000 of them.
SURELY_REAL_TIMESTAMP = re.compile(
    r"(?!0000)[0-9]{4}-"
    r"(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
    r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,6})?Z"
)


class TimestampFormatError(PhrasedError, ValueError):
    """Text that is not a contract timestamp (a ``ValueError``; its phrase in ``error.phrase``)."""


def is_timestamp(text: str) -> bool:
    if SURELY_REAL_TIMESTAMP.fullmatch(text) is not None:
        return True
    if not _TIMESTAMP.match(text):
        return False
    try:
        parse_timestamp(text)
    except ValueError:
        return False
    return True


def parse_timestamp(text: str) -> datetime:
    """Parses a contract timestamp into an aware UTC datetime.

    Raises:
        TimestampFormatError: (a ``ValueError``) ``text`` is not written as the contract writes one.
        ValueError: a date or time that does not exist (``fromisoformat``'s own message).
    """
    if not _TIMESTAMP.match(text):
        raise TimestampFormatError(phrase("Domain", "not an RFC 3339 UTC timestamp: {text}", text=repr(text)))
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def format_timestamp(moment: datetime, *, micro: bool = False) -> str:
    """Formats an aware datetime as the contract does (whole seconds unless ``micro``)."""
    moment = moment.astimezone(UTC)
    if micro:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def utcnow() -> datetime:
    return datetime.now(UTC)
