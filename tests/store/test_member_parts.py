"""store.reads.member_parts: the member's part in each case ("Your part" of the case list)."""

from __future__ import annotations

from typing import Any

from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.domain.money import Money
from arbitration_desk.store import testing as t
from arbitration_desk.store.store import Store

NOW = t.BASE_TIME


def _board(votes: dict[str, bool]) -> Any:
    cast = sum(votes.values())
    items = [{"member_id": m, "has_voted": v} for m, v in votes.items()]
    return {"quorum": len(votes), "cast": cast, "sealed": cast < len(votes), "items": items}


def _case(store: Store, case_id: str, *, status: str = "in_deliberation", chair: str = "m_chair") -> None:
    case = t.full_case(case_id, status=status)
    case["panel"] = {"chair_id": chair, "members": [{"member_id": "m_me"}, {"member_id": "m_chair"}]}
    store.sync.store_case(case)


def test_parts_follow_board_draft_and_chair(store: Store) -> None:
    store.sync.set_member("m_me")
    ids = ["cs_vote", "cs_voted", "cs_all_member", "cs_all_chair", "cs_nopanel", "cs_decided", "cs_awaiting"]
    statuses = {"cs_decided": "decided", "cs_awaiting": "awaiting_panel"}
    store.sync.apply_case_page([t.case_summary(i, status=statuses.get(i, "in_deliberation")) for i in ids], [], "c")
    for case_id in ids:
        _case(store, case_id, status=statuses.get(case_id, "in_deliberation"))
    _case(store, "cs_all_chair", chair="m_me")
    store.sync.store_votes("cs_vote", _board({"m_me": False, "m_chair": True}), now=NOW)
    store.sync.store_votes("cs_voted", _board({"m_me": True, "m_chair": False}), now=NOW)
    store.sync.store_votes("cs_all_member", _board({"m_me": True, "m_chair": True}), now=NOW)
    store.sync.store_votes("cs_all_chair", _board({"m_me": True, "m_chair": True}), now=NOW)
    store.sync.store_votes("cs_nopanel", _board({"m_other": False, "m_chair": True}), now=NOW)
    store.sync.store_votes("cs_decided", _board({"m_me": True, "m_chair": True}), now=NOW)
    parts = store.reads.member_parts()
    assert parts == {
        "cs_vote": MemberPart.NEEDS_MY_VOTE,
        "cs_voted": MemberPart.VOTES_OPEN,
        "cs_all_member": MemberPart.AWAITING_RULING,
        "cs_all_chair": MemberPart.READY_TO_RULE,
        "cs_nopanel": MemberPart.VOTES_OPEN,  # not a voter
        "cs_decided": MemberPart.DECIDED,
        "cs_awaiting": MemberPart.NOT_OPEN,
    }


def test_a_saved_draft_is_not_a_cast_vote(store: Store) -> None:
    store.sync.set_member("m_me")
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    _case(store, "cs_1")
    store.sync.store_votes("cs_1", _board({"m_me": False, "m_chair": True}), now=NOW)
    store.work.save_vote_draft("cs_1", "split", Money.parse("5", "EUR"), "Half.", now=NOW)
    assert store.reads.member_parts()["cs_1"] is MemberPart.NEEDS_MY_VOTE
    store.work.submit_vote("cs_1", now=NOW)
    assert store.reads.member_parts()["cs_1"] is MemberPart.MY_VOTE_CAST


def test_no_board_yet_asks_a_panel_member_to_vote(store: Store) -> None:
    store.sync.set_member("m_me")
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2")], [], "c")
    _case(store, "cs_1")
    assert store.reads.member_parts() == {"cs_1": MemberPart.NEEDS_MY_VOTE, "cs_2": MemberPart.VOTES_OPEN}
