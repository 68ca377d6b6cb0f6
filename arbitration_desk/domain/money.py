"""Money as the contract carries it: a decimal string with exactly two fraction digits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from arbitration_desk.domain import payloads
from arbitration_desk.domain.phrases import PhrasedError, phrase

_AMOUNT = re.compile(r"^(0|[1-9][0-9]{0,14})\.[0-9]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
CENT = Decimal("0.01")


class MoneyError(PhrasedError, ValueError):
    """An amount or currency that does not follow the contract's rules (its phrase in ``error.phrase``)."""


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not _CURRENCY.match(self.currency):
            currency = repr(self.currency)
            raise MoneyError(phrase("Domain", "not an ISO 4217 currency code: {currency}", currency=currency))
        if not self.amount.is_finite() or self.amount < 0:
            raise MoneyError(phrase("Domain", "not a non-negative amount: {amount}", amount=str(self.amount)))
        if self.amount != self.amount.quantize(CENT):
            raise MoneyError(phrase("Domain", "more than two fraction digits: {amount}", amount=str(self.amount)))

    @classmethod
    def parse(cls, amount: str, currency: str) -> Money:
        """Parses user input or contract text such as ``"104.9"`` or ``"104.90"``; never a float."""
        text = amount.strip()
        try:
            value = Decimal(text)
        except InvalidOperation as exc:
            raise MoneyError(phrase("Domain", "not an amount: {amount}", amount=repr(amount))) from exc
        if not value.is_finite() or value < 0 or value != value.quantize(CENT):
            raise MoneyError(
                phrase("Domain", "not an amount with at most two fraction digits: {amount}", amount=repr(amount))
            )
        return cls(value.quantize(CENT), currency)

    @classmethod
    def from_json(cls, data: Any) -> Money:
        """Reads the contract's ``{amount, currency}`` object strictly (exactly two fraction digits)."""
        if not isinstance(data, dict):
            raise MoneyError(phrase("Domain", "money must be an object with amount and currency"))
        amount, currency = data.get("amount"), data.get("currency")
        if not isinstance(amount, str) or not _AMOUNT.match(amount):
            raise MoneyError(
                phrase(
                    "Domain", "amount must be a decimal string with two fraction digits: {amount}", amount=repr(amount)
                )
            )
        if not isinstance(currency, str):
            raise MoneyError(phrase("Domain", "currency must be a string"))
        return cls(Decimal(amount), currency)

    def to_json(self) -> payloads.Money:
        return {"amount": self.amount_text, "currency": self.currency}

    @property
    def amount_text(self) -> str:
        return f"{self.amount.quantize(CENT):f}"

    def __str__(self) -> str:
        return f"{self.amount_text} {self.currency}"


def is_amount_text(text: str) -> bool:
    return bool(_AMOUNT.match(text))
