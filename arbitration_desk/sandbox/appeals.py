"""Appeal cases on the server: the rulings an appeal panel may read, and recording an appeal's decision.

The ``appeals`` table links each appeal case to its first-instance case and the ruling appealed against.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Row, select

from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.appeal_rules import decision_note
from arbitration_desk.sandbox.state import Store, sort_key


def appealed_rulings(conn: Connection, member_id: str) -> set[str]:
    """IDs of the rulings appealed against in the appeal cases on whose active panel ``member_id`` sits."""
    query = (
        select(db.appeals.c.ruling_id)
        .join(db.panel, db.panel.c.case_id == db.appeals.c.case_id)
        .where(db.panel.c.member_id == member_id, db.panel.c.active.is_(True))
    )
    return set(conn.execute(query).scalars())


def appeal_link(conn: Connection, case_id: str) -> Row[Any] | None:
    """The ``appeals`` row of an appeal case (case_id, of_case_id, ruling_id); None for other cases."""
    return conn.execute(select(db.appeals).where(db.appeals.c.case_id == case_id)).first()


def with_events(data: str, *events: dict[str, Any]) -> str:
    """A case's stored JSON (``cases.data``) with ``events`` added to its history, oldest first."""
    case = json.loads(data)
    history = [*case.get("history", []), *events]
    case["history"] = sorted(history, key=lambda event: sort_key(event["at"]))
    return json.dumps(case, ensure_ascii=False)


def decide_appeal(store: Store, conn: Connection, link: Row[Any], appeal_data: str, record: dict[str, Any]) -> str:
    """Records the appeal ruling ``record``: ``appeal_decided`` in the first-instance case, which returns
    to ``decided`` (version + 1); returns the appeal case's stored JSON with the same event."""
    first_record = conn.execute(select(db.rulings.c.record).where(db.rulings.c.ruling_id == link.ruling_id)).scalar()
    note = decision_note(json.loads(first_record), record["outcome"], record["award"]) if first_record else None
    event: dict[str, Any] = {"at": record["received_at"], "actor": "platform", "kind": "appeal_decided"}
    if note:
        event["note"] = note
    first = store.case_row(conn, link.of_case_id)
    store.touch_case(conn, link.of_case_id, status="decided", data=with_events(first.data, event))
    return with_events(appeal_data, event)
