"""Content-addressed evidence files: ``staging/`` (resumable downloads), ``verified/``, ``quarantine/``.

Layout under the root (normally ``<home>/blobs``)::

    verified/ab/<sha256>        content whose SHA-256 was checked
    staging/<key>               a partial download, appended to and resumed
    quarantine/<sha256>-<n>     a complete download whose hash did not match ``<sha256>``

Paths are built only from validated lowercase hex hashes and from our own strict keys, never from a
name the platform supplies. Files are created 0600 and directories 0700; a file reaches ``verified``
or ``quarantine`` only complete, fsynced, and by an atomic ``os.replace``.

Directories are made once and then trusted (a ``mkdir`` per file would cost the sync's hot path);
when one turns out to be gone, because something else removed it (another ``BlobStore`` on the same
root wiped it, a member deleted it by hand), it is made again and the write retried once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, TypeVar

from arbitration_desk.domain.files import fsync_directory
from arbitration_desk.store.errors import (
    BlobError,
    BlobNotFoundError,
    BlobTooLargeError,
    InvalidBlobNameError,
)

_SHA256 = re.compile(r"[0-9a-f]{64}")
#: Suffix of :meth:`BlobStore.store_complete`'s temporary files (named ``.<sha256>.<random>.part``).
_PART = ".part"
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")
_CHUNK = 1 << 20
FILE_MODE = 0o600
DIR_MODE = 0o700
T = TypeVar("T")


def is_sha256(text: str) -> bool:
    return isinstance(text, str) and _SHA256.fullmatch(text) is not None


def check_sha256(text: str) -> str:
    """Returns ``text`` if it is 64 lowercase hex characters, else raises InvalidBlobNameError."""
    if not is_sha256(text):
        raise InvalidBlobNameError(f"not a lowercase hex SHA-256: {text!r:.80}")
    return text


def check_key(key: str) -> str:
    """Returns ``key`` if it is a valid staging key (``[a-z0-9][a-z0-9_-]{0,99}``)."""
    if not isinstance(key, str) or _KEY.fullmatch(key) is None:
        raise InvalidBlobNameError(f"not a valid staging key: {key!r:.80}")
    return key


class FinalizeStatus(StrEnum):
    VERIFIED = "verified"
    MISMATCH = "mismatch"


@dataclass(frozen=True, slots=True)
class FinalizeResult:
    """Outcome of :meth:`BlobStore.finalize`; ``path`` is the verified or the quarantined file."""

    status: FinalizeStatus
    expected_sha256: str
    actual_sha256: str
    size: int
    path: Path

    @property
    def verified(self) -> bool:
        return self.status is FinalizeStatus.VERIFIED


def _make_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)


class StagingWriter:
    """Appends to a staging file; ``close()`` flushes it. Use as a context manager.

    Args:
        path: The staging file.
        limit: Total size the file may reach (the item's ``size_bytes``); writing past it raises
            :class:`BlobTooLargeError` and writes nothing of the offending chunk.
    """

    def __init__(self, path: Path, limit: int | None) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0), FILE_MODE)
        self._file = os.fdopen(fd, "ab")
        self._limit = limit
        self.size = os.fstat(fd).st_size

    def write(self, data: bytes) -> None:
        if self._limit is not None and self.size + len(data) > self._limit:
            raise BlobTooLargeError(f"more than the declared {self._limit} bytes arrived")
        self._file.write(data)
        self.size += len(data)

    def close(self) -> None:
        # No fsync here: a staging file is a resumable cache. After a power loss it may be short
        # (the download resumes) or damaged (the hash check quarantines it and it is fetched once
        # more in full); durability starts in finalize(), which fsyncs before the rename.
        self._file.close()

    def __enter__(self) -> StagingWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class BlobStore:
    """The evidence file store rooted at ``root`` (created 0700 if missing)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._verified = root / "verified"
        self._verified_text = str(self._verified)
        self._staging = root / "staging"
        self._quarantine = root / "quarantine"
        self._made: set[Path] = set()  # verified/ab directories known to exist (a mkdir saved per file)
        self._ensure_dirs()

    def _ensure_dirs(self) -> None:
        for path in (self.root, self._verified, self._staging, self._quarantine):
            _make_dir(path)

    # ---- staging ----

    def staging_path(self, key: str) -> Path:
        return self._staging / check_key(key)

    def bytes_held(self, key: str) -> int:
        """Size of the partial download under ``key`` (0 when there is none)."""
        try:
            return self.staging_path(key).stat().st_size
        except FileNotFoundError:
            return 0

    def open_append(self, key: str, *, limit: int | None = None) -> StagingWriter:
        """A writer appending to the staging file ``key`` (created if missing)."""
        path = self.staging_path(key)
        return self._in_directory(path.parent, lambda: StagingWriter(path, limit))

    def reset(self, key: str) -> None:
        """Discards the partial download ``key`` (e.g. on 200 instead of 206, or on 416)."""
        self.staging_path(key).unlink(missing_ok=True)

    def staging_keys(self) -> list[str]:
        return sorted(p.name for p in self._staging.iterdir() if _KEY.fullmatch(p.name))

    def finalize(self, key: str, expected_sha256: str) -> FinalizeResult:
        """Hashes the complete staging file and moves it into ``verified`` or ``quarantine``.

        Raises:
            BlobNotFoundError: there is no staging file ``key``.
        """
        expected = check_sha256(expected_sha256)
        source = self.staging_path(key)
        digest = hashlib.sha256()
        size = 0
        try:
            with open(source, "r+b") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                os.fsync(handle.fileno())
        except FileNotFoundError as exc:
            raise BlobNotFoundError(f"no staged download {key!r}") from exc
        except OSError as exc:
            raise BlobError(f"cannot read staged download {key!r}: {exc}") from exc
        actual = digest.hexdigest()
        target, status = self._destination(expected, actual)
        try:
            self._in_directory(target.parent, lambda: os.replace(source, target))
        except FileNotFoundError as exc:  # the staging file went too (a wipe under way elsewhere)
            raise BlobNotFoundError(f"the staged download {key!r} disappeared: {exc}") from exc
        except OSError as exc:
            raise BlobError(f"cannot store the download of {expected}: {exc}") from exc
        os.chmod(target, FILE_MODE)
        fsync_directory(target.parent)  # the new name is durable before the database says "verified"
        return FinalizeResult(status, expected, actual, size, target)

    def store_complete(self, expected_sha256: str, data: bytes, *, durable: bool = True) -> FinalizeResult:
        """:meth:`finalize` for a download held in memory (a small file that arrived whole).

        The bytes are hashed, written to a new temporary file beside the destination (a rename
        within one directory costs less than one across directories), fsynced and renamed
        into ``verified`` or ``quarantine``: the same guarantees, without creating, re-opening and
        re-reading a staging file for every 100 KB screenshot. With ``durable=False`` the fsyncs
        are left to a later :meth:`make_durable` of many files at once, which must come before
        the database records the file as verified. See
        docs/decisions/0010-evidence-written-whole-beside-its-destination.md.
        """
        expected = check_sha256(expected_sha256)
        actual = hashlib.sha256(data).hexdigest()
        target, status = self._destination(expected, actual)
        temporary = target.parent / f".{expected}.{os.urandom(4).hex()}{_PART}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = self._in_directory(target.parent, lambda: os.open(temporary, flags, FILE_MODE))
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                if durable:
                    os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise BlobError(f"cannot store the download of {expected}: {exc}") from exc
        if durable:
            fsync_directory(target.parent)  # the new name is durable before the database says "verified"
        return FinalizeResult(status, expected, actual, len(data), target)

    def sweep_interrupted(self, *, older_than: float = 3600.0) -> int:
        """Deletes temporary files an interrupted :meth:`store_complete` left (a crash between its
        write and its rename), if older than ``older_than`` seconds (a younger one may be another
        process's write in progress). Returns how many."""
        cutoff = time.time() - older_than
        removed = 0
        for directory in (*self._verified.glob("??"), self._quarantine):
            for path in directory.glob(f".*{_PART}"):
                with contextlib.suppress(OSError):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()
                        removed += 1
        return removed

    @staticmethod
    def make_durable(paths: Iterable[Path]) -> None:
        """Fsyncs files stored with ``durable=False``, then their directories.

        One batch instead of two fsyncs per file: on journaling file systems the first fsync
        commits the others' data and names with it, and the rest find little left to do.
        """
        directories: dict[Path, None] = {}
        for path in paths:
            try:
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            except OSError as exc:
                raise BlobError(f"cannot reopen {path.name} to make it durable: {exc}") from exc
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            directories[path.parent] = None
        for directory in directories:
            fsync_directory(directory)

    def _in_directory(self, directory: Path, create: Callable[[], T]) -> T:
        """Runs ``create`` (which makes a file in ``directory``); if the directory is gone, makes it
        again and runs ``create`` once more.

        The happy path costs no system call: a missing directory shows as the ``FileNotFoundError``
        the creation raises anyway, and only then is the directory looked at and made again.
        """
        try:
            return create()
        except FileNotFoundError:
            if directory.exists():
                raise  # not the directory: let the caller say what is missing
            self._made.discard(directory)
            _make_dir(directory)
            if directory.parent == self._verified:
                self._made.add(directory)
        return create()

    def _destination(self, expected: str, actual: str) -> tuple[Path, FinalizeStatus]:
        if actual != expected:
            return self._next_quarantine_path(expected), FinalizeStatus.MISMATCH
        target = self._verified_location(expected)
        if target.parent not in self._made:
            _make_dir(target.parent)
            self._made.add(target.parent)
        return target, FinalizeStatus.VERIFIED

    # ---- verified ----

    def _verified_location(self, sha256: str) -> Path:
        sha = check_sha256(sha256)
        return self._verified / sha[:2] / sha

    def has_verified(self, sha256: str, size: int | None = None) -> bool:
        """Whether the verified store holds ``sha256`` (of ``size`` bytes, when given: a file a
        power cut left short is not taken for the verified content)."""
        sha = check_sha256(sha256)
        try:  # a string path: a sync asks this three times per file, and pathlib's joins cost more than the stat
            held = os.stat(f"{self._verified_text}/{sha[:2]}/{sha}")
        except (FileNotFoundError, NotADirectoryError):
            return False
        return stat.S_ISREG(held.st_mode) and (size is None or held.st_size == size)

    def verified_path(self, sha256: str) -> Path:
        """Path of the verified file; raises BlobNotFoundError if it is not held."""
        path = self._verified_location(sha256)
        if not path.is_file():
            raise BlobNotFoundError(f"no verified content {sha256}")
        return path

    def open_verified(self, sha256: str) -> BinaryIO:
        """Opens the verified file for reading (the caller closes it)."""
        try:
            return open(self._verified_location(sha256), "rb")
        except FileNotFoundError as exc:
            raise BlobNotFoundError(f"no verified content {sha256}") from exc

    def verified_hashes(self) -> set[str]:
        return {p.name for p in self._verified.glob("??/*") if _SHA256.fullmatch(p.name)}

    def release(self, sha256: str) -> bool:
        """Deletes the verified file and quarantined copies of ``sha256``; True if something was removed."""
        removed = False
        path = self._verified_location(sha256)
        if path.exists():
            path.unlink()
            removed = True
        for copy in self.quarantined(sha256):
            copy.unlink(missing_ok=True)
            removed = True
        return removed

    # ---- quarantine ----

    def quarantined(self, sha256: str) -> list[Path]:
        """Quarantined downloads that were meant to have ``sha256``, oldest first."""
        sha = check_sha256(sha256)
        found = [p for p in self._quarantine.glob(f"{sha}-*") if p.name[65:].isdigit()]
        return sorted(found, key=lambda p: int(p.name[65:]))

    def _next_quarantine_path(self, sha256: str) -> Path:
        existing = self.quarantined(sha256)
        number = int(existing[-1].name[65:]) + 1 if existing else 1
        return self._quarantine / f"{sha256}-{number}"

    # ---- everything ----

    def wipe(self) -> None:
        """Deletes every file (verified, staging, quarantine) and recreates the empty layout."""
        for path in (self._verified, self._staging, self._quarantine):
            shutil.rmtree(path, ignore_errors=True)
        self._made.clear()
        self._ensure_dirs()
