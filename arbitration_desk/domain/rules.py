"""Rules of deliberation that both the platform and the client apply."""

from __future__ import annotations

from collections.abc import Iterable

from arbitration_desk.domain.enums import RulingCheck, VoteOutcome
from arbitration_desk.domain.money import Money


def award_problems(outcome: str, award: Money, claimed: Money) -> list[RulingCheck]:
    """The award checks of a vote or ruling: currency, limit, and zero with ``favor_seller``."""
    problems: list[RulingCheck] = []
    if award.currency != claimed.currency:
        problems.append(RulingCheck.AWARD_INVALID)
    elif award.amount > claimed.amount:
        problems.append(RulingCheck.AWARD_EXCEEDS_CLAIM)
    if outcome == VoteOutcome.FAVOR_SELLER and award.amount != 0 and RulingCheck.AWARD_INVALID not in problems:
        problems.append(RulingCheck.AWARD_INVALID)
    return problems


def tally(outcomes: Iterable[str]) -> dict[str, int]:
    """Counts votes per outcome, with every known outcome present (zero when unused)."""
    counts = {outcome.value: 0 for outcome in VoteOutcome}
    for outcome in outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts
