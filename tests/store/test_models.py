"""store/models.py: the column types that keep timestamps sortable as text and amounts exact."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy.dialects import sqlite

from arbitration_desk.store.models import DecimalText, StateText, UtcTimestamp, to_sortable
from arbitration_desk.store.states import OutboxState

DIALECT = sqlite.dialect()


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2026-02-01T09:00:00Z", "2026-02-01T09:00:00.000000Z"),
        ("2026-02-01T09:00:00.5Z", "2026-02-01T09:00:00.500000Z"),
        ("2026-02-01T09:00:00.123456Z", "2026-02-01T09:00:00.123456Z"),
        ("2024-02-29T23:59:59.1Z", "2024-02-29T23:59:59.100000Z"),  # a leap day: the slow path checks it
        (datetime(2026, 2, 1, 10, 30, tzinfo=timezone(timedelta(hours=1, minutes=30))), "2026-02-01T09:00:00.000000Z"),
    ],
)
def test_timestamps_are_stored_in_one_fixed_width_utc_form(given: datetime | str, stored: str) -> None:
    assert to_sortable(given) == stored


def test_the_fixed_width_form_sorts_as_text_in_time_order() -> None:
    received = ["2026-02-01T09:00:00.5Z", "2026-02-01T09:00:00Z", "2026-02-01T09:00:00.05Z", "2026-02-01T08:59:59.999Z"]
    as_text = sorted(received, key=to_sortable)
    assert as_text == [
        "2026-02-01T08:59:59.999Z",
        "2026-02-01T09:00:00Z",
        "2026-02-01T09:00:00.05Z",
        "2026-02-01T09:00:00.5Z",
    ]
    column = UtcTimestamp()
    read_back = [column.process_result_value(column.process_bind_param(text, DIALECT), DIALECT) for text in as_text]
    assert read_back == sorted(read_back)
    assert all(
        moment is not None and moment.tzinfo is not None and moment.utcoffset() == timedelta(0) for moment in read_back
    )
    assert column.process_bind_param(None, DIALECT) is None and column.process_result_value(None, DIALECT) is None


@pytest.mark.parametrize(
    "bad",
    [
        "2026-02-01T09:00:00",  # no zone
        "2026-02-01T09:00:00+01:00",  # not UTC
        "2026-13-01T09:00:00Z",  # month 13
        "2025-02-29T09:00:00Z",  # not a leap year
        "2026-02-01T09:00:00.1234567Z",  # more than microseconds
        "yesterday",
        datetime(2026, 2, 1, 9, 0),  # naive
    ],
)
def test_anything_but_a_utc_contract_timestamp_is_refused(bad: datetime | str) -> None:
    with pytest.raises(ValueError):
        to_sortable(bad)


def test_amounts_are_stored_as_their_exact_text() -> None:
    column = DecimalText()
    assert column.process_bind_param(Decimal("104.90"), DIALECT) == "104.90"  # the trailing zero kept
    assert column.process_bind_param(Decimal("1E+3"), DIALECT) == "1000"  # never exponent notation
    assert column.process_bind_param("0.1", DIALECT) == "0.1"
    assert column.process_result_value("104.90", DIALECT) == Decimal("104.90")
    assert str(column.process_result_value("0.10", DIALECT)) == "0.10"
    assert column.process_bind_param(None, DIALECT) is None and column.process_result_value(None, DIALECT) is None


def test_the_store_states_are_stored_as_their_text_and_read_back_as_members() -> None:
    column = StateText(OutboxState)
    stored = column.process_bind_param(OutboxState.IN_FLIGHT, DIALECT)
    assert stored == "in_flight" and type(stored) is str
    assert column.process_bind_param("queued", DIALECT) == "queued"
    assert column.process_result_value("in_flight", DIALECT) is OutboxState.IN_FLIGHT
    assert column.process_bind_param(None, DIALECT) is None and column.process_result_value(None, DIALECT) is None
    with pytest.raises(ValueError):
        column.process_bind_param("sent", DIALECT)  # a typo never reaches the database
    with pytest.raises(ValueError):
        column.process_result_value("sent", DIALECT)
