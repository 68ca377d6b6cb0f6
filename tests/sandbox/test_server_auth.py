"""Sign-in, one-time passwords, token rotation with grace and reuse detection, revocation, /v1/me."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import expect_problem, sign_in


def _token(server: SandboxServer, body: Any, **kwargs: Any) -> requests.Response:
    return requests.post(f"{server.url}/v1/auth/token", json=body, timeout=10, **kwargs)


def _me(server: SandboxServer, access_token: str) -> requests.Response:
    return requests.get(f"{server.url}/v1/me", headers={"Authorization": f"Bearer {access_token}"}, timeout=10)


def _refresh(server: SandboxServer, refresh_token: str) -> requests.Response:
    return _token(server, {"grant_type": "refresh_token", "refresh_token": refresh_token})


def test_password_sign_in_issues_tokens_without_caching(sandbox: SandboxServer) -> None:
    response = _token(sandbox, {"grant_type": "password", "username": "chair", "password": "demo"})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 900
    assert body["access_token"].startswith("at_") and body["refresh_token"].startswith("rt_")
    me = _me(sandbox, body["access_token"]).json()
    assert me["member_id"] == sandbox.control.member("chair")["member_id"]
    assert set(me["roles"]) == {"panel_member", "chair"}


@pytest.mark.parametrize(
    ("username", "password"), [("chair", "wrong"), ("nobody-at-all", "demo")], ids=["password", "user"]
)
def test_wrong_credentials_are_invalid_grant_never_401(sandbox: SandboxServer, username: str, password: str) -> None:
    response = _token(sandbox, {"grant_type": "password", "username": username, "password": password})
    expect_problem(response, 400, "invalid-grant")


def test_otp_account_requires_a_valid_code(sandbox: SandboxServer) -> None:
    body = {"grant_type": "password", "username": "otpmember", "password": "demo"}
    expect_problem(_token(sandbox, body), 400, "otp-required")
    code = sandbox.control.otp_code("otpmember")
    wrong = f"{(int(code) + 500000) % 1000000:06d}"
    expect_problem(_token(sandbox, {**body, "otp": wrong}), 400, "invalid-grant")
    assert _token(sandbox, {**body, "otp": code}).status_code == 200


def test_token_request_validation(sandbox: SandboxServer) -> None:
    body = {"grant_type": "password", "username": "chair", "password": "demo", "pasword": "x"}
    problem = expect_problem(_token(sandbox, body), 422, "validation-failed")
    assert problem["errors"] == [{"field": "/pasword", "message": "Unknown field."}]
    problem = expect_problem(
        _token(sandbox, {"grant_type": "password", "username": "chair", "password": "demo", "otp": "12"}),
        422,
        "validation-failed",
    )
    assert problem["errors"][0]["field"] == "/otp"
    expect_problem(_token(sandbox, {"grant_type": "client_credentials"}), 422, "validation-failed")
    raw = requests.post(
        f"{sandbox.url}/v1/auth/token", data=b"{not json", headers={"Content-Type": "application/json"}, timeout=10
    )
    expect_problem(raw, 400, "bad-request")


def test_refresh_rotates_and_replays_within_grace(sandbox: SandboxServer) -> None:
    first = sign_in(sandbox, "member1")
    second = _refresh(sandbox, first["refresh_token"])
    assert second.status_code == 200 and second.headers["Cache-Control"] == "no-store"
    pair = second.json()
    assert pair["refresh_token"] != first["refresh_token"]
    replay = _refresh(sandbox, first["refresh_token"])
    assert replay.json() == pair  # a lost response does not sign the member out
    assert _me(sandbox, pair["access_token"]).status_code == 200
    third = _refresh(sandbox, pair["refresh_token"]).json()
    assert _me(sandbox, third["access_token"]).status_code == 200


def test_reuse_after_grace_revokes_the_whole_family(sandbox: SandboxServer) -> None:
    first = sign_in(sandbox, "member2")
    other = sign_in(sandbox, "member2")  # another sign-in: another family
    pair = _refresh(sandbox, first["refresh_token"]).json()
    sandbox.control.set_refresh_grace(0)
    try:
        expect_problem(_refresh(sandbox, first["refresh_token"]), 400, "invalid-grant")
    finally:
        sandbox.control.set_refresh_grace(60)
    for token in (first["access_token"], pair["access_token"]):
        response = _me(sandbox, token)
        expect_problem(response, 401, "unauthorized")
        assert response.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'
    expect_problem(_refresh(sandbox, pair["refresh_token"]), 400, "invalid-grant")
    assert _me(sandbox, other["access_token"]).status_code == 200


def _revoke(server: SandboxServer, access_token: str, token: str) -> requests.Response:
    return requests.post(
        f"{server.url}/v1/auth/revoke",
        json={"token": token},
        headers={"Authorization": f"Bearer {access_token}"},
        timeout=10,
    )


def test_revoke_refresh_token_ends_its_family(sandbox: SandboxServer) -> None:
    tokens = sign_in(sandbox, "member1")
    response = _revoke(sandbox, tokens["access_token"], tokens["refresh_token"])
    assert response.status_code == 204 and response.headers["X-Request-Id"]
    assert _me(sandbox, tokens["access_token"]).status_code == 401
    expect_problem(_refresh(sandbox, tokens["refresh_token"]), 400, "invalid-grant")


def test_revoke_access_token_ends_only_that_token(sandbox: SandboxServer) -> None:
    tokens = sign_in(sandbox, "member1")
    pair = _refresh(sandbox, tokens["refresh_token"]).json()
    assert _revoke(sandbox, pair["access_token"], tokens["access_token"]).status_code == 204
    assert _me(sandbox, tokens["access_token"]).status_code == 401
    assert _me(sandbox, pair["access_token"]).status_code == 200


def test_revoke_never_touches_another_members_token_and_needs_auth(sandbox: SandboxServer) -> None:
    victim = sign_in(sandbox, "member2")
    attacker = sign_in(sandbox, "member1")
    assert _revoke(sandbox, attacker["access_token"], victim["refresh_token"]).status_code == 204
    assert _revoke(sandbox, attacker["access_token"], "rt_unknown").status_code == 204
    assert _me(sandbox, victim["access_token"]).status_code == 200
    assert _refresh(sandbox, victim["refresh_token"]).status_code == 200
    unauthenticated = requests.post(f"{sandbox.url}/v1/auth/revoke", json={"token": "x"}, timeout=10)
    expect_problem(unauthenticated, 401, "unauthorized")


def test_failed_sign_ins_are_limited_per_username(sandbox: SandboxServer) -> None:
    body = {"grant_type": "password", "username": "brute-force-target", "password": "guess"}
    statuses = [_token(sandbox, body).status_code for _ in range(10)]
    assert statuses == [400] * 10
    response = _token(sandbox, body)
    expect_problem(response, 429, "rate-limited")
    assert int(response.headers["Retry-After"]) >= 1
    assert _token(sandbox, {**body, "username": "chair", "password": "demo"}).status_code == 200


def test_missing_or_unknown_bearer_token_is_401(sandbox: SandboxServer) -> None:
    expect_problem(requests.get(f"{sandbox.url}/v1/me", timeout=10), 401, "unauthorized")
    expect_problem(_me(sandbox, "at_forged"), 401, "unauthorized")
