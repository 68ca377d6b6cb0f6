"""Filing a ruling (multipart, every check, idempotency), the rulings list and ruling documents.

A ruling filed on an appeal case carries ``appeal_of`` and decides the appeal (``appeals``); the
ruling appealed against is visible to the appeal case's active panel.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, select

from arbitration_desk.domain.enums import VOTING_STATUSES, MemberRole, RulingCheck
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.rules import award_problems, tally
from arbitration_desk.domain.timeutil import format_timestamp, is_timestamp
from arbitration_desk.sandbox import appeals, db, validation
from arbitration_desk.sandbox.app import Sandbox
from arbitration_desk.sandbox.endpoints_votes import recorded_votes
from arbitration_desk.sandbox.files import serve_file
from arbitration_desk.sandbox.httpio import Request, Response, Router
from arbitration_desk.sandbox.multipart import parse_form
from arbitration_desk.sandbox.pki import check_ruling_document
from arbitration_desk.sandbox.problems import ApiError, FieldErrors
from arbitration_desk.sandbox.state import sort_key

DOCUMENT_LIMIT = 20 * 1024 * 1024
REQUEST_LIMIT = DOCUMENT_LIMIT + 2 * 1024 * 1024


def _member(request: Request) -> str:
    assert request.member_id is not None
    return request.member_id


def _fingerprint(case_id: str, metadata: bytes, document: bytes) -> str:
    try:
        canonical = json.dumps(json.loads(metadata), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = metadata
    digest = hashlib.sha256(case_id.encode() + b"\0")
    digest.update(hashlib.sha256(canonical).digest())
    digest.update(hashlib.sha256(document).digest())
    return digest.hexdigest()


def _receipt_response(receipt: str, key: str) -> Response:
    return Response.raw_json(201, receipt.encode(), {"Idempotency-Key": key})


def submit_ruling(app: Sandbox, request: Request) -> Response:
    case_id, member = request.params["case_id"], _member(request)
    with app.store.read() as conn:
        row = app.store.assigned_case(conn, case_id, member)
    if row.chair_id != member:
        raise ApiError("role-required", "Only the chair of the panel may file the ruling.")
    key = request.header("Idempotency-Key")
    if key is None or not validation.is_uuid(key.strip()):
        raise ApiError(
            "bad-request", "Idempotency-Key must be a UUID.", errors=[("Idempotency-Key", "Must be a UUID.")]
        )
    key = key.strip()
    parts = parse_form(request.header("Content-Type") or "", request.body)
    for name in ("metadata", "document"):
        if name not in parts:
            raise ApiError("bad-request", f"The {name} part is missing.", errors=[(name, "Required.")])
    metadata_bytes, document = parts["metadata"].data, parts["document"].data
    if len(document) > DOCUMENT_LIMIT:
        raise ApiError("payload-too-large", "The ruling document is larger than 20 MiB.")
    fingerprint = _fingerprint(case_id, metadata_bytes, document)
    if not app.idempotency.begin(key):
        raise ApiError(
            "idempotency-key-in-use", "A request with this key is being processed.", headers={"Retry-After": "1"}
        )
    try:
        return _submit(app, request, case_id, key, fingerprint, metadata_bytes, document)
    finally:
        app.idempotency.end(key)


def _bound(app: Sandbox, conn: Connection, case_id: str, key: str, fingerprint: str) -> Response | None:
    bound = conn.execute(select(db.rulings).where(db.rulings.c.idempotency_key == key)).first()
    if bound is not None:
        if bound.fingerprint == fingerprint:
            return _receipt_response(bound.receipt, key)
        raise ApiError("idempotency-key-reused", "This key was used for a different submission.")
    if conn.execute(select(db.rulings.c.ruling_id).where(db.rulings.c.case_id == case_id)).first() is not None:
        raise ApiError("ruling-exists", "A ruling has already been filed for this case.")
    return None


def _submit(
    app: Sandbox, request: Request, case_id: str, key: str, fingerprint: str, metadata_bytes: bytes, document: bytes
) -> Response:
    with app.store.read() as conn:
        replay = _bound(app, conn, case_id, key, fingerprint)
        if replay is not None:
            return replay
        row = app.store.case_row(conn, case_id)
    if row.status not in VOTING_STATUSES:
        raise ApiError("case-state-conflict", f"A ruling can only be filed in deliberation; the case is {row.status}.")
    try:
        metadata = json.loads(metadata_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ApiError("bad-request", "The metadata part is not JSON.", errors=[("metadata", "Not JSON.")]) from exc
    validation.ruling_metadata(metadata)
    received = app.store.now()
    failures: list[tuple[str, str, str]] = []
    actual = hashlib.sha256(document).hexdigest()
    if actual != metadata["document_sha256"]:
        failures.append(
            (RulingCheck.DOCUMENT_HASH_MISMATCH, "/document_sha256", f"The document's SHA-256 is {actual}.")
        )
    for check, message in check_ruling_document(app.pki, document, row.chair_id, at=received):
        failures.append((check, "document", message))
    with app.store.write() as conn:
        replay = _bound(app, conn, case_id, key, fingerprint)
        if replay is not None:
            return replay
        row = app.store.case_row(conn, case_id)
        if row.status not in VOTING_STATUSES:
            raise ApiError("case-state-conflict", f"The case is {row.status}.")
        failures += _deliberation_checks(app, conn, row, metadata)
        if failures:
            errors: FieldErrors = [(field, message) for _, field, message in failures]
            checks = list(dict.fromkeys(str(check) for check, _, _ in failures))
            raise ApiError(
                "ruling-rejected", f"{len(checks)} check(s) failed.", errors=errors, extra={"failed_checks": checks}
            )
        receipt = _record(app, conn, row, key, fingerprint, metadata, document, received)
    return _receipt_response(receipt, key)


def _deliberation_checks(
    app: Sandbox, conn: Connection, row: Row[Any], metadata: dict[str, Any]
) -> list[tuple[str, str, str]]:
    failures: list[tuple[str, str, str]] = []
    panel, votes = recorded_votes(app, conn, row.case_id)
    if len(votes) < len(panel):
        failures.append((RulingCheck.VOTES_INCOMPLETE, "/vote_tally", f"{len(votes)} of {len(panel)} votes are cast."))
    recorded = tally(v.outcome for v in votes.values())
    claimed = {k: metadata["vote_tally"][k] for k in recorded}
    if claimed != recorded:
        text = ", ".join(f"{k} {n}" for k, n in recorded.items())
        failures.append((RulingCheck.VOTE_TALLY_MISMATCH, "/vote_tally", f"Recorded votes are {text}."))
    claim = Money.from_json(json.loads(row.data)["claim"]["amount_claimed"])
    for problem in award_problems(metadata["outcome"], Money.from_json(metadata["award"]), claim):
        if problem == RulingCheck.AWARD_EXCEEDS_CLAIM:
            failures.append((problem, "/award/amount", f"Must not exceed the amount claimed ({claim})."))
        else:
            failures.append((problem, "/award", f"Must be in {claim.currency}, and 0.00 with favor_seller."))
    return failures


def _record(
    app: Sandbox,
    conn: Connection,
    row: Row[Any],
    key: str | None,
    fingerprint: str | None,
    metadata: dict[str, Any],
    document: bytes,
    received: datetime,
) -> str:
    sha = app.files.put(document)
    ruling_id = "rl_" + secrets.token_hex(6).upper()
    received_at = format_timestamp(received)
    record = {
        "ruling_id": ruling_id,
        "case_id": row.case_id,
        "case_reference": row.reference,
        "outcome": metadata["outcome"],
        "award": metadata["award"],
        "decided_at": metadata["decided_at"],
        "received_at": received_at,
        "chair_id": row.chair_id,
        "document_sha256": sha,
        "document_size": len(document),
    }
    link = appeals.appeal_link(conn, row.case_id)
    if link is not None:
        record["appeal_of"] = link.ruling_id
    receipt = json.dumps(
        {k: record[k] for k in ("ruling_id", "case_id", "case_reference", "received_at", "document_sha256")}
    )
    panel_ids = [p.member_id for p in app.store.panel_rows(conn, row.case_id)]
    conn.execute(
        db.rulings.insert().values(
            ruling_id=ruling_id,
            case_id=row.case_id,
            record=json.dumps(record),
            decided_key=sort_key(metadata["decided_at"]),
            panel_ids=json.dumps(panel_ids),
            idempotency_key=key,
            fingerprint=fingerprint,
            receipt=receipt,
        )
    )
    changes = {"status": "decided"}
    if link is not None:
        changes["data"] = appeals.decide_appeal(app.store, conn, link, row.data, record)
    app.store.touch_case(conn, row.case_id, **changes)
    app.store.count(conn, "ruling")
    return receipt


def _visible(roles: list[str], member: str, ruling: Row[Any], appealed: set[str]) -> bool:
    """Legal sees every ruling; a member those of their panels and those appealed against before them."""
    return MemberRole.LEGAL in roles or member in json.loads(ruling.panel_ids) or ruling.ruling_id in appealed


def list_rulings(app: Sandbox, request: Request) -> Response:
    member = _member(request)
    limit = request.query_int("limit", 1, 200, 100)
    cursor = request.query_one("cursor")
    since = request.query_one("decided_since")
    position = 0
    if cursor is not None:
        data = app.cursors.decode("r1.", cursor)
        if data.get("m") != member or not isinstance(data.get("s"), int):
            raise ApiError("invalid-cursor", "The cursor belongs to another listing.")
        position, since = data["s"], data.get("d")
    elif since is not None and not is_timestamp(since):
        raise ApiError(
            "bad-request", "decided_since must be a timestamp.", errors=[("decided_since", "Not a timestamp.")]
        )
    with app.store.read() as conn:
        roles = app.store.roles(app.store.member_row(conn, member))
        appealed = appeals.appealed_rulings(conn, member)
        top = int(conn.execute(select(func.coalesce(func.max(db.rulings.c.seq), 0))).scalar_one())
        query = select(db.rulings).where(db.rulings.c.seq > position, db.rulings.c.seq <= top)
        if since:
            query = query.where(db.rulings.c.decided_key >= sort_key(since))
        rows = [r for r in conn.execute(query.order_by(db.rulings.c.seq)) if _visible(roles, member, r, appealed)]
    has_more = len(rows) > limit
    rows = rows[:limit]
    end = rows[-1].seq if has_more else max(top, position)
    next_cursor = app.cursors.encode("r1.", {"m": member, "s": end, "d": since})
    return Response.json(
        200, {"items": [json.loads(r.record) for r in rows], "next_cursor": next_cursor, "has_more": has_more}
    )


def get_ruling_document(app: Sandbox, request: Request) -> Response:
    member = _member(request)
    with app.store.read() as conn:
        roles = app.store.roles(app.store.member_row(conn, member))
        appealed = appeals.appealed_rulings(conn, member)
        row = conn.execute(select(db.rulings).where(db.rulings.c.ruling_id == request.params["ruling_id"])).first()
    if row is None:
        raise ApiError("not-found", "No such ruling.")
    if not _visible(roles, member, row, appealed):
        raise ApiError("not-assigned", "You did not sit on the panel of this ruling.")
    sha = json.loads(row.record)["document_sha256"]
    return serve_file(request, app.files.path(sha), sha, "application/pdf")


def register(router: Router) -> None:
    router.add("POST", "/v1/cases/{case_id}/ruling", submit_ruling, max_body=REQUEST_LIMIT)
    router.add("GET", "/v1/rulings", list_rulings)
    router.add("GET", "/v1/rulings/{ruling_id}/document", get_ruling_document, counted=False)
