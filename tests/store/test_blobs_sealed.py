"""store/blobs.py with a key: nothing readable on disk, ever; resuming at a chunk boundary; HMAC names.

Every byte the store writes goes through a file object from ``os.fdopen`` (sealed and plain
writers alike) or ``os.write``; a spy on both sees each write before it reaches the disk. The same
staged download through a plaintext store must be seen by the spy: that is what shows the checks
can fail.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from arbitration_desk.store import rulings
from arbitration_desk.store.blobs import BlobStore, FinalizeStatus
from arbitration_desk.store.errors import BlobError, StoreError
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.sealed import DEFAULT_CHUNK_SIZE, HEADER_BYTES, TAG_BYTES, read_sealed, sealed_size

CHUNK = DEFAULT_CHUNK_SIZE
RECORD = CHUNK + TAG_BYTES
MARKER = b"CONFIDENTIAL-BANK-STATEMENT-4711 "
PNG = b"\x89PNG\r\n\x1a\n"
PDF = b"%PDF-"
SIGNS = (MARKER, PNG, PDF)


def document(size: int, magic: bytes = PNG, seed: int = 1) -> bytes:
    """A file starting with ``magic``, the marker every 1,000 bytes, random bytes between."""
    data = bytearray(random.Random(seed).randbytes(size))
    for at in range(0, size - len(MARKER), 1000):
        data[at : at + len(MARKER)] = MARKER
    data[: len(magic)] = magic
    return bytes(data)


CONTENT = document(3 * CHUNK + CHUNK // 2)  # three whole chunks and half of a fourth
SHA = hashlib.sha256(CONTENT).hexdigest()


def readable(data: bytes) -> list[bytes]:
    return [sign for sign in SIGNS if sign in data]


def files_showing_content(root: Path) -> dict[str, list[bytes]]:
    """Every file under ``root`` that holds the marker or a PNG/PDF magic number, and which."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file() and (signs := readable(path.read_bytes())):
            found[str(path.relative_to(root))] = signs
    return found


class _SpyFile:
    """A file object that reports every write before passing it on."""

    def __init__(self, inner: Any, seen: Callable[[bytes], None]) -> None:
        self._inner = inner
        self._seen = seen

    def write(self, data: bytes) -> int:
        self._seen(bytes(data))
        return int(self._inner.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __enter__(self) -> _SpyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every byte written through ``os.fdopen`` files and ``os.write`` during the test."""
    log: list[bytes] = []
    real_fdopen, real_write = os.fdopen, os.write

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _SpyFile(real_fdopen(fd, *args, **kwargs), log.append)

    def write(fd: int, data: Any) -> int:
        log.append(bytes(data))
        return real_write(fd, data)

    monkeypatch.setattr(os, "fdopen", fdopen)
    monkeypatch.setattr(os, "write", write)
    return log


@pytest.fixture
def key() -> DataKey:
    return DataKey.generate()[0]


@pytest.fixture
def blobs(tmp_path: Path, key: DataKey) -> BlobStore:
    return BlobStore(tmp_path / "blobs", key)


def staged_download(blobs: BlobStore, check: Callable[[], None]) -> None:
    """What the sync does with one file: a download broken mid-chunk, resumed, finalized; a
    damaged one quarantined; a small one stored whole. ``check`` runs after every step."""
    pieces = [CONTENT[at : at + 10_000] for at in range(0, len(CONTENT), 10_000)]
    with pytest.raises(ConnectionError), blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        for piece in pieces[:20]:
            writer.write(piece)
            check()
        raise ConnectionError("the connection broke in the middle of a chunk")
    check()
    held = blobs.bytes_held(SHA)
    with blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        for at in range(held, len(CONTENT), 10_000):
            writer.write(CONTENT[at : at + 10_000])
            check()
    check()
    assert blobs.finalize(SHA, SHA).verified
    check()
    with blobs.open_append("damaged", limit=len(CONTENT)) as writer:
        writer.write(CONTENT[:-1] + b"x")
    assert blobs.finalize("damaged", SHA).status is FinalizeStatus.MISMATCH
    check()
    small = document(50_000, PDF, seed=2)
    assert blobs.store_complete(hashlib.sha256(small).hexdigest(), small).verified
    check()


def test_nothing_readable_reaches_the_disk_at_any_moment(blobs: BlobStore, written: list[bytes]) -> None:
    def check() -> None:
        assert files_showing_content(blobs.root) == {}
        assert [readable(data) for data in written if readable(data)] == []

    staged_download(blobs, check)
    assert written  # the spy saw the writes
    assert blobs.quarantined(SHA) and blobs.has_verified(SHA, len(CONTENT))
    with blobs.open_verified(SHA) as handle:
        assert handle.read() == CONTENT


def test_the_same_checks_see_a_plaintext_store(tmp_path: Path, written: list[bytes]) -> None:
    """The checks above can fail: through a plaintext store they find the content."""
    blobs = BlobStore(tmp_path / "plain")
    staged_download(blobs, lambda: None)
    assert set(files_showing_content(blobs.root)) >= {f"verified/{SHA[:2]}/{SHA}", f"quarantine/{SHA}-1"}
    assert any(PNG in data for data in written) and any(PDF in data for data in written)


def test_a_download_broken_mid_chunk_resumes_after_its_last_whole_chunk(blobs: BlobStore) -> None:
    with pytest.raises(ConnectionError), blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT[: 2 * CHUNK + 1000])
        raise ConnectionError
    # Two chunks were sealed (each once more data followed); the 1,000 bytes after them were only in memory.
    assert blobs.bytes_held(SHA) == 2 * CHUNK
    with blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        assert writer.size == 2 * CHUNK
        writer.write(CONTENT[2 * CHUNK :])
    result = blobs.finalize(SHA, SHA)  # the prefix is hashed again by reading the sealed file
    assert result.verified and result.size == len(CONTENT)
    assert read_sealed(result.path, blobs.key.sealing_key if blobs.key else b"") == CONTENT


@pytest.mark.parametrize(
    ("tear", "resumes_at"),
    [
        (lambda size: HEADER_BYTES + 2 * RECORD + 500, 2 * CHUNK),  # the third chunk written in part
        (lambda size: size - 1, 2 * CHUNK),  # its last byte never reached the disk
        (lambda size: HEADER_BYTES + 10, 0),  # a crash right after the header
    ],
    ids=["mid-record", "last-byte", "no-chunk"],
)
def test_a_torn_tail_is_cut_and_the_download_resumes_before_it(
    blobs: BlobStore, tear: Callable[[int], int], resumes_at: int
) -> None:
    with pytest.raises(ConnectionError), blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT[: 3 * CHUNK + 10])
        raise ConnectionError
    path = blobs.staging_path(SHA)
    assert path.stat().st_size == HEADER_BYTES + 3 * RECORD
    os.truncate(path, tear(path.stat().st_size))  # what a power cut leaves
    assert blobs.bytes_held(SHA) == resumes_at
    with blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT[resumes_at:])
    assert blobs.finalize(SHA, SHA).verified
    with blobs.open_verified(SHA) as handle:
        assert handle.read() == CONTENT


def test_a_damaged_last_chunk_is_cut_like_a_torn_one(blobs: BlobStore) -> None:
    with pytest.raises(ConnectionError), blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT[: 3 * CHUNK + 10])
        raise ConnectionError
    path = blobs.staging_path(SHA)
    with open(path, "r+b") as handle:  # a sector of the third chunk lost
        handle.seek(HEADER_BYTES + 2 * RECORD + 100)
        handle.write(b"\0" * 512)
    assert blobs.bytes_held(SHA) == 2 * CHUNK


def test_a_finished_staging_file_is_held_whole_and_not_appended_to(blobs: BlobStore) -> None:
    with blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT)
    assert blobs.bytes_held(SHA) == len(CONTENT)
    with pytest.raises(BlobError, match="already complete"):
        blobs.open_append(SHA, limit=len(CONTENT))
    assert blobs.finalize(SHA, SHA).verified


def test_an_unfinished_staging_file_is_finalized_with_what_it_holds(blobs: BlobStore) -> None:
    with blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT[: 2 * CHUNK + 5])  # fewer bytes than declared: left unfinished
    result = blobs.finalize(SHA, SHA)
    assert result.status is FinalizeStatus.MISMATCH and result.size == 2 * CHUNK
    assert read_sealed(result.path, blobs.key.sealing_key if blobs.key else b"") == CONTENT[: 2 * CHUNK]


def test_names_do_not_give_the_content_hash_away(blobs: BlobStore, key: DataKey) -> None:
    with pytest.raises(ConnectionError), blobs.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT[: 2 * CHUNK])
        raise ConnectionError
    staged = blobs.staging_path(SHA)
    assert SHA not in str(staged) and staged.exists()
    other = document(9000, seed=3)
    assert blobs.store_complete(SHA, other).status is FinalizeStatus.MISMATCH
    assert blobs.store_complete(SHA, CONTENT).verified
    names = [str(path.relative_to(blobs.root)) for path in blobs.root.rglob("*")]
    assert names and not [name for name in names if SHA in name or SHA[:16] in name]
    name = key.blob_name(SHA)
    assert f"verified/{name[:2]}/{name}" in names and f"quarantine/{name}-1" in names
    assert blobs.verified_count() == 1 and blobs.staging_count() == 1
    # Another home's key names the same content differently.
    assert BlobStore(blobs.root, DataKey.generate()[0]).has_verified(SHA) is False


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 17])
def test_the_size_check_needs_no_read(blobs: BlobStore, size: int) -> None:
    content = document(size) if size > len(PNG) else b"x" * size
    sha = hashlib.sha256(content).hexdigest()
    result = blobs.store_complete(sha, content)
    assert result.path.stat().st_size == sealed_size(size)
    assert blobs.has_verified(sha, size) and blobs.has_verified(sha)
    assert not blobs.has_verified(sha, size + 1)
    if size:
        assert not blobs.has_verified(sha, size - 1)
        os.truncate(result.path, result.path.stat().st_size - 1)
        assert not blobs.has_verified(sha, size)


def test_a_file_under_another_key_is_refused_clearly(tmp_path: Path, blobs: BlobStore) -> None:
    other = BlobStore(tmp_path / "other", DataKey.generate()[0])
    foreign = other.store_complete(SHA, CONTENT).path
    mine = blobs.store_complete(SHA, CONTENT).path
    mine.write_bytes(foreign.read_bytes())  # the same name, sealed under another key
    with pytest.raises(BlobError, match="cannot be opened with this key"):
        blobs.open_verified(SHA)
    with pytest.raises(BlobError, match="cannot be opened with this key"):
        rulings.read_document(blobs, SHA)


def test_a_staging_file_this_store_cannot_use_is_discarded(tmp_path: Path, blobs: BlobStore) -> None:
    other = BlobStore(tmp_path / "other", DataKey.generate()[0])
    with pytest.raises(ConnectionError), other.open_append(SHA, limit=len(CONTENT)) as writer:
        writer.write(CONTENT[: 2 * CHUNK + 1])
        raise ConnectionError
    for foreign in (other.staging_path(SHA).read_bytes(), CONTENT[:1000]):  # another key's; a plaintext one
        blobs.staging_path(SHA).write_bytes(foreign)
        with pytest.raises(BlobError, match="cannot read staged download"):
            blobs.finalize(SHA, SHA)
        assert blobs.bytes_held(SHA) == 0 and not blobs.staging_path(SHA).exists()


def test_a_chunk_damaged_in_a_verified_file_fails_when_read(blobs: BlobStore) -> None:
    path = blobs.store_complete(SHA, CONTENT).path
    with open(path, "r+b") as handle:
        handle.seek(HEADER_BYTES + RECORD + 10)
        handle.write(b"\xff")
    with blobs.open_verified(SHA) as handle:
        assert handle.read(100) == CONTENT[:100]
        with pytest.raises(StoreError, match="does not authenticate"):
            handle.read()
    with pytest.raises(BlobError, match="is damaged"):
        rulings.read_document(blobs, SHA)


# ---- signed-ruling documents ----


@pytest.fixture
def signed_pdf() -> Iterator[bytes]:
    yield document(200_000, PDF, seed=7)


def test_a_signed_ruling_is_stored_sealed_and_reads_back(blobs: BlobStore, signed_pdf: bytes) -> None:
    sha = rulings.save_document(blobs, signed_pdf)
    assert sha == hashlib.sha256(signed_pdf).hexdigest()
    assert files_showing_content(blobs.root) == {}
    assert blobs.has_verified(sha, len(signed_pdf)) and blobs.staging_count() == 0
    assert rulings.read_document(blobs, sha) == signed_pdf
    assert rulings.save_document(blobs, signed_pdf) == sha  # already held: not written again
    assert blobs.verified_count() == 1
