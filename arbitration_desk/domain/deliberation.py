"""Who may vote and rule, and when: the deliberation rules the vote panel, the ruling dialog and filing share.

Each rule is written once here, over plain values, so the GUI's "why not" sentence and the filing
service's refusal cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from arbitration_desk.domain.enums import VOTING_STATUSES, CaseStatus, parse_enum


def votes_open(*, sealed: bool, cast: int, quorum: int) -> bool:
    """Whether the vote board is unsealed: every vote visible to the panel, so the chair may draft the ruling.

    Contract README, "Blind votes": while ``sealed`` nobody sees another member's vote; "when the
    last vote is cast, all votes become visible to the panel". ``openapi.yaml`` (``VoteBoard``):
    ``sealed`` is true while ``cast`` is less than ``quorum``. Both are checked, so a board that
    contradicts itself counts as sealed: the ruling's ``votes_incomplete`` check ("Filing a ruling")
    would refuse it anyway.
    """
    return not sealed and cast >= quorum


def accepts_deliberation(status: str, *, reassigned: bool) -> bool:
    """Whether the member may vote on, and the chair file the ruling of, a case in ``status``.

    Contract README, "Case lifecycle": voting and filing the ruling only in ``in_deliberation``; a
    case with an unknown status is read-only ("Conventions"). A case reassigned away from the
    member is read-only too ("Synchronisation", "Removed cases and unsent work").
    """
    return not reassigned and parse_enum(CaseStatus, status) in VOTING_STATUSES


def is_chair(chair_id: str | None, member_id: str | None) -> bool:
    """Whether ``member_id`` chairs the panel (the only member who files its ruling).

    Contract README, "Signature requirements": the signer certificate's serialNumber equals
    ``panel.chair_id`` (failed check ``signer_not_chair``). An unknown member is not the chair.
    """
    return member_id is not None and chair_id == member_id


class RulingBlocker(StrEnum):
    """Why the ruling of a case cannot be recorded now, in the order they are checked."""

    NOT_SYNCED = "not_synced"
    NOT_CHAIR = "not_chair"
    REASSIGNED = "reassigned"
    NOT_IN_DELIBERATION = "not_in_deliberation"
    VOTES_SEALED = "votes_sealed"

    def reason(self, status: str = "") -> str:
        """The sentence the chair sees (``status``: the case's, named by ``NOT_IN_DELIBERATION``)."""
        if self is RulingBlocker.NOT_IN_DELIBERATION:
            return f"The ruling is recorded while the case is in deliberation; it is {status.replace('_', ' ')}."
        return _REASONS[self]


_REASONS = {
    RulingBlocker.NOT_SYNCED: "The case is not synced yet: sync, then record the ruling.",
    RulingBlocker.NOT_CHAIR: "Only the chair of the panel records the ruling.",
    RulingBlocker.REASSIGNED: "This case was reassigned; it is read-only.",
    RulingBlocker.VOTES_SEALED: "The votes are still sealed: every panel member has to vote before the ruling.",
}


@dataclass(frozen=True)
class RulingBlock:
    """What stops the ruling: the blocker, and the sentence the chair sees."""

    blocker: RulingBlocker
    reason: str


def ruling_block(
    *,
    synced: bool,
    chair_id: str | None,
    member_id: str | None,
    reassigned: bool,
    status: str,
    votes_are_open: bool,
) -> RulingBlock | None:
    """The first reason the member may not record the ruling of a case now, or None when they may.

    The contract's preconditions of a filed ruling (README, "Case lifecycle", "Blind votes" and
    "Filing a ruling"): the chair files it, while the case is in deliberation, once every vote is
    cast (``votes_incomplete`` otherwise); a reassigned case is read-only ("Removed cases and
    unsent work"). The client also needs the full case document, hence "not synced" first.

    Args:
        synced: whether the full case document is stored.
        chair_id: the panel's ``chair_id`` (None when unknown).
        member_id: the signed-in member (None when unknown: not the chair).
        reassigned: whether the case was reassigned away from the member.
        status: the case status as received (an unknown one blocks, read-only).
        votes_are_open: :func:`votes_open` of the stored board (False without one).
    """
    if not synced:
        blocker = RulingBlocker.NOT_SYNCED
    elif not is_chair(chair_id, member_id):
        blocker = RulingBlocker.NOT_CHAIR
    elif reassigned:
        blocker = RulingBlocker.REASSIGNED
    elif not accepts_deliberation(status, reassigned=False):
        blocker = RulingBlocker.NOT_IN_DELIBERATION
    elif not votes_are_open:
        blocker = RulingBlocker.VOTES_SEALED
    else:
        return None
    return RulingBlock(blocker, blocker.reason(status))
