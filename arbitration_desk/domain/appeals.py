"""Appeals (contract 1.1, README "Appeals"): what an appeal case says, and the rules derived from it.

One place for the rules the desk applies to an appeal:

- an item is **new on appeal** when it was submitted (evidence) or sent (a message) after
  ``appeal.filed_at``; everything before was carried over from the first instance;
- the appeal ruling **upholds** the first ruling when outcome and award are the same, and
  **replaces** it otherwise (an award the platform omitted is nothing awarded: 0.00).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.domain.phrases import Phrase, PhrasedError, phrase, said
from arbitration_desk.domain.timeutil import parse_timestamp

#: The language the desk shows translations in beside the original (as for the chat log).
TRANSLATION_LANGUAGE = "en"


class AppealError(PhrasedError, ValueError):
    """An ``appeal`` object that does not say what an appeal must (its phrase in ``error.phrase``)."""


class AppealEffect(StrEnum):
    UPHOLDS = "upholds"
    REPLACES = "replaces"

    @property
    def label(self) -> Phrase:
        """The effect in words (``str()``: English; the GUI shows it with ``say()``)."""
        if self is AppealEffect.UPHOLDS:
            return phrase("Domain", "Upholds the first ruling")
        return phrase("Domain", "Replaces the first ruling")


@dataclass(frozen=True, slots=True)
class Appeal:
    """The ``appeal`` object of an appeal case, parsed (its strings are the platform's, untrusted)."""

    of_case_id: str
    of_reference: str
    ruling_id: str
    document_sha256: str
    decided_at: datetime
    outcome: str
    award: Money | None
    first_panel_size: int | None
    appellant: str
    grounds: str
    grounds_translations: tuple[tuple[str, str], ...]
    filed_at: datetime

    @classmethod
    def from_case(cls, case: Mapping[str, Any]) -> Appeal | None:
        """The case's appeal, or None for a first-instance case.

        Raises:
            AppealError: the ``appeal`` object is malformed (the sync checks it against the contract
                first, so this means a store written by something else).
        """
        data = case.get("appeal")
        if data is None:
            return None
        if not isinstance(data, Mapping):
            raise AppealError(phrase("Domain", "the appeal is not an object"))
        try:
            award = data.get("award")
            size = data.get("first_panel_size")
            translations = tuple(
                (str(t["language"]), str(t["text"]))
                for t in data.get("grounds_translations") or ()
                if isinstance(t, Mapping) and "language" in t and "text" in t
            )
            return cls(
                of_case_id=str(data["of_case_id"]),
                of_reference=str(data["of_reference"]),
                ruling_id=str(data["ruling_id"]),
                document_sha256=str(data["document_sha256"]).lower(),
                decided_at=parse_timestamp(str(data["decided_at"])),
                outcome=str(data["outcome"]),
                award=Money.from_json(award) if award is not None else None,
                first_panel_size=int(size) if isinstance(size, int) else None,
                appellant=str(data["appellant"]),
                grounds=str(data["grounds"]),
                grounds_translations=translations,
                filed_at=parse_timestamp(str(data["filed_at"])),
            )
        except (KeyError, TypeError, ValueError, MoneyError) as exc:
            error = said(exc)
            raise AppealError(phrase("Domain", "the appeal is malformed: {error}", error=error)) from exc

    def is_new(self, moment: datetime) -> bool:
        """Whether an item submitted or sent at ``moment`` was added on appeal."""
        return moment > self.filed_at

    def translation(self, language: str = TRANSLATION_LANGUAGE) -> str:
        """The platform's machine translation of the grounds into ``language`` (or a regional variant), else ""."""
        for tag, text in self.grounds_translations:
            if tag.lower().split("-")[0] == language and text.strip():
                return text
        return ""


def is_new_on_appeal(appeal: Appeal | None, moment: datetime) -> bool:
    """``appeal.is_new(moment)``, False on a first-instance case."""
    return appeal is not None and appeal.is_new(moment)


def effect_of(first_outcome: str, first_award: Money | None, outcome: str, award: Money) -> AppealEffect:
    """Whether a ruling of ``outcome`` and ``award`` upholds or replaces one of ``first_outcome`` and
    ``first_award`` (None: nothing awarded)."""
    first = first_award if first_award is not None else Money(Decimal("0.00"), award.currency)
    same_award = first.currency == award.currency and first.amount == award.amount
    return AppealEffect.UPHOLDS if outcome == first_outcome and same_award else AppealEffect.REPLACES


def appeal_effect(appeal: Appeal, outcome: str, award: Money) -> AppealEffect:
    """Whether a ruling of ``outcome`` and ``award`` upholds or replaces the ruling appealed against."""
    return effect_of(appeal.outcome, appeal.award, outcome, award)
