from decimal import Decimal

import pytest

from arbitration_desk.domain.money import Money, MoneyError, is_amount_text


def test_from_json_reads_exact_two_digit_amounts() -> None:
    money = Money.from_json({"amount": "104.90", "currency": "EUR"})
    assert money.amount == Decimal("104.90")
    assert money.to_json() == {"amount": "104.90", "currency": "EUR"}
    assert str(money) == "104.90 EUR"


@pytest.mark.parametrize(
    "data",
    [
        {"amount": "104.9", "currency": "EUR"},
        {"amount": "104", "currency": "EUR"},
        {"amount": "-1.00", "currency": "EUR"},
        {"amount": "01.00", "currency": "EUR"},
        {"amount": 104.9, "currency": "EUR"},
        {"amount": "1.00", "currency": "eur"},
        {"amount": "1.00"},
        "1.00 EUR",
        {"amount": "1e3", "currency": "EUR"},
    ],
)
def test_from_json_rejects_what_the_contract_forbids(data: object) -> None:
    with pytest.raises(MoneyError):
        Money.from_json(data)


def test_parse_accepts_user_input_and_normalises() -> None:
    assert Money.parse(" 12.5 ", "USD").amount_text == "12.50"
    assert Money.parse("1500", "JPY").to_json() == {"amount": "1500.00", "currency": "JPY"}
    for bad in ("12.345", "abc", "-3", "NaN", "Infinity", ""):
        with pytest.raises(MoneyError):
            Money.parse(bad, "USD")


def test_decimal_arithmetic_is_exact() -> None:
    total = sum((Money.parse("0.10", "EUR").amount for _ in range(3)), Decimal(0))
    assert total == Decimal("0.30")
    assert is_amount_text("0.30") and not is_amount_text("0.3")
