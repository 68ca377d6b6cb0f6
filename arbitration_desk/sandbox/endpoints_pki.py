"""The platform CA and its CRL, ruling-signing certificates and the RFC 3161 time-stamp authority."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row

from arbitration_desk.domain.enums import MemberRole
from arbitration_desk.domain.timeutil import format_timestamp
from arbitration_desk.sandbox import db, validation
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.files import etag_matches
from arbitration_desk.sandbox.httpio import Request, Response, Router
from arbitration_desk.sandbox.pki import CsrError, TimestampRequestError
from arbitration_desk.sandbox.problems import ApiError, validation_failed


def get_ca(app: Sandbox, request: Request) -> Response:
    return Response(200, {"Content-Type": "application/x-pem-file"}, app.pki.ca_pem.encode("ascii"))


def get_crl(app: Sandbox, request: Request) -> Response:
    issued = app.pki.crl()
    if etag_matches(request.header("If-None-Match"), issued.etag):
        return Response(304, {"ETag": issued.etag})
    return Response(200, {"Content-Type": "application/pkix-crl", "ETag": issued.etag}, issued.der)


def _require_chair_role(app: Sandbox, conn: Connection, member_id: str) -> Row[Any]:
    member = app.store.member_row(conn, member_id)
    if MemberRole.CHAIR not in app.store.roles(member):
        raise ApiError("role-required", "Only members with the chair role may request a signing certificate.")
    return member


def issue_signing_certificate(app: Sandbox, request: Request) -> Response:
    assert request.member_id is not None
    with app.store.read() as conn:
        member = _require_chair_role(app, conn, request.member_id)
    csr_pem = validation.single_string(request.json(), "csr_pem")
    try:
        issued = app.pki.issue_certificate(csr_pem, member.member_id, member.display_name)
    except CsrError as exc:
        raise validation_failed([("/csr_pem", str(exc) or "Not a valid certificate signing request.")]) from exc
    with app.store.write() as conn:
        # Again under the write lock: a member who left the committee meanwhile (their roles dropped
        # and their certificates revoked, control.remove_from_committee) gets no certificate.
        _require_chair_role(app, conn, member.member_id)
        conn.execute(
            db.certificates.insert().values(
                serial=str(issued.serial),
                member_id=member.member_id,
                not_after=format_timestamp(issued.not_after),
                certificate_pem=issued.certificate_pem,
                revoked=False,
            )
        )
    body = {
        "certificate_pem": issued.certificate_pem,
        "chain_pem": list(issued.chain_pem),
        "not_after": format_timestamp(issued.not_after),
    }
    return Response.json(201, body)


def timestamp(app: Sandbox, request: Request) -> Response:
    ctype = (request.header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype != "application/timestamp-query":
        raise ApiError("bad-request", "The body must be application/timestamp-query.")
    try:
        reply = app.pki.timestamp(request.body)
    except TimestampRequestError as exc:
        raise ApiError("bad-request", f"Not a valid TimeStampReq: {exc}") from exc
    return Response(200, {"Content-Type": "application/timestamp-reply"}, reply)


def register(router: Router) -> None:
    router.add("GET", "/v1/pki/ca", get_ca, auth=False, counted=False)
    # A file download for the rate limit (README "Rate limits"), like evidence and ruling documents.
    router.add("GET", "/v1/pki/crl", get_crl, auth=False, counted=False)
    router.add("POST", "/v1/me/signing-certificate", issue_signing_certificate)
    router.add("POST", "/v1/pki/timestamp", timestamp)
