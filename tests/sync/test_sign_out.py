"""Sign-out fails closed: with the keyring failing, a corrupt session file, a full disk or a read-only
home, nothing readable is left (the key is deleted first, then the files, without SQLite)."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from arbitration_desk.platform.credentials import HomeKeyring
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.home import MARKER, HomeMarker
from arbitration_desk.store.legacy import is_plain_database
from arbitration_desk.store.store import DB_NAME, HomeOpening
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.session import SESSION_FILE, sign_in, sign_out
from helpers.desk import cli, cli_env
from helpers.home_scan import readable_traces
from helpers.keyring_swap import file_keyring, installed_keyring
from helpers.sandbox import start_sandbox
from helpers.stores import open_store

NOTE = "private note: the buyer's passport number is on page two"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=4, rate_limit=0) as started:
        yield started


def _synced_home(home: Path, server: SandboxServer) -> str:
    """Signs the chair in, syncs, writes a private note; returns the home's id."""
    session = sign_in(home, server.url, "chair", "demo")
    client = session.client()
    with open_store(home) as store:
        SyncEngine(store.sync, store.outbox, store.reads, client).run()
        case_id = store.reads.list_cases()[0].case_id
        store.work.create_note(case_id, {"type": "case"}, NOTE)
    client.close()
    marker = HomeMarker.load(home)
    assert marker is not None
    return marker.home_id


def _nothing_readable(home: Path) -> None:
    assert not (home / DB_NAME).exists() or not is_plain_database(home / DB_NAME)
    assert readable_traces(home, [NOTE]) == []
    assert not (home / "blobs").exists() and not (home / DB_NAME).exists()


def test_with_the_keyring_failing_the_files_are_erased_and_the_member_is_told(
    tmp_path: Path, server: SandboxServer
) -> None:
    home = tmp_path / "home"
    _synced_home(home, server)
    with installed_keyring(fail.Keyring(), named=False):
        warning = sign_out(home)
    assert warning is not None and "tokens could not be deleted from the credential store" in str(warning)
    _nothing_readable(home)
    assert not (home / SESSION_FILE).exists()


def test_with_a_corrupt_session_file_the_data_still_goes(tmp_path: Path, server: SandboxServer) -> None:
    home = tmp_path / "home"
    home_id = _synced_home(home, server)
    (home / SESSION_FILE).write_text("{ not json")
    warning = sign_out(home)
    assert warning is not None and "could not be told" in str(warning)
    _nothing_readable(home)
    assert HomeKeyring().load(home_id) is None
    assert not (home / SESSION_FILE).exists()


def _no_file_growth() -> None:
    """In the child: no file may grow (a full disk, as far as the process can tell)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def test_logout_on_a_full_disk_erases_everything(tmp_path: Path, server: SandboxServer) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    env = cli_env(keyring_file)
    login = cli(home, env, "login", "--api-url", server.url, "--username", "chair", "--password-stdin", stdin="demo\n")
    assert login.returncode == 0, login.stderr
    assert cli(home, env, "sync", "--quiet").returncode == 0
    keyring_before = keyring_file.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "arbitration_desk", "--home", str(home), "logout"],
        env=env,
        capture_output=True,
        text=True,
        preexec_fn=_no_file_growth,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    _nothing_readable(home)
    assert keyring_file.read_bytes() == keyring_before or "data-key" not in keyring_file.read_text()
    assert result.returncode in (0, 1), output


READ_ONLY_MOUNT = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'


def _read_only(home: Path, command: list[str]) -> list[str]:
    """``command`` run with ``home`` read-only: a read-only bind mount in a mount namespace of its own
    when running as root (root ignores permission bits), else the directories made 0500."""
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            if path.is_dir():
                path.chmod(0o500)
        return command
    probe = subprocess.run(["unshare", "-m", "sh", "-c", READ_ONLY_MOUNT, str(home), "true"], check=False)
    if probe.returncode != 0:
        pytest.skip("running as root without the right to mount: no way to make the home read-only")
    return ["unshare", "-m", "sh", "-c", READ_ONLY_MOUNT, str(home), *command]


def test_logout_on_a_read_only_home_deletes_the_key_and_says_what_remains(
    tmp_path: Path, server: SandboxServer
) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    env = cli_env(keyring_file)
    login = cli(home, env, "login", "--api-url", server.url, "--username", "chair", "--password-stdin", stdin="demo\n")
    assert login.returncode == 0, login.stderr
    assert cli(home, env, "sync", "--quiet").returncode == 0
    marker = HomeMarker.load(home)
    assert marker is not None
    command = _read_only(home, [sys.executable, "-m", "arbitration_desk", "--home", str(home), "logout"])
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    finally:
        for path in [home, *home.rglob("*")]:
            if path.is_dir():
                path.chmod(0o700)
    output = result.stdout + result.stderr
    assert result.returncode == 1 and "Traceback" not in output, output
    assert "could not be removed" in output and "Nothing readable remains" in output, output
    assert "data-key" not in keyring_file.read_text()  # the key went first: what remains is ciphertext
    assert (home / DB_NAME).exists() and not is_plain_database(home / DB_NAME)
    with file_keyring(keyring_file), open_store(home) as store:  # the next start clears up
        assert store.opening is HomeOpening.KEY_GONE and store.reads.list_cases() == []
    assert json.loads((home / MARKER).read_text())["home_id"] != marker.home_id
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
