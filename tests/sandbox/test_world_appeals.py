"""The demo world's appeal scenarios: contract shapes, panels, statuses, votes, carried and added content."""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.sandbox import cli
from arbitration_desk.sandbox.appeal_rules import complete_appeal, usd_value
from arbitration_desk.sandbox.world import CaseSeed, WorldError, build_world
from arbitration_desk.sandbox.world_appeals import scenario_case_ids
from arbitration_desk.sandbox.world_members import MEMBERS
from helpers.contract import CONTRACT_DIR

NOW = datetime(2026, 3, 1, tzinfo=UTC)
CASES = 2
USERNAMES = {m.member_id: m.username for m in MEMBERS}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load((CONTRACT_DIR / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds() -> list[CaseSeed]:
    return list(build_world(seed=1, cases=CASES, now=NOW, appeals=3).cases())


def validator(spec: dict[str, Any], name: str) -> Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _panel(seed: CaseSeed) -> list[str]:
    return [USERNAMES[m["member_id"]] for m in seed.case["panel"]["members"]]


def _fingerprint(seeds: list[CaseSeed]) -> str:
    records = [
        {
            "case": s.case,
            "messages": s.messages,
            "evidence": [hashlib.sha256(e.content).hexdigest() for e in s.evidence],
            "votes": [vars(v) for v in s.votes],
            "annotations": [vars(a) for a in s.annotations],
            "ruling": None if s.ruling is None else [s.ruling.outcome, s.ruling.award, s.ruling.summary],
            "appeal_of": s.appeal_of,
        }
        for s in seeds
    ]
    return hashlib.sha256(json.dumps(records, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def test_appeals_argument(seeds: list[CaseSeed]) -> None:
    for wrong in (-1, 4):
        with pytest.raises(WorldError):
            build_world(seed=1, cases=CASES, now=NOW, appeals=wrong)
    assert build_world(seed=1, cases=CASES, now=NOW, appeals=3).case_count == CASES + 6 == len(seeds)
    plain = list(build_world(seed=1, cases=CASES, now=NOW).cases())
    assert len(plain) == CASES and _fingerprint(plain) == _fingerprint(seeds[:CASES])  # regular cases unchanged
    again = list(build_world(seed=1, cases=CASES, now=NOW, appeals=3).cases())
    assert _fingerprint(again) == _fingerprint(seeds)
    references = [s.case["reference"] for s in seeds]
    assert [int(r[-6:]) for r in references] == list(range(100, 100 + CASES + 6))
    assert [(s.case["id"], t.case["id"]) for s, t in zip(seeds[CASES::2], seeds[CASES + 1 :: 2], strict=True)] == [
        scenario_case_ids(1, number) for number in range(3)
    ]
    parser = argparse.ArgumentParser()
    cli.configure(parser)
    assert parser.parse_args([]).appeals == 3 and parser.parse_args(["--appeals", "0"]).appeals == 0


def test_scenarios_validate_against_the_contract(spec: dict[str, Any], seeds: list[CaseSeed]) -> None:
    case_schema, message_schema = validator(spec, "Case"), validator(spec, "Message")
    annotation_schema, vote_schema = validator(spec, "Annotation"), validator(spec, "Vote")
    for seed in seeds[CASES:]:
        case = dict(seed.case, version=1, updated_at=seed.case["escalated_at"], message_count=len(seed.messages))
        if seed.appeal_of is not None:  # as the loader completes it
            case["appeal"] = complete_appeal(case["appeal"], "rl_TEST", "0" * 64)
        case_schema.validate(case)
        assert case["evidence"] == [e.item for e in seed.evidence]
        for message in seed.messages:
            message_schema.validate(message)
        for note in seed.annotations:
            annotation_schema.validate(dict(vars(note), author_name="x", etag='"1"'))
        for vote in seed.votes:
            vote_schema.validate(dict(vars(vote), display_name="x"))
        events = [e["at"] for e in case["history"]]
        assert events == sorted(events) and all(parse_timestamp(at) < NOW for at in events)


def _days_ago(timestamp: str) -> float:
    return (NOW - parse_timestamp(timestamp)) / timedelta(days=1)


def test_the_three_scenarios(seeds: list[CaseSeed]) -> None:
    f0, a0, f1, a1, f2, a2 = seeds[CASES:]
    assert (f0.case["status"], a0.case["status"]) == ("under_appeal", "in_deliberation")
    assert _panel(f0) == ["wchen", "fsilva", "oadeyemi"] and f0.ruling is not None
    assert _panel(a0) == ["chair", "member1", "member2", "otpmember", "eivanova"]
    assert sorted(USERNAMES[v.member_id] for v in a0.votes) == ["eivanova", "otpmember"]
    assert f0.ruling.outcome == "favor_buyer" and a0.case["appeal"]["appellant"] == "seller"
    assert 9.5 <= _days_ago(f0.ruling.decided_at) <= 10.5
    usd = usd_value(a0.case["value"])
    assert usd is not None and usd >= Decimal("500.00")
    seller, grounds = a0.case["parties"][1], a0.case["appeal"]["grounds"]
    translations = a0.case["appeal"]["grounds_translations"]
    assert not seller["language"].startswith("en") and [t["language"] for t in translations] == ["en"]
    assert grounds != translations[0]["text"] and a0.case["order"]["order_id"] in grounds
    assert len(a0.evidence) - len(f0.evidence) == 2 and 2 <= len(a0.messages) - len(f0.messages) <= 3

    assert (f1.case["status"], a1.case["status"]) == ("decided", "decided")
    assert _panel(f1) == ["eivanova", "member1", "kalrashid"]
    assert _panel(a1) == ["chair", "member2", "otpmember", "wchen", "fsilva"]
    assert f1.ruling is not None and a1.ruling is not None and len(a1.votes) == 5
    assert a1.ruling.outcome != f1.ruling.outcome and a1.ruling.pdf == b"" and a1.ruling.compose is not None
    assert 69 <= _days_ago(f1.ruling.decided_at) <= 71 and 34 <= _days_ago(a1.ruling.decided_at) <= 36
    assert [e["kind"] for e in f1.case["history"]][-3:] == ["appeal_filed", "appeal_admitted", "appeal_decided"]
    assert [e["kind"] for e in a1.case["history"]][-2:] == ["decided", "appeal_decided"]
    assert "replaces" in a1.ruling.summary

    assert (f2.case["status"], a2.case["status"]) == ("under_appeal", "in_deliberation")
    assert _panel(f2) == ["chair", "member1", "member2"] and f2.ruling is not None
    assert _panel(a2) == ["wchen", "fsilva", "oadeyemi", "eivanova", "kalrashid"] and len(a2.votes) == 1
    assert 8.5 <= _days_ago(f2.ruling.decided_at) <= 9.5 and a2.case["appeal"]["appellant"] == "buyer"
    usd = usd_value(a2.case["value"])
    assert usd is not None and usd < Decimal("500.00")
    assert "award" not in a2.case["appeal"]  # favor_seller: nothing awarded
    assert "evidence" in next(e.get("note", "") for e in a2.case["history"] if e["kind"] == "appeal_admitted")


def test_appeal_cases_carry_the_first_instance(seeds: list[CaseSeed]) -> None:
    for first, appeal in zip(seeds[CASES::2], seeds[CASES + 1 :: 2], strict=True):
        info = appeal.case["appeal"]
        assert appeal.appeal_of == first.case["id"] == info["of_case_id"]
        assert info["of_reference"] == first.case["reference"] and "ruling_id" not in info  # the loader's part
        assert first.ruling is not None and info["decided_at"] == first.ruling.decided_at
        assert info["outcome"] == first.ruling.outcome and info["first_panel_size"] == 3
        assert parse_timestamp(info["filed_at"]) - parse_timestamp(first.ruling.decided_at) <= timedelta(days=15)
        panel = _panel(appeal)
        assert len(panel) == 5 and not set(panel) & set(_panel(first))
        carried = [(e.item["evidence_id"], e.item["sha256"], e.content) for e in appeal.evidence[: len(first.evidence)]]
        assert carried == [(e.item["evidence_id"], e.item["sha256"], e.content) for e in first.evidence]
        ids = [m["message_id"] for m in appeal.messages]
        assert ids[: len(first.messages)] == [m["message_id"] for m in first.messages] and len(set(ids)) == len(ids)
        filed = info["filed_at"]
        added = appeal.evidence[len(first.evidence) :]
        assert added and all(e.item["submitted_at"] > filed for e in added)
        assert all(m["sent_at"] > filed for m in appeal.messages[len(first.messages) :])
        assert all(e.item["submitted_at"] <= filed for e in first.evidence)
        assert all(m["sent_at"] <= filed for m in first.messages)
        kinds = [e["kind"] for e in appeal.case["history"]]
        first_events = [e for e in first.case["history"] if not e["kind"].startswith("appeal_")]
        assert appeal.case["history"][: len(first_events)] == first_events
        assert kinds[len(first_events) : len(first_events) + 3] == ["appeal_filed", "appeal_admitted", "panel_assigned"]
        filing = appeal.case["history"][len(first_events)]
        assert filing["actor"] == info["appellant"] and filing["at"] == filed
        assert [e["kind"] for e in first.case["history"]][len(first_events) :][:2] == [
            "appeal_filed",
            "appeal_admitted",
        ]
        members = {m["member_id"] for m in appeal.case["panel"]["members"]}
        assert {v.member_id for v in appeal.votes} <= members and {a.author_id for a in appeal.annotations} <= members
        assert all(v.cast_at > filed for v in appeal.votes) and all(a.created_at > filed for a in appeal.annotations)
