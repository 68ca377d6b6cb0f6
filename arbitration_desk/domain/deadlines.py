"""Deadlines: when a ruling is due soon or overdue, and how long a reassigned case's work is kept."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from arbitration_desk.domain.enums import CaseStatus

#: A ruling due within this time is "due soon" (the desk's warning; the contract sets no threshold).
DUE_SOON = timedelta(hours=48)
#: The case list's widest deadline filter, "due within 7 days" (overdue cases included).
DUE_THIS_WEEK = timedelta(days=7)
#: A reassigned case with unsent work is kept read-only this long at most. Contract README,
#: "Synchronisation", "Removed cases and unsent work": delete everything "within 7 days at most".
REASSIGNED_RETENTION = timedelta(days=7)
#: Statuses in which the ruling deadline no longer runs (the case is over).
DEADLINE_STOPPED_STATUSES = frozenset({CaseStatus.DECIDED, CaseStatus.UNDER_APPEAL, CaseStatus.WITHDRAWN})


class DeadlineState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


def deadline_state(due_at: datetime, now: datetime, due_soon: timedelta = DUE_SOON) -> DeadlineState:
    """Overdue from the due moment on, due soon within ``due_soon`` before it (both ends included), else OK."""
    if due_at <= now:
        return DeadlineState.OVERDUE
    if due_at - now <= due_soon:
        return DeadlineState.DUE_SOON
    return DeadlineState.OK


def deadline_runs(status: str) -> bool:
    """Whether a case in ``status`` still has a running ruling deadline (unknown statuses: yes)."""
    return status not in DEADLINE_STOPPED_STATUSES


def due_within(due_at: datetime, now: datetime, span: timedelta) -> bool:
    """Whether the ruling is due no later than ``span`` from ``now`` (overdue included)."""
    return due_at <= now + span


def reassigned_delete_after(reassigned_at: datetime) -> datetime:
    """When a case reassigned at ``reassigned_at`` is deleted at the latest, unsent work or not."""
    return reassigned_at + REASSIGNED_RETENTION
