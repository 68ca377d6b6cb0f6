"""The sandbox conforms to the platform contract, checked by schemathesis against the contract file.

The reference is the contract file itself (`docs/platform-api/openapi.yaml`, the copy of
`../shared/platform-api/` that travels with the code), never a schema generated from our code.
Schemathesis generates requests from it (examples, boundary values, random and invalid data, and
link-driven sequences) and checks every answer's status, headers, content type and body against the
contract.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from arbitration_desk.sandbox.server import SandboxServer
from helpers.contract import CONTRACT_DIR

CONTRACT = CONTRACT_DIR / "openapi.yaml"
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "missing_required_header",
        "unsupported_method",
    ]
)


@pytest.fixture(scope="module")
def conformance_server(tmp_path_factory: pytest.TempPathFactory) -> SandboxServer:
    data_dir = tmp_path_factory.mktemp("conformance-sandbox")
    # A generous rate limit: the limit itself is tested elsewhere, and 429s would hide other answers.
    # With the appeal scenarios: appeal cases, under_appeal cases and appeal_of on rulings are checked too.
    server = SandboxServer(data_dir, cases=6, rate_limit=10_000, seed=7, world_options={"appeals": 3})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _sign_in(url: str, username: str) -> str:
    answer = requests.post(
        f"{url}/v1/auth/token",
        json={"grant_type": "password", "username": username, "password": "demo"},
        timeout=10,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


#: The chair's run goes through every phase; legal staff's (the same operations and checks, other
#: rows visible) through the examples and the boundary values only: fuzzing and stateful sequences
#: a second time cost half a minute of the CI budget for requests of the same shapes.
PHASES = {"chair": ("examples,coverage,fuzzing,stateful", "25"), "legal": ("examples,coverage", "10")}


@pytest.mark.slow
@pytest.mark.parametrize("username", ["chair", "legal"])
def test_sandbox_conforms_to_the_contract(conformance_server: SandboxServer, username: str, tmp_path: Path) -> None:
    assert CONTRACT.is_file(), f"contract not found at {CONTRACT}"
    token = _sign_in(conformance_server.url, username)
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(CONTRACT),
        "--url",
        conformance_server.url,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        CHECKS,
        # Schemathesis cannot generate DER TimeStampReq bodies; tests/sandbox/test_pki.py and the
        # server tests cover the time-stamp authority with real RFC 3161 requests.
        "--exclude-path",
        "/v1/pki/timestamp",
        "--phases",
        PHASES[username][0],
        "--max-examples",
        PHASES[username][1],
        "--seed",
        "20261126",
        "--workers",
        "1",
        "--request-timeout",
        "20",
        "--no-shrink",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    hooks = {"SCHEMATHESIS_HOOKS": "schemathesis_hooks", "PYTHONPATH": str(Path(__file__).parent)}
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=900, check=False, env={**os.environ, **hooks}
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
