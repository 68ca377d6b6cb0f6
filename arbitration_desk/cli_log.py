"""Logging and the last resort of the headless commands: nobody reads a traceback on the terminal.

Libraries log as they see fit (pyHanko logs every failed certificate path with its traceback).
With no handler configured, Python prints such records on stderr through its last-resort handler.
A command instead sends every record to a log file in ``<home>/logs``; on the terminal it shows
only the desk's own warnings, one escaped line each. An exception that no command expected ends
as one line, "internal error: …", naming the log that holds its traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from arbitration_desk.appdirs import home_path
from arbitration_desk.domain.text import escape_controls, os_error_reason

LOG_NAME = "arbitration-desk.log"
LOG_BYTES = 1024 * 1024
#: Loggers whose warnings are the desk's own, worth a line on the terminal.
OWN_LOGGER = "arbitration_desk"


def log_path(home: str | os.PathLike[str] | None) -> Path:
    """Where the log of a command run with ``--home home`` goes (nothing is created here)."""
    return home_path(home) / "logs" / LOG_NAME


def _make_dirs(log: Path) -> None:
    """The home (owner only, as :func:`arbitration_desk.appdirs.resolve_home` makes it) and its logs folder."""
    log.parent.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    log.parent.mkdir(exist_ok=True, mode=0o700)


class _LogFile(RotatingFileHandler):
    """The log file, opened at the first record; a log that cannot be written is skipped quietly."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=LOG_BYTES, backupCount=1, encoding="utf-8", delay=True)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            _make_dirs(Path(self.baseFilename))
        except OSError:
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        del record  # the default prints a traceback on stderr: exactly what this module prevents


class _OwnWarnings(logging.Handler):
    """The desk's own warnings on stderr: one escaped line, never a traceback."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.addFilter(lambda record: record.name == OWN_LOGGER or record.name.startswith(OWN_LOGGER + "."))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage().splitlines()[0] if record.getMessage() else record.levelname
            sys.stderr.write(f"arbitration-desk: warning: {escape_controls(text)[:500]}\n")
        except Exception:  # noqa: S110 - a warning that cannot be shown must not end the command
            pass


def setup_logging(home: str | os.PathLike[str] | None) -> Path:
    """Sends every log record to the log file and the desk's warnings to stderr; returns the log's path.

    Calling it again (tests run several commands in one process) replaces what it set up before.
    """
    path = log_path(home)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _LogFile | _OwnWarnings)]:
        root.removeHandler(handler)
        handler.close()
    root.addHandler(_LogFile(path))
    root.addHandler(_OwnWarnings())
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    return path


def current_log() -> Path | None:
    """The log file this process writes (:func:`setup_logging`'s), if any: the desk's children use it too."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            return Path(handler.baseFilename)
    return None


def log_child_to(path: Path | None) -> None:
    """A child process of the desk logs every record to ``path`` (the desk's log); without one (the
    desk's window keeps none), only the desk's own warnings reach stderr, one escaped line each and
    never a traceback, as the commands show them."""
    root = logging.getLogger()
    root.addHandler(_LogFile(path) if path is not None else _OwnWarnings())
    root.setLevel(logging.WARNING)


def _write_traceback(exc: BaseException, path: Path) -> bool:
    """Appends the traceback of ``exc`` to the log; whether it could be written."""
    try:
        _make_dirs(path)
        with path.open("a", encoding="utf-8") as log:
            log.write("internal error in arbitration-desk:\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        return False
    return True


def internal_error(exc: BaseException, home: str | os.PathLike[str] | None) -> int:
    """Reports an exception no command expected as one line on stderr; returns exit code 1.

    A file-system error (a home that is a file, a folder without permission) is no bug of ours:
    it reads as "cannot use PATH: reason". Anything else is an internal error, its traceback in
    the log.
    """
    if isinstance(exc, OSError) and exc.filename is not None:
        line = f"cannot use {exc.filename}: {os_error_reason(exc)}; check the path and its permissions"
    else:
        path = log_path(home)
        first = str(exc).splitlines()[0] if str(exc) else ""
        where = f"details in {path}" if _write_traceback(exc, path) else "no log could be written"
        line = f"internal error: {type(exc).__name__}{': ' + first[:300] if first else ''} ({where})"
    print(f"arbitration-desk: {escape_controls(line)}", file=sys.stderr)
    return 1
