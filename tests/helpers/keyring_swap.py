"""The one way a test installs a keyring backend and puts the previous one back."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend

from arbitration_desk.platform import credentials
from helpers.keyring_backend import FileKeyring

Backend = TypeVar("Backend", bound=KeyringBackend | None)


@contextmanager
def installed_keyring(backend: Backend, *, named: bool = True) -> Iterator[Backend]:
    """Makes ``backend`` the desk's credential store inside the block; yields it.

    Args:
        backend: the backend to install; ``None`` only forgets the explicit choice and leaves
            keyring's current backend in place (the test then sets one as detection would).
        named: True installs it as a member would name one (``credentials.use_backend``); False as
            keyring's own detection would pick it, nobody having named it. The desk treats the two
            differently (it refuses a detected file backend), so the tests need both.

    On leaving, both the desk's explicit choice and keyring's global backend are what they were
    before, so one test's swap never leaks into the next.
    """
    before = keyring.get_keyring()
    previous = credentials.use_backend(backend if named else None)
    if not named and backend is not None:
        keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        credentials.use_backend(previous)
        keyring.set_keyring(before)


@contextmanager
def file_keyring(path: Path) -> Iterator[FileKeyring]:
    """The test-only file keyring at ``path``, the one ``helpers.desk.cli_env(path)`` gives subprocesses.

    Inside the block this process and the desk's subprocesses share one credential store: the home's
    data key a ``login`` subprocess made opens the store here too.
    """
    before = os.environ.get("TEST_KEYRING_FILE")
    os.environ["TEST_KEYRING_FILE"] = str(path)
    try:
        with installed_keyring(FileKeyring()) as backend:
            yield backend
    finally:
        if before is None:
            os.environ.pop("TEST_KEYRING_FILE", None)
        else:
            os.environ["TEST_KEYRING_FILE"] = before
