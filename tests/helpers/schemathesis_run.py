"""Schemathesis against a running sandbox: the contract file's requests, every answer checked.

Used by ``tests/sandbox/test_conformance.py`` (SQLite) and ``tests/sandbox/test_postgres.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import requests

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
#: Schemathesis hooks (a serializer for the ruling's PDF part), loaded by module name.
HOOKS_DIR = Path(__file__).resolve().parents[1] / "sandbox"


def _sign_in(url: str, username: str) -> str:
    answer = requests.post(
        f"{url}/v1/auth/token",
        json={"grant_type": "password", "username": username, "password": "demo"},
        timeout=10,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def run_schemathesis(url: str, username: str, tmp_path: Path, phases: str, max_examples: str) -> None:
    """Runs Schemathesis against the sandbox at ``url`` as ``username``; fails with its report."""
    assert CONTRACT.is_file(), f"contract not found at {CONTRACT}"
    token = _sign_in(url, username)
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(CONTRACT),
        "--url",
        url,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        CHECKS,
        # Schemathesis cannot generate DER TimeStampReq bodies; tests/sandbox/test_pki.py and the
        # server tests cover the time-stamp authority with real RFC 3161 requests.
        "--exclude-path",
        "/v1/pki/timestamp",
        "--phases",
        phases,
        "--max-examples",
        max_examples,
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
    hooks = {"SCHEMATHESIS_HOOKS": "schemathesis_hooks", "PYTHONPATH": str(HOOKS_DIR)}
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=900, check=False, env={**os.environ, **hooks}
    )
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
