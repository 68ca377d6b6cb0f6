"""The contract's JSON objects as the client hands them on: ``TypedDict``s named as in ``openapi.yaml``.

These describe a payload *after* :mod:`arbitration_desk.platform.shapes` checked it: required fields
present with their types, optional ones (``NotRequired``) present only when the platform sent them,
unknown fields dropped. A field holding one of the contract's enums is typed ``str``: enums may grow,
and an unknown value is kept as received (see :mod:`.enums`; the comment names the enum).
Timestamps stay the contract's RFC 3339 text; money stays ``{"amount": "104.90", "currency": "EUR"}``.

Only the shapes code reads by key are here; a value that really is arbitrary JSON stays ``dict[str, Any]``.
"""

# No ``from __future__ import annotations`` here: evaluated annotations let ``NotRequired`` show in
# each class's ``__optional_keys__`` at run time, which the tests compare with the shapes.
from typing import Any, NotRequired, TypedDict


class Money(TypedDict):
    amount: str  # exact decimal text, two fraction digits
    currency: str  # ISO 4217


# -- identity ------------------------------------------------------------------------------------


class TokenResponse(TypedDict):
    access_token: str
    refresh_token: str
    token_type: str
    expires_in: int


class Me(TypedDict):
    member_id: str
    display_name: str
    email: str
    roles: list[str]  # MemberRole
    locale: str
    timezone: str


class SigningCertificate(TypedDict):
    certificate_pem: str
    chain_pem: list[str]
    not_after: str


# -- cases ---------------------------------------------------------------------------------------


class CaseSummary(TypedDict):
    id: str
    reference: str
    status: str  # CaseStatus
    value: Money
    claim_type: str  # ClaimType
    opened_at: str
    escalated_at: str
    ruling_due_at: str
    updated_at: str
    version: int


class CaseSyncPage(TypedDict):
    """``GET /v1/cases``: the envelope checked, each item still unchecked (``Any``).

    The sync engine checks the summaries one by one, so one malformed summary fails alone.
    """

    items: list[Any]
    removed: list[str]
    next_cursor: str
    has_more: bool


class PartyStats(TypedDict):
    disputes_opened: int
    disputes_against: int
    rulings_won: int
    rulings_lost: int
    late_responses: int


class Party(TypedDict):
    party_id: str
    role: str  # PartyRole
    display_name: str
    country: str
    language: str
    member_since: str  # YYYY-MM-DD
    stats_12m: PartyStats


class OrderItem(TypedDict):
    sku: str
    title: str
    quantity: int
    unit_price: Money


class Payment(TypedDict):
    method: str  # PaymentMethod
    paid_at: str


class TrackingEvent(TypedDict):
    at: str
    status: str  # TrackingStatus
    description: str
    location: NotRequired[str]


class Shipping(TypedDict):
    carrier: str
    tracking_number: str
    destination_country: str
    events: list[TrackingEvent]
    shipped_at: NotRequired[str]
    delivered_at: NotRequired[str]


class Order(TypedDict):
    order_id: str
    placed_at: str
    items: list[OrderItem]
    total: Money
    payment: Payment
    shipping: Shipping


class Claim(TypedDict):
    type: str  # ClaimType
    description: str
    requested_remedy: str  # RequestedRemedy
    amount_claimed: Money
    opened_at: str


class HistoryEvent(TypedDict):
    at: str
    actor: str  # HistoryActor
    kind: str  # HistoryKind
    note: NotRequired[str]


class EvidenceItem(TypedDict):
    evidence_id: str
    submitted_by: str  # EvidenceSubmitter
    kind: str  # EvidenceKind
    title: str
    filename: str  # for display only: never a path
    media_type: str  # a hint, not a guarantee
    size_bytes: int
    sha256: str
    submitted_at: str
    referenced_message_ids: list[str]
    description: NotRequired[str]


class PanelMember(TypedDict):
    member_id: str
    display_name: str
    role: str  # PanelRole


class Panel(TypedDict):
    chair_id: str
    members: list[PanelMember]


class SellerResponse(TypedDict):
    text: str
    responded_at: str


class Translation(TypedDict):
    language: str
    text: str


class Appeal(TypedDict):
    """Since 1.1, on an appeal case: the first-instance case and the ruling appealed against."""

    of_case_id: str
    of_reference: str
    ruling_id: str
    document_sha256: str
    decided_at: str
    outcome: str  # VoteOutcome
    award: NotRequired[Money]
    first_panel_size: NotRequired[int]
    appellant: str  # PartyRole
    grounds: str
    grounds_translations: NotRequired[list[Translation]]
    filed_at: str


class Case(CaseSummary):
    parties: list[Party]
    order: Order
    claim: Claim
    history: list[HistoryEvent]
    evidence: list[EvidenceItem]
    panel: Panel
    message_count: int
    seller_response: NotRequired[SellerResponse]
    appeal: NotRequired[Appeal]


# -- messages ------------------------------------------------------------------------------------


class Sender(TypedDict):
    role: str  # SenderRole
    display_name: str


class Message(TypedDict):
    message_id: str
    channel: str  # Channel
    sender: Sender
    sent_at: str
    language: str
    text: str
    translations: dict[str, str]  # BCP 47 tag -> machine translation
    attachments: list[str]  # evidence IDs


class MessagePage(TypedDict):
    items: list[Message]
    next_cursor: str
    has_more: bool


# -- annotations ---------------------------------------------------------------------------------


class Region(TypedDict):
    x: float
    y: float
    width: float
    height: float


class AnnotationTarget(TypedDict):
    type: str  # AnnotationTargetType
    id: NotRequired[str]  # evidence or message ID; absent for the case itself
    region: NotRequired[Region]
    quote: NotRequired[str]


class AnnotationWrite(TypedDict):
    """What a member writes (``PUT .../annotations/{id}``); the outbox carries it."""

    target: AnnotationTarget
    body: str
    created_at: str
    updated_at: str


class Annotation(AnnotationWrite):
    annotation_id: str
    author_id: str
    author_name: str
    etag: str


class AnnotationTombstone(TypedDict):
    annotation_id: str
    deleted_at: str


class AnnotationList(TypedDict):
    items: list[Annotation]
    deleted: list[AnnotationTombstone]
    as_of: str


# -- votes ---------------------------------------------------------------------------------------


class VoteWrite(TypedDict):
    """What a member casts (``PUT .../votes/me``); the outbox carries it."""

    outcome: str  # VoteOutcome
    award: Money
    rationale: str


class Vote(VoteWrite):
    member_id: str
    display_name: str
    cast_at: str


class VoteEntry(TypedDict):
    """One member's entry: while sealed, others' entries carry ``member_id`` and ``has_voted`` only."""

    member_id: str
    has_voted: bool
    display_name: NotRequired[str]
    outcome: NotRequired[str]  # VoteOutcome
    award: NotRequired[Money]
    rationale: NotRequired[str]
    cast_at: NotRequired[str]


class VoteBoard(TypedDict):
    quorum: int
    cast: int
    sealed: bool
    items: list[VoteEntry]


# -- rulings -------------------------------------------------------------------------------------


class RulingReceipt(TypedDict):
    ruling_id: str
    case_id: str
    case_reference: str
    received_at: str
    document_sha256: str


class RulingRecord(TypedDict):
    ruling_id: str
    case_id: str
    case_reference: str
    outcome: str  # VoteOutcome
    award: Money
    decided_at: str
    received_at: str
    chair_id: str
    document_sha256: str
    document_size: int
    appeal_of: NotRequired[str]


class RulingPage(TypedDict):
    items: list[RulingRecord]
    next_cursor: str
    has_more: bool
