"""Timestamps as the contract writes them: RFC 3339, UTC, ``Z`` suffix."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$")


def is_timestamp(text: str) -> bool:
    if not _TIMESTAMP.match(text):
        return False
    try:
        parse_timestamp(text)
    except ValueError:
        return False
    return True


def parse_timestamp(text: str) -> datetime:
    """Parses a contract timestamp into an aware UTC datetime (raises ValueError otherwise)."""
    if not _TIMESTAMP.match(text):
        raise ValueError(f"not an RFC 3339 UTC timestamp: {text!r}")
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def format_timestamp(moment: datetime, *, micro: bool = False) -> str:
    """Formats an aware datetime as the contract does (whole seconds unless ``micro``)."""
    moment = moment.astimezone(UTC)
    if micro:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def utcnow() -> datetime:
    return datetime.now(UTC)
