"""Rulings: the ``RulingReceipt`` of a filing, the ``RulingRecord`` of the list, its page envelope."""

from __future__ import annotations

from arbitration_desk.platform.shapes.base import Arr, Bool, Int, Obj, Raw
from arbitration_desk.platform.shapes.primitives import CURSOR, MONEY, OPAQUE_ID, SHA256, TEXT, TIMESTAMP
from arbitration_desk.platform.shapes.votes import VOTE_OUTCOME

RULING_RECEIPT = Obj(
    {
        "ruling_id": OPAQUE_ID,
        "case_id": OPAQUE_ID,
        "case_reference": TEXT,
        "received_at": TIMESTAMP,
        "document_sha256": SHA256,
    }
)
RULING_RECORD = Obj(
    {
        "ruling_id": OPAQUE_ID,
        "case_id": OPAQUE_ID,
        "case_reference": TEXT,
        "outcome": VOTE_OUTCOME,
        "award": MONEY,
        "decided_at": TIMESTAMP,
        "received_at": TIMESTAMP,
        "chair_id": OPAQUE_ID,
        "document_sha256": SHA256,
        "document_size": Int(minimum=1),
    },
    {"appeal_of": OPAQUE_ID},  # since 1.1, on the ruling of an appeal case
)
RULING_PAGE_ENVELOPE = Obj({"items": Arr(Raw()), "next_cursor": CURSOR, "has_more": Bool()})
