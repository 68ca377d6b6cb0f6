"""Durable file writes: after a crash or a power cut a file holds its old content or its new, never a mix.

Every small file the desk and the sandbox keep (keys, certificates, pinned CAs, the session, the
export manifest, thumbnails, the sandbox's PKI and content files) is written by
:func:`write_atomic`: a temporary file with a unique name beside the target (two processes writing
the same file never share one), its mode set before the first byte, its data fsynced, an atomic
``os.replace``, then an fsync of the directory so that the new name itself survives a power cut.
Large files that are streamed or staged elsewhere share only :func:`fsync_directory` and
:func:`replace_durably`. Why and at what cost: docs/decisions/0011-one-durable-atomic-write.md.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path

#: Errors of file systems that cannot fsync a directory at all (some network and FUSE file
#: systems): nothing more can be done there, so they are not failures of the write.
_NO_DIRECTORY_FSYNC = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})


def fsync_directory(directory: Path | str) -> None:
    """Makes the names in ``directory`` durable (a rename into it, a new file in it).

    Skipped on Windows, where a directory cannot be opened for fsync (NTFS journals its names
    itself). A file system that does not support it is tolerated; any other error (EIO: the disk
    failed) propagates, as the write may not survive.
    """
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NO_DIRECTORY_FSYNC:
            raise
    finally:
        os.close(fd)


def write_atomic(path: Path | str, data: bytes, mode: int = 0o600) -> None:
    """Replaces ``path`` with ``data``, durably and atomically; the file gets ``mode`` (0600 by default).

    The parent directory must exist (callers create it with the mode they need). On any failure the
    temporary file is removed and ``path`` keeps its previous content.

    Raises:
        OSError: the file could not be written, made durable or renamed.
    """
    target = Path(path)
    # mkstemp: a new, unique name (O_EXCL) created 0600, so the data is never readable by others.
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        try:
            _set_mode(fd, temporary, mode)
            view = memoryview(data)
            while view:  # os.write may write less than asked; no buffer in between, nothing to flush
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_directory(target.parent)


def replace_durably(source: Path | str, target: Path | str) -> None:
    """Moves a complete staged file ``source`` to ``target`` (same file system) so that it survives a
    power cut: the file's data is fsynced, the rename is atomic, and ``target``'s directory fsynced.

    Raises:
        OSError: the file could not be made durable or renamed (``source`` is left in place).
    """
    fd = os.open(source, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only a writable handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(source, target)
    fsync_directory(Path(target).parent)


def _set_mode(fd: int, name: str, mode: int) -> None:
    if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
        os.fchmod(fd, mode)
    else:
        os.chmod(name, mode)
