"""Formatting of case data for display: enum values, moments, time left, money, sizes.

Everything here follows the desk's language and its locale's conventions (:mod:`.i18n`: month
names, digit grouping, the decimal mark, the order of date parts, chosen by the translation of each
pattern). Everything here returns plain text, for surfaces that show it as such (``PlainText`` labels, item
views, painted text). Untrusted strings pass through :func:`untrusted`
(:func:`arbitration_desk.gui.common.plaintext.literal`): bidi and other invisible or control
characters made visible, length bounded. Markup is NOT escaped: for a tooltip, a message box or a
window title use the functions of :mod:`arbitration_desk.gui.common.plaintext`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from arbitration_desk.documents.labels import OUTCOME_PHRASES
from arbitration_desk.domain.money import CENT, Money, MoneyError
from arbitration_desk.domain.timeutil import parse_timestamp, utcnow
from arbitration_desk.gui.common.i18n import say, translate
from arbitration_desk.gui.common.plaintext import literal


def untrusted(text: Any, limit: int = 10_000) -> str:
    """Platform text made safe to show as plain text: controls visible, length bounded (see :func:`literal`)."""
    return literal(text, limit)


def humanize(value: Any) -> str:
    """``"not_as_described"`` -> ``"Not as described"`` (translated: :mod:`.enum_names`); a value the
    desk does not know is shown humanized as received."""
    text = untrusted(value, 200)
    if not text:
        return "—"
    name = text.replace("_", " ").capitalize()  # marked in enum_names.NAMES
    return translate("Enum", name)


def moment(value: datetime | str | None, zone: tzinfo | None = None, *, seconds: bool = False) -> str:
    """A moment as ``"07 Feb 2026, 10:00"`` (the pattern is the language's), in ``zone`` (default: local
    time), to the second if asked; ``"—"`` when missing or unreadable."""
    if value is None:
        return "—"
    if seconds:
        pattern = translate("CaseFormat", "dd MMM yyyy, HH:mm:ss", "date and time with seconds (QLocale pattern)")
    else:
        pattern = translate("CaseFormat", "dd MMM yyyy, HH:mm", "date and time (QLocale pattern)")
    return _formatted(value, zone, pattern)


def short_moment(value: datetime, zone: tzinfo | None = None) -> str:
    """A moment of this year, as ``"07 Feb, 10:00"`` (the language's pattern), in ``zone`` (default: local)."""
    return _formatted(
        value, zone, translate("CaseFormat", "dd MMM, HH:mm", "day and time without the year (QLocale pattern)")
    )


def short_day(value: datetime, zone: tzinfo | None = None, *, year: bool = False) -> str:
    """A day as ``"7 Feb"`` (or ``"7 Feb 2027"``; the language's pattern), in ``zone`` (default: local)."""
    if year:
        pattern = translate("CaseFormat", "d MMM yyyy", "day (QLocale pattern)")
    else:
        pattern = translate("CaseFormat", "d MMM", "day without the year (QLocale pattern)")
    return _formatted(value, zone, pattern)


def utc_day(value: datetime | str) -> str:
    """The day of a ruling or an appeal, as the platform dates it (UTC): ``"6 December 2026"``."""
    return _formatted(value, UTC, translate("CaseFormat", "d MMMM yyyy", "a ruling's day, UTC (QLocale pattern)"))


def utc_moment(value: datetime | str) -> str:
    """A moment the platform dates in UTC (a signature's time stamp): ``"6 December 2026, 14:05 UTC"``."""
    pattern = translate("CaseFormat", "d MMMM yyyy, HH:mm 'UTC'", "a moment in UTC (QLocale pattern)")
    return _formatted(value, UTC, pattern)


def _formatted(value: datetime | str, zone: tzinfo | None, pattern: str) -> str:
    """``value`` (a timestamp string is parsed; one that is no timestamp is shown as received) in
    ``zone`` (None: local time), with the QLocale ``pattern``."""
    if isinstance(value, str):
        try:
            value = parse_timestamp(value)
        except ValueError:
            return untrusted(value, 60)
    return QLocale().toString(_wall_clock(value.astimezone(zone)), pattern)


def long_day(value: date) -> str:
    """A day as ``"Saturday, 07 February 2026"`` (the pattern is the language's): a chat's day separator."""
    pattern = translate("CaseFormat", "dddd, dd MMMM yyyy", "day (QLocale pattern)")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def _wall_clock(value: datetime) -> QDateTime:
    """The date and time ``value`` shows, as they are: held as UTC so that Qt moves nothing (the zone
    was chosen already; a local time in a daylight-saving gap would be shifted)."""
    day, time = QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    return QDateTime(day, time, QTimeZone.utc())


def day(value: str | None) -> str:
    return "—" if not value else untrusted(value, 40)


def duration(delta: timedelta) -> str:
    """``timedelta`` -> ``"3 d 4 h"``, ``"5 h 12 min"`` or ``"12 min"`` (absolute value)."""
    seconds = abs(int(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes = rest // 60
    if days:
        return translate("CaseFormat", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("CaseFormat", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return translate("CaseFormat", "{minutes} min").format(minutes=minutes)


def largest_unit(delta: timedelta) -> str:
    """``timedelta`` -> ``"3 d"``, ``"5 h"`` or ``"12 min"``: :func:`duration`'s largest unit alone (absolute)."""
    seconds = abs(int(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    if days:
        return translate("CaseFormat", "{days} d").format(days=days)
    if hours:
        return translate("CaseFormat", "{hours} h").format(hours=hours)
    return translate("CaseFormat", "{minutes} min").format(minutes=rest // 60)


def time_left(deadline: datetime, now: datetime | None = None) -> tuple[str, bool]:
    """(text, overdue): ``"3 d 4 h left"`` or ``"overdue by 2 h 5 min"``."""
    delta = deadline - (now or utcnow())
    if delta.total_seconds() <= 0:
        return translate("CaseFormat", "overdue by {duration}").format(duration=duration(delta)), True
    return translate("CaseFormat", "{duration} left").format(duration=duration(delta)), False


def outcome_words(outcome: str) -> str:
    """A vote's or a ruling's outcome inside a sentence or a table cell: ``"favor_buyer"`` -> ``"In
    favour of the buyer"`` (``documents.labels.OUTCOME_PHRASES``, translated); an outcome the desk does not
    know: as received, "_" as spaces."""
    name = OUTCOME_PHRASES.get(outcome)
    return say(name) if name is not None else outcome.replace("_", " ")


def money(value: Any) -> str:
    """A contract money object (or :class:`Money`) as ``"1,104.90 EUR"`` in the locale's digits;
    odd input shown as received."""
    if not isinstance(value, Money):
        try:
            value = Money.from_json(value)
        except MoneyError:
            return untrusted(value, 80) if value is not None else "—"
    whole, cents = divmod(int(value.amount.quantize(CENT) * 100), 100)
    locale = QLocale()
    amount = f"{locale.toString(whole)}{locale.decimalPoint()}{cents:02d}"
    return translate("CaseFormat", "{amount} {currency}", "money").format(amount=amount, currency=value.currency)


def size(count: int) -> str:
    """Bytes as ``"2.4 MB"`` (decimal units, the locale's decimal mark)."""
    if count < 1000:
        return translate("CaseFormat", "%n byte(s)", n=count)
    amount = float(count)
    for unit in ("kB", "MB", "GB"):
        amount /= 1000
        if amount < 1000 or unit == "GB":
            break
    return f"{QLocale().toString(amount, 'f', 1)} {unit}"


def field(data: Any, *keys: str) -> Any:
    """``data[k1][k2]...`` or None when any level is missing or not a dict."""
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data
