"""Deadline states at and around their boundaries, and the 7-day keep of a reassigned case."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from arbitration_desk.domain.deadlines import (
    DUE_SOON,
    DUE_THIS_WEEK,
    REASSIGNED_RETENTION,
    DeadlineState,
    deadline_runs,
    deadline_state,
    due_within,
    reassigned_delete_after,
)

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
TICK = timedelta(microseconds=1)


def test_the_constants() -> None:
    assert timedelta(hours=48) == DUE_SOON
    assert timedelta(days=7) == DUE_THIS_WEEK
    assert timedelta(days=7) == REASSIGNED_RETENTION


@pytest.mark.parametrize(
    ("due_in", "expected"),
    [
        (-timedelta(days=3), DeadlineState.OVERDUE),
        (-TICK, DeadlineState.OVERDUE),
        (timedelta(0), DeadlineState.OVERDUE),  # due this very moment: overdue
        (TICK, DeadlineState.DUE_SOON),
        (timedelta(hours=5), DeadlineState.DUE_SOON),
        (timedelta(hours=48), DeadlineState.DUE_SOON),  # exactly 48 h left: still due soon
        (timedelta(hours=48) + TICK, DeadlineState.OK),
        (timedelta(days=10), DeadlineState.OK),
    ],
)
def test_deadline_state(due_in: timedelta, expected: DeadlineState) -> None:
    assert deadline_state(NOW + due_in, NOW) is expected


def test_deadline_state_with_another_threshold() -> None:
    assert deadline_state(NOW + timedelta(hours=72), NOW, timedelta(hours=72)) is DeadlineState.DUE_SOON
    assert deadline_state(NOW + timedelta(hours=72), NOW, timedelta(hours=71)) is DeadlineState.OK


def test_deadline_state_compares_moments_across_zones() -> None:
    later_zone = datetime(2026, 3, 10, 13, 0, tzinfo=UTC).astimezone()
    assert deadline_state(later_zone, NOW) is DeadlineState.DUE_SOON


@pytest.mark.parametrize(
    ("status", "runs"),
    [
        ("in_deliberation", True),
        ("awaiting_panel", True),
        ("decided", False),
        ("withdrawn", False),
        ("on_hold_by_legal", True),  # unknown status: the deadline is still shown
    ],
)
def test_deadline_runs(status: str, runs: bool) -> None:
    assert deadline_runs(status) is runs


@pytest.mark.parametrize(
    ("due_in", "expected"),
    [
        (-timedelta(days=30), True),  # overdue counts as due within the week
        (timedelta(0), True),
        (timedelta(days=7), True),  # exactly 7 days: included
        (timedelta(days=7) + TICK, False),
    ],
)
def test_due_within_a_week(due_in: timedelta, expected: bool) -> None:
    assert due_within(NOW + due_in, NOW, DUE_THIS_WEEK) is expected


def test_reassigned_case_is_kept_exactly_seven_days() -> None:
    assert reassigned_delete_after(NOW) == datetime(2026, 3, 17, 12, 0, tzinfo=UTC)
    assert reassigned_delete_after(NOW) - NOW == timedelta(days=7)
