"""Sealed files: a chunked AES-256-GCM format for case data at rest, appendable and randomly readable.

Not yet used by the store (wiring it in, SQLCipher and the migration of plaintext homes are the
next steps of issue #13). The format, and what it does and does not protect, is written down in
``docs/encryption.md``; in short::

    header   magic "ADSEALED" | version u8 | 0 u8 | 0 u16 | chunk size u32 | file id (16 random bytes)
             | key check (16 bytes: HMAC-SHA256 of the 32 bytes before it, truncated)
    chunk i  AES-256-GCM(ciphertext of chunk_size plaintext bytes (fewer in the last one) | tag 16)

Each file has its own keys, derived from the home's data key with HKDF-SHA256 and the file id; the
GCM nonce is the chunk index (a 96-bit counter, so never reused under one file's key), and each
chunk's associated data is the header, its index and whether it is the last chunk: a chunk cannot
be moved, copied into another file, dropped from the end or followed by more without the reader
noticing. Plaintext never touches the disk: a chunk is encrypted in memory before it is written.

Writers seal a full chunk only once more data follows, so that the last chunk is always the one
flagged final. An unfinished file (the writer was interrupted: a dropped connection, a crash)
holds only whole non-final chunks and can be reopened with :meth:`SealedWriter.resume`, which
continues at :attr:`SealedWriter.size` (the bytes lost with the in-memory tail, at most one chunk,
are fetched again). A finished file is never appended to: its last chunk would have to be sealed
again under the same nonce, which GCM forbids.
"""

from __future__ import annotations

import contextlib
import hmac
import io
import os
import struct
from hashlib import sha256
from pathlib import Path
from types import TracebackType
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store.errors import StoreError

MAGIC: Final = b"ADSEALED"
VERSION: Final = 1
KEY_BYTES: Final = 32
FILE_ID_BYTES: Final = 16
TAG_BYTES: Final = 16
CHECK_BYTES: Final = 16
#: 64 KiB: AES-GCM runs at well over 1 GB/s at this size (bench_sealed.py), while a random read
#: decrypts at most two chunks; larger chunks buy little speed and cost memory and read latency.
DEFAULT_CHUNK_SIZE: Final = 64 * 1024
MIN_CHUNK_SIZE: Final = 4 * 1024
MAX_CHUNK_SIZE: Final = 16 * 1024 * 1024
#: Chunk indexes fit in 32 bits (256 TiB at 64 KiB chunks): far beyond any evidence file, and it
#: keeps the number of GCM invocations under one key within NIST SP 800-38D's 2**32.
MAX_CHUNKS: Final = 1 << 32

_PREFIX = struct.Struct(">8sBBHI16s")
HEADER_BYTES: Final = _PREFIX.size + CHECK_BYTES
_INDEX = struct.Struct(">QB")
_HKDF_INFO: Final = b"arbitration-desk sealed file v1"
_FILE_MODE = 0o600
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation on the raw descriptor


class SealedFileError(StoreError):
    """A sealed file cannot be read or continued: wrong key, changed, damaged, truncated or extended."""


def new_data_key() -> bytes:
    """A fresh random data key for a home (32 bytes, for the OS credential store only)."""
    return os.urandom(KEY_BYTES)


class _FileKeys:
    """The per-file cipher and header check of one file, derived from the data key and its id."""

    def __init__(self, data_key: bytes, file_id: bytes) -> None:
        if len(data_key) != KEY_BYTES:
            raise ValueError(f"a data key has {KEY_BYTES} bytes, not {len(data_key)}")
        derived = HKDF(algorithm=hashes.SHA256(), length=2 * KEY_BYTES, salt=None, info=_HKDF_INFO + file_id).derive(
            data_key
        )
        self.aead = AESGCM(derived[:KEY_BYTES])
        self._check_key = derived[KEY_BYTES:]

    def check(self, prefix: bytes) -> bytes:
        return hmac.new(self._check_key, prefix, sha256).digest()[:CHECK_BYTES]


class _Header:
    """A parsed, key-checked header: what every chunk's associated data starts with."""

    def __init__(self, raw: bytes, chunk_size: int, keys: _FileKeys) -> None:
        self.raw = raw
        self.chunk_size = chunk_size
        self.record = chunk_size + TAG_BYTES
        self.keys = keys

    @classmethod
    def new(cls, data_key: bytes, chunk_size: int) -> _Header:
        if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise ValueError(f"chunk size {chunk_size} outside {MIN_CHUNK_SIZE}..{MAX_CHUNK_SIZE}")
        file_id = os.urandom(FILE_ID_BYTES)
        keys = _FileKeys(data_key, file_id)
        prefix = _PREFIX.pack(MAGIC, VERSION, 0, 0, chunk_size, file_id)
        return cls(prefix + keys.check(prefix), chunk_size, keys)

    @classmethod
    def parse(cls, raw: bytes, data_key: bytes, path: Path) -> _Header:
        if len(raw) < HEADER_BYTES:
            raise SealedFileError(
                phrase("StoreError", "{path} is not a sealed file (too short for a header)", path=str(path))
            )
        prefix, check = raw[: _PREFIX.size], raw[_PREFIX.size : HEADER_BYTES]
        magic, version, flags, reserved, chunk_size, file_id = _PREFIX.unpack(prefix)
        if magic != MAGIC:
            raise SealedFileError(
                phrase("StoreError", "{path} is not a sealed file (no sealed-file header)", path=str(path))
            )
        if version != VERSION:
            raise SealedFileError(
                phrase(
                    "StoreError",
                    "{path} has sealed-file format version {version}; this desk reads {supported}",
                    path=str(path),
                    version=version,
                    supported=VERSION,
                )
            )
        if flags or reserved or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
            raise SealedFileError(phrase("StoreError", "{path} has a damaged sealed-file header", path=str(path)))
        keys = _FileKeys(data_key, file_id)
        if not hmac.compare_digest(keys.check(prefix), check):
            raise SealedFileError(
                phrase(
                    "StoreError",
                    "{path} cannot be opened with this key (a wrong key, or a changed header)",
                    path=str(path),
                )
            )
        return cls(raw[:HEADER_BYTES], chunk_size, keys)

    def _nonce_and_aad(self, index: int, final: bool) -> tuple[bytes, bytes]:
        if index >= MAX_CHUNKS:
            raise SealedFileError(phrase("StoreError", "sealed files hold at most {limit} chunks", limit=MAX_CHUNKS))
        return index.to_bytes(12, "big"), self.raw + _INDEX.pack(index, final)

    def seal(self, index: int, plaintext: bytes | bytearray, final: bool) -> bytes:
        nonce, aad = self._nonce_and_aad(index, final)
        return self.keys.aead.encrypt(nonce, plaintext, aad)

    def open(self, index: int, record: bytes, final: bool) -> bytes | None:
        """The chunk's plaintext, or None when it does not authenticate as (index, final)."""
        nonce, aad = self._nonce_and_aad(index, final)
        try:
            return self.keys.aead.decrypt(nonce, record, aad)
        except InvalidTag:
            return None


def _open_for_write(path: Path, flags: int) -> io.BufferedWriter:
    fd = os.open(path, flags | os.O_WRONLY | _BINARY, _FILE_MODE)
    return os.fdopen(fd, "wb")


class SealedWriter:
    """Streams plaintext into a sealed file; :meth:`close` seals the last chunk and finishes it.

    Used as a context manager, an exception inside the block leaves the file unfinished (resumable
    with :meth:`resume`) instead of finishing a file that lacks its end.
    """

    def __init__(self, path: Path, header: _Header, out: io.BufferedWriter, chunks: int) -> None:
        self.path = path
        self._header = header
        self._out = out
        self._chunks = chunks  # sealed chunks already in the file
        self._pending = bytearray()  # plaintext of the next chunk, in memory only
        self._closed = False

    @classmethod
    def create(cls, path: Path | str, data_key: bytes, chunk_size: int = DEFAULT_CHUNK_SIZE) -> SealedWriter:
        """Creates a new sealed file (mode 0600); fails with ``FileExistsError`` if ``path`` exists."""
        path = Path(path)
        header = _Header.new(data_key, chunk_size)
        out = _open_for_write(path, os.O_CREAT | os.O_EXCL)
        try:
            out.write(header.raw)
        except BaseException:
            out.close()
            raise
        return cls(path, header, out, 0)

    @classmethod
    def resume(cls, path: Path | str, data_key: bytes) -> SealedWriter:
        """Reopens an unfinished sealed file to append to it, at :attr:`size`.

        A torn tail (a chunk written only in part, or not at all, before a crash or power cut) is
        cut off, so the file continues after its last chunk that authenticates.

        Raises:
            SealedFileError: a wrong key or damaged header (nothing is changed then), or the file is
                already finished.
        """
        path = Path(path)
        with open(path, "rb") as src:
            header = _Header.parse(src.read(HEADER_BYTES), data_key, path)
            body = os.fstat(src.fileno()).st_size - HEADER_BYTES
            chunks = body // header.record
            if body % header.record or chunks:
                # The file could be finished: its last record authenticates as the final chunk.
                last = chunks if body % header.record else chunks - 1
                src.seek(HEADER_BYTES + last * header.record)
                if header.open(last, src.read(), final=True) is not None:
                    raise SealedFileError(
                        phrase(
                            "StoreError",
                            "{path} is already complete; a finished sealed file is not appended to",
                            path=str(path),
                        )
                    )
            while chunks:
                src.seek(HEADER_BYTES + (chunks - 1) * header.record)
                if header.open(chunks - 1, src.read(header.record), final=False) is not None:
                    break
                chunks -= 1  # torn by a crash (the header check has ruled out a wrong key)
        out = _open_for_write(path, 0)
        try:
            out.truncate(HEADER_BYTES + chunks * header.record)
            out.seek(0, os.SEEK_END)
        except BaseException:
            out.close()
            raise
        return cls(path, header, out, chunks)

    @property
    def chunk_size(self) -> int:
        return self._header.chunk_size

    @property
    def size(self) -> int:
        """Plaintext bytes written so far (sealed on disk and pending in memory)."""
        return self._chunks * self._header.chunk_size + len(self._pending)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Appends ``data``; whole chunks are sealed and written as soon as more data follows them."""
        if self._closed:
            raise ValueError("write to a closed sealed file")
        view = memoryview(data).cast("B")
        chunk_size = self._header.chunk_size
        position = 0
        while position < len(view):
            if len(self._pending) == chunk_size:
                # More data follows, so this chunk is not the last one: seal it now.
                self._out.write(self._header.seal(self._chunks, self._pending, final=False))
                self._chunks += 1
                self._pending.clear()
            take = min(chunk_size - len(self._pending), len(view) - position)
            self._pending += view[position : position + take]
            position += take
        return len(view)

    def sync(self) -> None:
        """Makes the sealed chunks written so far durable (the pending tail stays in memory)."""
        self._out.flush()
        os.fsync(self._out.fileno())

    def close(self, fsync: bool = True) -> None:
        """Seals the pending tail as the final chunk and closes the file (fsynced unless told not)."""
        if self._closed:
            return
        try:
            self._out.write(self._header.seal(self._chunks, self._pending, final=True))
            self._chunks += 1
            self._pending.clear()
            if fsync:
                self.sync()
        finally:
            self._closed = True
            self._out.close()

    def abandon(self) -> None:
        """Closes without finishing: the sealed chunks stay, resumable; the pending tail is dropped."""
        if self._closed:
            return
        self._closed = True
        self._pending.clear()
        self._out.close()

    def __enter__(self) -> SealedWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abandon()


class SealedReader(io.RawIOBase):
    """A finished sealed file as a read-only, seekable binary file; decrypts only the chunks read.

    Opening checks the header against the key and authenticates the final chunk, so a wrong key, a
    truncated or extended file fails at once; a changed chunk fails when it is read.
    """

    def __init__(self, path: Path | str, data_key: bytes) -> None:
        super().__init__()
        self.path = Path(path)
        self._src = open(self.path, "rb")  # noqa: SIM115 - owned by this object, closed in close()
        try:
            self._header = _Header.parse(self._src.read(HEADER_BYTES), data_key, self.path)
            body = os.fstat(self._src.fileno()).st_size - HEADER_BYTES
            record = self._header.record
            self._chunks = -(-body // record)  # ceiling: the last record may be short
            tail = body - (self._chunks - 1) * record
            if self._chunks == 0 or tail < TAG_BYTES:
                raise SealedFileError(
                    phrase("StoreError", "{path} is incomplete or truncated (no final chunk)", path=str(self.path))
                )
            self._size = (self._chunks - 1) * self._header.chunk_size + tail - TAG_BYTES
            self._cached_index = -1
            self._cached = b""
            self._position = 0
            self._load(self._chunks - 1)  # authenticates the end: catches truncation and extension
        except BaseException:
            self._src.close()
            raise

    @property
    def size(self) -> int:
        """The plaintext size in bytes."""
        return self._size

    def _load(self, index: int) -> bytes:
        if index == self._cached_index:
            return self._cached
        record = self._header.record
        self._src.seek(HEADER_BYTES + index * record)
        sealed = self._src.read(record)
        final = index == self._chunks - 1
        plaintext = self._header.open(index, sealed, final)
        if plaintext is None:
            if final and self._header.open(index, sealed, final=False) is not None:
                raise SealedFileError(
                    phrase(
                        "StoreError",
                        "{path} is incomplete or truncated (it does not end with its final chunk)",
                        path=str(self.path),
                    )
                )
            raise SealedFileError(
                phrase(
                    "StoreError",
                    "{path}: chunk {index} does not authenticate (the file was changed, damaged, "
                    "truncated or extended)",
                    path=str(self.path),
                    index=index,
                )
            )
        self._cached_index, self._cached = index, plaintext
        return plaintext

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        if self.closed:
            raise ValueError("read from a closed sealed file")
        out = memoryview(buffer).cast("B")
        chunk_size = self._header.chunk_size
        filled = 0
        while filled < len(out) and self._position < self._size:
            index, offset = divmod(self._position, chunk_size)
            plaintext = self._load(index)
            take = min(len(plaintext) - offset, len(out) - filled)
            out[filled : filled + take] = plaintext[offset : offset + take]
            filled += take
            self._position += take
        return filled

    def readall(self) -> bytes:
        """The rest of the file in one buffer (the default would read it 8 KiB at a time)."""
        out = bytearray(max(self._size - self._position, 0))
        filled = self.readinto(out)
        del out[filled:]
        return bytes(out)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = self._position + offset
        elif whence == os.SEEK_END:
            target = self._size + offset
        else:
            raise ValueError(f"invalid whence {whence}")
        if target < 0:
            raise ValueError(f"negative seek position {target}")
        self._position = target
        return target

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        if not self.closed:
            self._src.close()
            self._cached = b""
        super().close()


def sealed_size(plaintext_size: int, chunk_size: int = DEFAULT_CHUNK_SIZE) -> int:
    """The size on disk of a finished sealed file of ``plaintext_size`` bytes (header and tags).

    The format makes the one follow from the other (each chunk is full but the last, which holds at
    least one byte unless the file is empty), so a file's length can be checked without reading it.
    """
    chunks = max(1, -(-plaintext_size // chunk_size))
    return HEADER_BYTES + plaintext_size + chunks * TAG_BYTES


def open_sealed(path: Path | str, data_key: bytes) -> SealedReader:
    """Opens a finished sealed file for reading (``read``, ``seek``, ``readinto``, ``with``)."""
    return SealedReader(path, data_key)


def read_sealed(path: Path | str, data_key: bytes) -> bytes:
    """The whole plaintext of a finished sealed file."""
    with open_sealed(path, data_key) as reader:
        return reader.read()


def write_sealed(
    path: Path | str, data_key: bytes, data: bytes | bytearray | memoryview, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> None:
    """Writes ``data`` as a new finished sealed file; on any failure nothing is left at ``path``."""
    path = Path(path)
    writer = SealedWriter.create(path, data_key, chunk_size)
    try:
        writer.write(data)
        writer.close()
    except BaseException:
        writer.abandon()
        with contextlib.suppress(OSError):
            path.unlink()
        raise
