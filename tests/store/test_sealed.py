"""Sealed files: round trips, append after reopen, random reads, and every tampering detected."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.sealed import (
    DEFAULT_CHUNK_SIZE,
    HEADER_BYTES,
    MIN_CHUNK_SIZE,
    TAG_BYTES,
    SealedFileError,
    SealedWriter,
    new_data_key,
    open_sealed,
    read_sealed,
    write_sealed,
)

CHUNK = MIN_CHUNK_SIZE  # small chunks: many chunk boundaries in small files
RECORD = CHUNK + TAG_BYTES
MARKER = b"CONFIDENTIAL-BANK-STATEMENT-4711 "


def payload(size: int, seed: int = 1) -> bytes:
    """Random bytes with the marker sprinkled in, so a plaintext leak would be found by search."""
    data = bytearray(random.Random(seed).randbytes(size))
    for at in range(0, max(size - len(MARKER), 0), 1000):
        data[at : at + len(MARKER)] = MARKER
    return bytes(data)


@pytest.fixture
def key() -> bytes:
    return new_data_key()


def sealed(path: Path, key: bytes, data: bytes, chunk_size: int = CHUNK) -> Path:
    write_sealed(path, key, data, chunk_size)
    return path


def test_new_data_keys_are_random_32_bytes() -> None:
    first, second = new_data_key(), new_data_key()
    assert len(first) == 32
    assert first != second


@pytest.mark.parametrize(
    "size",
    [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, MIN_CHUNK_SIZE * 750 + 17],
    ids=["0", "1", "chunk-1", "chunk", "chunk+1", "3chunks", "several-MB"],
)
def test_round_trip(tmp_path: Path, key: bytes, size: int) -> None:
    data = payload(size)
    path = sealed(tmp_path / "f", key, data)
    assert read_sealed(path, key) == data
    # One final chunk at least, full chunks before it, one tag per chunk: sizes leak only this.
    chunks = max(1, -(-size // CHUNK))
    assert path.stat().st_size == HEADER_BYTES + size + chunks * TAG_BYTES
    with open_sealed(path, key) as reader:
        assert reader.size == size


def test_round_trip_default_chunk_in_odd_writes(tmp_path: Path, key: bytes) -> None:
    data = payload(5 * DEFAULT_CHUNK_SIZE + 123)
    rng = random.Random(7)
    with SealedWriter.create(tmp_path / "f", key) as writer:
        position = 0
        while position < len(data):
            step = rng.choice([1, 100, DEFAULT_CHUNK_SIZE - 1, DEFAULT_CHUNK_SIZE, 3 * DEFAULT_CHUNK_SIZE + 5])
            writer.write(memoryview(data)[position : position + step])
            position += step
        assert writer.size == len(data)
    assert read_sealed(tmp_path / "f", key) == data


def test_files_are_private_and_never_overwritten(tmp_path: Path, key: bytes) -> None:
    path = sealed(tmp_path / "f", key, b"x")
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(FileExistsError):
        SealedWriter.create(path, key)


def test_the_disk_never_holds_the_plaintext(tmp_path: Path, key: bytes) -> None:
    data = payload(CHUNK * 20 + 5)
    assert MARKER in data
    # Interrupted half-way, then resumed and finished: no state of the file holds the marker.
    writer = SealedWriter.create(tmp_path / "f", key, CHUNK)
    writer.write(data[: len(data) // 2])
    writer.sync()
    assert MARKER not in (tmp_path / "f").read_bytes()
    writer.abandon()
    resumed = SealedWriter.resume(tmp_path / "f", key)
    resumed.write(data[resumed.size :])
    resumed.close()
    assert MARKER not in (tmp_path / "f").read_bytes()
    assert read_sealed(tmp_path / "f", key) == data


def test_same_content_seals_differently_each_time(tmp_path: Path, key: bytes) -> None:
    data = payload(3 * CHUNK)
    first = sealed(tmp_path / "a", key, data).read_bytes()
    second = sealed(tmp_path / "b", key, data).read_bytes()
    assert first[HEADER_BYTES:RECORD] != second[HEADER_BYTES:RECORD]


@pytest.mark.parametrize("interrupted_at", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * CHUNK + 9])
def test_append_after_reopen(tmp_path: Path, key: bytes, interrupted_at: int) -> None:
    data = payload(7 * CHUNK + 3)
    path = tmp_path / "staging"
    with pytest.raises(ConnectionError), SealedWriter.create(path, key, CHUNK) as writer:
        writer.write(data[:interrupted_at])
        raise ConnectionError("the download dropped")
    with pytest.raises(SealedFileError, match="incomplete"):
        read_sealed(path, key)  # an unfinished file is never read as if it were whole
    resumed = SealedWriter.resume(path, key)
    # Only whole chunks that more data followed survive: at most one chunk is fetched again.
    assert resumed.size % CHUNK == 0
    assert interrupted_at - CHUNK <= resumed.size <= interrupted_at
    assert resumed.chunk_size == CHUNK
    resumed.write(data[resumed.size :])
    resumed.close()
    assert read_sealed(path, key) == data


def test_resume_cuts_a_torn_tail(tmp_path: Path, key: bytes) -> None:
    data = payload(6 * CHUNK)
    path = tmp_path / "staging"
    writer = SealedWriter.create(path, key, CHUNK)
    writer.write(data)
    writer.abandon()  # 5 sealed chunks, the 6th only in memory
    raw = path.read_bytes()
    assert len(raw) == HEADER_BYTES + 5 * RECORD
    # A power cut: the 5th chunk half written, the 4th's last page never reached the disk.
    torn = bytearray(raw[: HEADER_BYTES + 4 * RECORD + 100])
    torn[HEADER_BYTES + 4 * RECORD - 10 : HEADER_BYTES + 4 * RECORD] = bytes(10)
    path.write_bytes(torn)
    resumed = SealedWriter.resume(path, key)
    assert resumed.size == 3 * CHUNK
    resumed.write(data[resumed.size :])
    resumed.close()
    assert read_sealed(path, key) == data


@pytest.mark.parametrize("size", [0, 5, CHUNK, 3 * CHUNK + 1])
def test_a_finished_file_is_not_appended_to(tmp_path: Path, key: bytes, size: int) -> None:
    path = sealed(tmp_path / "f", key, payload(size))
    before = path.read_bytes()
    with pytest.raises(SealedFileError, match="already complete"):
        SealedWriter.resume(path, key)
    assert path.read_bytes() == before


def test_resume_with_a_wrong_key_changes_nothing(tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "staging"
    writer = SealedWriter.create(path, key, CHUNK)
    writer.write(payload(4 * CHUNK))
    writer.abandon()
    before = path.read_bytes()
    with pytest.raises(SealedFileError, match="key"):
        SealedWriter.resume(path, new_data_key())
    assert path.read_bytes() == before


def test_random_reads(tmp_path: Path, key: bytes) -> None:
    data = payload(50 * CHUNK + 77)
    path = sealed(tmp_path / "f", key, data)
    rng = random.Random(3)
    with open_sealed(path, key) as reader:
        assert reader.seekable() and reader.readable()
        for _ in range(300):
            start = rng.randrange(0, len(data) + 10)
            length = rng.choice([0, 1, 7, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK])
            assert reader.seek(start) == start
            assert reader.read(length) == data[start : start + length]
            assert reader.tell() == (min(start + length, len(data)) if start <= len(data) else start)
        buffer = bytearray(CHUNK + 2)
        reader.seek(-len(buffer) - 5, os.SEEK_END)
        assert reader.readinto(buffer) == len(buffer)
        assert bytes(buffer) == data[-len(buffer) - 5 : -5]
        reader.seek(10)
        reader.seek(5, os.SEEK_CUR)
        assert reader.read() == data[15:]
        assert reader.read(10) == b""
        with pytest.raises(ValueError):
            reader.seek(-1)


def test_a_random_read_decrypts_only_the_chunks_it_touches(tmp_path: Path, key: bytes) -> None:
    data = payload(10 * CHUNK)
    path = sealed(tmp_path / "f", key, data)
    raw = bytearray(path.read_bytes())
    raw[HEADER_BYTES + 2 * RECORD + 5] ^= 1  # chunk 2 damaged
    path.write_bytes(raw)
    with open_sealed(path, key) as reader:
        reader.seek(5 * CHUNK)
        assert reader.read(CHUNK) == data[5 * CHUNK : 6 * CHUNK]
        reader.seek(2 * CHUNK + 100)
        with pytest.raises(SealedFileError, match="chunk 2 does not authenticate"):
            reader.read(1)


# --- tampering: each case must fail with SealedFileError, never return bytes --------------------


def _flip(raw: bytes, at: int) -> bytes:
    changed = bytearray(raw)
    changed[at] ^= 0x01
    return bytes(changed)


def _swap(raw: bytes, first: int, second: int) -> bytes:
    chunks = [raw[HEADER_BYTES + i * RECORD : HEADER_BYTES + (i + 1) * RECORD] for i in range(4)]
    chunks[first], chunks[second] = chunks[second], chunks[first]
    return raw[:HEADER_BYTES] + b"".join(chunks) + raw[HEADER_BYTES + 4 * RECORD :]


TAMPERING = {
    "magic": lambda raw, other: _flip(raw, 0),
    "version": lambda raw, other: _flip(raw, 8),
    "chunk size": lambda raw, other: _flip(raw, 14),
    "file id": lambda raw, other: _flip(raw, 20),
    "key check": lambda raw, other: _flip(raw, HEADER_BYTES - 1),
    "chunk byte": lambda raw, other: _flip(raw, HEADER_BYTES + RECORD + 17),
    "chunk tag": lambda raw, other: _flip(raw, HEADER_BYTES + 2 * RECORD - 1),
    "final chunk byte": lambda raw, other: _flip(raw, len(raw) - TAG_BYTES - 1),
    "final tag": lambda raw, other: _flip(raw, len(raw) - 1),
    "drop last chunk": lambda raw, other: raw[: HEADER_BYTES + 4 * RECORD],
    "truncate mid chunk": lambda raw, other: raw[: HEADER_BYTES + 2 * RECORD + 50],
    "truncate to header": lambda raw, other: raw[:HEADER_BYTES],
    "truncate header": lambda raw, other: raw[: HEADER_BYTES - 1],
    "empty": lambda raw, other: b"",
    "extend with zeros": lambda raw, other: raw + bytes(RECORD),
    "extend with a chunk": lambda raw, other: raw + raw[HEADER_BYTES : HEADER_BYTES + RECORD],
    "swap two chunks": lambda raw, other: _swap(raw, 1, 2),
    "chunk from another file": lambda raw, other: (
        raw[: HEADER_BYTES + RECORD]
        + other[HEADER_BYTES + RECORD : HEADER_BYTES + 2 * RECORD]
        + raw[HEADER_BYTES + 2 * RECORD :]
    ),
    "header from another file": lambda raw, other: other[:HEADER_BYTES] + raw[HEADER_BYTES:],
    "whole other file's tail": lambda raw, other: raw[: HEADER_BYTES + 4 * RECORD] + other[HEADER_BYTES + 4 * RECORD :],
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_tampering_is_detected(tmp_path: Path, key: bytes, case: str) -> None:
    data = payload(4 * CHUNK + 500)  # 4 full chunks and a short final one
    raw = sealed(tmp_path / "f", key, data).read_bytes()
    other = sealed(tmp_path / "other", key, payload(4 * CHUNK + 500, seed=2)).read_bytes()
    tampered = TAMPERING[case](raw, other)
    assert tampered != raw
    path = tmp_path / "tampered"
    path.write_bytes(tampered)
    with pytest.raises(SealedFileError) as caught:
        read_sealed(path, key)
    assert isinstance(caught.value, StoreError)
    assert str(path) in str(caught.value)


def test_a_wrong_key_is_refused_at_open(tmp_path: Path, key: bytes) -> None:
    path = sealed(tmp_path / "f", key, payload(3 * CHUNK))
    with pytest.raises(SealedFileError, match="cannot be opened with this key"):
        open_sealed(path, new_data_key())


def test_a_key_of_the_wrong_length_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        SealedWriter.create(tmp_path / "f", b"short")
    assert not (tmp_path / "f").exists()


def test_write_sealed_leaves_nothing_on_failure(tmp_path: Path, key: bytes) -> None:
    class Exploding:
        def __buffer__(self, flags: int) -> memoryview:
            raise OSError("no space left on device")

    with pytest.raises((OSError, TypeError)):
        write_sealed(tmp_path / "f", key, Exploding())  # type: ignore[arg-type]
    assert not (tmp_path / "f").exists()


def test_writing_after_close_is_refused(tmp_path: Path, key: bytes) -> None:
    writer = SealedWriter.create(tmp_path / "f", key)
    writer.close()
    writer.close()  # idempotent
    with pytest.raises(ValueError, match="closed"):
        writer.write(b"x")


def test_equal_chunks_in_one_file_never_share_a_keystream(tmp_path: Path, key: bytes) -> None:
    # A repeated nonce under the file's key would encrypt equal plaintext chunks identically.
    raw = sealed(tmp_path / "f", key, bytes(3 * CHUNK)).read_bytes()
    chunks = {raw[HEADER_BYTES + i * RECORD : HEADER_BYTES + i * RECORD + CHUNK] for i in range(3)}
    assert len(chunks) == 3
