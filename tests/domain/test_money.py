from decimal import Decimal

import pytest

from arbitration_desk.domain.appeals import Appeal, AppealError
from arbitration_desk.domain.money import Money, MoneyError, is_amount_text
from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.domain.timeutil import TimestampFormatError, parse_timestamp


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


def test_a_money_error_carries_its_phrase_and_reads_as_before() -> None:
    with pytest.raises(MoneyError) as raised:
        Money.parse("12.345", "USD")
    said = phrase_of(raised.value)
    assert said is not None and said.context == "Domain"
    assert said.template == "not an amount with at most two fraction digits: {amount}"
    assert str(raised.value) == "not an amount with at most two fraction digits: '12.345'"
    assert isinstance(raised.value, ValueError)  # callers that catch ValueError still do


def test_an_appeal_error_carries_the_inner_error_as_a_phrase() -> None:
    case = {"appeal": {"award": {"amount": "1.5", "currency": "EUR"}}}
    with pytest.raises(AppealError) as raised:
        Appeal.from_case(case)
    said = phrase_of(raised.value)
    assert said is not None and said.template == "the appeal is malformed: {error}"
    assert str(raised.value) == "the appeal is malformed: 'of_case_id'"
    with pytest.raises(TimestampFormatError) as bad_time:
        parse_timestamp("yesterday")
    assert str(bad_time.value) == "not an RFC 3339 UTC timestamp: 'yesterday'"
    assert phrase_of(bad_time.value) is not None
