"""Helpers for tests of the member's side: a signed-in home, the engine, comparisons with the server."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import requests

from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.store import Store
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.report import SyncReport
from arbitration_desk.sync.session import sign_in
from helpers.stores import open_store

TESTS = Path(__file__).resolve().parents[1]


def signed_in(home: Path, url: str, username: str = "chair") -> tuple[Store, PlatformClient]:
    """Signs in (tokens in the test's keyring) and opens the member's store."""
    info = sign_in(home, url, username, "demo")
    return open_store(home), info.client()


def sync(store: Store, client: PlatformClient) -> SyncReport:
    return SyncEngine(store.sync, store.outbox, store.reads, client).run()


def server_view(server: SandboxServer, username: str) -> dict[str, Any]:
    """What the platform holds for ``username``: every case, its messages and evidence bytes' hashes."""
    session = requests.Session()
    token = session.post(
        f"{server.url}/v1/auth/token",
        json={"grant_type": "password", "username": username, "password": "demo"},
        timeout=10,
    ).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    cases: dict[str, Any] = {}
    cursor = None
    while True:
        page = session.get(f"{server.url}/v1/cases", params={"cursor": cursor} if cursor else {}, timeout=10).json()
        for item in page["items"]:
            case = session.get(f"{server.url}/v1/cases/{item['id']}", timeout=10).json()
            messages: list[dict[str, Any]] = []
            after = None
            while True:
                params = {"limit": 1000, **({"after": after} if after else {})}
                answer = session.get(f"{server.url}/v1/cases/{item['id']}/messages", params=params, timeout=10).json()
                messages += answer["items"]
                after = answer["next_cursor"]
                if not answer["has_more"]:
                    break
            contents = {}
            for evidence in case["evidence"]:
                body = session.get(
                    f"{server.url}/v1/cases/{item['id']}/evidence/{evidence['evidence_id']}/content", timeout=30
                ).content
                contents[evidence["evidence_id"]] = hashlib.sha256(body).hexdigest()
            cases[item["id"]] = {"case": case, "messages": messages, "contents": contents}
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    session.close()
    return cases


def cli_env(keyring_file: Path) -> dict[str, str]:
    """Environment for `arbitration-desk` subprocesses sharing a test-only file keyring."""
    env = dict(os.environ)
    env.update(
        PYTHON_KEYRING_BACKEND="helpers.keyring_backend.FileKeyring",
        PYTHONPATH=str(TESTS) + os.pathsep + env.get("PYTHONPATH", ""),
        TEST_KEYRING_FILE=str(keyring_file),
    )
    return env


def cli(
    home: Path, env: dict[str, str], *args: str, stdin: str | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arbitration_desk", "--home", str(home), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
