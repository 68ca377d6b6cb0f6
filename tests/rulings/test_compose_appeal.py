"""A ruling on appeal (contract 1.1, "Appeals"): it says whether it upholds or replaces the first ruling."""

from __future__ import annotations

import copy
import io
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from rulings.samples import TEXTS, board_dict, case_dict

from arbitration_desk.documents.draft import RulingDraft, draft_from_case
from arbitration_desk.domain.appeals import Appeal, AppealEffect, appeal_effect, is_new_on_appeal
from arbitration_desk.domain.money import Money
from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.pdfa import ATTACHMENT_NAME

FIRST_SHA = "9f" * 32
GROUNDS_ZH = "第一次裁决忽略了我们提供的签收照片。包裹已按订单地址投递。"
GROUNDS_EN = "The first ruling ignored the signed delivery photo we provided. The parcel went to the order's address."


def appeal_case(**appeal: Any) -> dict[str, Any]:
    case = copy.deepcopy(case_dict("en"))
    case["appeal"] = {
        "of_case_id": "cs_FIRST000001",
        "of_reference": "ARB-2026-000099",
        "ruling_id": "rl_FIRST00001",
        "document_sha256": FIRST_SHA,
        "decided_at": "2026-02-10T12:00:00Z",
        "outcome": "favor_buyer",
        "award": {"amount": "104.90", "currency": "EUR"},
        "first_panel_size": 3,
        "appellant": "seller",
        "grounds": GROUNDS_ZH,
        "grounds_translations": [{"language": "en", "text": GROUNDS_EN}],
        "filed_at": "2026-02-14T09:30:00Z",
        **appeal,
    }
    return case


def appeal_draft(outcome: str, award: str, **appeal: Any) -> RulingDraft:
    return draft_from_case(
        appeal_case(**appeal),
        board_dict("en"),
        outcome=outcome,
        award=Money.parse(award, "EUR"),
        summary=TEXTS["en"][3],
        decided_at=datetime(2026, 3, 2, 9, 12, tzinfo=UTC),
    )


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "appeal.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize(
    ("outcome", "award", "effect"),
    [
        ("favor_buyer", "104.90", AppealEffect.UPHOLDS),
        ("favor_buyer", "50.00", AppealEffect.REPLACES),  # same outcome, another award
        ("split", "52.45", AppealEffect.REPLACES),
    ],
)
def test_upholds_only_with_the_same_outcome_and_award(outcome: str, award: str, effect: AppealEffect) -> None:
    assert appeal_draft(outcome, award).appeal_effect is effect


def test_an_omitted_first_award_is_nothing_awarded() -> None:
    appeal = Appeal.from_case({"appeal": {**appeal_case()["appeal"], "outcome": "favor_seller", "award": None}})
    assert appeal is not None
    assert appeal_effect(appeal, "favor_seller", Money.parse("0.00", "EUR")) is AppealEffect.UPHOLDS
    assert appeal_effect(appeal, "split", Money.parse("0.00", "EUR")) is AppealEffect.REPLACES
    assert appeal_effect(appeal, "favor_seller", Money.parse("1.00", "EUR")) is AppealEffect.REPLACES


def test_new_on_appeal_is_after_the_filing() -> None:
    appeal = Appeal.from_case(appeal_case())
    assert appeal is not None
    assert is_new_on_appeal(appeal, datetime(2026, 2, 14, 9, 30, 1, tzinfo=UTC))
    assert not is_new_on_appeal(appeal, datetime(2026, 2, 14, 9, 30, tzinfo=UTC))
    assert not is_new_on_appeal(None, datetime(2030, 1, 1, tzinfo=UTC))
    assert appeal.translation() == GROUNDS_EN


def test_the_document_says_what_it_does_to_the_first_ruling(tmp_path: Path) -> None:
    replacing = compose_ruling(appeal_draft("split", "52.45"))
    flat = _text(replacing, tmp_path)
    assert "Ruling on appeal" in flat
    assert "this ruling replaces the ruling in ARB-2026-000099 (ruling ID rl_FIRST00001" in flat
    assert FIRST_SHA in flat.replace(" ", "")
    assert "The seller appealed on 14 February 2026" in flat
    assert GROUNDS_ZH in flat.replace(" ", "") and GROUNDS_EN in flat
    assert "Machine translation (platform)" in flat
    upholding = _text(compose_ruling(appeal_draft("favor_buyer", "104.90")), tmp_path)
    assert "this ruling upholds the ruling in ARB-2026-000099" in upholding


def test_the_embedded_record_names_the_first_ruling_by_hash() -> None:
    pdf = compose_ruling(appeal_draft("split", "52.45"))
    reader = PdfFileReader(io.BytesIO(pdf))
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    files = {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}
    record = json.loads(files[ATTACHMENT_NAME]["/EF"]["/F"].get_object().data)
    assert record["appeal"] == {
        "of_case_id": "cs_FIRST000001",
        "of_reference": "ARB-2026-000099",
        "ruling_id": "rl_FIRST00001",
        "document_sha256": FIRST_SHA,
        "effect": "replaces",
    }


def test_a_first_instance_ruling_has_no_appeal() -> None:
    case = case_dict("en")
    draft = draft_from_case(
        case,
        board_dict("en"),
        outcome="favor_buyer",
        award=Money.parse("104.90", "EUR"),
        summary="s",
        decided_at=datetime(2026, 3, 2, tzinfo=UTC),
    )
    assert draft.appeal is None and draft.appeal_effect is None
