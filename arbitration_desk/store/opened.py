"""Copies of evidence opened in another program: ``<home>/opened/``.

"Open externally" has to hand another program a readable file. The copy goes to a private (0700)
directory inside the home, never the shared temporary directory, so that the desk can find every
copy again and remove it: when the desk exits, at sign-out or a change of member (with the rest
of the case data, :meth:`Store.wipe`), and at the next start after a crash.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

OPENED_DIR = "opened"
DIR_MODE = 0o700


def opened_root(home: Path) -> Path:
    """``<home>/opened``, created owner-only if missing."""
    root = home / OPENED_DIR
    root.mkdir(mode=DIR_MODE, exist_ok=True)
    os.chmod(root, DIR_MODE)
    return root


def new_copy_directory(home: Path) -> Path:
    """A new, empty, owner-only directory for one copy (two openings never share a name)."""
    return Path(tempfile.mkdtemp(prefix="copy-", dir=opened_root(home)))


def _make_writable_and_retry(function: Callable[..., Any], path: str, _exc: object) -> None:
    """On Windows a read-only (0400) copy cannot be deleted until it is made writable."""
    os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
    function(path)


def remove_opened_copies(home: Path) -> None:
    """Deletes every copy made for other programs (nothing to do when there is none).

    Raises:
        OSError: a copy could not be deleted (the caller says what remains).
    """
    root = home / OPENED_DIR
    if not root.exists():
        return
    if sys.version_info >= (3, 12):
        shutil.rmtree(root, onexc=_make_writable_and_retry)
    else:  # ``onerror`` is deprecated from 3.12 on
        shutil.rmtree(root, onerror=_make_writable_and_retry)
