from arbitration_desk.domain.enums import CaseStatus, ClaimType, RulingCheck, is_known, parse_enum
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.problems import problem_name, problem_type
from arbitration_desk.domain.rules import award_problems, tally
from arbitration_desk.domain.timeutil import format_timestamp, is_timestamp, parse_timestamp

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
