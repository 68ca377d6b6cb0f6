"""sync/commands.py: the headless sync command releases what it opened, also when it fails."""

from __future__ import annotations

import argparse
import errno
import io
import logging
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.sync.commands import run_sync
from arbitration_desk.sync.session import sign_in
from helpers import sockets
from helpers.sandbox import start_sandbox


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=3) as server:
        yield server


class LostTerminal(io.StringIO):
    """A terminal that went away during the sync (a dropped ssh session): every write fails."""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EIO, "Input/output error")


@pytest.mark.skipif(not sockets.available(), reason="reads the process's sockets from /proc")
def test_the_client_is_closed_when_the_command_ends_with_an_error(
    sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    sign_in(home, sandbox.url, "chair", "demo")
    port = urlsplit(sandbox.url).port
    assert port is not None
    before = sockets.connections_to(port)
    monkeypatch.setattr("sys.stderr", LostTerminal())
    # The engine logs each failed progress write with its traceback; a captured record would keep
    # the download frames (and their sockets) alive, which is not what this test looks at.
    monkeypatch.setattr(logging.getLogger("arbitration_desk.sync.engine"), "disabled", True)
    with pytest.raises(OSError, match="Input/output error") as info:  # the progress bar's last write
        run_sync(argparse.Namespace(home=home, quiet=False))
    monkeypatch.undo()
    # The error is still alive here, and with it the command's frame: only close() can have ended
    # the sync's keep-alive connections, not the garbage collector.
    assert info.value.errno == errno.EIO
    assert sockets.connections_to(port) == before
