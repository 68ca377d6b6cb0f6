"""Formatting of case data for display: enum values, moments, time left, money, sizes.

Everything here returns plain text, for surfaces that show it as such (``PlainText`` labels, item
views, painted text). Untrusted strings pass through :func:`untrusted`
(:func:`arbitration_desk.gui.common.plaintext.literal`): bidi and other invisible or control
characters made visible, length bounded. Markup is NOT escaped: for a tooltip, a message box or a
window title use the functions of :mod:`arbitration_desk.gui.common.plaintext`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.timeutil import parse_timestamp, utcnow
from arbitration_desk.gui.common.plaintext import literal


def untrusted(text: Any, limit: int = 10_000) -> str:
    """Platform text made safe to show as plain text: controls visible, length bounded (see :func:`literal`)."""
    return literal(text, limit)


def humanize(value: Any) -> str:
    """``"not_as_described"`` -> ``"Not as described"``; unknown enum values are shown as they are."""
    text = untrusted(value, 200)
    return text.replace("_", " ").capitalize() if text else "—"


def moment(value: datetime | str | None) -> str:
    """A moment in local time, e.g. ``"17 Feb 2026, 10:00"``; ``"—"`` when missing or unreadable."""
    if value is None:
        return "—"
    if isinstance(value, str):
        try:
            value = parse_timestamp(value)
        except ValueError:
            return untrusted(value, 60)
    return value.astimezone().strftime("%d %b %Y, %H:%M")


def day(value: str | None) -> str:
    return "—" if not value else untrusted(value, 40)


def duration(delta: timedelta) -> str:
    """``timedelta`` -> ``"3 d 4 h"``, ``"5 h 12 min"`` or ``"12 min"`` (absolute value)."""
    seconds = abs(int(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"


def time_left(deadline: datetime, now: datetime | None = None) -> tuple[str, bool]:
    """(text, overdue): ``"3 d 4 h left"`` or ``"overdue by 2 h 5 min"``."""
    delta = deadline - (now or utcnow())
    if delta.total_seconds() <= 0:
        return f"overdue by {duration(delta)}", True
    return f"{duration(delta)} left", False


def money(value: Any) -> str:
    """A contract money object (or :class:`Money`) as ``"104.90 EUR"``; odd input shown as received."""
    if isinstance(value, Money):
        return str(value)
    try:
        return str(Money.from_json(value))
    except MoneyError:
        return untrusted(value, 80) if value is not None else "—"


def size(count: int) -> str:
    """Bytes as ``"2.4 MB"`` (decimal units)."""
    amount = float(count)
    for unit in ("bytes", "kB", "MB", "GB"):
        if amount < 1000 or unit == "GB":
            return f"{count} bytes" if unit == "bytes" else f"{amount:.1f} {unit}"
        amount /= 1000
    return f"{count} bytes"  # pragma: no cover


def field(data: Any, *keys: str) -> Any:
    """``data[k1][k2]...`` or None when any level is missing or not a dict."""
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
