"""Contract-shaped sample payloads (as the API client hands them over) for tests of the store and above."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from arbitration_desk.domain.money import Money
from arbitration_desk.domain.payloads import (
    Annotation,
    AnnotationTarget,
    Appeal,
    Case,
    CaseSummary,
    EvidenceItem,
    Message,
    Party,
    PartyStats,
    VoteBoard,
)
from arbitration_desk.domain.timeutil import format_timestamp
from arbitration_desk.store.records import CaseRow

BASE_TIME = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)


def ts(minutes: float = 0) -> str:
    """A contract timestamp ``minutes`` after :data:`BASE_TIME`."""
    return format_timestamp(BASE_TIME + timedelta(minutes=minutes))


def case_summary(
    case_id: str = "cs_1",
    *,
    version: int = 1,
    status: str = "in_deliberation",
    reference: str | None = None,
    due: datetime | None = None,
    amount: str = "104.90",
) -> CaseSummary:
    return {
        "id": case_id,
        "reference": reference or f"ARB-2026-{case_id}",
        "status": status,
        "value": {"amount": amount, "currency": "EUR"},
        "claim_type": "not_received",
        "opened_at": ts(-10_000),
        "escalated_at": ts(-5_000),
        "ruling_due_at": format_timestamp(due or BASE_TIME + timedelta(days=10)),
        "updated_at": ts(),
        "version": version,
    }


def evidence_item(evidence_id: str, content: bytes, *, title: str = "Photo") -> EvidenceItem:
    return {
        "evidence_id": evidence_id,
        "submitted_by": "buyer",
        "kind": "image",
        "title": title,
        "filename": "../../etc/passwd",
        "media_type": "image/jpeg",
        "size_bytes": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "submitted_at": ts(-100),
        "referenced_message_ids": [],
    }


def full_case(
    case_id: str = "cs_1",
    *,
    version: int = 1,
    status: str = "in_deliberation",
    evidence: list[EvidenceItem] | None = None,
    description: str = "The parcel never arrived.",
    message_count: int = 0,
    appeal: Appeal | None = None,
) -> Case:
    """A full case; with ``appeal`` (see :func:`appeal_of`) an appeal case."""
    summary = case_summary(case_id, version=version, status=status)
    value = summary["value"]
    case = Case(
        **summary,
        parties=[
            _party("p_b", "buyer", "FR"),
            _party("p_s", "seller", "CN"),
        ],
        order={
            "order_id": "o_1",
            "placed_at": ts(-20_000),
            "items": [{"sku": "S1", "title": "Lamp", "quantity": 1, "unit_price": value}],
            "total": value,
            "payment": {"method": "card", "paid_at": ts(-20_000)},
            "shipping": {
                "carrier": "Post",
                "tracking_number": "T1",
                "destination_country": "FR",
                "events": [],
            },
        },
        claim={
            "type": "not_received",
            "description": description,
            "requested_remedy": "full_refund",
            "amount_claimed": value,
            "opened_at": ts(-10_000),
        },
        history=[],
        evidence=evidence or [],
        panel={"chair_id": "m_chair", "members": []},
        message_count=message_count,
    )
    if appeal is not None:
        case["appeal"] = appeal
    return case


def appeal_of(
    reference: str = "ARB-2026-000099",
    *,
    filed_at: str | None = None,
    grounds: str = "The first panel ignored the delivery photo.",
    translation: str | None = None,
    appellant: str = "seller",
    ruling_id: str = "rl_FIRST0001",
    document_sha256: str = "ab" * 32,
) -> Appeal:
    """An ``appeal`` object against a ruling of ``reference``, filed at ``filed_at`` (default ``ts(-50)``).

    Items submitted or sent after ``filed_at`` are new on appeal.
    """
    appeal = Appeal(
        of_case_id="cs_first_" + reference[-6:],
        of_reference=reference,
        ruling_id=ruling_id,
        document_sha256=document_sha256,
        decided_at=ts(-5_000),
        outcome="favor_buyer",
        award={"amount": "20.00", "currency": "EUR"},
        first_panel_size=3,
        appellant=appellant,
        grounds=grounds,
        filed_at=filed_at or ts(-50),
    )
    if translation is not None:
        appeal["grounds_translations"] = [{"language": "en", "text": translation}]
    return appeal


def _party(party_id: str, role: str, country: str) -> Party:
    stats: PartyStats = {
        "disputes_opened": 0,
        "disputes_against": 0,
        "rulings_won": 0,
        "rulings_lost": 0,
        "late_responses": 0,
    }
    return {
        "party_id": party_id,
        "role": role,
        "display_name": role.title(),
        "country": country,
        "language": "en",
        "member_since": "2020-01-01",
        "stats_12m": stats,
    }


def message(
    message_id: str,
    text: str,
    *,
    minutes: float = 0,
    language: str = "en",
    translations: dict[str, str] | None = None,
    channel: str = "buyer_seller",
) -> Message:
    return {
        "message_id": message_id,
        "channel": channel,
        "sender": {"role": "buyer", "display_name": "Camille D."},
        "sent_at": ts(minutes),
        "language": language,
        "text": text,
        "translations": translations or {},
        "attachments": [],
    }


def annotation(
    annotation_id: str, body: str, *, author_id: str = "m_other", etag: str = '"a1"', target_id: str | None = None
) -> Annotation:
    target: AnnotationTarget = {"type": "case"} if target_id is None else {"type": "message", "id": target_id}
    return {
        "annotation_id": annotation_id,
        "target": target,
        "body": body,
        "created_at": ts(),
        "updated_at": ts(),
        "author_id": author_id,
        "author_name": "Other Member",
        "etag": etag,
    }


def vote_board(*, cast: int = 1, quorum: int = 3) -> VoteBoard:
    return {
        "quorum": quorum,
        "cast": cast,
        "sealed": cast < quorum,
        "items": [{"member_id": "m_chair", "has_voted": True}],
    }


def case_row(case_id: str, *, now: datetime = BASE_TIME, **changes: Any) -> CaseRow:
    """A case list row as the store gives it: opened 40 days before ``now``, due 5 days after, synced,
    nothing unread or unsent; ``changes`` set any field (``status="under_appeal"``, ``ruling_due_at=…``)."""
    row = CaseRow(
        case_id=case_id,
        reference=f"ARB-{case_id}",
        status="in_deliberation",
        claim_type="not_received",
        value=Money.parse("620.00", "EUR"),
        opened_at=now - timedelta(days=40),
        escalated_at=now - timedelta(days=30),
        ruling_due_at=now + timedelta(days=5),
        updated_at=now,
        version=3,
        synced_version=3,
        message_count=10,
        buyer_country="FR",
        seller_country="DE",
        has_unread=False,
        unsent_count=0,
        failed_verification_count=0,
        reassigned_at=None,
        delete_after=None,
    )
    return replace(row, **changes)
