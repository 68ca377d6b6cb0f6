"""Appeals on the sandbox server: appeal cases as served, who reads the ruling appealed against, deciding an
appeal over HTTP, read-only ``under_appeal`` cases and the admission rule of ``SandboxControl.file_appeal``.

One module-scoped sandbox (4 regular cases and the 3 appeal scenarios of seed 8): regular case 3 is
decided at a value of at least 500 USD-equivalent, case 0 (below) is decided over HTTP when needed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from sqlalchemy import func, select

from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp
from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.appeal_filing import AppealEvidence
from arbitration_desk.sandbox.appeal_rules import ADMITTED_ON_EVIDENCE, ADMITTED_ON_VALUE
from arbitration_desk.sandbox.control_errors import AppealRefused, ControlError
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.sandbox.world_appeals import scenario_case_ids
from helpers.contract import CONTRACT_DIR
from helpers.pdfs import make_pdf
from helpers.sandbox import ApiSession, api_session, expect_problem, start_sandbox

SEED = 8
NAMES = ("chair", "member1", "member2", "otpmember", "eivanova", "wchen", "kalrashid", "legal")
#: Per scenario: a member of the first panel and one of the appeal panel (who may read each case).
READERS = (("wchen", "chair"), ("eivanova", "chair"), ("chair", "wchen"))


class World:
    def __init__(self, server: SandboxServer, sessions: dict[str, ApiSession]) -> None:
        self.server, self.s = server, sessions
        self.ids = [scenario_case_ids(SEED, number) for number in range(3)]
        self.spec = yaml.safe_load((CONTRACT_DIR / "openapi.yaml").read_text(encoding="utf-8"))

    def member_id(self, username: str) -> str:
        return str(self.server.control.member(username)["member_id"])

    def case(self, username: str, case_id: str) -> dict[str, Any]:
        answer = self.s[username].get(f"/v1/cases/{case_id}")
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    def validate(self, name: str, body: Any) -> None:
        schema = {"$ref": f"#/components/schemas/{name}", "components": self.spec["components"]}
        Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(body)

    def cursor(self, username: str) -> str:
        page = self.s[username].get("/v1/cases", params={"limit": 200}).json()
        assert not page["has_more"]
        return str(page["next_cursor"])

    def changed(self, username: str, cursor: str) -> set[str]:
        page = self.s[username].get("/v1/cases", params={"cursor": cursor}).json()
        return {item["id"] for item in page["items"]}

    def case_count(self) -> int:
        assert self.server.app is not None
        with self.server.app.store.read() as conn:
            return int(conn.execute(select(func.count()).select_from(db.cases)).scalar_one())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    server = start_sandbox(
        tmp_path_factory.mktemp("appeals"), cases=4, seed=SEED, rate_limit=0, world_options={"appeals": 3}
    )
    sessions = {name: api_session(server, name) for name in NAMES}
    try:
        yield World(server, sessions)
    finally:
        for session in sessions.values():
            session.close()
        server.stop()


def _regular(world: World, index: int) -> dict[str, Any]:
    """Regular case ``index`` of the world (reference number 100 + index), as the chair sees it."""
    found = [
        c for c in world.s["chair"].get("/v1/cases").json()["items"] if c["reference"].endswith(f"-{100 + index:06d}")
    ]
    return world.case("chair", found[0]["id"])


def _vote(session: ApiSession, case: dict[str, Any], outcome: str) -> None:
    claim = case["claim"]["amount_claimed"]
    award = claim if outcome == "favor_buyer" else {"amount": "0.00", "currency": claim["currency"]}
    answer = session.put(
        f"/v1/cases/{case['id']}/votes/me", json={"outcome": outcome, "award": award, "rationale": "Reasons."}
    )
    assert answer.status_code == 200, answer.text


def _file_ruling(world: World, case: dict[str, Any], outcome: str) -> dict[str, Any]:
    """Files the chair's signed ruling agreeing with the recorded votes; returns the receipt."""
    server, chair = world.server, world.s["chair"]
    board = chair.get(f"/v1/cases/{case['id']}/votes").json()
    assert not board["sealed"]
    tally = {o: sum(1 for v in board["items"] if v["outcome"] == o) for o in ("favor_buyer", "favor_seller", "split")}
    key, cert = server.pki.new_member_credentials(world.member_id("chair"), "Ana Ribeiro")
    document = server.pki.sign_pdf(make_pdf(title="Ruling"), key, cert, timestamp=False)
    claim = case["claim"]["amount_claimed"]
    metadata = {
        "outcome": outcome,
        "award": claim if outcome == "favor_buyer" else {"amount": "0.00", "currency": claim["currency"]},
        "vote_tally": tally,
        "summary": "Decided.",
        "decided_at": format_timestamp(datetime.now(UTC)),
        "document_sha256": hashlib.sha256(document).hexdigest(),
    }
    files = {
        "metadata": ("metadata.json", json.dumps(metadata).encode(), "application/json"),
        "document": ("ruling.pdf", document, "application/pdf"),
    }
    answer = chair.post(f"/v1/cases/{case['id']}/ruling", files=files, headers={"Idempotency-Key": str(uuid.uuid4())})
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def test_appeal_cases_as_served(world: World) -> None:
    for (first_id, appeal_id), (first_reader, appeal_reader) in zip(world.ids, READERS, strict=True):
        first, appeal = world.case(first_reader, first_id), world.case(appeal_reader, appeal_id)
        world.validate("Case", first)
        world.validate("Case", appeal)
        info = appeal["appeal"]
        record = next(r for r in world.s["legal"].get("/v1/rulings").json()["items"] if r["case_id"] == first_id)
        assert (info["ruling_id"], info["document_sha256"]) == (record["ruling_id"], record["document_sha256"])
        assert [(e["evidence_id"], e["sha256"]) for e in appeal["evidence"][: len(first["evidence"])]] == [
            (e["evidence_id"], e["sha256"]) for e in first["evidence"]
        ]
        page = world.s[appeal_reader].get(f"/v1/cases/{appeal_id}/messages", params={"limit": 1000}).json()
        world.validate("MessagePage", page)
        first_page = world.s[first_reader].get(f"/v1/cases/{first_id}/messages", params={"limit": 1000}).json()
        ids = [m["message_id"] for m in first_page["items"]]
        assert [m["message_id"] for m in page["items"]][: len(ids)] == ids
        assert appeal["message_count"] == len(page["items"]) > len(ids)
        assert all(m["sent_at"] > info["filed_at"] for m in page["items"][len(ids) :])
        carried = first["evidence"][0]
        content = world.s[appeal_reader].get(f"/v1/cases/{appeal_id}/evidence/{carried['evidence_id']}/content")
        assert content.headers["ETag"] == f'"sha256:{carried["sha256"]}"'
        assert hashlib.sha256(content.content).hexdigest() == carried["sha256"]
        expect_problem(world.s[appeal_reader].get(f"/v1/cases/{first_id}"), 403, "not-assigned")  # never requested
    statuses = [
        (world.case(f, a)["status"], world.case(r, b)["status"])
        for (a, b), (f, r) in zip(world.ids, READERS, strict=True)
    ]
    assert statuses[1] == ("decided", "decided")
    assert statuses[0][0] == statuses[2][0] == "under_appeal"


def _listed(session: ApiSession) -> set[str]:
    return {r["ruling_id"] for r in session.get("/v1/rulings").json()["items"]}


def test_who_reads_the_ruling_appealed_against(world: World) -> None:
    s = world.s
    a2 = world.case("wchen", world.ids[2][1])
    ruling_id = a2["appeal"]["ruling_id"]
    for name in ("wchen", "eivanova", "kalrashid", "chair", "legal"):  # appeal panel, first panel, legal
        listed = s[name].get("/v1/rulings").json()
        world.validate("RulingPage", listed)
        assert ruling_id in {r["ruling_id"] for r in listed["items"]}, name
        document = s[name].get(f"/v1/rulings/{ruling_id}/document")
        assert (
            document.status_code == 200
            and hashlib.sha256(document.content).hexdigest() == a2["appeal"]["document_sha256"]
        )
    assert ruling_id not in _listed(s["otpmember"])  # on neither panel
    expect_problem(s["otpmember"].get(f"/v1/rulings/{ruling_id}/document"), 403, "not-assigned")
    f0_ruling = world.case("chair", world.ids[0][1])["appeal"]["ruling_id"]
    assert f0_ruling in _listed(s["otpmember"]) and f0_ruling not in _listed(s["kalrashid"])
    expect_problem(s["kalrashid"].get(f"/v1/rulings/{f0_ruling}/document"), 403, "not-assigned")
    a1 = world.case("chair", world.ids[1][1])
    records = {r["case_id"]: r for r in s["legal"].get("/v1/rulings").json()["items"]}
    assert records[a1["id"]]["appeal_of"] == a1["appeal"]["ruling_id"] == records[world.ids[1][0]]["ruling_id"]
    assert "appeal_of" not in records[world.ids[1][0]]


def test_under_appeal_is_read_only_like_decided(world: World) -> None:
    chair = world.s["chair"]
    under_appeal, decided = world.case("chair", world.ids[2][0]), _regular(world, 3)
    assert (under_appeal["status"], decided["status"]) == ("under_appeal", "decided")
    note = {
        "target": {"type": "case"},
        "body": "A note.",
        "created_at": "2026-03-01T10:00:00Z",
        "updated_at": "2026-03-01T10:00:00Z",
    }
    for case in (under_appeal, decided):
        expect_problem(
            chair.put(f"/v1/cases/{case['id']}/annotations/{uuid.uuid4()}", json=note), 409, "case-state-conflict"
        )
        vote = {
            "outcome": "split",
            "award": {"amount": "0.00", "currency": case["value"]["currency"]},
            "rationale": "x",
        }
        expect_problem(chair.put(f"/v1/cases/{case['id']}/votes/me", json=vote), 409, "case-state-conflict")
        files = {
            "metadata": ("m.json", b"{}", "application/json"),
            "document": ("r.pdf", b"%PDF-1.4", "application/pdf"),
        }
        answer = chair.post(
            f"/v1/cases/{case['id']}/ruling", files=files, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        expect_problem(answer, 409, "ruling-exists")


def test_filing_the_appeal_ruling_decides_the_appeal(world: World) -> None:
    first_id, appeal_id = world.ids[0]
    first, appeal = world.case("wchen", first_id), world.case("chair", appeal_id)
    assert (first["status"], appeal["status"]) == ("under_appeal", "in_deliberation")
    cursors = {name: world.cursor(name) for name in ("wchen", "chair")}
    for name in ("chair", "member1", "member2"):
        _vote(world.s[name], appeal, "favor_seller")
    receipt = _file_ruling(world, appeal, "favor_seller")
    record = next(
        r for r in world.s["member1"].get("/v1/rulings").json()["items"] if r["ruling_id"] == receipt["ruling_id"]
    )
    assert record["appeal_of"] == appeal["appeal"]["ruling_id"]
    after_first, after_appeal = world.case("wchen", first_id), world.case("chair", appeal_id)
    assert (after_first["status"], after_appeal["status"]) == ("decided", "decided")
    for before, after in ((first, after_first), (appeal, after_appeal)):
        world.validate("Case", after)
        assert after["version"] > before["version"]
        assert after["history"][:-1] == before["history"]
        assert after["history"][-1]["kind"] == "appeal_decided" and "replaces" in after["history"][-1]["note"]
    assert first_id in world.changed("wchen", cursors["wchen"])
    assert appeal_id in world.changed("chair", cursors["chair"]) and first_id not in world.changed(
        "chair", cursors["chair"]
    )


def test_file_appeal_admission_rule(world: World) -> None:
    control = world.server.control
    high = _regular(world, 3)  # decided, at least 500 USD-equivalent
    record = next(r for r in world.s["legal"].get("/v1/rulings").json()["items"] if r["case_id"] == high["id"])
    decided = parse_timestamp(record["decided_at"])
    count = world.case_count()
    with pytest.raises(AppealRefused, match="15 days"):
        control.file_appeal(high["id"], "seller", "Too late.", at=decided + timedelta(days=15, seconds=1))
    with pytest.raises(ControlError) as undecided:
        control.file_appeal(_regular(world, 1)["id"], "buyer", "Not decided yet.")
    assert not isinstance(undecided.value, AppealRefused)
    with pytest.raises(AppealRefused, match="final"):
        control.file_appeal(world.ids[1][1], "seller", "Against an appeal ruling.")
    with pytest.raises(AppealRefused, match="already"):
        control.file_appeal(world.ids[1][0], "seller", "Once more.")
    assert world.case_count() == count and world.case("chair", high["id"])["status"] == "decided"

    first_panel = {m["member_id"] for m in high["panel"]["members"]}
    cursors = {name: world.cursor(name) for name in ("chair", "eivanova")}
    appeal_id = control.file_appeal(
        high["id"],
        "seller",
        "Les preuves ont été mal lues.",
        at=decided + timedelta(days=15),
        grounds_translations={"en": "The evidence was misread."},
    )
    appeal = world.case("eivanova", appeal_id)  # the default panel: chaired by the first chair outside the first panel
    world.validate("Case", appeal)
    seats = [m["member_id"] for m in appeal["panel"]["members"]]
    assert (
        len(seats) == 5 and not set(seats) & first_panel and appeal["panel"]["chair_id"] == world.member_id("eivanova")
    )
    assert appeal["status"] == "in_deliberation" and appeal["appeal"]["ruling_id"] == record["ruling_id"]
    assert appeal["appeal"]["grounds_translations"] == [{"language": "en", "text": "The evidence was misread."}]
    assert [e["evidence_id"] for e in appeal["evidence"]] == [e["evidence_id"] for e in high["evidence"]]
    assert appeal["message_count"] == high["message_count"]
    assert [e["kind"] for e in appeal["history"][-3:]] == ["appeal_filed", "appeal_admitted", "panel_assigned"]
    assert appeal["history"][-2]["note"] == ADMITTED_ON_VALUE
    assert appeal_id in world.changed("eivanova", cursors["eivanova"])
    after = world.case("chair", high["id"])
    assert after["status"] == "under_appeal" and high["id"] in world.changed("chair", cursors["chair"])
    assert [e["kind"] for e in after["history"][-2:]] == ["appeal_filed", "appeal_admitted"]

    low = _regular(world, 0)  # in deliberation, below 500 USD-equivalent: decide it first
    for name in ("chair", "member1", "member2"):
        _vote(world.s[name], low, "favor_buyer")
    _file_ruling(world, low, "favor_buyer")
    with pytest.raises(AppealRefused, match=r"500\.00"):
        control.file_appeal(low["id"], "seller", "Too little at stake.")
    assert world.case_count() == count + 1
    panel = [world.member_id(n) for n in ("wchen", "eivanova", "kalrashid", "otpmember", "oadeyemi")]
    with pytest.raises(ControlError):
        control.file_appeal(
            low["id"],
            "seller",
            "x",
            new_evidence=[AppealEvidence(b"x", "text/plain")],
            panel=[world.member_id("member1"), *panel[1:]],
        )
    evidence = AppealEvidence(b"%PDF-1.4 receipt", "application/pdf", title="Receipt", filename="receipt.pdf")
    appeal_id = control.file_appeal(low["id"], "seller", "New receipt.", new_evidence=[evidence], panel=panel)
    appeal = world.case("wchen", appeal_id)
    world.validate("Case", appeal)
    added = appeal["evidence"][-1]
    assert added["title"] == "Receipt" and added["submitted_by"] == "seller"
    assert (
        added["submitted_at"] > appeal["appeal"]["filed_at"] and appeal["history"][-2]["note"] == ADMITTED_ON_EVIDENCE
    )
    assert [m["member_id"] for m in appeal["panel"]["members"]] == panel
    content = world.s["wchen"].get(f"/v1/cases/{appeal_id}/evidence/{added['evidence_id']}/content")
    assert content.content == b"%PDF-1.4 receipt"
