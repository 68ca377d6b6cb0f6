"""The desk's sync worker process against the sandbox over HTTP: what it syncs, the secrets it asks
for, cancel, a worker that dies, a home that is not ready."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from arbitration_desk.platform.credentials import REFRESH_TOKEN, SERVICE, SIGNING_KEY_PASSPHRASE, SecretStore
from arbitration_desk.platform.errors import CredentialStoreUnavailable, SignInRequired
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.keys import KeyUnavailableError
from arbitration_desk.store.records import EvidenceState
from arbitration_desk.store.store import Store
from arbitration_desk.sync.process import SyncProcess, SyncProcessError
from arbitration_desk.sync.report import CancelToken, Progress
from arbitration_desk.sync.session import SessionInfo, sign_in
from helpers.desk import server_view
from helpers.keyring_backend import MemoryKeyring
from helpers.sandbox import DEMO_PASSWORD, start_sandbox
from helpers.stores import open_store


@pytest.fixture
def server(tmp_path: Path) -> SandboxServer:
    server = start_sandbox(tmp_path / "sandbox", cases=8, seed=5)
    yield server
    server.stop()


def _signed_in(server: SandboxServer, home: Path) -> SessionInfo:
    return sign_in(home, server.url, "chair", DEMO_PASSWORD)


@contextmanager
def _worker(home: Path, session: SessionInfo) -> Iterator[tuple[SyncProcess, Store]]:
    """The desk's side of a sync worker for ``home``'s store, opened as the desk opens it; closed after."""
    with open_store(home) as store:
        worker = SyncProcess(home, store.keys, session)
        try:
            yield worker, store
        finally:
            worker.close()


def _refresh_token(session: SessionInfo) -> str | None:
    return SecretStore(f"{session.api_url}|{session.username}").get(REFRESH_TOKEN)


def test_the_worker_syncs_the_desks_home_with_the_desks_secrets(
    server: SandboxServer, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    home = tmp_path / "home"
    session = _signed_in(server, home)
    before = _refresh_token(session)
    events: list[Progress] = []
    with _worker(home, session) as (worker, store):
        report = worker.run(on_progress=events.append)
        assert report.ok, report.failures
        expected = server_view(server, "chair")
        assert report.cases_synced == len(expected) == len(store.reads.list_cases())
        assert all(row.state == EvidenceState.VERIFIED for c in expected for row in store.reads.evidence(c))
        assert events and events[-1].phase == "done"
        pid = worker.facts["pid"]
        assert pid not in (None, os.getpid())
        # The worker refreshed the member's session: the rotated refresh token is in the desk's store.
        after = _refresh_token(session)
        assert after and after != before
        # A second sync in the same worker: its access token is still good (no refresh).
        case_id = store.reads.list_cases()[0].case_id
        server.control.add_messages(case_id, 2)
        again = worker.run()
        assert again.ok and again.cases_synced == 1 and again.messages_added == 2
        assert worker.facts["pid"] == pid and _refresh_token(session) == after
    assert all(service == SERVICE for service, _ in memory_keyring.secrets)


def test_cancel_stops_the_workers_sync(server: SandboxServer, tmp_path: Path) -> None:
    home = tmp_path / "home"
    session = _signed_in(server, home)
    token = CancelToken()

    def cancel_at_first_progress(progress: Progress) -> None:
        if progress.phase in ("cases", "evidence"):
            token.cancel()

    with _worker(home, session) as (worker, _store):
        report = worker.run(token, cancel_at_first_progress)
        assert report.cancelled
        assert worker.run().ok  # the same worker syncs again
        token.cancel()  # late: after its sync ended; it must stop no other
        assert not worker.run().cancelled
        early = CancelToken()
        early.cancel()  # before its sync started in the worker
        assert worker.run(early).cancelled


def test_a_worker_that_dies_is_reported_and_replaced(server: SandboxServer, tmp_path: Path) -> None:
    home = tmp_path / "home"
    session = _signed_in(server, home)
    killed = threading.Event()
    with _worker(home, session) as (worker, _store):

        def kill_it(progress: Progress) -> None:
            del progress
            if not killed.is_set() and worker.pid is not None:
                killed.set()
                os.kill(worker.pid, signal.SIGKILL)

        with pytest.raises(SyncProcessError, match="ended unexpectedly"):
            worker.run(on_progress=kill_it)
        report = worker.run()  # a new worker, started at once
        assert report.ok, report.failures


def test_the_worker_gets_no_other_secret(server: SandboxServer, tmp_path: Path) -> None:
    home = tmp_path / "home"
    session = _signed_in(server, home)
    SecretStore(f"{session.api_url}|{session.username}").set(SIGNING_KEY_PASSPHRASE, "do not share")
    with _worker(home, session) as (worker, _store):
        account = f"{session.api_url}|{session.username}"
        for question in (
            {"what": "secret", "op": "get", "service": SERVICE, "entry": f"{account}/{SIGNING_KEY_PASSPHRASE}"},
            {"what": "secret", "op": "get", "service": "other", "entry": f"{account}/{REFRESH_TOKEN}"},
            {"what": "secret", "op": "get", "service": SERVICE, "entry": f"other|chair/{REFRESH_TOKEN}"},
        ):
            with pytest.raises(CredentialStoreUnavailable, match="does not need"):
                worker._look_up(question)
        with pytest.raises(KeyUnavailableError, match="another home"):
            worker._look_up({"what": "key", "home_id": "someone-else"})
        assert worker._look_up({"what": "secret", "op": "get", "service": SERVICE, "entry": f"{account}/refresh_token"})


def test_a_home_that_is_not_ready_is_refused_and_left_alone(server: SandboxServer, tmp_path: Path) -> None:
    home = tmp_path / "home"
    session = _signed_in(server, home)
    with open_store(home) as store:
        keys = store.keys
    elsewhere = tmp_path / "elsewhere"
    worker = SyncProcess(elsewhere, keys, session)
    try:
        with pytest.raises(SyncProcessError, match="not ready to be synced"):
            worker.run()
    finally:
        worker.close()
    assert not elsewhere.exists()


def test_a_revoked_session_asks_to_sign_in(server: SandboxServer, tmp_path: Path) -> None:
    home = tmp_path / "home"
    session = _signed_in(server, home)
    SecretStore(f"{session.api_url}|{session.username}").set(REFRESH_TOKEN, "not-a-token")
    with _worker(home, session) as (worker, _store), pytest.raises(SignInRequired):
        worker.run()


@pytest.mark.parametrize("with_log", [True, False])
def test_the_workers_errors_go_to_the_desks_log_never_a_traceback_on_the_terminal(
    tmp_path: Path, with_log: bool
) -> None:
    """The worker logs as the desk's child (cli_log.log_child_to): into the desk's log file when it has
    one, else one escaped line on stderr; never a traceback where a member could read it."""
    log = tmp_path / "logs" / "arbitration-desk.log"
    code = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from arbitration_desk.cli_log import log_child_to\n"
        "log_child_to(Path(sys.argv[1]) if sys.argv[1] else None)\n"
        "logging.getLogger('arbitration_desk.sync.worker').error('boom \\x1b[2J', exc_info=ValueError('inner'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(log) if with_log else ""], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    if with_log:
        assert result.stderr == ""
        assert "boom" in log.read_text() and "ValueError: inner" in log.read_text()
    else:
        assert result.stderr.strip() == "arbitration-desk: warning: boom \\x1b[2J"
