"""Who may vote and rule, and when: the deliberation rules the vote panel, the ruling dialog and filing share.

Each rule is written once here, over plain values, so the GUI's "why not" sentence and the filing
service's refusal cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from arbitration_desk.domain.enums import VOTING_STATUSES, CaseStatus, parse_enum
from arbitration_desk.domain.phrases import Phrase, phrase


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

    def phrase(self, status: str = "") -> Phrase:
        """The sentence the chair sees, translatable (``status``: the case's, named by ``NOT_IN_DELIBERATION``;
        the platform's value, shown as received with "_" as spaces)."""
        if self is RulingBlocker.NOT_IN_DELIBERATION:
            return phrase(
                "Domain",
                "The ruling is recorded while the case is in deliberation; it is {status}.",
                status=status.replace("_", " "),
            )
        return _REASONS[self]

    def reason(self, status: str = "") -> str:
        """The sentence the chair sees, in English (the command line; the GUI shows :meth:`phrase`)."""
        return str(self.phrase(status))


_REASONS = {
    RulingBlocker.NOT_SYNCED: phrase("Domain", "The case is not synced yet: sync, then record the ruling."),
    RulingBlocker.NOT_CHAIR: phrase("Domain", "Only the chair of the panel records the ruling."),
    RulingBlocker.REASSIGNED: phrase("Domain", "This case was reassigned; it is read-only."),
    RulingBlocker.VOTES_SEALED: phrase(
        "Domain", "The votes are still sealed: every panel member has to vote before the ruling."
    ),
}


@dataclass(frozen=True)
class RulingBlock:
    """What stops the ruling: the blocker, and the sentence the chair sees.

    Attributes:
        blocker: why.
        reason: the sentence in English (``str(phrase)``).
        phrase: the sentence, translatable (the GUI shows it with ``say()``); not compared.
    """

    blocker: RulingBlocker
    reason: str
    phrase: Phrase | None = field(default=None, compare=False)


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
    said = blocker.phrase(status)
    return RulingBlock(blocker, str(said), said)


def own_vote_entry(board: Mapping[str, Any] | None, member_id: str | None) -> Mapping[str, Any] | None:
    """The member's ``VoteEntry`` on a board as received (None: no board, unknown member, not a voter)."""
    if board is None or member_id is None:
        return None
    items = board.get("items")
    if not isinstance(items, list):
        return None
    return next((e for e in items if isinstance(e, Mapping) and e.get("member_id") == member_id), None)


class MemberPart(StrEnum):
    """What a case waits for from the signed-in member ("Your part"), most urgent first."""

    NEEDS_MY_VOTE = "needs_my_vote"
    READY_TO_RULE = "ready_to_rule"
    MY_VOTE_CAST = "my_vote_cast"
    VOTES_OPEN = "votes_open"
    AWAITING_RULING = "awaiting_ruling"
    RULING_SENT = "ruling_sent"
    NOT_OPEN = "not_open"
    DECIDED = "decided"
    UNDER_APPEAL = "under_appeal"
    CLOSED = "closed"

    @property
    def label(self) -> Phrase:
        """The part in words ("Needs my vote"): ``str()`` gives the English, the GUI shows it with ``say()``."""
        return _PART_LABELS[self]

    @property
    def waits_for_me(self) -> bool:
        """Whether the member has something to do now (vote, or record the ruling)."""
        return self in (MemberPart.NEEDS_MY_VOTE, MemberPart.READY_TO_RULE)


#: "Your part" in words: the case list's column, filter and legend show them (``MemberPart.label``).
_PART_LABELS: dict[MemberPart, Phrase] = {
    MemberPart.NEEDS_MY_VOTE: phrase("Domain", "Needs my vote"),
    MemberPart.READY_TO_RULE: phrase("Domain", "Ready to rule"),
    MemberPart.MY_VOTE_CAST: phrase("Domain", "My vote cast"),
    MemberPart.VOTES_OPEN: phrase("Domain", "Votes open"),
    MemberPart.AWAITING_RULING: phrase("Domain", "Awaiting ruling"),
    MemberPart.RULING_SENT: phrase("Domain", "Ruling sent"),
    MemberPart.NOT_OPEN: phrase("Domain", "Not open yet"),
    MemberPart.DECIDED: phrase("Domain", "Decided"),
    MemberPart.UNDER_APPEAL: phrase("Domain", "Under appeal"),
    MemberPart.CLOSED: phrase("Domain", "Closed"),
}


def member_part(
    *,
    status: str,
    reassigned: bool,
    synced: bool,
    member_id: str | None,
    chair_id: str | None,
    board: Mapping[str, Any] | None,
    vote_queued: bool,
    ruling_pending: bool,
    on_panel: bool = False,
) -> MemberPart:
    """The member's part in a case, from what the store holds after a sync.

    The rules are the vote panel's and the ruling button's: voting only while
    :func:`accepts_deliberation`; the member's own vote is their entry's ``has_voted`` on the board
    (:func:`own_vote_entry`), or a vote they cast here that waits in the outbox (``vote_queued``;
    a saved draft is not cast); "ready to rule" is exactly when :func:`ruling_block` lets the chair
    record the ruling, and no ruling of the case is queued or filed yet (``ruling_pending``).

    Args:
        status: the case status as received.
        reassigned: the case was reassigned away from the member (read-only: ``CLOSED``).
        synced: the full case document is stored.
        member_id: the signed-in member (None when unknown).
        chair_id: the panel's ``chair_id`` (None when unknown).
        board: the ``VoteBoard`` as received (None before the first sync of votes).
        vote_queued: the member cast a vote here that the platform has not received yet.
        ruling_pending: a signed ruling of the case is queued, being filed or filed.
        on_panel: the member is one of ``panel.members`` (who votes, while no board is stored).
    """
    if reassigned:
        return MemberPart.CLOSED
    if not accepts_deliberation(status, reassigned=False):
        known = parse_enum(CaseStatus, status)
        if known is CaseStatus.DECIDED:
            return MemberPart.DECIDED
        if known is CaseStatus.UNDER_APPEAL:
            return MemberPart.UNDER_APPEAL
        if known is CaseStatus.AWAITING_PANEL:
            return MemberPart.NOT_OPEN
        return MemberPart.CLOSED  # withdrawn, or a status this version does not know (read-only)
    if ruling_pending:
        return MemberPart.RULING_SENT
    unsealed = board is not None and votes_open(
        sealed=bool(board.get("sealed", True)), cast=int(board.get("cast", 0)), quorum=int(board.get("quorum", 0))
    )
    if unsealed:
        block = ruling_block(
            synced=synced,
            chair_id=chair_id,
            member_id=member_id,
            reassigned=False,
            status=status,
            votes_are_open=True,
        )
        return MemberPart.READY_TO_RULE if block is None else MemberPart.AWAITING_RULING
    own = own_vote_entry(board, member_id)
    if vote_queued:
        return MemberPart.MY_VOTE_CAST
    voter = own is not None if board is not None else on_panel
    if voter and not (own or {}).get("has_voted"):
        return MemberPart.NEEDS_MY_VOTE
    return MemberPart.VOTES_OPEN
