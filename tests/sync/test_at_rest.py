"""Encryption at rest, end to end: after syncing the demo world, and after a kill -9 in the middle of a
sync, no byte under the home shows a message, an evidence title or a PNG/JPEG/PDF file."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from helpers.desk import cli, cli_env, server_view
from helpers.home_scan import readable_traces
from helpers.keyring_swap import file_keyring
from helpers.stores import open_store

#: Texts looked for (a sample: each needle is a pass over every file).
SAMPLE = 250


def _known_texts(view: dict[str, Any]) -> list[str]:
    """Message texts, their translations, evidence titles and file names the platform sent."""
    texts = []
    for data in view.values():
        case = data["case"]
        for evidence in case.get("evidence", []):
            texts.extend(str(evidence.get(key) or "") for key in ("title", "file_name"))
        for message in data["messages"]:
            texts.append(str(message.get("text") or ""))
            texts.extend(str(text) for text in (message.get("translations") or {}).values())
    unique = sorted({text for text in texts if len(text) >= 12})
    return random.Random(7).sample(unique, min(SAMPLE, len(unique)))


@pytest.mark.slow
def test_nothing_readable_under_the_home_after_a_sync_and_after_a_kill_mid_sync(tmp_path: Path) -> None:
    # The --demo world cut to 16 cases (images, PDFs and chats in several languages): less to sync and scan.
    server = SandboxServer(tmp_path / "sandbox", port=0, quiet=True, rate_limit=0, cases=16).start()
    try:
        home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
        env = cli_env(keyring_file)
        login = cli(
            home, env, "login", "--api-url", server.url, "--username", "chair", "--password-stdin", stdin="demo\n"
        )
        assert login.returncode == 0, login.stderr
        synced = cli(home, env, "sync", "--quiet")
        assert synced.returncode == 0, synced.stdout + synced.stderr
        view = server_view(server, "chair")
        texts = _known_texts(view)
        assert len(texts) > 100
        with file_keyring(keyring_file), open_store(home) as store:  # the data is there, and readable with the key
            stored = {row.case_id for row in store.reads.list_cases()}
            assert stored == set(view)
            assert store.reads.evidence(next(iter(stored)))
        assert readable_traces(home, texts) == []

        # More to fetch, then a sync killed part-way: WAL, staging files, half-written evidence.
        for case_id in server.control.case_ids("chair")[:3]:
            server.control.add_messages(case_id, 400)
            server.control.add_evidence(
                case_id, b"%PDF-1.7\n" + random.Random(case_id).randbytes(3_000_000), "application/pdf"
            )
        process = subprocess.Popen(
            [sys.executable, "-m", "arbitration_desk", "--home", str(home), "sync", "--quiet"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.5)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        texts = _known_texts(server_view(server, "chair"))
        assert readable_traces(home, texts) == []
        assert cli(home, env, "sync", "--quiet").returncode == 0
        assert readable_traces(home, texts) == []
    finally:
        server.stop()
