"""A party's appeal against a recorded ruling (a control operation: the contract has no endpoint for it).

The admission rule (README "Appeals"): filed within 15 days of the ruling's ``decided_at``, and the
value in dispute at least 500.00 USD-equivalent (``appeal_rules``) or evidence not available at first
instance (the sandbox takes every item passed in as such). Otherwise the appeal is refused and no
appeal case exists. An admitted appeal opens the appeal case: the first instance's evidence (same
IDs, same stored content) and chat log (same message IDs), then the new evidence; a panel of 5 with
no member of the first panel; the first instance's history, then ``appeal_filed`` and
``appeal_admitted``. The first-instance case records both events too and becomes ``under_appeal``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, String, literal, select

from arbitration_desk.domain.enums import MemberRole
from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp
from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.appeal_rules import APPEAL_PANEL_SIZE, APPEAL_WINDOW, admission_note, appeal_object
from arbitration_desk.sandbox.appeals import appeal_link, with_events
from arbitration_desk.sandbox.control_errors import AppealRefused, ControlError
from arbitration_desk.sandbox.world_case import opaque

EVIDENCE_KINDS = ("image", "document", "video", "order_record", "tracking", "chat_export", "other")
MAX_EVIDENCE_BYTES = 100 * 1024 * 1024
MAX_GROUNDS = 20000
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_REFERENCE = re.compile(r"ARB-[0-9]{4}-([0-9]{6})")


@dataclass(frozen=True)
class AppealEvidence:
    """An evidence item the appellant brings with the appeal; its text fields are party data."""

    content: bytes
    media_type: str
    title: str = "New evidence"
    filename: str = "evidence.bin"
    kind: str = "document"
    description: str | None = None


def file_appeal(
    app: Sandbox,
    case_id: str,
    appellant: str,
    grounds: str,
    *,
    new_evidence: Sequence[AppealEvidence] = (),
    at: datetime | None = None,
    panel: Sequence[str] | None = None,
    grounds_translations: Mapping[str, str] | None = None,
) -> str:
    """Files ``appellant``'s appeal against the ruling of ``case_id``; returns the appeal case's ID.

    Args:
        at: when the appeal is filed (default: now); new evidence is submitted a second later, and
            the platform admits the appeal and assigns its panel a second after that.
        panel: member IDs of the appeal panel, chair first (default: the first 5 committee members by
            member ID who did not sit on the first panel, chaired by the first of them with the
            chair role).
        grounds_translations: machine translations of ``grounds`` by language tag.

    Raises:
        AppealRefused: filed more than 15 days after the ruling, or a value below 500.00
            USD-equivalent without new evidence; or an appeal case, or one appealed already.
        ControlError: no such case, not ``decided`` or without a recorded ruling, or bad arguments.
    """
    _check_arguments(appellant, grounds, new_evidence, grounds_translations or {})
    filed = (at if at is not None else app.store.now()).replace(microsecond=0)
    if filed.tzinfo is None:
        raise ControlError("at must be timezone-aware")
    filed = filed.astimezone(UTC)
    admitted = filed + timedelta(seconds=2)
    with app.store.write() as conn:
        row, record, first_panel = _appealable(conn, case_id, filed)
        data = json.loads(row.data)
        note = admission_note(data["value"], new_evidence=bool(new_evidence))
        if note is None:
            value = f"{data['value']['amount']} {data['value']['currency']}"
            raise AppealRefused(
                f"{case_id}: the value {value} is below 500.00 USD-equivalent and there is no new evidence"
            )
        seats = _choose_panel(conn, first_panel, len(first_panel), panel)
        appeal_id = opaque("cs_", case_id, "appeal")
        appeal = appeal_object(
            data,
            record,
            first_panel_size=len(first_panel),
            appellant=appellant,
            grounds=grounds,
            translations=grounds_translations or {},
            filed_at=format_timestamp(filed),
        )
        events = [
            {"at": format_timestamp(filed), "actor": appellant, "kind": "appeal_filed"},
            {"at": format_timestamp(admitted), "actor": "platform", "kind": "appeal_admitted", "note": note},
        ]
        assigned = {"at": format_timestamp(admitted), "actor": "platform", "kind": "panel_assigned"}
        due = (admitted + timedelta(days=30)).replace(hour=23, minute=59, second=59)
        appeal_data = dict(
            data,
            id=appeal_id,
            reference=_next_reference(conn, admitted.year),
            escalated_at=format_timestamp(admitted),
            ruling_due_at=format_timestamp(due),
            history=[*data["history"], *events, assigned],
            appeal=appeal,
        )
        seq = app.store.next_seq(conn)
        conn.execute(
            db.cases.insert().values(
                case_id=appeal_id,
                reference=appeal_data["reference"],
                data=json.dumps(appeal_data, ensure_ascii=False),
                status="in_deliberation",
                version=1,
                updated_at=format_timestamp(app.store.now()),
                change_seq=seq,
                chair_id=seats[0],
                message_count=row.message_count,
                last_message_key=row.last_message_key,
            )
        )
        _carry_content(app, conn, case_id, appeal_id, appellant, new_evidence, filed + timedelta(seconds=1))
        conn.execute(
            db.panel.insert(),
            [
                {
                    "case_id": appeal_id,
                    "member_id": member_id,
                    "role": "chair" if position == 0 else "member",
                    "position": position,
                    "active": True,
                    "assigned_seq": seq,
                    "unassigned_seq": 0,
                }
                for position, member_id in enumerate(seats)
            ],
        )
        conn.execute(db.appeals.insert().values(case_id=appeal_id, of_case_id=case_id, ruling_id=record["ruling_id"]))
        app.store.touch_case(conn, case_id, status="under_appeal", data=with_events(row.data, *events))
    return appeal_id


def _check_arguments(
    appellant: str, grounds: str, evidence: Sequence[AppealEvidence], translations: Mapping[str, str]
) -> None:
    if appellant not in ("buyer", "seller"):
        raise ControlError(f"the appellant is the buyer or the seller, not {appellant!r}")
    if len(grounds) > MAX_GROUNDS or any(len(text) > MAX_GROUNDS for text in translations.values()):
        raise ControlError(f"grounds are at most {MAX_GROUNDS} characters")
    if not all(_LANGUAGE.fullmatch(tag) for tag in translations):
        raise ControlError("grounds_translations must be keyed by BCP 47 language tags")
    for item in evidence:
        if item.kind not in EVIDENCE_KINDS:
            raise ControlError(f"evidence kind must be one of {', '.join(EVIDENCE_KINDS)}, not {item.kind!r}")
        if len(item.content) > MAX_EVIDENCE_BYTES:
            raise ControlError("an evidence item is at most 100 MiB")


def _appealable(conn: Connection, case_id: str, filed: datetime) -> tuple[Any, dict[str, Any], set[str]]:
    """(case row, RulingRecord, first panel member IDs) of a case whose ruling may be appealed at ``filed``."""
    row = conn.execute(select(db.cases).where(db.cases.c.case_id == case_id)).first()
    if row is None:
        raise ControlError(f"no case {case_id!r}")
    if appeal_link(conn, case_id) is not None:
        raise AppealRefused(f"{case_id} is an appeal case: an appeal ruling is final")
    if conn.execute(select(db.appeals.c.case_id).where(db.appeals.c.of_case_id == case_id)).first() is not None:
        raise AppealRefused(f"the ruling of {case_id} has been appealed already")
    ruling = conn.execute(select(db.rulings).where(db.rulings.c.case_id == case_id)).first()
    if row.status != "decided" or ruling is None:
        raise ControlError(f"{case_id} is {row.status} without a recorded ruling to appeal against")
    record: dict[str, Any] = json.loads(ruling.record)
    decided = parse_timestamp(record["decided_at"])
    if filed < decided:
        raise ControlError(f"an appeal cannot be filed before the ruling ({record['decided_at']})")
    if filed - decided > APPEAL_WINDOW:
        raise AppealRefused(f"{case_id}: filed {filed - decided} after the ruling; the limit is 15 days")
    active = conn.execute(
        select(db.panel.c.member_id).where(db.panel.c.case_id == case_id, db.panel.c.active.is_(True))
    ).scalars()
    return row, record, set(json.loads(ruling.panel_ids)) | set(active)


def _choose_panel(conn: Connection, first: set[str], first_size: int, wanted: Sequence[str] | None) -> list[str]:
    """The appeal panel's member IDs, chair first: ``wanted`` checked, or chosen from the committee."""
    roles = {r.member_id: json.loads(r.roles) for r in conn.execute(select(db.members.c.member_id, db.members.c.roles))}
    if wanted is None:
        eligible = sorted(m for m, held in roles.items() if MemberRole.PANEL_MEMBER in held and m not in first)
        chair = next((m for m in eligible if MemberRole.CHAIR in roles[m]), None)
        if chair is None or len(eligible) < APPEAL_PANEL_SIZE:
            raise ControlError("too few committee members outside the first panel for an appeal panel of 5")
        return [chair, *[m for m in eligible if m != chair][: APPEAL_PANEL_SIZE - 1]]
    seats = list(wanted)
    if len(set(seats)) != len(seats) or len(seats) <= first_size:
        raise ControlError(f"an appeal panel has distinct members, more than the first panel's {first_size}")
    for member_id in seats:
        if MemberRole.PANEL_MEMBER not in roles.get(member_id, []) or member_id in first:
            raise ControlError(f"{member_id!r} is no panel member, or sat on the first panel")
    if MemberRole.CHAIR not in roles[seats[0]]:
        raise ControlError(f"{seats[0]!r} does not hold the chair role")
    return seats


def _carry_content(
    app: Sandbox,
    conn: Connection,
    case_id: str,
    appeal_id: str,
    appellant: str,
    evidence: Sequence[AppealEvidence],
    submitted: datetime,
) -> None:
    """Copies the first instance's evidence and messages into the appeal case, then adds ``evidence``."""
    table = db.messages
    copied = select(literal(appeal_id, String), table.c.sort_key, table.c.message_id, table.c.data)
    conn.execute(
        table.insert().from_select(
            ["case_id", "sort_key", "message_id", "data"], copied.where(table.c.case_id == case_id)
        )
    )
    carried = conn.execute(
        select(db.evidence).where(db.evidence.c.case_id == case_id, db.evidence.c.removed.is_(False))
    ).all()
    rows = [dict(r._mapping, case_id=appeal_id) for r in carried]
    position = max((r["position"] for r in rows), default=-1)
    for number, item in enumerate(evidence, start=1):
        sha = app.files.put(item.content)
        evidence_id = opaque("ev_", appeal_id, number)
        body: dict[str, Any] = {"evidence_id": evidence_id, "submitted_by": appellant, "kind": item.kind}
        body["title"] = item.title
        if item.description:
            body["description"] = item.description
        body.update(
            filename=item.filename,
            media_type=item.media_type,
            size_bytes=len(item.content),
            sha256=sha,
            submitted_at=format_timestamp(submitted),
            referenced_message_ids=[],
        )
        rows.append(
            {
                "case_id": appeal_id,
                "evidence_id": evidence_id,
                "position": position + number,
                "item": json.dumps(body, ensure_ascii=False),
                "media_type": item.media_type,
                "served_sha256": sha,
                "served_size": len(item.content),
                "removed": False,
            }
        )
    if rows:
        conn.execute(db.evidence.insert(), rows)


def _next_reference(conn: Connection, year: int) -> str:
    numbers = [
        int(m.group(1))
        for ref in conn.execute(select(db.cases.c.reference)).scalars()
        if (m := _REFERENCE.fullmatch(ref))
    ]
    return f"ARB-{year}-{max(numbers, default=99) + 1:06d}"
