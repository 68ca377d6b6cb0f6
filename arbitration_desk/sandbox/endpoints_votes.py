"""Blind votes: the board (sealed until every panel member voted) and the caller's own vote."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Row, delete, select

from arbitration_desk.domain.enums import VOTING_STATUSES
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.rules import award_problems
from arbitration_desk.domain.timeutil import format_timestamp
from arbitration_desk.sandbox import db, validation
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.httpio import Request, Response, Router
from arbitration_desk.sandbox.problems import ApiError, validation_failed


def _member(request: Request) -> str:
    assert request.member_id is not None
    return request.member_id


def vote_json(row: Row[Any], display_name: str) -> dict[str, Any]:
    return {
        "member_id": row.member_id,
        "display_name": display_name,
        "outcome": row.outcome,
        "award": json.loads(row.award),
        "rationale": row.rationale,
        "cast_at": row.cast_at,
    }


def recorded_votes(app: Sandbox, conn: Connection, case_id: str) -> tuple[list[Row[Any]], dict[str, Row[Any]]]:
    """(active panel rows, votes of active panel members by member id)."""
    panel = app.store.panel_rows(conn, case_id)
    active = {p.member_id for p in panel}
    votes = {
        v.member_id: v
        for v in conn.execute(select(db.votes).where(db.votes.c.case_id == case_id))
        if v.member_id in active
    }
    return panel, votes


def get_votes(app: Sandbox, request: Request) -> Response:
    case_id, member = request.params["case_id"], _member(request)
    with app.store.read() as conn:
        app.store.assigned_case(conn, case_id, member)
        panel, votes = recorded_votes(app, conn, case_id)
    sealed = len(votes) < len(panel)
    items: list[dict[str, Any]] = []
    for seat in panel:
        vote = votes.get(seat.member_id)
        if vote is not None and (not sealed or seat.member_id == member):
            items.append({**vote_json(vote, seat.display_name), "has_voted": True})
        else:
            items.append({"member_id": seat.member_id, "has_voted": vote is not None})
    board = {"quorum": len(panel), "cast": len(votes), "sealed": sealed, "items": items}
    return Response.json(200, board)


def put_my_vote(app: Sandbox, request: Request) -> Response:
    case_id, member = request.params["case_id"], _member(request)
    body = request.json()
    validation.vote(body)
    award = Money.from_json(body["award"])
    with app.store.write() as conn:
        row = app.store.assigned_case(conn, case_id, member)
        if row.status not in VOTING_STATUSES:
            raise ApiError("case-state-conflict", f"Votes can only be cast in deliberation; the case is {row.status}.")
        claimed = Money.from_json(json.loads(row.data)["claim"]["amount_claimed"])
        problems = award_problems(body["outcome"], award, claimed)
        if problems:
            messages = {
                "award_invalid": f"Must be in {claimed.currency}, and 0.00 when the outcome is favor_seller.",
                "award_exceeds_claim": f"Must not exceed the amount claimed ({claimed}).",
            }
            raise validation_failed(
                [("/award/amount" if p == "award_exceeds_claim" else "/award", messages[p]) for p in problems]
            )
        cast_at = format_timestamp(app.store.now())
        conn.execute(delete(db.votes).where(db.votes.c.case_id == case_id, db.votes.c.member_id == member))
        conn.execute(
            db.votes.insert().values(
                case_id=case_id,
                member_id=member,
                outcome=body["outcome"],
                award=json.dumps(award.to_json()),
                rationale=body["rationale"],
                cast_at=cast_at,
            )
        )
        app.store.touch_case(conn, case_id)
        app.store.count(conn, "vote")
        vote = conn.execute(select(db.votes).where(db.votes.c.case_id == case_id, db.votes.c.member_id == member)).one()
        name = app.store.member_row(conn, member).display_name
    return Response.json(200, vote_json(vote, name))


def register(router: Router) -> None:
    router.add("GET", "/v1/cases/{case_id}/votes", get_votes)
    router.add("PUT", "/v1/cases/{case_id}/votes/me", put_my_vote)
