"""The names of the contract's enum values, as the desk shows them (``case_format.humanize``), marked for translation.

``humanize("not_as_described")`` shows "Not as described" in English and its translation in the
member's language (context ``Enum``). A value the desk does not know (the platform added one) is
shown as received, humanized, untranslated. ``tests/gui/common/test_i18n.py`` checks that every
value of the enums below has its name here.
"""

from __future__ import annotations

from arbitration_desk.domain import enums
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP

#: The enums whose values the desk shows through ``humanize``.
SHOWN = (
    enums.AnnotationTargetType,
    enums.CaseStatus,
    enums.Channel,
    enums.ClaimType,
    enums.EvidenceKind,
    enums.EvidenceSubmitter,
    enums.HistoryActor,
    enums.HistoryKind,
    enums.MemberRole,
    enums.PanelRole,
    enums.PartyRole,
    enums.PaymentMethod,
    enums.RequestedRemedy,
    enums.TrackingStatus,
    enums.VoteOutcome,
    enums.SenderRole,
)

NAMES = (
    # AnnotationTargetType
    QT_TRANSLATE_NOOP("Enum", "Case"),
    QT_TRANSLATE_NOOP("Enum", "Evidence"),
    QT_TRANSLATE_NOOP("Enum", "Message"),
    # CaseStatus
    QT_TRANSLATE_NOOP("Enum", "Awaiting panel"),
    QT_TRANSLATE_NOOP("Enum", "In deliberation"),
    QT_TRANSLATE_NOOP("Enum", "Decided"),
    QT_TRANSLATE_NOOP("Enum", "Under appeal"),
    QT_TRANSLATE_NOOP("Enum", "Withdrawn"),
    # Channel
    QT_TRANSLATE_NOOP("Enum", "Buyer seller"),
    QT_TRANSLATE_NOOP("Enum", "Buyer platform"),
    QT_TRANSLATE_NOOP("Enum", "Seller platform"),
    # ClaimType
    QT_TRANSLATE_NOOP("Enum", "Not received"),
    QT_TRANSLATE_NOOP("Enum", "Not as described"),
    QT_TRANSLATE_NOOP("Enum", "Counterfeit"),
    QT_TRANSLATE_NOOP("Enum", "Damaged"),
    QT_TRANSLATE_NOOP("Enum", "Wrong item"),
    QT_TRANSLATE_NOOP("Enum", "Partial delivery"),
    QT_TRANSLATE_NOOP("Enum", "Other"),
    # EvidenceKind
    QT_TRANSLATE_NOOP("Enum", "Image"),
    QT_TRANSLATE_NOOP("Enum", "Document"),
    QT_TRANSLATE_NOOP("Enum", "Video"),
    QT_TRANSLATE_NOOP("Enum", "Order record"),
    QT_TRANSLATE_NOOP("Enum", "Tracking"),
    QT_TRANSLATE_NOOP("Enum", "Chat export"),
    # EvidenceSubmitter
    QT_TRANSLATE_NOOP("Enum", "Buyer"),
    QT_TRANSLATE_NOOP("Enum", "Seller"),
    QT_TRANSLATE_NOOP("Enum", "Platform"),
    # HistoryActor
    QT_TRANSLATE_NOOP("Enum", "Mediator"),
    # HistoryKind
    QT_TRANSLATE_NOOP("Enum", "Opened"),
    QT_TRANSLATE_NOOP("Enum", "Seller responded"),
    QT_TRANSLATE_NOOP("Enum", "Negotiation failed"),
    QT_TRANSLATE_NOOP("Enum", "Mediation started"),
    QT_TRANSLATE_NOOP("Enum", "Mediation failed"),
    QT_TRANSLATE_NOOP("Enum", "Escalated"),
    QT_TRANSLATE_NOOP("Enum", "Evidence added"),
    QT_TRANSLATE_NOOP("Enum", "Deadline extended"),
    QT_TRANSLATE_NOOP("Enum", "Panel assigned"),
    QT_TRANSLATE_NOOP("Enum", "Appeal filed"),
    QT_TRANSLATE_NOOP("Enum", "Appeal admitted"),
    QT_TRANSLATE_NOOP("Enum", "Appeal decided"),
    # MemberRole
    QT_TRANSLATE_NOOP("Enum", "Panel member"),
    QT_TRANSLATE_NOOP("Enum", "Chair"),
    QT_TRANSLATE_NOOP("Enum", "Legal"),
    # PanelRole
    QT_TRANSLATE_NOOP("Enum", "Member"),
    # PaymentMethod
    QT_TRANSLATE_NOOP("Enum", "Card"),
    QT_TRANSLATE_NOOP("Enum", "Bank transfer"),
    QT_TRANSLATE_NOOP("Enum", "Wallet"),
    QT_TRANSLATE_NOOP("Enum", "Cash on delivery"),
    # RequestedRemedy
    QT_TRANSLATE_NOOP("Enum", "Full refund"),
    QT_TRANSLATE_NOOP("Enum", "Partial refund"),
    QT_TRANSLATE_NOOP("Enum", "Return and refund"),
    QT_TRANSLATE_NOOP("Enum", "Replacement"),
    # TrackingStatus
    QT_TRANSLATE_NOOP("Enum", "Info received"),
    QT_TRANSLATE_NOOP("Enum", "In transit"),
    QT_TRANSLATE_NOOP("Enum", "Customs"),
    QT_TRANSLATE_NOOP("Enum", "Out for delivery"),
    QT_TRANSLATE_NOOP("Enum", "Delivered"),
    QT_TRANSLATE_NOOP("Enum", "Delivery failed"),
    QT_TRANSLATE_NOOP("Enum", "Returned"),
    # VoteOutcome
    QT_TRANSLATE_NOOP("Enum", "Favor buyer"),
    QT_TRANSLATE_NOOP("Enum", "Favor seller"),
    QT_TRANSLATE_NOOP("Enum", "Split"),
    # SenderRole
    QT_TRANSLATE_NOOP("Enum", "Agent"),
    QT_TRANSLATE_NOOP("Enum", "System"),
)
