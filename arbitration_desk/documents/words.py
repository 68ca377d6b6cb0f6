"""Amounts in words (English), for the award "in words and figures"."""

from __future__ import annotations

from arbitration_desk.domain.money import Money
from arbitration_desk.domain.phrases import PhrasedError, phrase

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))


class WordsError(PhrasedError, ValueError):
    """A number the words cannot say (negative, or 10**15 or more); a ``ValueError``."""


def integer_in_words(number: int) -> str:
    """``1204`` → ``"one thousand two hundred four"`` (non-negative integers below 10**15)."""
    if number < 0 or number >= 10**15:
        raise WordsError(phrase("Documents", "out of range: {number}", number=str(number)))
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {integer_in_words(rest)}" if rest else "")
    for scale, name in _SCALES:
        if number >= scale:
            high, rest = divmod(number, scale)
            return f"{integer_in_words(high)} {name}" + (f" {integer_in_words(rest)}" if rest else "")
    raise AssertionError("unreachable")


def money_in_words(money: Money) -> str:
    """``104.90 EUR`` → ``"one hundred four and 90/100 EUR"``."""
    whole = int(money.amount)
    cents = int((money.amount - whole) * 100)
    return f"{integer_in_words(whole)} and {cents:02d}/100 {money.currency}"
