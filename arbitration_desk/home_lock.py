"""One desk per home: an operating-system lock on ``<home>/desk.lock``.

Two desks on one home would each hold a writer on the same database and wipe files behind the
other's back (a sign-out in one, a sync in the other). The desk window and the commands that write
the home (``login``, ``logout``, ``sync``, ``export``, ``pin-ca``) therefore take this lock first and
keep it while they run.

The lock is the kernel's (``fcntl.flock``; ``msvcrt.locking`` on Windows), never the mere existence
of the file: when a desk crashes or is killed, the operating system releases it with the process,
so a stale lock file never keeps the member out. Within one process the lock is re-entrant (the
desk's own sign-out, tests that run several commands in one interpreter).
"""

from __future__ import annotations

import argparse
import errno
import functools
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from arbitration_desk.appdirs import resolve_home
from arbitration_desk.domain.phrases import PhrasedError, phrase

LOCK_NAME = "desk.lock"


class HomeBusy(PhrasedError):
    """Another process (a desk window or a command) holds the lock of this home."""

    def __init__(self, home: Path) -> None:
        super().__init__(
            phrase(
                "HomeGuard",
                "another Arbitration Desk is using {home}; close it and try again, or use another home "
                "(--home DIR or ARBITRATION_DESK_HOME)",
                home=str(home),
            )
        )
        self.home = home


def _try_lock(fd: int) -> bool:
    """Takes the lock on the open file ``fd`` without waiting; whether it was free."""
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class HomeLock:
    """This process's hold on a home; a context manager that gives back one :func:`acquire`."""

    def __init__(self, home: Path, fd: int) -> None:
        self.home = home
        self._fd = fd
        self._count = 0

    @property
    def held(self) -> bool:
        return self._count > 0

    def release(self) -> None:
        """Gives back one :func:`acquire`; the last one unlocks the home."""
        with _guard:
            if self._count == 0:
                return
            self._count -= 1
            if self._count:
                return
            _held.pop(self.home, None)
            try:
                _unlock(self._fd)
            finally:
                # The file stays: removing it would let a third process lock a new file while a
                # second one still waits on the old one.
                os.close(self._fd)

    def __enter__(self) -> HomeLock:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


_guard = threading.Lock()
_held: dict[Path, HomeLock] = {}


def acquire(home: Path) -> HomeLock:
    """Locks ``home`` for this process (again, if it holds it already) and returns the hold.

    Raises:
        HomeBusy: another process holds the home.
        OSError: the lock file cannot be created (a read-only home, no permission).
    """
    home = home.resolve()
    with _guard:
        lock = _held.get(home)
        if lock is None:
            extra = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
            try:
                fd = os.open(home / LOCK_NAME, os.O_RDWR | os.O_CREAT | extra, 0o600)
            except OSError as exc:
                # A read-only home (sign-out must still run there): an existing lock file is locked
                # read-only (flock needs no write access); a missing one cannot be made.
                if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM) or sys.platform == "win32":
                    raise
                fd = os.open(home / LOCK_NAME, os.O_RDONLY | extra)
            if not _try_lock(fd):
                os.close(fd)
                raise HomeBusy(home)
            lock = _held[home] = HomeLock(home, fd)
        lock._count += 1
        return lock


Command = Callable[[argparse.Namespace], int]


def one_desk_per_home(report: Callable[[str], int]) -> Callable[[Command], Command]:
    """Decorates a command that writes the home (``args.home``): it runs holding the home's lock.

    When a desk window or another command holds it, ``report`` is given the one-sentence reason
    (:class:`HomeBusy`) and its exit code is the command's.
    """

    def decorate(run: Command) -> Command:
        @functools.wraps(run)
        def guarded(args: argparse.Namespace) -> int:
            try:
                lock = acquire(resolve_home(args.home))
            except HomeBusy as exc:
                return report(str(exc))
            with lock:
                return run(args)

        return guarded

    return decorate
