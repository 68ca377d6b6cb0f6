"""Blind votes from every viewpoint, award checks, panel changes that reseal the board."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import ApiSession, api_session, expect_problem, start_sandbox

NAMES = ("chair", "member1", "member2", "legal")


@pytest.fixture(scope="module")
def voting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SandboxServer, dict[str, ApiSession]]]:
    server = start_sandbox(Path(tmp_path_factory.mktemp("votes")), cases=6, rate_limit=0)
    sessions = {name: api_session(server, name) for name in NAMES}
    try:
        yield server, sessions
    finally:
        for session in sessions.values():
            session.close()
        server.stop()


def _open_case(server: SandboxServer, chair: ApiSession) -> dict[str, Any]:
    """An in-deliberation case of the demo panel where nobody has voted."""
    panel = {server.control.member(n)["member_id"] for n in ("chair", "member1", "member2")}
    for case_id in server.control.case_ids("chair"):
        case: dict[str, Any] = chair.get(f"/v1/cases/{case_id}").json()
        board = chair.get(f"/v1/cases/{case_id}/votes").json()
        members = {m["member_id"] for m in case["panel"]["members"]}
        if case["status"] == "in_deliberation" and members == panel and board["cast"] == 0:
            return case
    raise AssertionError("no open case")


def _vote(case: dict[str, Any], outcome: str = "favor_buyer", amount: str | None = None) -> dict[str, Any]:
    claim = case["claim"]["amount_claimed"]
    return {
        "outcome": outcome,
        "award": {"amount": amount or claim["amount"], "currency": claim["currency"]},
        "rationale": "Reasons.",
    }


def test_votes_stay_sealed_for_everyone_until_all_have_voted(
    voting: tuple[SandboxServer, dict[str, ApiSession]],
) -> None:
    server, s = voting
    case = _open_case(server, s["chair"])
    ids = {name: server.control.member(name)["member_id"] for name in NAMES}
    path = f"/v1/cases/{case['id']}/votes"
    recorded = s["member1"].put(f"{path}/me", json=_vote(case))
    assert recorded.status_code == 200, recorded.text
    assert recorded.json()["member_id"] == ids["member1"] and recorded.json()["cast_at"].endswith("Z")
    for viewer in ("member1", "member2", "chair"):
        board = s[viewer].get(path).json()
        assert (board["quorum"], board["cast"], board["sealed"]) == (3, 1, True)
        entries = {e["member_id"]: e for e in board["items"]}
        if viewer == "member1":
            assert entries[ids["member1"]]["outcome"] == "favor_buyer"
        else:
            assert entries[ids["member1"]] == {"member_id": ids["member1"], "has_voted": True}
        assert entries[ids[viewer if viewer != "member1" else "member2"]]["has_voted"] is False
    expect_problem(s["legal"].get(path), 403, "not-assigned")
    assert s["member2"].put(f"{path}/me", json=_vote(case, "split", "1.00")).status_code == 200
    sealed = s["chair"].get(path).json()
    assert sealed["sealed"] and all(
        set(e) == {"member_id", "has_voted"} for e in sealed["items"] if e["member_id"] != ids["chair"]
    )
    assert s["chair"].put(f"{path}/me", json=_vote(case, "favor_seller", "0.00")).status_code == 200
    for viewer in ("member1", "member2", "chair"):
        board = s[viewer].get(path).json()
        assert (board["cast"], board["sealed"]) == (3, False)
        assert {e["member_id"]: e["outcome"] for e in board["items"]} == {
            ids["member1"]: "favor_buyer", ids["member2"]: "split", ids["chair"]: "favor_seller",
        }  # fmt: skip
    version = s["chair"].get(f"/v1/cases/{case['id']}").json()["version"]
    assert s["member2"].put(f"{path}/me", json=_vote(case, "favor_buyer")).status_code == 200
    assert s["chair"].get(f"/v1/cases/{case['id']}").json()["version"] == version + 1
    # a panel change discards the replaced member's vote and seals the board again
    server.control.unassign(case["id"], ids["member2"])
    board = s["chair"].get(path).json()
    assert (board["quorum"], board["cast"], board["sealed"]) == (2, 2, False)
    server.control.assign(case["id"], ids["member2"])
    board = s["member1"].get(path).json()
    assert (board["quorum"], board["cast"], board["sealed"]) == (3, 2, True)
    assert {e["member_id"]: e["has_voted"] for e in board["items"]}[ids["member2"]] is False


def test_award_rules_and_body_validation(voting: tuple[SandboxServer, dict[str, ApiSession]]) -> None:
    server, s = voting
    case = _open_case(server, s["chair"])
    path = f"/v1/cases/{case['id']}/votes/me"
    claim = case["claim"]["amount_claimed"]
    too_much = f"{int(claim['amount'].split('.')[0]) + 1}.00"
    other_currency = "EUR" if claim["currency"] != "EUR" else "USD"
    bad: list[tuple[dict[str, Any], str]] = [
        (_vote(case, amount=too_much), "/award/amount"),
        ({**_vote(case), "award": {"amount": "1.00", "currency": other_currency}}, "/award"),
        (_vote(case, "favor_seller", "1.00"), "/award"),
        ({**_vote(case), "award": {"amount": "1.5", "currency": claim["currency"]}}, "/award/amount"),
        ({**_vote(case), "outcome": "abstain"}, "/outcome"),
        ({**_vote(case), "rationale": ""}, "/rationale"),
        ({**_vote(case), "mood": "tired"}, "/mood"),
    ]
    for body, field in bad:
        problem = expect_problem(s["member1"].put(path, json=body), 422, "validation-failed")
        assert field in [e["field"] for e in problem["errors"]], (body, problem)
    expect_problem(s["legal"].put(path, json=_vote(case)), 403, "not-assigned")
    assert server.control.counts()["vote"] >= 0


def test_votes_only_in_deliberation(voting: tuple[SandboxServer, dict[str, ApiSession]]) -> None:
    server, s = voting
    case = _open_case(server, s["chair"])
    server.control.set_status(case["id"], "withdrawn")
    before = server.control.counts()["vote"]
    expect_problem(s["member1"].put(f"/v1/cases/{case['id']}/votes/me", json=_vote(case)), 409, "case-state-conflict")
    assert server.control.counts()["vote"] == before
