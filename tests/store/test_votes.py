"""store/votes.py: the vote board as received, and the member's vote draft sent through the outbox."""

from __future__ import annotations

import pytest

from arbitration_desk.domain.money import Money
from arbitration_desk.store import testing as t
from arbitration_desk.store.store import Store

NOW = t.BASE_TIME


def test_votes_board_as_received(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    assert store.reads.vote_board("cs_1") is None
    board = t.vote_board(cast=2, quorum=3)
    store.sync.store_votes("cs_1", board, now=NOW)
    stored = store.reads.vote_board("cs_1")
    assert stored is not None and stored.board == board and stored.sealed and stored.cast == 2


@pytest.mark.usefixtures("member_cases")
def test_vote_resubmission_replaces_queued_vote(store: Store) -> None:
    store.work.save_vote_draft("cs_1", "favor_seller", Money.parse("0", "EUR"), "First.", now=NOW)
    first = store.work.submit_vote("cs_1", now=NOW)
    store.work.save_vote_draft("cs_1", "split", Money.parse("50", "EUR"), "Second.", now=NOW)
    second = store.work.submit_vote("cs_1", now=NOW)
    assert first.id == second.id and len(store.outbox.next()) == 1
    assert second.payload == {
        "outcome": "split",
        "award": {"amount": "50.00", "currency": "EUR"},
        "rationale": "Second.",
    }
    draft = store.reads.vote_draft("cs_1")
    assert draft is not None and draft.award == Money.parse("50.00", "EUR")
