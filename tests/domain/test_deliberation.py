"""Votes open, who may vote and rule, and what blocks a ruling (with the sentence the chair sees)."""

from __future__ import annotations

from typing import Any

import pytest

from arbitration_desk.domain.deliberation import (
    MemberPart,
    RulingBlock,
    RulingBlocker,
    accepts_deliberation,
    is_chair,
    ruling_block,
    votes_open,
)

CHAIR = "mb_chair"


@pytest.mark.parametrize(
    ("sealed", "cast", "quorum", "expected"),
    [
        (False, 3, 3, True),  # every vote cast: open to the panel
        (True, 2, 3, False),  # one vote missing: sealed
        (True, 0, 3, False),  # nobody voted yet
        (True, 3, 3, False),  # the platform still says sealed: trust it
        (False, 2, 3, False),  # a board contradicting itself counts as sealed
        (False, 4, 3, True),  # quorum lowered after the panel changed: all required votes are in
        (False, 1, 1, True),
    ],
)
def test_votes_open(sealed: bool, cast: int, quorum: int, expected: bool) -> None:
    assert votes_open(sealed=sealed, cast=cast, quorum=quorum) is expected


@pytest.mark.parametrize(
    ("status", "reassigned", "expected"),
    [
        ("in_deliberation", False, True),
        ("in_deliberation", True, False),  # reassigned: read-only
        ("awaiting_panel", False, False),
        ("decided", False, False),
        ("withdrawn", False, False),
        ("under_appeal", False, False),  # unknown to this client: read-only
        ("", False, False),
    ],
)
def test_accepts_deliberation(status: str, reassigned: bool, expected: bool) -> None:
    assert accepts_deliberation(status, reassigned=reassigned) is expected


def test_is_chair() -> None:
    assert is_chair(CHAIR, CHAIR)
    assert not is_chair(CHAIR, "mb_member1")
    assert not is_chair(CHAIR, None)  # an unknown member is never the chair
    assert not is_chair(None, None)
    assert not is_chair(None, CHAIR)


def ready(**changes: Any) -> RulingBlock | None:
    """The ruling block of a case the chair may rule on, with ``changes`` applied."""
    facts: dict[str, Any] = {
        "synced": True,
        "chair_id": CHAIR,
        "member_id": CHAIR,
        "reassigned": False,
        "status": "in_deliberation",
        "votes_are_open": True,
    }
    return ruling_block(**(facts | changes))


def test_nothing_blocks_the_chair_of_an_open_board() -> None:
    assert ready() is None


@pytest.mark.parametrize(
    ("changes", "blocker", "reason"),
    [
        ({"synced": False}, RulingBlocker.NOT_SYNCED, "The case is not synced yet: sync, then record the ruling."),
        ({"member_id": "mb_member1"}, RulingBlocker.NOT_CHAIR, "Only the chair of the panel records the ruling."),
        ({"member_id": None}, RulingBlocker.NOT_CHAIR, "Only the chair of the panel records the ruling."),
        ({"chair_id": None}, RulingBlocker.NOT_CHAIR, "Only the chair of the panel records the ruling."),
        ({"reassigned": True}, RulingBlocker.REASSIGNED, "This case was reassigned; it is read-only."),
        (
            {"status": "awaiting_panel"},
            RulingBlocker.NOT_IN_DELIBERATION,
            "The ruling is recorded while the case is in deliberation; it is awaiting panel.",
        ),
        (
            {"status": "on_hold_by_legal"},
            RulingBlocker.NOT_IN_DELIBERATION,
            "The ruling is recorded while the case is in deliberation; it is on hold by legal.",
        ),
        (
            {"votes_are_open": False},
            RulingBlocker.VOTES_SEALED,
            "The votes are still sealed: every panel member has to vote before the ruling.",
        ),
    ],
)
def test_each_blocker_and_its_sentence(changes: dict[str, Any], blocker: RulingBlocker, reason: str) -> None:
    assert ready(**changes) == RulingBlock(blocker, reason)
    assert blocker.reason(str(changes.get("status", ""))) == reason


def test_blockers_are_checked_in_order() -> None:
    """Everything wrong at once: the first blocker in the documented order is the one shown."""
    everything = {"reassigned": True, "status": "decided", "votes_are_open": False}
    assert ready(synced=False, member_id=None, **everything) == RulingBlock(
        RulingBlocker.NOT_SYNCED, RulingBlocker.NOT_SYNCED.reason()
    )
    block = ready(member_id="mb_member1", **everything)
    assert block is not None and block.blocker is RulingBlocker.NOT_CHAIR
    block = ready(**everything)
    assert block is not None and block.blocker is RulingBlocker.REASSIGNED
    block = ready(status="decided", votes_are_open=False)
    assert block is not None and block.blocker is RulingBlocker.NOT_IN_DELIBERATION
    assert block.reason.endswith("it is decided.")
    assert block.phrase is not None and block.phrase.values == {"status": "decided"}
    assert str(block.phrase) == block.reason


def test_the_parts_are_phrases_whose_english_is_the_label() -> None:
    assert str(MemberPart.NEEDS_MY_VOTE.label) == "Needs my vote"
    assert {part.label.context for part in MemberPart} == {"Domain"}
