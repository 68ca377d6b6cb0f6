"""Filing rulings: every check, idempotency (replay, reuse, in-use, ruling-exists), list and documents."""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from arbitration_desk.sandbox.pki import SandboxPki
from arbitration_desk.sandbox.server import SandboxServer
from helpers.pdfs import make_pdf
from helpers.sandbox import ApiSession, api_session, expect_problem, start_sandbox

NAMES = ("chair", "member1", "member2", "legal", "otpmember")

World = tuple[SandboxServer, dict[str, ApiSession]]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    server = start_sandbox(Path(tmp_path_factory.mktemp("rulings")), cases=10, rate_limit=0)
    sessions = {name: api_session(server, name) for name in NAMES}
    try:
        yield server, sessions
    finally:
        for session in sessions.values():
            session.close()
        server.stop()


@pytest.fixture(scope="module")
def open_cases(world: World) -> list[dict[str, Any]]:
    """In-deliberation cases of the demo panel, as they were before the tests of this module ran."""
    server, s = world
    chair = s["chair"]
    panel = {server.control.member(n)["member_id"] for n in ("chair", "member1", "member2")}
    found = []
    for case_id in server.control.case_ids("chair"):
        case: dict[str, Any] = chair.get(f"/v1/cases/{case_id}").json()
        if case["status"] == "in_deliberation" and {m["member_id"] for m in case["panel"]["members"]} == panel:
            found.append(case)
    assert len(found) >= 4
    return found


def _cast_all(s: dict[str, ApiSession], case: dict[str, Any]) -> None:
    claim = case["claim"]["amount_claimed"]
    for name in ("chair", "member1", "member2"):
        body = {"outcome": "favor_buyer", "award": claim, "rationale": "Not delivered."}
        assert s[name].put(f"/v1/cases/{case['id']}/votes/me", json=body).status_code == 200


def _sign(pki: SandboxPki, signer_pki: SandboxPki, member_id: str, pdf: bytes | None = None) -> bytes:
    key, cert = signer_pki.new_member_credentials(member_id, "Signer")
    return pki.sign_pdf(pdf or make_pdf(title="Ruling"), key, cert, timestamp=False)


def _metadata(case: dict[str, Any], document: bytes, **changes: Any) -> dict[str, Any]:
    data = {
        "outcome": "favor_buyer",
        "award": case["claim"]["amount_claimed"],
        "vote_tally": {"favor_buyer": 3, "favor_seller": 0, "split": 0},
        "summary": "The parcel was not delivered.",
        "decided_at": "2026-03-02T09:12:00Z",
        "document_sha256": hashlib.sha256(document).hexdigest(),
    }
    data.update(changes)
    return data


def _file(
    session: ApiSession, case_id: str, metadata: dict[str, Any] | bytes, document: bytes, key: str | None
) -> requests.Response:
    meta = metadata if isinstance(metadata, bytes) else json.dumps(metadata).encode()
    files = {
        "metadata": ("metadata.json", meta, "application/json"),
        "document": ("ruling.pdf", document, "application/pdf"),
    }
    headers = {"Idempotency-Key": key} if key else {}
    return session.post(f"/v1/cases/{case_id}/ruling", files=files, headers=headers)


def test_ruling_filing_replay_reuse_and_exists(world: World, open_cases: list[dict[str, Any]]) -> None:
    server, s = world
    case = open_cases[0]
    _cast_all(s, case)
    chair_id = case["panel"]["chair_id"]
    document = _sign(server.pki, server.pki, chair_id)
    metadata = _metadata(case, document)
    key = str(uuid.uuid4())
    first = _file(s["chair"], case["id"], metadata, document, key)
    assert first.status_code == 201, first.text
    assert first.headers["Idempotency-Key"] == key
    receipt = first.json()
    assert receipt["case_id"] == case["id"] and receipt["document_sha256"] == metadata["document_sha256"]
    replay = _file(s["chair"], case["id"], metadata, document, key)
    assert replay.status_code == 201 and replay.json() == receipt
    expect_problem(
        _file(s["chair"], case["id"], {**metadata, "summary": "Other"}, document, key), 422, "idempotency-key-reused"
    )
    expect_problem(_file(s["chair"], case["id"], metadata, document, str(uuid.uuid4())), 409, "ruling-exists")
    assert server.control.counts()["ruling"] == 1
    after = s["chair"].get(f"/v1/cases/{case['id']}").json()
    assert after["status"] == "decided" and after["version"] > case["version"]
    for name in ("chair", "member1", "legal"):
        listed = s[name].get("/v1/rulings").json()
        records = {r["ruling_id"]: r for r in listed["items"]}
        assert receipt["ruling_id"] in records, name
        assert records[receipt["ruling_id"]]["document_size"] == len(document)
    assert receipt["ruling_id"] not in {r["ruling_id"] for r in s["otpmember"].get("/v1/rulings").json()["items"]}
    doc = s["member1"].get(f"/v1/rulings/{receipt['ruling_id']}/document")
    assert doc.status_code == 200 and doc.content == document
    assert doc.headers["ETag"] == f'"sha256:{receipt["document_sha256"]}"'
    part = s["member1"].get(f"/v1/rulings/{receipt['ruling_id']}/document", headers={"Range": "bytes=0-9"})
    assert part.status_code == 206 and part.content == document[:10]
    expect_problem(s["otpmember"].get(f"/v1/rulings/{receipt['ruling_id']}/document"), 403, "not-assigned")


def test_rulings_list_cursor_and_decided_since(world: World, open_cases: list[dict[str, Any]]) -> None:
    _, s = world
    everything = s["legal"].get("/v1/rulings").json()["items"]
    assert everything, "the demo world has decided cases"
    received = [r["received_at"] for r in everything]
    assert received == sorted(received)
    page = s["legal"].get("/v1/rulings", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["has_more"] == (len(everything) > 1)
    latest = max(r["decided_at"] for r in everything)
    since = s["legal"].get("/v1/rulings", params={"decided_since": latest}).json()
    assert since["items"] and all(r["decided_at"] >= latest for r in since["items"])
    follow = s["legal"].get("/v1/rulings", params={"cursor": since["next_cursor"]}).json()
    assert follow["items"] == [] and follow["has_more"] is False
    expect_problem(s["legal"].get("/v1/rulings", params={"cursor": "r1.bogus.cursor"}), 400, "invalid-cursor")
    expect_problem(s["chair"].get("/v1/rulings", params={"cursor": since["next_cursor"]}), 400, "invalid-cursor")


def test_every_check_is_reported(world: World, open_cases: list[dict[str, Any]], tmp_path: Path) -> None:
    server, s = world
    case = open_cases[1]
    chair_id = case["panel"]["chair_id"]
    member1 = server.control.member("member1")["member_id"]
    foreign = SandboxPki.load_or_create(tmp_path / "foreign")
    good = _sign(server.pki, server.pki, chair_id)
    tampered = good.replace(b"Ruling", b"Rulinx", 1)
    assert tampered != good
    documents: list[tuple[bytes, set[str]]] = [
        (_sign(foreign, foreign, chair_id), {"certificate_untrusted"}),
        (good + b"\n%%appended\n", {"signature_incomplete_coverage"}),
        (tampered, {"signature_invalid"}),
        (make_pdf(), {"signature_missing"}),
        (b"this is not a PDF", {"document_unreadable"}),
        (_sign(server.pki, server.pki, member1), {"signer_not_chair"}),
    ]
    before = server.control.counts()["ruling"]
    for document, expected in documents:
        problem = expect_problem(
            _file(s["chair"], case["id"], _metadata(case, document), document, str(uuid.uuid4())),
            422,
            "ruling-rejected",
        )
        assert expected <= set(problem["failed_checks"]), (expected, problem)
        assert "votes_incomplete" in problem["failed_checks"]
    claim = case["claim"]["amount_claimed"]
    bad = _metadata(
        case,
        good,
        document_sha256="0" * 64,
        vote_tally={"favor_buyer": 2, "favor_seller": 0, "split": 0},
        award={"amount": f"{int(claim['amount'].split('.')[0]) + 1}.00", "currency": claim["currency"]},
    )
    problem = expect_problem(_file(s["chair"], case["id"], bad, good, str(uuid.uuid4())), 422, "ruling-rejected")
    assert set(problem["failed_checks"]) == {
        "document_hash_mismatch",
        "votes_incomplete",
        "vote_tally_mismatch",
        "award_exceeds_claim",
    }
    assert problem["errors"]
    other = "EUR" if claim["currency"] != "EUR" else "USD"
    invalid = _metadata(
        case,
        good,
        outcome="favor_seller",
        award={"amount": "1.00", "currency": other},
        vote_tally={"favor_buyer": 0, "favor_seller": 0, "split": 0},
    )
    problem = expect_problem(_file(s["chair"], case["id"], invalid, good, str(uuid.uuid4())), 422, "ruling-rejected")
    assert {"votes_incomplete", "award_invalid"} <= set(problem["failed_checks"])
    assert "award_exceeds_claim" not in problem["failed_checks"]
    _cast_all(s, case)
    assert _file(s["chair"], case["id"], _metadata(case, good), good, str(uuid.uuid4())).status_code == 201
    assert server.control.counts()["ruling"] == before + 1


def test_who_may_file_and_malformed_requests(world: World, open_cases: list[dict[str, Any]]) -> None:
    _, s = world
    case = open_cases[2]
    document = b"%PDF-1.4 not really"
    metadata = _metadata(case, document)
    expect_problem(_file(s["member1"], case["id"], metadata, document, str(uuid.uuid4())), 403, "role-required")
    expect_problem(_file(s["legal"], case["id"], metadata, document, str(uuid.uuid4())), 403, "not-assigned")
    expect_problem(_file(s["chair"], case["id"], metadata, document, None), 400, "bad-request")
    expect_problem(_file(s["chair"], case["id"], metadata, document, "not-a-uuid"), 400, "bad-request")
    expect_problem(_file(s["chair"], case["id"], b"{not json", document, str(uuid.uuid4())), 400, "bad-request")
    problem = expect_problem(
        _file(s["chair"], case["id"], {**metadata, "extra": 1}, document, str(uuid.uuid4())), 422, "validation-failed"
    )
    assert problem["errors"][0]["field"] == "/extra"
    response = s["chair"].post(
        f"/v1/cases/{case['id']}/ruling", json=metadata, headers={"Idempotency-Key": str(uuid.uuid4())}
    )
    expect_problem(response, 400, "bad-request")


def test_same_key_in_flight_is_in_use(world: World, open_cases: list[dict[str, Any]]) -> None:
    server, s = world
    case = open_cases[2]
    document = b"%PDF-1.4 not really"
    metadata = _metadata(case, document)
    key = str(uuid.uuid4())
    results: list[requests.Response] = []
    server.control.hold_ruling_keys(0.8)
    try:
        worker = threading.Thread(
            target=lambda: results.append(_file(api_session(server, "chair"), case["id"], metadata, document, key))
        )
        worker.start()
        threading.Event().wait(0.3)
        second = _file(s["chair"], case["id"], metadata, document, key)
        worker.join()
    finally:
        server.control.hold_ruling_keys(0)
    problem = expect_problem(second, 409, "idempotency-key-in-use")
    assert int(second.headers["Retry-After"]) >= 1 and problem["status"] == 409
    assert results[0].status_code == 422  # the first request went on (and was rejected on its merits)


def test_withdrawn_case_cannot_get_a_ruling(world: World, open_cases: list[dict[str, Any]]) -> None:
    server, s = world
    case = open_cases[3]
    server.control.set_status(case["id"], "withdrawn")
    document = b"%PDF-1.4"
    expect_problem(
        _file(s["chair"], case["id"], _metadata(case, document), document, str(uuid.uuid4())),
        409,
        "case-state-conflict",
    )
