"""Sign-in, token refresh and revocation, and ``GET /v1/me``."""

from __future__ import annotations

import json

from sqlalchemy import select

from arbitration_desk.sandbox import db, otp, validation
from arbitration_desk.sandbox.accounts import check_password
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.httpio import Request, Response, Router
from arbitration_desk.sandbox.problems import ApiError

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def issue_token(app: Sandbox, request: Request) -> Response:
    body = request.json()
    validation.token_request(body)
    if body["grant_type"] == "refresh_token":
        pair = app.tokens.refresh(body["refresh_token"])
        return Response.json(200, pair.to_json(), NO_STORE)
    username = body["username"]
    wait = app.throttle.blocked_for(username)
    if wait is not None:
        raise ApiError("rate-limited", "Too many failed sign-ins for this account.", headers={"Retry-After": str(wait)})
    with app.store.read() as conn:
        row = conn.execute(select(db.members).where(db.members.c.username == username)).first()
    if row is None or not check_password(row.password_hash, body["password"]):
        app.throttle.failed(username)
        raise ApiError("invalid-grant", "The username or password is wrong.")
    if row.otp_secret:
        code = body.get("otp")
        if code is None:
            raise ApiError("otp-required", "This account requires a one-time password. Repeat the request with `otp`.")
        if not otp.verify(row.otp_secret, code):
            app.throttle.failed(username)
            raise ApiError("invalid-grant", "The one-time password is wrong.")
    pair = app.tokens.sign_in(row.member_id)
    return Response.json(200, pair.to_json(), NO_STORE)


def revoke_token(app: Sandbox, request: Request) -> Response:
    token = validation.single_string(request.json(), "token")
    assert request.member_id is not None
    app.tokens.revoke(token, request.member_id)
    return Response(204)


def get_me(app: Sandbox, request: Request) -> Response:
    assert request.member_id is not None
    with app.store.read() as conn:
        row = app.store.member_row(conn, request.member_id)
    return Response.json(
        200,
        {
            "member_id": row.member_id,
            "display_name": row.display_name,
            "email": row.email,
            "roles": json.loads(row.roles),
            "locale": row.locale,
            "timezone": row.timezone,
        },
    )


def register(router: Router) -> None:
    router.add("POST", "/v1/auth/token", issue_token, auth=False)
    router.add("POST", "/v1/auth/revoke", revoke_token)
    router.add("GET", "/v1/me", get_me)
