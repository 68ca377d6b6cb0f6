"""One desk per home: a second process on the same home is refused; the lock dies with its holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk import home_lock
from arbitration_desk.domain.phrases import phrase_of
from helpers.desk import cli, cli_env
from helpers.home_holder import HOLDER, lock_held_elsewhere


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def holder(home: Path) -> Iterator[subprocess.Popen[str]]:
    with lock_held_elsewhere(home) as process:
        yield process


@pytest.mark.parametrize(
    "args",
    [
        ("sync", "--quiet"),
        ("logout",),
        ("login", "--api-url", "http://127.0.0.1:9", "--username", "chair", "--password-stdin"),
        ("export", "--out", "records"),
        ("pin-ca", "--sha256", "ab" * 32),
    ],
)
def test_commands_that_write_the_home_refuse_while_another_desk_uses_it(
    tmp_path: Path, home: Path, holder: subprocess.Popen[str], args: tuple[str, ...]
) -> None:
    del holder
    result = cli(home, cli_env(tmp_path / "keyring.json"), *args, stdin="demo\n", timeout=120)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == (
        f"arbitration-desk: another Arbitration Desk is using {home.resolve()}; close it and try again, "
        "or use another home (--home DIR or ARBITRATION_DESK_HOME)"
    )
    assert result.stdout == ""


def test_the_lock_of_a_killed_desk_is_not_stale(tmp_path: Path, home: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(home_lock.HomeBusy) as busy:
        home_lock.acquire(home)
    said = phrase_of(busy.value)  # the desk window shows it translated
    assert said is not None and said.context == "HomeGuard" and said.values == {"home": str(home.resolve())}
    assert str(busy.value) == str(said) and str(busy.value).startswith(
        f"another Arbitration Desk is using {home.resolve()};"
    )
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert (home / home_lock.LOCK_NAME).exists()  # the file stays; the kernel's lock went with the process
    with home_lock.acquire(home) as lock:
        assert lock.held
    result = cli(home, cli_env(tmp_path / "keyring.json"), "sync", "--quiet", timeout=120)
    assert "not signed in" in result.stderr and result.returncode == 1  # past the lock, to the next check


def test_the_lock_is_reentrant_in_one_process_and_released_by_the_last_hold(home: Path) -> None:
    outer = home_lock.acquire(home)
    inner = home_lock.acquire(home)
    assert inner is outer
    inner.release()
    assert outer.held
    probe = subprocess.run(
        [sys.executable, "-c", HOLDER, str(home)], input="", capture_output=True, text=True, timeout=60, check=False
    )
    assert probe.returncode != 0 and "HomeBusy" in probe.stderr  # still held by this process
    outer.release()
    assert not outer.held
    probe = subprocess.run(
        [sys.executable, "-c", HOLDER, str(home)], input="", capture_output=True, text=True, timeout=60, check=False
    )
    assert probe.returncode == 0 and probe.stdout.strip() == "locked", probe.stderr


def test_lock_file_is_owner_only(home: Path) -> None:
    with home_lock.acquire(home):
        assert os.stat(home / home_lock.LOCK_NAME).st_mode & 0o777 == 0o600
