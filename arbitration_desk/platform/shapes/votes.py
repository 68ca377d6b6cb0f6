"""Votes: a member's ``Vote`` and the panel's ``VoteBoard``."""

from __future__ import annotations

from arbitration_desk.domain import enums as E
from arbitration_desk.platform.shapes.base import Arr, Bool, Enum, Int, Obj
from arbitration_desk.platform.shapes.primitives import COUNT, MONEY, OPAQUE_ID, TEXT, TIMESTAMP

VOTE_OUTCOME = Enum(E.VoteOutcome)
VOTE = Obj(
    {
        "member_id": OPAQUE_ID,
        "display_name": TEXT,
        "outcome": VOTE_OUTCOME,
        "award": MONEY,
        "rationale": TEXT,
        "cast_at": TIMESTAMP,
    }
)
VOTE_BOARD = Obj(
    {
        "quorum": Int(minimum=1),
        "cast": COUNT,
        "sealed": Bool(),
        "items": Arr(
            Obj(
                {"member_id": OPAQUE_ID, "has_voted": Bool()},
                {
                    "display_name": TEXT,
                    "outcome": VOTE_OUTCOME,
                    "award": MONEY,
                    "rationale": TEXT,
                    "cast_at": TIMESTAMP,
                },
            )
        ),
    }
)
