import pytest

from arbitration_desk.domain.enums import CaseStatus, ClaimType, RulingCheck, is_known, parse_enum
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.problems import problem_name, problem_type
from arbitration_desk.domain.rules import award_problems, tally
from arbitration_desk.domain.timeutil import SURELY_REAL_TIMESTAMP, format_timestamp, is_timestamp, parse_timestamp
from arbitration_desk.store.models import to_sortable

CLAIMED = Money.parse("104.90", "EUR")


def test_award_within_claim_passes() -> None:
    assert award_problems("favor_buyer", Money.parse("104.90", "EUR"), CLAIMED) == []
    assert award_problems("split", Money.parse("50.00", "EUR"), CLAIMED) == []
    assert award_problems("favor_seller", Money.parse("0.00", "EUR"), CLAIMED) == []


def test_award_checks() -> None:
    assert award_problems("favor_buyer", Money.parse("104.91", "EUR"), CLAIMED) == [RulingCheck.AWARD_EXCEEDS_CLAIM]
    assert award_problems("favor_buyer", Money.parse("10.00", "USD"), CLAIMED) == [RulingCheck.AWARD_INVALID]
    assert award_problems("favor_seller", Money.parse("1.00", "EUR"), CLAIMED) == [RulingCheck.AWARD_INVALID]


def test_tally_counts_every_outcome() -> None:
    assert tally(["favor_buyer", "favor_buyer", "split"]) == {"favor_buyer": 2, "favor_seller": 0, "split": 1}
    assert tally([]) == {"favor_buyer": 0, "favor_seller": 0, "split": 0}


def test_unknown_enum_values_are_kept_as_they_are() -> None:
    assert parse_enum(CaseStatus, "decided") is CaseStatus.DECIDED
    assert parse_enum(CaseStatus, "on_hold") == "on_hold"
    assert not is_known(ClaimType, "gift_card_fraud")


def test_problem_types_round_trip() -> None:
    assert problem_name(problem_type("invalid-cursor")) == "invalid-cursor"
    assert problem_name("about:blank") == "about:blank"


def test_timestamps() -> None:
    moment = parse_timestamp("2026-02-24T16:41:27Z")
    assert format_timestamp(moment) == "2026-02-24T16:41:27Z"
    assert is_timestamp("2026-02-24T16:41:27.123456Z")
    for bad in ("2026-02-24T16:41:27+00:00", "2026-02-30T00:00:00Z", "yesterday", "2026-02-24 16:41:27Z"):
        assert not is_timestamp(bad)


def test_the_fast_timestamp_pattern_accepts_only_real_dates() -> None:
    # The hot paths (message checks, stored sort keys) skip the full check on a match: a match must
    # always be a real date and time; a miss only costs the full check.
    for year in (1, 1900, 2000, 2023, 2024, 9999):
        for month in range(0, 14):
            for day in range(0, 33):
                for clock in ("00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60"):
                    for fraction in ("", ".1", ".123456", ".1234567"):
                        text = f"{year:04d}-{month:02d}-{day:02d}T{clock}{fraction}Z"
                        if SURELY_REAL_TIMESTAMP.fullmatch(text):
                            assert is_timestamp(text), text
                            assert to_sortable(text) == f"{text[:19]}.{fraction[1:].ljust(6, '0')}Z"
                        else:
                            assert not is_timestamp(text) or (month, day) == (2, 29), text
    assert not SURELY_REAL_TIMESTAMP.fullmatch("0000-01-01T00:00:00Z")
    assert to_sortable("2024-02-29T10:00:00.5Z") == "2024-02-29T10:00:00.500000Z"  # the full check's way
    with pytest.raises(ValueError):
        to_sortable("2023-02-29T10:00:00Z")
