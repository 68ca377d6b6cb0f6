"""store/work_facet.py: the member's changes, each stored with its outbox item in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from arbitration_desk.store import testing as t
from arbitration_desk.store.store import Store

NOW = t.BASE_TIME
TARGET = {"type": "message", "id": "m1", "quote": "never arrived"}

pytestmark = pytest.mark.usefixtures("member_cases")


def test_change_and_outbox_item_roll_back_together(store: Store) -> None:
    def fail_on_outbox(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.startswith("INSERT INTO outbox"):
            raise RuntimeError("disk full")

    engine = store._db._writer
    event.listen(engine, "before_cursor_execute", fail_on_outbox)
    try:
        with pytest.raises(RuntimeError):
            store.work.create_annotation("cs_1", TARGET, "lost?", now=NOW)
    finally:
        event.remove(engine, "before_cursor_execute", fail_on_outbox)
    assert store.reads.annotations("cs_1") == [] and store.outbox.count() == 0


def test_dismissing_the_notice_deletes_at_once(store: Store) -> None:
    store.work.create_annotation("cs_1", TARGET, "x", now=NOW)
    store.sync.apply_case_page([], ["cs_1"], "c2", now=NOW)
    store.work.dismiss_reassigned("cs_1")
    assert [row.case_id for row in store.reads.list_cases()] == ["cs_2"]
