"""What delivering one outbox item ends in: a :class:`DeliveryOutcome`, and the outbox's own errors.

Failures the platform names are its :class:`~arbitration_desk.platform.errors.PlatformError`\\ s; an
:class:`OutboxError` is what the outbox concludes itself: the item cannot be delivered as it
stands, whatever the next attempt would bring. Each is recorded on the item as one sentence for
the member, and the item counts as failed.
"""

from __future__ import annotations

from enum import StrEnum

from arbitration_desk.domain.phrases import PhrasedError


class DeliveryOutcome(StrEnum):
    """Where one delivery left its item."""

    #: The platform has the change (sent now, or found already applied).
    DELIVERED = "delivered"
    #: A transient failure (network, 5xx, 429...): still queued, sent again at the next sync.
    RETRY = "retry"
    #: Refused for good; the reason is the item's ``last_error``.
    FAILED = "failed"
    #: The case is no longer assigned (403): still queued; the sync reads the case list again.
    NOT_ASSIGNED = "not-assigned"


class OutboxError(PhrasedError):
    """An item that cannot be delivered as it stands; the message (a phrase, context "Outbox") says
    why, for the member. The item records its English text (``str(error)``)."""


class ChangeRejected(OutboxError):
    """The platform refused the change for good (an annotation changed elsewhere since)."""


class RulingConflict(OutboxError):
    """Another ruling, with a different document, is recorded for the case (the chair must be told)."""


class DocumentUnavailable(OutboxError):
    """The signed PDF of a queued ruling is gone or damaged locally; it cannot be sent as it was signed."""
