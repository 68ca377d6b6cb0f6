"""The file format behind the blob store: sealed (encrypted at rest), or plain for old homes.

:class:`~arbitration_desk.store.blobs.BlobStore` has one code path for staging, verifying,
quarantining and reading evidence; what an encrypted home and a plaintext one do differently is
only this seam: how a file is created, continued, finished and read, how large a finished file of
``n`` bytes is on disk, and how a content hash or a staging key becomes a file name.

* :class:`SealedFormat` writes :mod:`~arbitration_desk.store.sealed` files (docs/encryption.md):
  nothing readable reaches the disk, and names are HMACs under the home's key, so that a name does
  not confirm that a known document is here.
* :class:`PlainFormat` is the layout homes had before encryption at rest: content as it came,
  named by its SHA-256. Kept only to read such homes (their migration) and for the sync
  benchmark's unencrypted comparison figure.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import BinaryIO, Final, Protocol

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store.errors import BlobError
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.sealed import SealedFileError, SealedWriter, open_sealed, sealed_size

FILE_MODE: Final = 0o600
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation on the raw descriptor


class FileWriter(Protocol):
    """Writes one file of the store (:class:`~arbitration_desk.store.sealed.SealedWriter` is one)."""

    @property
    def size(self) -> int:
        """Bytes of content written so far (the resumable part and what is still in memory)."""
        ...

    def write(self, data: bytes, /) -> object: ...

    def close(self, fsync: bool = True) -> None:
        """Finishes the file: it holds exactly what was written (fsynced unless told not)."""
        ...

    def abandon(self) -> None:
        """Closes without finishing: what is kept can be continued with :meth:`BlobFormat.resume`."""
        ...


class BlobFormat(Protocol):
    """How the store's files are named, written and read. ``FileNotFoundError`` means no file;
    :class:`SealedFileError` means a file that this store cannot use (another key's, not sealed)."""

    def name(self, sha256: str) -> str:
        """The file name (64 lowercase hex) of the content with this SHA-256."""
        ...

    def staging_name(self, key: str) -> str:
        """The file name of the staging file of ``key`` (a valid staging key)."""
        ...

    def create(self, path: Path) -> FileWriter:
        """A new file (mode 0600); ``FileExistsError`` if ``path`` exists."""
        ...

    def resume(self, path: Path) -> FileWriter:
        """Continues an unfinished file at its resumable size.

        Raises:
            BlobError: the file is finished already (it is finalized or reset, not appended to).
        """
        ...

    def held(self, path: Path) -> int:
        """The resumable size of an unfinished file, or the size of a finished one."""
        ...

    def finish(self, path: Path) -> None:
        """Makes sure the file is finished (with what it holds), so that :meth:`open` reads it."""
        ...

    def open(self, path: Path) -> BinaryIO:
        """The content of a finished file, as a seekable binary file (the caller closes it)."""
        ...

    def stored_size(self, size: int) -> int:
        """The size on disk of a finished file of ``size`` bytes of content."""
        ...


class _PlainWriter:
    """A plain file being written; everything written stays (``abandon`` is a plain close)."""

    def __init__(self, fd: int, mode: str) -> None:
        self._file = os.fdopen(fd, mode)
        self._size = os.fstat(fd).st_size

    @property
    def size(self) -> int:
        return self._size

    def write(self, data: bytes, /) -> object:
        self._file.write(data)
        self._size += len(data)
        return len(data)

    def close(self, fsync: bool = True) -> None:
        try:
            self._file.flush()
            if fsync:
                os.fsync(self._file.fileno())
        finally:
            self._file.close()

    def abandon(self) -> None:
        # Called while another error unwinds: a buffer that could not be flushed only makes the
        # partial file shorter, and held() reads its real size.
        with contextlib.suppress(OSError):
            self._file.close()


class PlainFormat:
    """Content as it came, named by its SHA-256: the layout of homes from before encryption."""

    def name(self, sha256: str) -> str:
        return sha256

    def staging_name(self, key: str) -> str:
        return key

    def create(self, path: Path) -> FileWriter:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, FILE_MODE)
        return _PlainWriter(fd, "wb")

    def resume(self, path: Path) -> FileWriter:
        return _PlainWriter(os.open(path, os.O_WRONLY | os.O_APPEND | _BINARY), "ab")

    def held(self, path: Path) -> int:
        return path.stat().st_size

    def finish(self, path: Path) -> None:
        """A plain file is always as finished as it gets."""

    def open(self, path: Path) -> BinaryIO:
        return open(path, "rb")

    def stored_size(self, size: int) -> int:
        return size


class SealedFormat:
    """Sealed files (chunked AES-256-GCM) under the home's key, with HMAC names.

    A staging file left by an interruption keeps its whole sealed chunks only: the tail that was
    still in memory (at most one chunk) is fetched again, from :meth:`held` on.
    """

    def __init__(self, key: DataKey) -> None:
        self._key = key
        self._data_key = key.sealing_key

    def name(self, sha256: str) -> str:
        return self._key.blob_name(sha256)

    def staging_name(self, key: str) -> str:
        # The evidence sync stages under the content hash: a staging file named by it would say
        # which document is being downloaded. "staging/" keeps these names apart from verified ones.
        return self._key.blob_name(f"staging/{key}")

    def create(self, path: Path) -> FileWriter:
        return SealedWriter.create(path, self._data_key)

    def resume(self, path: Path) -> FileWriter:
        try:
            return SealedWriter.resume(path, self._data_key)
        except SealedFileError:
            if self._is_finished(path):
                raise BlobError(
                    phrase(
                        "StoreError",
                        "{file} is already complete; it is finalized or reset, not appended to",
                        file=path.name,
                    )
                ) from None
            raise

    def held(self, path: Path) -> int:
        try:
            writer = SealedWriter.resume(path, self._data_key)  # cuts a torn tail: held is where it resumes
        except SealedFileError:
            with open_sealed(path, self._data_key) as reader:  # finished: all of it is held
                return reader.size
        writer.abandon()
        return writer.size

    def finish(self, path: Path) -> None:
        if not self._is_finished(path):
            SealedWriter.resume(path, self._data_key).close(fsync=False)  # the caller fsyncs

    def open(self, path: Path) -> BinaryIO:
        # Buffered: callers (image decoders, PDF parsers) make many small reads.
        return io.BufferedReader(open_sealed(path, self._data_key))

    def stored_size(self, size: int) -> int:
        return sealed_size(size)

    def _is_finished(self, path: Path) -> bool:
        try:
            open_sealed(path, self._data_key).close()
        except SealedFileError:
            return False
        return True


def format_for(key: DataKey | None) -> BlobFormat:
    """Sealed files under ``key``; plain files without one (old homes, the benchmark's baseline)."""
    return PlainFormat() if key is None else SealedFormat(key)
