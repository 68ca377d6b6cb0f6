"""Kill the sync process at random moments: nothing is corrupted, lost or sent twice."""

from __future__ import annotations

import json
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from arbitration_desk.domain.money import Money
from helpers.dbcheck import check_database
from helpers.desk import cli, cli_env, server_view
from helpers.keyring_swap import file_keyring
from helpers.sandbox import start_sandbox
from helpers.stores import open_store

KILLS = 12


@pytest.mark.slow
def test_sigkill_at_random_moments(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path / "sandbox", cases=10, seed=11, rate_limit=0)
    try:
        home = tmp_path / "home"
        env = cli_env(tmp_path / "keyring.json")
        login = cli(
            home, env, "login", "--api-url", server.url, "--username", "chair", "--password-stdin", stdin="demo\n"
        )
        assert login.returncode == 0, login.stderr
        assert cli(home, env, "sync", "--quiet").returncode == 0
        # Offline work waiting in the outbox: three annotations and a vote.
        with file_keyring(tmp_path / "keyring.json"), open_store(home) as store:
            votable = [row for row in store.reads.list_cases() if row.can_vote]
            expected_puts = 0
            for row in votable[:3]:
                store.work.create_annotation(row.case_id, {"type": "case"}, f"Point about {row.reference}")
                expected_puts += 1
            store.work.save_vote_draft(
                votable[0].case_id, "split", Money.parse("1.00", votable[0].value.currency), "Half."
            )
            store.work.submit_vote(votable[0].case_id)
        for case_id in server.control.case_ids("chair")[:4]:
            server.control.add_messages(case_id, 300)
        server.faults.rate = 0.05  # answers lost after the platform applied them, too
        rng = random.Random(20261126)
        for _ in range(KILLS):
            process = subprocess.Popen(
                [sys.executable, "-m", "arbitration_desk", "--home", str(home), "sync", "--quiet"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.3, 2.5))
            process.send_signal(signal.SIGKILL)
            process.wait(30)
            with file_keyring(tmp_path / "keyring.json"):
                check_database(home / "desk.sqlite3")
        server.faults.rate = 0.0
        final = cli(home, env, "sync", "--quiet")
        if final.returncode != 0:
            final = cli(home, env, "sync", "--quiet")
        assert final.returncode == 0, final.stdout + final.stderr
        with file_keyring(tmp_path / "keyring.json"):
            check_database(home / "desk.sqlite3")
        with file_keyring(tmp_path / "keyring.json"), open_store(home) as store:
            assert store.search.messages_to_index() == 0  # the CLI's sync leaves every message searchable
        counts = server.control.counts()
        assert counts["annotation_put"] == expected_puts
        assert counts["vote"] == 1
        listing = json.loads(cli(home, env, "cases", "--json").stdout)
        assert all(case["outbox"] == 0 for case in listing)
        expected = server_view(server, "chair")
        by_id = {case["id"]: case for case in listing}
        assert set(by_id) == set(expected)
        for case_id, data in expected.items():
            assert by_id[case_id]["messages_stored"] == len(data["messages"])
            assert {e["evidence_id"]: e["state"] for e in by_id[case_id]["evidence"]} == {
                evidence_id: "verified" for evidence_id in data["contents"]
            }
    finally:
        server.stop()


def test_cli_exit_codes_and_listing(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path / "sandbox", cases=4, seed=2)
    try:
        home = tmp_path / "home"
        env = cli_env(tmp_path / "keyring.json")
        assert cli(home, env, "sync").returncode == 1  # not signed in: a clear fatal error
        wrong = cli(home, env, "login", "--api-url", server.url, "--username", "chair", "--password-stdin", stdin="x\n")
        assert wrong.returncode == 1 and "sign-in failed" in wrong.stderr
        insecure = cli(
            home,
            env,
            "login",
            "--api-url",
            "http://example.com",
            "--username",
            "chair",
            "--password-stdin",
            stdin="demo\n",
        )
        assert insecure.returncode == 1 and "HTTPS" in insecure.stderr
        otp = cli(
            home, env, "login", "--api-url", server.url, "--username", "otpmember", "--password-stdin", stdin="demo\n"
        )
        assert otp.returncode == 1 and "--otp" in otp.stderr
        code = server.control.otp_code("otpmember")
        ok = cli(
            home,
            env,
            "login",
            "--api-url",
            server.url,
            "--username",
            "otpmember",
            "--password-stdin",
            "--otp",
            code,
            stdin="demo\n",
        )
        assert ok.returncode == 0, ok.stderr
        stored = (tmp_path / "keyring.json").read_text()
        assert "refresh_token" in stored
        # The token itself, not its "rt_" prefix: three bytes turn up by chance in encrypted files.
        tokens = {token.encode() for token in re.findall(r"rt_[A-Za-z0-9_\-]{16,}", stored)}
        assert tokens
        files = [p.read_bytes() for p in home.rglob("*") if p.is_file()]
        assert not [token for token in tokens for data in files if token in data]
        # Another member signs in on this machine: the first one's data goes first.
        chair = cli(
            home, env, "login", "--api-url", server.url, "--username", "chair", "--password-stdin", stdin="demo\n"
        )
        assert chair.returncode == 0, chair.stderr
        synced = cli(home, env, "sync")
        assert synced.returncode == 0, synced.stderr
        listing = json.loads(cli(home, env, "cases", "--json").stdout)
        assert listing and {"id", "reference", "status", "version", "messages_stored", "evidence", "outbox"} <= set(
            listing[0]
        )
        # A failed item: exit 3, listed with its reason.
        case_id = listing[0]["id"]
        evidence = listing[0]["evidence"][0]["evidence_id"] if listing[0]["evidence"] else None
        if evidence:
            server.control.add_evidence(case_id, b"fresh content", "text/plain")
            new_id = server.control.add_evidence(case_id, b"other content", "text/plain")
            server.control.corrupt_evidence(case_id, new_id, b"not what was listed")
            partial = cli(home, env, "sync")
            assert partial.returncode == 3 and new_id in partial.stderr
        out = cli(home, env, "logout")
        assert out.returncode == 0, out.stderr
        assert "refresh_token" not in (tmp_path / "keyring.json").read_text()
        assert json.loads(cli(home, env, "cases", "--json").stdout) == []
    finally:
        server.stop()
