"""The states the store keeps for its own rows (never the platform's: those are in ``domain.enums``).

Stored as their values in text columns; :class:`~arbitration_desk.store.models.StateText` turns
them back into members when read, so code compares members (``row.state is EvidenceState.VERIFIED``)
and the only place that sees the strings is the column mapping. Unlike the contract's enums, these
never grow behind our back: every value in the database was written by this code.
"""

from __future__ import annotations

from enum import StrEnum


class EvidenceState(StrEnum):
    PENDING = "pending"
    VERIFIED = "verified"
    #: One download did not match its hash; one more full download is due.
    QUARANTINED = "quarantined"
    #: Two downloads did not match: corrupt or tampered with. Never shown as verified.
    FAILED_VERIFICATION = "failed_verification"


class OutboxState(StrEnum):
    QUEUED = "queued"
    IN_FLIGHT = "in_flight"
    DELIVERED = "delivered"
    FAILED = "failed"


#: States of outbox items that count as unsent work.
UNSENT_STATES = (OutboxState.QUEUED, OutboxState.IN_FLIGHT, OutboxState.FAILED)
#: States of outbox items still to be delivered (queued, or sent and not yet answered).
OPEN_STATES = (OutboxState.QUEUED, OutboxState.IN_FLIGHT)


class OutboxKind(StrEnum):
    ANNOTATION_PUT = "annotation_put"
    ANNOTATION_DELETE = "annotation_delete"
    VOTE_PUT = "vote_put"
    RULING_SUBMIT = "ruling_submit"


class SubmissionState(StrEnum):
    """Where a ruling stands: drafted (GUI only) -> signed (queued) -> filing -> filed | rejected | failed."""

    DRAFTED = "drafted"
    SIGNED = "signed"
    FILING = "filing"
    FILED = "filed"
    REJECTED = "rejected"
    FAILED = "failed"


#: A submission in one of these states blocks another one for the same case.
BLOCKING_SUBMISSION_STATES = frozenset({SubmissionState.SIGNED, SubmissionState.FILING, SubmissionState.FILED})
#: How a submission ended when its outbox item failed (kept in ``ruling_submissions.outcome``).
FINAL_FAILURES = frozenset({SubmissionState.REJECTED, SubmissionState.FAILED})
