"""store/outbox.py: the queue of the member's changes, its states, and recovery after a crash."""

from __future__ import annotations

from datetime import timedelta

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import InvalidStateError, NotFoundError
from arbitration_desk.store.records import OutboxState
from arbitration_desk.store.store import Store

NOW = t.BASE_TIME
TARGET = {"type": "message", "id": "m1", "quote": "never arrived"}

pytestmark = pytest.mark.usefixtures("member_cases")


def test_retry_failure_and_crash_recovery(store: Store) -> None:
    store.work.create_annotation("cs_1", TARGET, "x", now=NOW)
    item = store.outbox.next()[0]
    store.outbox.begin(item.id)
    store.outbox.retry_later(item.id, "503 unavailable")
    again = store.outbox.next()[0]
    assert again.last_error == "503 unavailable" and again.attempts == 1
    store.outbox.begin(item.id)
    assert store.outbox.recover() == 1  # the process died while in flight
    store.outbox.begin(item.id)
    store.outbox.failed(item.id, "422 validation-failed: /body")
    assert store.outbox.next() == []
    assert store.outbox.count() == 1  # failed work is still unsent work
    (unsent,) = store.outbox.unsent_work("cs_1")
    assert unsent.state == OutboxState.FAILED and unsent.attempts == 3
    with pytest.raises(NotFoundError):
        store.outbox.begin(9999)


def test_items_come_out_oldest_first_a_limited_page_at_a_time(store: Store) -> None:
    rows = [store.work.create_annotation("cs_1", TARGET, f"note {n}", now=NOW + timedelta(minutes=n)) for n in range(3)]
    first_page = store.outbox.next(limit=2)
    assert [item.target_id for item in first_page] == [rows[0].annotation_id, rows[1].annotation_id]
    store.outbox.begin(first_page[0].id)  # in flight: no longer handed out
    assert [item.target_id for item in store.outbox.next(limit=2)] == [rows[1].annotation_id, rows[2].annotation_id]
    store.outbox.delivered(first_page[0].id)
    assert store.outbox.count() == 2
    with pytest.raises(InvalidStateError):
        store.outbox.retry_later(first_page[0].id, "too late")  # delivered is final
    assert [entry.state for entry in store.outbox.unsent_work("cs_1")] == [OutboxState.QUEUED] * 2
