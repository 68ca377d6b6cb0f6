"""Cases: ``CaseSummary``, the case list, and the full ``Case`` with its parts."""

from __future__ import annotations

from arbitration_desk.domain import enums as E
from arbitration_desk.platform.shapes.base import Arr, Bool, Enum, Int, Obj, Raw, Str
from arbitration_desk.platform.shapes.primitives import (
    COUNT,
    COUNTRY,
    CURSOR,
    DATE,
    LANGUAGE,
    MONEY,
    OPAQUE_ID,
    SHA256,
    TEXT,
    TIMESTAMP,
)

CASE_SUMMARY = Obj(
    {
        "id": OPAQUE_ID,
        "reference": Str(min_len=1, max_len=200),
        "status": Enum(E.CaseStatus),
        "value": MONEY,
        "claim_type": Enum(E.ClaimType),
        "opened_at": TIMESTAMP,
        "escalated_at": TIMESTAMP,
        "ruling_due_at": TIMESTAMP,
        "updated_at": TIMESTAMP,
        "version": Int(minimum=1),
    }
)
#: ``GET /v1/cases`` as the client checks it: the envelope only. The sync engine checks each item
#: against :data:`CASE_SUMMARY` on its own, so that one malformed summary fails alone.
CASE_LIST_ENVELOPE = Obj(
    {"items": Arr(Raw()), "removed": Arr(OPAQUE_ID), "next_cursor": CURSOR, "has_more": Bool()},
)
_STATS = Obj(
    {
        "disputes_opened": COUNT,
        "disputes_against": COUNT,
        "rulings_won": COUNT,
        "rulings_lost": COUNT,
        "late_responses": COUNT,
    }
)
PARTY = Obj(
    {
        "party_id": OPAQUE_ID,
        "role": Enum(E.PartyRole),
        "display_name": TEXT,
        "country": COUNTRY,
        "language": LANGUAGE,
        "member_since": DATE,
        "stats_12m": _STATS,
    }
)
_TRACKING_EVENT = Obj(
    {"at": TIMESTAMP, "status": Enum(E.TrackingStatus), "description": TEXT},
    {"location": TEXT},
)
ORDER = Obj(
    {
        "order_id": OPAQUE_ID,
        "placed_at": TIMESTAMP,
        "items": Arr(
            Obj({"sku": TEXT, "title": TEXT, "quantity": Int(minimum=1), "unit_price": MONEY}),
            min_items=1,
        ),
        "total": MONEY,
        "payment": Obj({"method": Enum(E.PaymentMethod), "paid_at": TIMESTAMP}),
        "shipping": Obj(
            {
                "carrier": TEXT,
                "tracking_number": TEXT,
                "destination_country": COUNTRY,
                "events": Arr(_TRACKING_EVENT),
            },
            {"shipped_at": TIMESTAMP, "delivered_at": TIMESTAMP},
        ),
    }
)
CLAIM = Obj(
    {
        "type": Enum(E.ClaimType),
        "description": TEXT,
        "requested_remedy": Enum(E.RequestedRemedy),
        "amount_claimed": MONEY,
        "opened_at": TIMESTAMP,
    }
)
HISTORY_EVENT = Obj({"at": TIMESTAMP, "actor": Enum(E.HistoryActor), "kind": Enum(E.HistoryKind)}, {"note": TEXT})
EVIDENCE_ITEM = Obj(
    {
        "evidence_id": OPAQUE_ID,
        "submitted_by": Enum(E.EvidenceSubmitter),
        "kind": Enum(E.EvidenceKind),
        "title": TEXT,
        "filename": Str(max_len=4096),
        "media_type": Str(max_len=255),
        "size_bytes": Int(minimum=0, maximum=104_857_600),
        "sha256": SHA256,
        "submitted_at": TIMESTAMP,
        "referenced_message_ids": Arr(OPAQUE_ID),
    },
    {"description": TEXT},
)
PANEL = Obj(
    {
        "chair_id": OPAQUE_ID,
        "members": Arr(Obj({"member_id": OPAQUE_ID, "display_name": TEXT, "role": Enum(E.PanelRole)})),
    }
)
#: Since 1.1, on an appeal case only (README.md, "Appeals").
APPEAL = Obj(
    {
        "of_case_id": OPAQUE_ID,
        "of_reference": Str(min_len=1, max_len=200),
        "ruling_id": OPAQUE_ID,
        "document_sha256": SHA256,
        "decided_at": TIMESTAMP,
        "outcome": Enum(E.VoteOutcome),
        "appellant": Enum(E.PartyRole),
        "grounds": Str(max_len=20000),
        "filed_at": TIMESTAMP,
    },
    {
        "award": MONEY,
        "first_panel_size": Int(minimum=1),
        "grounds_translations": Arr(Obj({"language": LANGUAGE, "text": TEXT})),
    },
)
CASE = CASE_SUMMARY.extend(
    {
        "parties": Arr(PARTY, min_items=2, max_items=2),
        "order": ORDER,
        "claim": CLAIM,
        "history": Arr(HISTORY_EVENT),
        "evidence": Arr(EVIDENCE_ITEM),
        "panel": PANEL,
        "message_count": COUNT,
    },
    {"seller_response": Obj({"text": TEXT, "responded_at": TIMESTAMP}), "appeal": APPEAL},
)
