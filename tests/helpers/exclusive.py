"""Tests that measure time run alone while the others run two at a time (pytest-xdist workers).

Every test holds a shared lock for its whole run (setup, call, teardown); a test marked
``@pytest.mark.exclusive`` holds it exclusively, so nothing runs beside it. A second lock, the
gate, is taken briefly before the shared one and held by an exclusive test while it waits, so a
steady stream of shared holders cannot starve it (writer preference). Both are ``flock`` locks
on files in a directory of the run, so they vanish with the processes that hold them.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def lock_dir(run_id: str) -> Path:
    """The run's lock directory (shared by its workers: ``run_id`` is xdist's ``testrunuid``)."""
    path = Path(tempfile.gettempdir()) / f"arbitration-desk-tests-{run_id}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


@contextmanager
def _locked(path: Path, operation: int) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, operation)
        yield
    finally:
        os.close(fd)  # closing releases the lock


@contextmanager
def held(directory: Path, *, exclusive: bool) -> Iterator[None]:
    """Holds the run's lock while the test runs: shared, or alone when ``exclusive``."""
    gate, main = directory / "gate", directory / "main"
    if exclusive:
        with _locked(gate, fcntl.LOCK_EX), _locked(main, fcntl.LOCK_EX):
            yield
        return
    with _locked(gate, fcntl.LOCK_EX):
        fd = os.open(main, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_SH)
    try:
        yield
    finally:
        os.close(fd)
