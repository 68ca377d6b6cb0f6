"""The contract's enumerations.

The platform may add enum values at any time. :func:`parse_enum` keeps an unknown value as the
plain string it is, so nothing fails on it and it can be shown exactly as received; code that
needs a decision treats an unknown value like ``other`` (or as read-only, for a case status).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


def parse_enum(cls: type[E], value: str) -> E | str:
    """Returns the member of ``cls`` named by ``value``, or ``value`` itself when it is unknown."""
    try:
        return cls(value)
    except ValueError:
        return value


def is_known(cls: type[StrEnum], value: str) -> bool:
    return value in cls._value2member_map_


class CaseStatus(StrEnum):
    AWAITING_PANEL = "awaiting_panel"
    IN_DELIBERATION = "in_deliberation"
    DECIDED = "decided"
    #: Since contract 1.1: decided, and a party's appeal against the ruling is admitted (read-only; the
    #: ruling stands until the appeal case is decided, then the case returns to ``decided``).
    UNDER_APPEAL = "under_appeal"
    WITHDRAWN = "withdrawn"


#: Statuses in which shared annotations may be written.
ANNOTATABLE_STATUSES = frozenset({CaseStatus.AWAITING_PANEL, CaseStatus.IN_DELIBERATION})
#: Statuses in which votes may be cast and the ruling filed.
VOTING_STATUSES = frozenset({CaseStatus.IN_DELIBERATION})


class ClaimType(StrEnum):
    NOT_RECEIVED = "not_received"
    NOT_AS_DESCRIBED = "not_as_described"
    COUNTERFEIT = "counterfeit"
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"
    PARTIAL_DELIVERY = "partial_delivery"
    OTHER = "other"


class RequestedRemedy(StrEnum):
    FULL_REFUND = "full_refund"
    PARTIAL_REFUND = "partial_refund"
    RETURN_AND_REFUND = "return_and_refund"
    REPLACEMENT = "replacement"


class MemberRole(StrEnum):
    PANEL_MEMBER = "panel_member"
    CHAIR = "chair"
    LEGAL = "legal"


class PanelRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"


class PartyRole(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"


class PaymentMethod(StrEnum):
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    WALLET = "wallet"
    CASH_ON_DELIVERY = "cash_on_delivery"
    OTHER = "other"


class TrackingStatus(StrEnum):
    INFO_RECEIVED = "info_received"
    IN_TRANSIT = "in_transit"
    CUSTOMS = "customs"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"
    RETURNED = "returned"
    OTHER = "other"


class HistoryActor(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    PLATFORM = "platform"
    MEDIATOR = "mediator"


class HistoryKind(StrEnum):
    OPENED = "opened"
    SELLER_RESPONDED = "seller_responded"
    NEGOTIATION_FAILED = "negotiation_failed"
    MEDIATION_STARTED = "mediation_started"
    MEDIATION_FAILED = "mediation_failed"
    ESCALATED = "escalated"
    EVIDENCE_ADDED = "evidence_added"
    DEADLINE_EXTENDED = "deadline_extended"
    PANEL_ASSIGNED = "panel_assigned"
    WITHDRAWN = "withdrawn"
    DECIDED = "decided"
    APPEAL_FILED = "appeal_filed"
    APPEAL_ADMITTED = "appeal_admitted"
    APPEAL_DECIDED = "appeal_decided"
    OTHER = "other"


class EvidenceSubmitter(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    PLATFORM = "platform"


class EvidenceKind(StrEnum):
    IMAGE = "image"
    DOCUMENT = "document"
    VIDEO = "video"
    ORDER_RECORD = "order_record"
    TRACKING = "tracking"
    CHAT_EXPORT = "chat_export"
    OTHER = "other"


class Channel(StrEnum):
    BUYER_SELLER = "buyer_seller"
    BUYER_PLATFORM = "buyer_platform"
    SELLER_PLATFORM = "seller_platform"


class SenderRole(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    AGENT = "agent"
    SYSTEM = "system"


class AnnotationTargetType(StrEnum):
    CASE = "case"
    EVIDENCE = "evidence"
    MESSAGE = "message"


class VoteOutcome(StrEnum):
    FAVOR_BUYER = "favor_buyer"
    FAVOR_SELLER = "favor_seller"
    SPLIT = "split"


class RulingCheck(StrEnum):
    """The checks a filed ruling must pass (``failed_checks`` of a ``ruling-rejected`` problem)."""

    DOCUMENT_HASH_MISMATCH = "document_hash_mismatch"
    DOCUMENT_UNREADABLE = "document_unreadable"
    SIGNATURE_MISSING = "signature_missing"
    SIGNATURE_INVALID = "signature_invalid"
    SIGNATURE_INCOMPLETE_COVERAGE = "signature_incomplete_coverage"
    CERTIFICATE_UNTRUSTED = "certificate_untrusted"
    SIGNER_NOT_CHAIR = "signer_not_chair"
    VOTES_INCOMPLETE = "votes_incomplete"
    VOTE_TALLY_MISMATCH = "vote_tally_mismatch"
    AWARD_EXCEEDS_CLAIM = "award_exceeds_claim"
    AWARD_INVALID = "award_invalid"
