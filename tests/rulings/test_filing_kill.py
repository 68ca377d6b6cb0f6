"""A process killed after sending the ruling but before storing the answer: the next one files it once."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rulings.test_filing import cast_votes

from arbitration_desk.domain.money import Money
from arbitration_desk.platform import credentials
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.rulings.filing import RulingService
from arbitration_desk.store.records import SubmissionState
from helpers.desk import cli, cli_env, sync
from helpers.keyring_backend import FileKeyring
from helpers.sandbox import start_sandbox
from helpers.stores import open_store


@pytest.mark.slow
def test_kill_between_sending_and_storing_the_answer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = start_sandbox(tmp_path / "sandbox", cases=12, rate_limit=0)
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    env = cli_env(keyring_file)
    monkeypatch.setenv("TEST_KEYRING_FILE", str(keyring_file))
    credentials.use_backend(FileKeyring())  # this process and the CLI share tokens and the key passphrase
    try:
        login = cli(
            home, env, "login", "--api-url", server.url, "--username", "chair", "--password-stdin", stdin="demo\n"
        )
        assert login.returncode == 0, login.stderr
        client = PlatformClient(server.url, "chair")
        with open_store(home) as store:
            sync(store, client)
            case_id = next(
                r.case_id
                for r in store.reads.list_cases()
                if r.status == "in_deliberation" and r.reference.endswith("102")
            )
            cast_votes(server, case_id, "favor_seller")
            sync(store, client)
            service = RulingService(
                store.reads, store.work, store.sync, store.outbox, client, home, ca_fingerprints=[server.ca_fingerprint]
            )
            currency = store.reads.case_detail(case_id).row.value.currency
            draft = service.prepare(case_id, "favor_seller", Money.parse("0.00", currency), "Delivered as agreed.")
            queued = service.sign_and_queue(draft)
            before = server.control.counts()["ruling"]
            server.control.hold_ruling_keys(3.0)  # the platform sits on the request: we kill meanwhile
            process = subprocess.Popen(
                [sys.executable, "-m", "arbitration_desk", "--home", str(home), "sync", "--quiet"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 60
            while (found := store.reads.ruling_submission(case_id)) is None or found.state != SubmissionState.FILING:
                assert time.monotonic() < deadline and process.poll() is None, "the sync never sent the ruling"
                time.sleep(0.05)
            time.sleep(0.5)  # the request is on the wire, the platform holds the key
            process.send_signal(signal.SIGKILL)
            process.wait(30)
            assert store.reads.ruling_submission(case_id).state == SubmissionState.FILING  # type: ignore[union-attr]
            server.control.hold_ruling_keys(0.5)  # the first request completes on the platform meanwhile
            final = cli(home, env, "sync", "--quiet")
            assert final.returncode == 0, final.stdout + final.stderr
            filed = store.reads.ruling_submission(case_id)
            assert filed is not None and filed.state == SubmissionState.FILED
            assert filed.idempotency_key == queued.idempotency_key
            assert filed.attempts == 2
            assert server.control.counts()["ruling"] == before + 1
        client.close()
    finally:
        server.stop()
