"""The case feed and its cursor, the case file with ETag/304, evidence downloads, message paging."""

from __future__ import annotations

import hashlib
from typing import Any

from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import ApiSession, api_session, expect_problem


def _feed(session: ApiSession, cursor: str | None = None, limit: int = 100) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": limit}
    if cursor is not None:
        params["cursor"] = cursor
    response = session.get("/v1/cases", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _full_listing(session: ApiSession, limit: int) -> tuple[list[str], str]:
    ids: list[str] = []
    page = _feed(session, limit=limit)
    ids += [item["id"] for item in page["items"]]
    while page["has_more"]:
        page = _feed(session, page["next_cursor"], limit=limit)
        ids += [item["id"] for item in page["items"]]
    return ids, page["next_cursor"]


def test_full_listing_pages_through_every_assigned_case(
    sandbox: SandboxServer, sessions: dict[str, ApiSession]
) -> None:
    expected = sorted(sandbox.control.case_ids("chair"))
    page = _feed(sessions["chair"])
    assert page["removed"] == [] and page["has_more"] is False
    assert sorted(item["id"] for item in page["items"]) == expected
    assert set(page["items"][0]) >= {"id", "reference", "status", "value", "version", "updated_at"}
    ids, _ = _full_listing(sessions["chair"], limit=2)
    assert sorted(ids) == expected and len(ids) == len(expected)
    legal = _feed(sessions["legal"])
    assert legal["items"] == [] and legal["removed"] == []


def test_feed_reports_changes_and_removals_since_the_cursor(own_sandbox: SandboxServer) -> None:
    chair = api_session(own_sandbox, "chair")
    member1 = api_session(own_sandbox, "member1")
    ids, cursor = _full_listing(chair, limit=1)
    assert len(ids) >= 2
    quiet = _feed(chair, cursor)
    assert quiet["items"] == [] and quiet["removed"] == [] and quiet["has_more"] is False
    changed, dropped = ids[0], ids[1]
    before = chair.get(f"/v1/cases/{changed}").json()["version"]
    own_sandbox.control.add_messages(changed, 2)
    own_sandbox.control.unassign(dropped, own_sandbox.control.member("chair")["member_id"])
    page = _feed(chair, cursor)
    assert [item["id"] for item in page["items"]] == [changed]
    assert page["items"][0]["version"] == before + 1
    assert page["removed"] == [dropped]
    assert _feed(chair, page["next_cursor"])["items"] == []
    expect_problem(chair.get(f"/v1/cases/{dropped}"), 403, "not-assigned")
    # another member's cursor, a forged one and an expired one are all rejected
    expect_problem(member1.get("/v1/cases", params={"cursor": cursor}), 400, "invalid-cursor")
    forged = cursor[:-2] + ("AA" if not cursor.endswith("AA") else "BB")
    expect_problem(chair.get("/v1/cases", params={"cursor": forged}), 400, "invalid-cursor")
    expect_problem(chair.get("/v1/cases", params={"cursor": "garbage"}), 400, "invalid-cursor")
    own_sandbox.control.expire_cursors()
    expect_problem(chair.get("/v1/cases", params={"cursor": page["next_cursor"]}), 400, "invalid-cursor")
    assert _feed(chair)["has_more"] is False
    chair.close()
    member1.close()


def test_new_messages_follow_the_stored_message_cursor(own_sandbox: SandboxServer) -> None:
    chair = api_session(own_sandbox, "chair")
    case_id = own_sandbox.control.case_ids("chair")[0]
    page = chair.get(f"/v1/cases/{case_id}/messages", params={"limit": 1000}).json()
    assert page["has_more"] is False
    added = own_sandbox.control.add_messages(case_id, 3)
    newer = chair.get(f"/v1/cases/{case_id}/messages", params={"after": page["next_cursor"]}).json()
    assert [m["message_id"] for m in newer["items"]] == added
    case = chair.get(f"/v1/cases/{case_id}").json()
    assert case["message_count"] == len(page["items"]) + 3
    chair.close()


def test_case_etag_and_not_modified(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    case_id = sandbox.control.case_ids("chair")[0]
    response = sessions["chair"].get(f"/v1/cases/{case_id}")
    assert response.status_code == 200
    case = response.json()
    assert response.headers["ETag"] == f'"v{case["version"]}"'
    assert case["id"] == case_id and case["message_count"] >= 0 and case["panel"]["members"]
    again = sessions["chair"].get(f"/v1/cases/{case_id}", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == response.headers["ETag"] and again.headers["X-Request-Id"]
    stale = sessions["chair"].get(f"/v1/cases/{case_id}", headers={"If-None-Match": '"v0"'})
    assert stale.status_code == 200


def test_cases_of_other_panels_are_forbidden_and_unknown_ones_missing(
    sandbox: SandboxServer, sessions: dict[str, ApiSession]
) -> None:
    case_id = sandbox.control.case_ids("chair")[0]
    for path in ("", "/messages", "/votes", "/annotations"):
        expect_problem(sessions["legal"].get(f"/v1/cases/{case_id}{path}"), 403, "not-assigned")
    expect_problem(sessions["chair"].get("/v1/cases/cs_DOES_NOT_EXIST"), 404, "not-found")


def _evidence(sandbox: SandboxServer, session: ApiSession) -> tuple[str, dict[str, Any]]:
    for case_id in sandbox.control.case_ids("chair"):
        items = session.get(f"/v1/cases/{case_id}").json()["evidence"]
        sized = [item for item in items if item["size_bytes"] >= 100]
        if sized:
            return case_id, sized[0]
    raise AssertionError("no evidence in the world")


def test_evidence_download_with_ranges(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    session = sessions["member1"]
    case_id, item = _evidence(sandbox, session)
    path = f"/v1/cases/{case_id}/evidence/{item['evidence_id']}/content"
    size = item["size_bytes"]
    full = session.get(path)
    assert full.status_code == 200
    assert hashlib.sha256(full.content).hexdigest() == item["sha256"]
    assert full.headers["ETag"] == f'"sha256:{item["sha256"]}"'
    assert full.headers["Accept-Ranges"] == "bytes"
    assert full.headers["Content-Type"] == item["media_type"]
    part = session.get(path, headers={"Range": "bytes=10-19"})
    assert part.status_code == 206 and part.content == full.content[10:20]
    assert part.headers["Content-Range"] == f"bytes 10-19/{size}"
    tail = session.get(path, headers={"Range": "bytes=50-"})
    assert tail.status_code == 206 and tail.content == full.content[50:]
    suffix = session.get(path, headers={"Range": "bytes=-5"})
    assert suffix.status_code == 206 and suffix.content == full.content[-5:]
    beyond = session.get(path, headers={"Range": f"bytes={size}-"})
    expect_problem(beyond, 416, "range-not-satisfiable")
    assert beyond.headers["Content-Range"] == f"bytes */{size}"
    several = session.get(path, headers={"Range": "bytes=0-1,5-6"})
    assert several.status_code == 200 and several.content == full.content
    cached = session.get(path, headers={"If-None-Match": full.headers["ETag"]})
    assert cached.status_code == 304 and cached.headers["ETag"] == full.headers["ETag"]
    expect_problem(session.get(f"/v1/cases/{case_id}/evidence/ev_nope/content"), 404, "not-found")


def test_corrupted_evidence_is_served_with_its_own_etag(own_sandbox: SandboxServer) -> None:
    chair = api_session(own_sandbox, "chair")
    case_id, item = _evidence(own_sandbox, chair)
    own_sandbox.control.corrupt_evidence(case_id, item["evidence_id"], b"tampered bytes")
    response = chair.get(f"/v1/cases/{case_id}/evidence/{item['evidence_id']}/content")
    assert response.content == b"tampered bytes"
    assert response.headers["ETag"] == f'"sha256:{hashlib.sha256(b"tampered bytes").hexdigest()}"'
    listed = chair.get(f"/v1/cases/{case_id}").json()["evidence"]
    assert {e["evidence_id"]: e["sha256"] for e in listed}[item["evidence_id"]] == item["sha256"]
    own_sandbox.control.remove_evidence(case_id, item["evidence_id"])
    listed = chair.get(f"/v1/cases/{case_id}").json()["evidence"]
    assert item["evidence_id"] not in {e["evidence_id"] for e in listed}
    chair.close()


def test_message_paging_is_complete_and_ordered(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    session = sessions["member2"]
    case_id = sandbox.control.case_ids("member2")[0]
    count = session.get(f"/v1/cases/{case_id}").json()["message_count"]
    assert count > 7
    seen: list[tuple[str, str]] = []
    page = session.get(f"/v1/cases/{case_id}/messages", params={"limit": 7}).json()
    seen += [(m["sent_at"], m["message_id"]) for m in page["items"]]
    while page["has_more"]:
        page = session.get(f"/v1/cases/{case_id}/messages", params={"limit": 7, "after": page["next_cursor"]}).json()
        assert len(page["items"]) <= 7
        seen += [(m["sent_at"], m["message_id"]) for m in page["items"]]
    assert len(seen) == count == len(set(seen))
    assert seen == sorted(seen)
    last = session.get(f"/v1/cases/{case_id}/messages", params={"after": page["next_cursor"]}).json()
    assert last["items"] == [] and last["has_more"] is False and last["next_cursor"]
    other = sandbox.control.case_ids("member2")[1]
    expect_problem(
        session.get(f"/v1/cases/{other}/messages", params={"after": page["next_cursor"]}), 400, "invalid-cursor"
    )
    expect_problem(session.get(f"/v1/cases/{case_id}/messages", params={"limit": 0}), 400, "bad-request")
    expect_problem(session.get(f"/v1/cases/{case_id}/messages", params={"limit": 1001}), 400, "bad-request")


def test_unknown_paths_and_methods(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    expect_problem(sessions["chair"].get("/v1/nothing-here"), 404, "not-found")
    response = sessions["chair"].delete("/v1/cases")
    assert response.status_code == 405 and response.headers["Allow"] == "GET"
    assert response.headers["X-Request-Id"].startswith("req_")
