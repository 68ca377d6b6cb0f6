"""Database access shared by the endpoints: the write lock, change sequence, case versions, access checks."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Row, func, select, update
from sqlalchemy.dialects import sqlite

from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp
from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.problems import ApiError

SUMMARY_FIELDS = (
    "id", "reference", "status", "value", "claim_type", "opened_at", "escalated_at", "ruling_due_at",
    "updated_at", "version",
)  # fmt: skip


def sort_key(timestamp: str) -> str:
    """A contract timestamp normalised to microseconds, so that text order is time order."""
    return format_timestamp(parse_timestamp(timestamp), micro=True)


class Store:
    """The engine, one lock serialising writes, and a monotonic server clock."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lock = threading.RLock()
        self._last = datetime.min.replace(tzinfo=UTC)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.lock, self.engine.begin() as conn:
            yield conn

    def now(self) -> datetime:
        """Server time, strictly increasing across calls (microsecond resolution)."""
        with self.lock:
            moment = datetime.now(UTC)
            if moment <= self._last:
                moment = self._last + timedelta(microseconds=1)
            self._last = moment
            return moment

    # ----- meta -----
    def get_meta(self, conn: Connection, key: str) -> str | None:
        return conn.execute(select(db.meta.c.value).where(db.meta.c.key == key)).scalar_one_or_none()

    def set_meta(self, conn: Connection, key: str, value: str) -> None:
        if conn.dialect.name == "sqlite":
            stmt = sqlite.insert(db.meta).values(key=key, value=value)
            conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
            return
        if conn.execute(update(db.meta).where(db.meta.c.key == key).values(value=value)).rowcount == 0:
            conn.execute(db.meta.insert().values(key=key, value=value))

    def next_seq(self, conn: Connection) -> int:
        seq = int(self.get_meta(conn, "seq") or 0) + 1
        self.set_meta(conn, "seq", str(seq))
        return seq

    def current_seq(self, conn: Connection) -> int:
        return int(self.get_meta(conn, "seq") or 0)

    def count(self, conn: Connection, kind: str) -> None:
        """Counts one accepted write of ``kind`` (see SandboxControl.counts)."""
        found = conn.execute(
            update(db.counters).where(db.counters.c.kind == kind).values(n=db.counters.c.n + 1)
        ).rowcount
        if not found:
            conn.execute(db.counters.insert().values(kind=kind, n=1))

    # ----- cases -----
    def touch_case(self, conn: Connection, case_id: str, **changes: Any) -> int:
        """Records a change of the case: version + 1, updated_at, change sequence; returns the seq."""
        seq = self.next_seq(conn)
        conn.execute(
            update(db.cases)
            .where(db.cases.c.case_id == case_id)
            .values(
                version=db.cases.c.version + 1,
                updated_at=format_timestamp(self.now()),
                change_seq=seq,
                **changes,
            )
        )
        return seq

    def case_row(self, conn: Connection, case_id: str) -> Row[Any]:
        row = conn.execute(select(db.cases).where(db.cases.c.case_id == case_id)).first()
        if row is None:
            raise ApiError("not-found", "No such case.")
        return row

    def panel_rows(self, conn: Connection, case_id: str) -> list[Row[Any]]:
        return list(
            conn.execute(
                select(db.panel, db.members.c.display_name)
                .join(db.members, db.members.c.member_id == db.panel.c.member_id)
                .where(db.panel.c.case_id == case_id, db.panel.c.active.is_(True))
                .order_by(db.panel.c.position)
            )
        )

    def is_on_panel(self, conn: Connection, case_id: str, member_id: str) -> bool:
        found = conn.execute(
            select(db.panel.c.member_id).where(
                db.panel.c.case_id == case_id,
                db.panel.c.member_id == member_id,
                db.panel.c.active.is_(True),
            )
        ).first()
        return found is not None

    def assigned_case(self, conn: Connection, case_id: str, member_id: str) -> Row[Any]:
        """The case row when ``member_id`` sits on its panel (404 / 403 not-assigned otherwise)."""
        row = self.case_row(conn, case_id)
        if not self.is_on_panel(conn, case_id, member_id):
            raise ApiError("not-assigned", "You are not on the panel of this case.")
        return row

    def case_json(self, conn: Connection, row: Row[Any]) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(row.data)
        data["status"] = row.status
        data["version"] = row.version
        data["updated_at"] = row.updated_at
        data["message_count"] = row.message_count
        data["evidence"] = [
            json.loads(item)
            for item in conn.execute(
                select(db.evidence.c.item)
                .where(db.evidence.c.case_id == row.case_id, db.evidence.c.removed.is_(False))
                .order_by(db.evidence.c.position)
            ).scalars()
        ]
        members = self.panel_rows(conn, row.case_id)
        data["panel"] = {
            "chair_id": row.chair_id,
            "members": [{"member_id": m.member_id, "display_name": m.display_name, "role": m.role} for m in members],
        }
        return data

    @staticmethod
    def case_summary(row: Row[Any]) -> dict[str, Any]:
        data = json.loads(row.data)
        data.update(status=row.status, version=row.version, updated_at=row.updated_at)
        return {name: data[name] for name in SUMMARY_FIELDS if name in data}

    # ----- members -----
    def member_row(self, conn: Connection, member_id: str) -> Row[Any]:
        row = conn.execute(select(db.members).where(db.members.c.member_id == member_id)).first()
        if row is None:
            raise ApiError("unauthorized", "Unknown member.")
        return row

    @staticmethod
    def roles(row: Row[Any]) -> list[str]:
        return list(json.loads(row.roles))

    def counts(self, conn: Connection) -> dict[str, int]:
        return {r.kind: r.n for r in conn.execute(select(db.counters))}

    def evidence_count(self, conn: Connection, case_id: str) -> int:
        return int(
            conn.execute(
                select(func.count()).select_from(db.evidence).where(db.evidence.c.case_id == case_id)
            ).scalar_one()
        )
