"""The composition input: builder from the contract's shapes, award checks, filing metadata."""

from __future__ import annotations

import hashlib

import pytest
from rulings.samples import CHAIR_ID, board_dict, case_dict, make_draft

from arbitration_desk.domain.money import Money
from arbitration_desk.rulings.draft import draft_from_case, filing_metadata, ruling_record
from arbitration_desk.rulings.errors import DraftError
from arbitration_desk.rulings.words import money_in_words


def test_builder_reads_case_and_board() -> None:
    draft = make_draft("en")
    assert draft.case_reference == "ARB-2026-000123"
    assert draft.chair_id == CHAIR_ID and draft.chair_name == "Ana Ribeiro"
    assert [v.name for v in draft.votes] == ["Ana Ribeiro", "Jonas Weber", "Priya Natarajan"]
    assert draft.vote_tally == {"favor_buyer": 2, "favor_seller": 1, "split": 0}
    assert [e.evidence_id for e in draft.evidence] == ["ev_01J9Y9A1B2C3", "ev_01J9YC7D8E9F"]


def test_evidence_selection_and_unknown_evidence() -> None:
    draft = make_draft("en", evidence_ids=["ev_01J9YC7D8E9F"])
    assert [e.evidence_id for e in draft.evidence] == ["ev_01J9YC7D8E9F"]
    with pytest.raises(DraftError, match="unknown evidence"):
        make_draft("en", evidence_ids=["ev_nope"])


@pytest.mark.parametrize(
    ("outcome", "award", "check"),
    [
        ("favor_buyer", Money.parse("104.91", "EUR"), "award_exceeds_claim"),
        ("favor_buyer", Money.parse("10.00", "USD"), "award_invalid"),
        ("favor_seller", Money.parse("1.00", "EUR"), "award_invalid"),
    ],
)
def test_award_checks_refuse_before_composing(outcome: str, award: Money, check: str) -> None:
    with pytest.raises(DraftError) as info:
        make_draft("en", outcome=outcome, award=award)
    assert info.value.checks == [check]


def test_sealed_board_is_votes_incomplete() -> None:
    board = board_dict()
    board["sealed"], board["cast"] = True, 2
    with pytest.raises(DraftError) as info:
        draft_from_case(
            case_dict(),
            board,
            outcome="favor_buyer",
            award=Money.parse("1", "EUR"),
            summary="x",
            decided_at=make_draft().decided_at,
        )
    assert info.value.checks == ["votes_incomplete"]


def test_malformed_case_is_a_draft_error() -> None:
    case = case_dict()
    del case["panel"]
    with pytest.raises(DraftError, match="malformed"):
        draft_from_case(
            case,
            board_dict(),
            outcome="favor_buyer",
            award=Money.parse("1", "EUR"),
            summary="x",
            decided_at=make_draft().decided_at,
        )


def test_filing_metadata_hashes_the_final_bytes() -> None:
    draft = make_draft("en")
    metadata = filing_metadata(draft, b"%PDF-signed")
    assert metadata == {
        "outcome": "favor_buyer",
        "award": {"amount": "104.90", "currency": "EUR"},
        "vote_tally": {"favor_buyer": 2, "favor_seller": 1, "split": 0},
        "summary": draft.summary,
        "decided_at": "2026-03-02T09:12:00Z",
        "document_sha256": hashlib.sha256(b"%PDF-signed").hexdigest(),
    }
    record = ruling_record(draft)
    assert record["evidence"][0]["sha256"] == draft.evidence[0].sha256
    assert "document_sha256" not in record


def test_money_in_words() -> None:
    assert money_in_words(Money.parse("104.90", "EUR")) == "one hundred four and 90/100 EUR"
    assert money_in_words(Money.parse("1234567.05", "USD")) == (
        "one million two hundred thirty-four thousand five hundred sixty-seven and 05/100 USD"
    )
    assert money_in_words(Money.parse("0", "EGP")) == "zero and 00/100 EGP"
