"""The platform's appeal rules (contract 1.1, README "Appeals"), shared by the demo world and the server.

The contract admits an appeal when "the value in dispute is at least 500.00 in the case currency's
equivalent". It names no reference currency; the sandbox reads it as 500.00 US dollars, converted
with the demo world's exchange rates (``Country.per_usd``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal
from typing import Any

from arbitration_desk.domain.appeals import effect_of
from arbitration_desk.domain.money import Money
from arbitration_desk.sandbox.world_text import COUNTRIES

APPEAL_WINDOW = timedelta(days=15)
VALUE_THRESHOLD_USD = Decimal("500.00")
APPEAL_PANEL_SIZE = 5
ADMITTED_ON_VALUE = "Admitted: the value in dispute is at least 500.00 USD-equivalent."
ADMITTED_ON_EVIDENCE = "Admitted: the appellant brings evidence not available at first instance."

_PER_USD = {country.currency: Decimal(country.per_usd) for country in COUNTRIES.values()}


def usd_value(value: Mapping[str, str]) -> Decimal | None:
    """A Money JSON value in US dollars, or None for a currency without a rate."""
    rate = _PER_USD.get(value["currency"])
    return None if rate is None else Decimal(value["amount"]) / rate


def admission_note(value: Mapping[str, str], *, new_evidence: bool) -> str | None:
    """Why an appeal filed in time is admitted (the ``appeal_admitted`` note), or None: refused."""
    usd = usd_value(value)
    if usd is not None and usd >= VALUE_THRESHOLD_USD:
        return ADMITTED_ON_VALUE
    return ADMITTED_ON_EVIDENCE if new_evidence else None


def decision_note(first: Mapping[str, Any], outcome: str, award: Mapping[str, str]) -> str:
    """The ``appeal_decided`` note: the appeal ruling upholds ``first`` (same outcome and award) or replaces it."""
    effect = effect_of(first["outcome"], Money.from_json(dict(first["award"])), outcome, Money.from_json(dict(award)))
    return f"The appeal ruling {effect.value} the first ruling."


def appeal_object(
    first_case: Mapping[str, Any],
    ruling: Mapping[str, Any],
    *,
    first_panel_size: int,
    appellant: str,
    grounds: str,
    translations: Mapping[str, str],
    filed_at: str,
) -> dict[str, Any]:
    """An appeal case's ``appeal`` object; ``ruling`` is a RulingRecord (or a seed's ruling terms).

    Without ``ruling_id`` in ``ruling`` (a seeded appeal, whose first ruling is signed later), the
    loader adds ``ruling_id`` and ``document_sha256`` with :func:`complete_appeal`.
    """
    appeal: dict[str, Any] = {"of_case_id": first_case["id"], "of_reference": first_case["reference"]}
    if "ruling_id" in ruling:
        appeal.update(ruling_id=ruling["ruling_id"], document_sha256=ruling["document_sha256"])
    appeal.update(decided_at=ruling["decided_at"], outcome=ruling["outcome"])
    if Decimal(ruling["award"]["amount"]) > 0:
        appeal["award"] = dict(ruling["award"])
    appeal.update(first_panel_size=first_panel_size, appellant=appellant, grounds=grounds)
    if translations:
        appeal["grounds_translations"] = [{"language": tag, "text": text} for tag, text in translations.items()]
    appeal["filed_at"] = filed_at
    return appeal


def complete_appeal(appeal: Mapping[str, Any], ruling_id: str, document_sha256: str) -> dict[str, Any]:
    """``appeal`` with the ruling appealed against named (after ``of_reference``, in contract order)."""
    completed: dict[str, Any] = {}
    for key, value in appeal.items():
        if key not in ("ruling_id", "document_sha256"):
            completed[key] = value
        if key == "of_reference":
            completed.update(ruling_id=ruling_id, document_sha256=document_sha256)
    return completed
