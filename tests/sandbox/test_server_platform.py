"""PKI endpoints, rate limits, fault injection, X-Request-Id everywhere, and restart persistence."""

from __future__ import annotations

import base64
import hashlib
import re
import socket
import struct
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from asn1crypto import tsp
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import ApiSession, api_session, expect_problem, sign_in, start_sandbox


def _csr() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    request = x509.CertificateSigningRequestBuilder().subject_name(x509.Name([])).sign(key, hashes.SHA256())
    return request.public_bytes(serialization.Encoding.PEM).decode()


def test_ca_certificate_is_public_and_matches_the_fingerprint(sandbox: SandboxServer) -> None:
    response = requests.get(f"{sandbox.url}/v1/pki/ca", timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/x-pem-file"
    block = re.search(rb"-----BEGIN CERTIFICATE-----(.+?)-----END CERTIFICATE-----", response.content, re.S)
    assert block is not None
    assert hashlib.sha256(base64.b64decode(block.group(1))).hexdigest() == sandbox.ca_fingerprint


def test_signing_certificates_for_chairs_only(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    issued = sessions["chair"].post("/v1/me/signing-certificate", json={"csr_pem": _csr()})
    assert issued.status_code == 201, issued.text
    body = issued.json()
    certificate = x509.load_pem_x509_certificate(body["certificate_pem"].encode())
    serial = certificate.subject.get_attributes_for_oid(x509.NameOID.SERIAL_NUMBER)[0].value
    assert serial == sandbox.control.member("chair")["member_id"]
    assert body["chain_pem"] and body["not_after"].endswith("Z")
    expect_problem(
        sessions["member1"].post("/v1/me/signing-certificate", json={"csr_pem": _csr()}), 403, "role-required"
    )
    problem = expect_problem(
        sessions["chair"].post("/v1/me/signing-certificate", json={"csr_pem": "garbage"}), 422, "validation-failed"
    )
    assert problem["errors"][0]["field"] == "/csr_pem"


def test_time_stamp_authority(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    query = tsp.TimeStampReq(
        {
            "version": 1,
            "message_imprint": {
                "hash_algorithm": {"algorithm": "sha256"},
                "hashed_message": hashlib.sha256(b"signature").digest(),
            },
            "nonce": 42,
            "cert_req": True,
        }
    ).dump()
    headers = {"Content-Type": "application/timestamp-query"}
    response = sessions["member1"].post("/v1/pki/timestamp", data=query, headers=headers)
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/timestamp-reply"
    assert tsp.TimeStampResp.load(response.content)["status"]["status"].native == "granted"
    expect_problem(sessions["member1"].post("/v1/pki/timestamp", data=b"junk", headers=headers), 400, "bad-request")
    unauthenticated = requests.post(f"{sandbox.url}/v1/pki/timestamp", data=query, headers=headers, timeout=10)
    expect_problem(unauthenticated, 401, "unauthorized")


@pytest.mark.exclusive
def test_rate_limit_answers_429_but_spares_downloads(tmp_path: Path) -> None:
    with start_sandbox(tmp_path / "limited", cases=2, rate_limit=5) as server:
        session = api_session(server, "chair")
        statuses = [session.get("/v1/me") for _ in range(12)]
        limited = [r for r in statuses if r.status_code == 429]
        assert limited, [r.status_code for r in statuses]
        assert all(int(r.headers["Retry-After"]) >= 1 for r in limited)
        expect_problem(limited[0], 429, "rate-limited")
        case_id = server.control.case_ids("chair")[0]
        case = None
        for _ in range(30):
            found = session.get(f"/v1/cases/{case_id}")
            if found.status_code == 200:
                case = found.json()
                break
            threading.Event().wait(0.25)
        assert case is not None and case["evidence"]
        path = f"/v1/cases/{case_id}/evidence/{case['evidence'][0]['evidence_id']}/content"
        downloads = [session.get(path).status_code for _ in range(12)]
        assert downloads == [200] * 12
        crls = [session.get("/v1/pki/crl").status_code for _ in range(12)]  # a file download too
        assert crls == [200] * 12
        session.close()


@pytest.mark.parametrize("kind", ["500", "503", "429"])
def test_faults_before_processing(sandbox: SandboxServer, sessions: dict[str, ApiSession], kind: str) -> None:
    sandbox.faults.kinds, sandbox.faults.rate = (kind,), 1.0
    try:
        response = sessions["chair"].get("/v1/me")
        anonymous = requests.get(f"{sandbox.url}/v1/pki/ca", timeout=10)
    finally:
        sandbox.faults.rate = 0.0
    for answer in (response, anonymous):
        assert answer.status_code == int(kind)
        assert answer.headers["X-Request-Id"].startswith("req_")
        assert answer.headers["Content-Type"] == "application/problem+json"
        if kind != "500":
            assert answer.headers["Retry-After"] == "1"


@pytest.mark.parametrize("kind", ["drop", "truncate"])
def test_faults_after_processing_lose_the_answer_not_the_write(
    sandbox: SandboxServer, sessions: dict[str, ApiSession], kind: str
) -> None:
    session = sessions["member1"]
    case_id = next(
        c
        for c in sandbox.control.case_ids("member1")
        if session.get(f"/v1/cases/{c}").json()["status"] == "in_deliberation"
    )
    path = f"/v1/cases/{case_id}/annotations/{uuid.uuid4()}"
    body: dict[str, Any] = {
        "target": {"type": "case"},
        "body": "x",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    }
    before = sandbox.control.counts()["annotation_put"]
    sandbox.faults.kinds, sandbox.faults.rate = (kind,), 1.0
    try:
        with requests.Session() as fresh, pytest.raises(requests.exceptions.RequestException):
            response = fresh.put(
                sandbox.url + path, json=body, headers={"Authorization": f"Bearer {session.access_token}"}, timeout=10
            )
            response.json()
    finally:
        sandbox.faults.rate = 0.0
    assert sandbox.control.counts()["annotation_put"] == before + 1
    again = session.put(path, json=body)
    assert again.status_code == 200  # it exists: the retry replaces it


def test_restart_keeps_state_and_tokens(tmp_path: Path) -> None:
    data_dir = tmp_path / "persistent"
    with start_sandbox(data_dir, cases=2, rate_limit=0) as server:
        tokens = sign_in(server, "chair")
        session = ApiSession(server.url, tokens["access_token"])
        case_id = server.control.case_ids("chair")[0]
        cursor = session.get("/v1/cases").json()["next_cursor"]
        path = f"/v1/cases/{case_id}/annotations/{uuid.uuid4()}"
        body: dict[str, Any] = {
            "target": {"type": "case"},
            "body": "kept",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
        }
        status = session.get(f"/v1/cases/{case_id}").json()["status"]
        if status in ("awaiting_panel", "in_deliberation"):
            assert session.put(path, json=body).status_code == 201
        version = session.get(f"/v1/cases/{case_id}").json()["version"]
        fingerprint = server.ca_fingerprint
        session.close()
    with start_sandbox(data_dir, cases=2, rate_limit=0) as server:
        session = ApiSession(server.url, tokens["access_token"])
        assert server.ca_fingerprint == fingerprint
        assert session.get(f"/v1/cases/{case_id}").json()["version"] == version
        assert session.get("/v1/cases", params={"cursor": cursor}).status_code == 200
        refreshed = requests.post(
            f"{server.url}/v1/auth/token",
            json={"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
            timeout=10,
        )
        assert refreshed.status_code == 200
        session.close()


def test_oversized_json_body_is_413(sandbox: SandboxServer, sessions: dict[str, ApiSession]) -> None:
    body = {"token": "x" * (1024 * 1024 + 10)}
    expect_problem(sessions["chair"].post("/v1/auth/revoke", json=body), 413, "payload-too-large")
    assert sessions["chair"].get("/v1/me").status_code == 200  # the connection is still usable


def test_a_client_that_hangs_up_leaves_no_traceback(sandbox: SandboxServer, capfd: pytest.CaptureFixture[str]) -> None:
    # Kept alive after one answer, the server waits for the next request; a reset then reaches
    # its reading thread as ConnectionResetError, which the standard server prints in full.
    host, port = sandbox.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(f"GET /v1/pki/ca HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        assert connection.recv(65536).startswith(b"HTTP/1.1 200")
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = reset
    time.sleep(0.5)  # the server's thread meets the reset
    assert "Traceback" not in capfd.readouterr().err
