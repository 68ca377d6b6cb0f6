"""Content-addressed evidence files: ``staging/`` (resumable downloads), ``verified/``, ``quarantine/``.

Layout under the root (normally ``<home>/blobs``), with ``<name>`` the file name of a SHA-256
(:mod:`~arbitration_desk.store.blob_formats`: an HMAC of it under the home's key, or the hash
itself in a plaintext home)::

    verified/<first 2 hex of name>/<name>   content whose SHA-256 was checked
    staging/<name of key>                   a partial download, appended to and resumed
    quarantine/<name>-<n>                   a complete download whose hash did not match

With a key every file is a sealed file (docs/encryption.md), written encrypted from its first
byte. Paths are built only from validated lowercase hex hashes and from our own strict keys, never
from a name the platform supplies. Files are created 0600 and directories 0700; a file reaches
``verified`` or ``quarantine`` only complete (a sealed file: its final chunk sealed), fsynced, and
by an atomic ``os.replace``.

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
from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.store.blob_formats import FILE_MODE, FileWriter, format_for
from arbitration_desk.store.errors import (
    BlobError,
    BlobNotFoundError,
    BlobTooLargeError,
    InvalidBlobNameError,
)
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.sealed import SealedFileError

_SHA256 = re.compile(r"[0-9a-f]{64}")
#: Suffix of :meth:`BlobStore.store_complete`'s temporary files (named ``.<name>.<random>.part``).
_PART = ".part"
_KEY = re.compile(r"[a-z0-9][a-z0-9_-]{0,99}")
_CHUNK = 1 << 20
DIR_MODE = 0o700
_BINARY = getattr(os, "O_BINARY", 0)
T = TypeVar("T")


def is_sha256(text: str) -> bool:
    return isinstance(text, str) and _SHA256.fullmatch(text) is not None


def check_sha256(text: str) -> str:
    """Returns ``text`` if it is 64 lowercase hex characters, else raises InvalidBlobNameError."""
    if not is_sha256(text):
        raise InvalidBlobNameError(phrase("StoreError", "not a lowercase hex SHA-256: {text}", text=f"{text!r:.80}"))
    return text


def check_key(key: str) -> str:
    """Returns ``key`` if it is a valid staging key (``[a-z0-9][a-z0-9_-]{0,99}``)."""
    if not isinstance(key, str) or _KEY.fullmatch(key) is None:
        raise InvalidBlobNameError(phrase("StoreError", "not a valid staging key: {key}", key=f"{key!r:.80}"))
    return key


def _cannot_store(sha256: str, exc: OSError) -> Phrase:
    return phrase("StoreError", "cannot store the download of {sha256}: {error}", sha256=sha256, error=str(exc))


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


@dataclass(frozen=True, slots=True)
class _Hashed:
    """The SHA-256 a staging writer computed while writing a file from its first byte, and the
    file as it left it: :meth:`BlobStore.finalize` trusts the hash only for that very file."""

    sha256: str
    size: int
    identity: tuple[int, int, int]

    @staticmethod
    def identity_of(held: os.stat_result) -> tuple[int, int, int]:
        return held.st_ino, held.st_size, held.st_mtime_ns


def _make_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | _BINARY)  # writable: Windows flushes only handles open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class StagingWriter:
    """Appends to a staging file. Use as a context manager.

    Leaving the ``with`` block normally finishes the file when it holds ``limit`` bytes (or when no
    limit was given): only then is a sealed file's last chunk sealed as final, and the file
    fsynced, ready for :meth:`BlobStore.finalize`. Otherwise (fewer bytes, or an exception) the
    file is left unfinished, to be resumed at :meth:`BlobStore.bytes_held`.

    Args:
        writer: The staging file's writer (created, or resumed).
        limit: Total size the file may reach (the item's ``size_bytes``); writing past it raises
            :class:`BlobTooLargeError` and writes nothing of the offending chunk.
        finished: Told the file's SHA-256 (None when the writer started after a resumed prefix,
            which it never saw) once the file is finished.
    """

    def __init__(self, writer: FileWriter, limit: int | None, finished: Callable[[str | None, int], None]) -> None:
        self._writer = writer
        self._limit = limit
        self._finished = finished
        # A running hash saves reading the file back in finalize(); a resumed prefix was written by
        # an earlier writer, so finalize() hashes that file by reading it.
        self._digest = hashlib.sha256() if writer.size == 0 else None
        self._size = writer.size  # kept here: a SealedWriter counts its final chunk as a whole one once closed
        self._closed = False

    @property
    def size(self) -> int:
        """Bytes written so far, including a resumed prefix."""
        return self._size

    def write(self, data: bytes) -> None:
        if self._limit is not None and self._size + len(data) > self._limit:
            raise BlobTooLargeError(phrase("StoreError", "more than the declared %n byte(s) arrived", n=self._limit))
        self._writer.write(data)
        self._size += len(data)
        if self._digest is not None:
            self._digest.update(data)

    def close(self) -> None:
        """Finishes the file if it is complete, else leaves it resumable."""
        if self._closed:
            return
        self._closed = True
        if self._limit is not None and self._size != self._limit:
            # A resumable cache, not fsynced: after a power loss it may be short (the download
            # resumes) or damaged (a sealed file's torn tail is cut; a plain file is quarantined by
            # the hash check and fetched once more in full).
            self._writer.abandon()
            return
        self._writer.close(fsync=True)  # durable before finalize() renames it
        self._finished(None if self._digest is None else self._digest.hexdigest(), self._size)

    def abandon(self) -> None:
        """Closes without finishing (resumable)."""
        if not self._closed:
            self._closed = True
            self._writer.abandon()

    def __enter__(self) -> StagingWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abandon()


class BlobStore:
    """The evidence file store rooted at ``root`` (created 0700 if missing).

    Args:
        root: The store's directory.
        key: The home's data key: every file is sealed under it and named by an HMAC. Without a
            key the store reads and writes the plaintext layout of homes from before encryption at
            rest (content as it came, named by its SHA-256). That mode exists ONLY to read such
            homes (their migration) and for the sync benchmark's unencrypted comparison figure;
            the desk never stores case data with ``key=None``.
    """

    def __init__(self, root: Path, key: DataKey | None = None) -> None:
        self.root = root
        self.key = key
        self._format = format_for(key)
        self._verified = root / "verified"
        self._verified_text = str(self._verified)
        self._staging = root / "staging"
        self._quarantine = root / "quarantine"
        self._made: set[Path] = set()  # verified/ab directories known to exist (a mkdir saved per file)
        self._hashed: dict[str, _Hashed] = {}  # staging key -> hash of its finished file
        self._ensure_dirs()

    def _ensure_dirs(self) -> None:
        for path in (self.root, self._verified, self._staging, self._quarantine):
            _make_dir(path)

    # ---- staging ----

    def staging_path(self, key: str) -> Path:
        return self._staging / self._format.staging_name(check_key(key))

    def bytes_held(self, key: str) -> int:
        """Where the partial download under ``key`` resumes: its size (0 when there is none).

        A sealed file resumes after its last whole chunk that authenticates (a torn tail is cut
        here). A staging file this store cannot use (another key's, or plaintext) is discarded.
        """
        path = self.staging_path(key)
        try:
            return self._format.held(path)
        except FileNotFoundError:
            return 0
        except SealedFileError:
            self.reset(key)
            return 0

    def open_append(self, key: str, *, limit: int | None = None) -> StagingWriter:
        """A writer continuing the staging file ``key`` at :meth:`bytes_held` (created if missing).

        Raises:
            BlobError: the staging file is already finished (finalize or reset it first).
        """
        path = self.staging_path(key)
        self._hashed.pop(key, None)
        try:
            writer = self._format.resume(path)
        except FileNotFoundError:
            writer = self._in_directory(path.parent, lambda: self._format.create(path))
        except SealedFileError:  # unusable here (another key's, plaintext): start again
            path.unlink(missing_ok=True)
            writer = self._format.create(path)

        def finished(sha256: str | None, size: int) -> None:
            if sha256 is None:
                return
            try:
                held = os.stat(path)
            except OSError:
                return  # gone already (a wipe elsewhere): finalize() reports it missing
            self._hashed[key] = _Hashed(sha256, size, _Hashed.identity_of(held))

        return StagingWriter(writer, limit, finished)

    def reset(self, key: str) -> None:
        """Discards the partial download ``key`` (e.g. on 200 instead of 206, or on 416)."""
        self._hashed.pop(key, None)
        self.staging_path(key).unlink(missing_ok=True)

    def staging_count(self) -> int:
        """How many staging files there are (their names, under a key, do not give their keys back)."""
        return sum(1 for path in self._staging.iterdir() if _KEY.fullmatch(path.name))

    def finalize(self, key: str, expected_sha256: str) -> FinalizeResult:
        """Hashes the complete staging file and moves it into ``verified`` or ``quarantine``.

        An unfinished staging file is finished with what it holds (and will not match).

        Raises:
            BlobNotFoundError: there is no staging file ``key``.
            BlobError: it cannot be read (a sealed file under another key, an I/O error).
        """
        expected = check_sha256(expected_sha256)
        source = self.staging_path(key)
        hashed = self._hashed.pop(key, None)
        try:
            if hashed is not None and hashed.identity == _Hashed.identity_of(os.stat(source)):
                actual, size = hashed.sha256, hashed.size  # written, hashed and fsynced by its writer
            else:
                actual, size = self._hash_staged(source)
        except FileNotFoundError as exc:
            raise BlobNotFoundError(phrase("StoreError", "no staged download {key}", key=repr(key))) from exc
        except (OSError, SealedFileError) as exc:
            raise BlobError(
                phrase(
                    "StoreError",
                    "cannot read staged download {key}: {error}",
                    key=repr(key),
                    error=said(exc),
                )
            ) from exc
        target, status = self._destination(expected, actual)
        try:
            self._in_directory(target.parent, lambda: os.replace(source, target))
        except FileNotFoundError as exc:  # the staging file went too (a wipe under way elsewhere)
            raise BlobNotFoundError(
                phrase("StoreError", "the staged download {key} disappeared: {error}", key=repr(key), error=str(exc))
            ) from exc
        except OSError as exc:
            raise BlobError(_cannot_store(expected, exc)) from exc
        os.chmod(target, FILE_MODE)
        fsync_directory(target.parent)  # the new name is durable before the database says "verified"
        return FinalizeResult(status, expected, actual, size, target)

    def _hash_staged(self, source: Path) -> tuple[str, int]:
        """SHA-256 and size of a staging file's content, read back; the file is fsynced."""
        self._format.finish(source)
        digest = hashlib.sha256()
        size = 0
        with self._format.open(source) as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
        _fsync_file(source)
        return digest.hexdigest(), size

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
        temporary = target.parent / f".{self._format.name(expected)}.{os.urandom(4).hex()}{_PART}"
        try:
            writer = self._in_directory(target.parent, lambda: self._format.create(temporary))
            try:
                writer.write(data)
                writer.close(fsync=durable)
            except BaseException:
                writer.abandon()
                raise
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise BlobError(_cannot_store(expected, exc)) from exc
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
                fd = os.open(path, os.O_RDONLY | _BINARY)
            except OSError as exc:
                raise BlobError(
                    phrase(
                        "StoreError", "cannot reopen {file} to make it durable: {error}", file=path.name, error=str(exc)
                    )
                ) from exc
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
        name = self._format.name(check_sha256(sha256))
        return self._verified / name[:2] / name

    def has_verified(self, sha256: str, size: int | None = None) -> bool:
        """Whether the verified store holds ``sha256`` (of ``size`` bytes, when given: a file a
        power cut left short is not taken for the verified content). Reads no file content: a
        sealed file's size follows from its content's."""
        name = self._format.name(check_sha256(sha256))
        try:  # a string path: a sync asks this three times per file, and pathlib's joins cost more than the stat
            held = os.stat(f"{self._verified_text}/{name[:2]}/{name}")
        except (FileNotFoundError, NotADirectoryError):
            return False
        return stat.S_ISREG(held.st_mode) and (size is None or held.st_size == self._format.stored_size(size))

    def open_verified(self, sha256: str) -> BinaryIO:
        """The verified content of ``sha256`` as a seekable binary file (the caller closes it).

        Raises:
            BlobNotFoundError: it is not held.
            BlobError: its file cannot be read with this store's key (another key's, or damaged
                at its start or end); a chunk damaged in between fails when read, as a
                :class:`~arbitration_desk.store.sealed.SealedFileError`.
        """
        try:
            return self._format.open(self._verified_location(sha256))
        except FileNotFoundError as exc:
            raise BlobNotFoundError(phrase("StoreError", "no verified content {sha256}", sha256=sha256)) from exc
        except SealedFileError as exc:
            raise BlobError(
                phrase(
                    "StoreError",
                    "the stored file of {sha256} cannot be read: {error}",
                    sha256=sha256,
                    error=said(exc),
                )
            ) from exc

    def verified_count(self) -> int:
        """How many verified files are held (names under a key do not give their hashes back)."""
        return sum(1 for path in self._verified.glob("??/*") if _SHA256.fullmatch(path.name))

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
        name = self._format.name(check_sha256(sha256))
        found = [p for p in self._quarantine.glob(f"{name}-*") if p.name[65:].isdigit()]
        return sorted(found, key=lambda p: int(p.name[65:]))

    def _next_quarantine_path(self, sha256: str) -> Path:
        existing = self.quarantined(sha256)
        number = int(existing[-1].name[65:]) + 1 if existing else 1
        return self._quarantine / f"{self._format.name(sha256)}-{number}"

    # ---- everything ----

    def wipe(self) -> None:
        """Deletes every file (verified, staging, quarantine) and recreates the empty layout."""
        for path in (self._verified, self._staging, self._quarantine):
            shutil.rmtree(path, ignore_errors=True)
        self._made.clear()
        self._hashed.clear()
        self._ensure_dirs()
