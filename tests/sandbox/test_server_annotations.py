"""Shared annotations: create/replace/delete, authorship, If-Match, since/as_of/deleted, validation."""

from __future__ import annotations

import uuid
from typing import Any

from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import ApiSession, expect_problem


def _case(sandbox: SandboxServer, session: ApiSession, status: str) -> dict[str, Any]:
    for case_id in sandbox.control.case_ids("chair"):
        case: dict[str, Any] = session.get(f"/v1/cases/{case_id}").json()
        if case["status"] == status and sandbox.control.member("member1")["member_id"] in {
            m["member_id"] for m in case["panel"]["members"]
        }:
            return case
    raise AssertionError(f"no {status} case")


def _write(body: str = "Check the house number.", **target: Any) -> dict[str, Any]:
    return {
        "target": target or {"type": "case"},
        "body": body,
        "created_at": "2026-02-24T15:02:11Z",
        "updated_at": "2026-02-24T15:05:47Z",
    }


def test_create_replace_and_delete_with_if_match(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    chair, member1 = sessions["chair"], sessions["member1"]
    case = _case(sandbox, chair, "in_deliberation")
    path = f"/v1/cases/{case['id']}/annotations/{uuid.uuid4()}"
    created = chair.put(path, json=_write())
    assert created.status_code == 201, created.text
    note = created.json()
    assert created.headers["ETag"] == note["etag"]
    assert note["author_id"] == sandbox.control.member("chair")["member_id"] and note["author_name"]
    assert chair.get(f"/v1/cases/{case['id']}").json()["version"] > case["version"]
    replaced = chair.put(path, json=_write("Edited."), headers={"If-Match": note["etag"]})
    assert replaced.status_code == 200 and replaced.json()["body"] == "Edited."
    assert replaced.headers["ETag"] != note["etag"]
    expect_problem(
        chair.put(path, json=_write("Lost update"), headers={"If-Match": note["etag"]}), 412, "precondition-failed"
    )
    expect_problem(member1.put(path, json=_write("Not mine")), 403, "not-author")
    expect_problem(member1.delete(path), 403, "not-author")
    expect_problem(chair.delete(path, headers={"If-Match": note["etag"]}), 412, "precondition-failed")
    deleted = chair.delete(path, headers={"If-Match": replaced.headers["ETag"]})
    assert deleted.status_code == 204 and deleted.headers["X-Request-Id"]
    expect_problem(chair.delete(path), 404, "not-found")


def test_since_returns_changes_and_deletions(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    chair, member2 = sessions["chair"], sessions["member2"]
    case = _case(sandbox, chair, "in_deliberation")
    base = f"/v1/cases/{case['id']}/annotations"
    first = member2.get(base).json()
    assert first["deleted"] == [] and first["as_of"].endswith("Z")
    keep, drop = str(uuid.uuid4()), str(uuid.uuid4())
    assert chair.put(f"{base}/{keep}", json=_write("keep")).status_code == 201
    assert chair.put(f"{base}/{drop}", json=_write("drop")).status_code == 201
    assert chair.delete(f"{base}/{drop}").status_code == 204
    changes = member2.get(base, params={"since": first["as_of"]}).json()
    assert [item["annotation_id"] for item in changes["items"]] == [keep]
    assert [d["annotation_id"] for d in changes["deleted"]] == [drop]
    assert changes["deleted"][0]["deleted_at"] >= first["as_of"]
    assert changes["as_of"] > first["as_of"]
    later = member2.get(base, params={"since": changes["as_of"]}).json()
    assert later["items"] == [] and later["deleted"] == []
    everything = member2.get(base).json()
    ids = {item["annotation_id"] for item in everything["items"]}
    assert keep in ids and drop not in ids and everything["deleted"] == []
    expect_problem(member2.get(base, params={"since": "yesterday"}), 400, "bad-request")


def test_annotation_body_validation(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    chair = sessions["chair"]
    case = _case(sandbox, chair, "in_deliberation")
    path = f"/v1/cases/{case['id']}/annotations/{uuid.uuid4()}"
    non_image = next((e for e in case["evidence"] if not e["media_type"].startswith("image/")), None)
    image = next((e for e in case["evidence"] if e["media_type"].startswith("image/")), None)
    region = {"x": 0.5, "y": 0.1, "width": 0.6, "height": 0.2}
    cases: list[tuple[dict[str, Any], str]] = [
        (_write(type="evidence", id="ev_missing"), "/target/id"),
        (_write(type="message", id="msg_missing"), "/target/id"),
        (_write(type="message"), "/target/id"),
        (_write(type="case", id="cs_x"), "/target/id"),
        (_write(type="case", region={"x": 0, "y": 0, "width": 0.1, "height": 0.1}), "/target/region"),
        ({**_write(), "updated_at": "2026-02-24T15:00:00Z"}, "/updated_at"),
        ({**_write(), "colour": "red"}, "/colour"),
        (_write(""), "/body"),
        (_write("x" * 10001), "/body"),
    ]
    if image is not None:
        cases.append((_write(type="evidence", id=image["evidence_id"], region=region), "/target/region/width"))
    if non_image is not None:
        cases.append(
            (_write(type="evidence", id=non_image["evidence_id"], region={**region, "width": 0.1}), "/target/region")
        )
    for body, field in cases:
        problem = expect_problem(chair.put(path, json=body), 422, "validation-failed")
        assert field in [e["field"] for e in problem["errors"]], (body, problem)
    if image is not None:
        ok = _write(type="evidence", id=image["evidence_id"], region={**region, "width": 0.5})
        assert chair.put(path, json=ok).status_code == 201
    expect_problem(chair.put(f"/v1/cases/{case['id']}/annotations/not-a-uuid", json=_write()), 400, "bad-request")


def test_decided_cases_are_read_only(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    chair = sessions["chair"]
    case = _case(sandbox, chair, "decided")
    path = f"/v1/cases/{case['id']}/annotations/{uuid.uuid4()}"
    expect_problem(chair.put(path, json=_write()), 409, "case-state-conflict")
    expect_problem(chair.delete(path), 409, "case-state-conflict")
