"""store/blobs.py: the content-addressed evidence files: staging, resume, finalize, quarantine, release, names.

Every test runs on both file formats: sealed under a home's key (what the desk uses) and plain
(the layout of homes from before encryption, still read by their migration). What is particular
to sealed files (nothing readable on disk, resuming at a chunk boundary, HMAC names, wrong keys)
is in test_blobs_sealed.py.

The second half: the blob store survives its directories being removed behind its back (its mkdir
cache goes stale). Two stores on one home were the desk's sign-out bug: the wipe ran through a
second ``Store``, and the window's ``BlobStore`` still took the removed ``verified/ab`` directories
for made, so every later download failed with "No such file or directory" until a restart.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import time
from pathlib import Path

import pytest

from arbitration_desk.store.blobs import BlobStore, FinalizeStatus
from arbitration_desk.store.errors import BlobError, BlobNotFoundError, BlobTooLargeError, InvalidBlobNameError
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.sealed import read_sealed
from helpers.stores import open_store

CONTENT = b"%PDF-1.7 evidence " * 1000
SHA = hashlib.sha256(CONTENT).hexdigest()


def new_blobs(root: Path, sealed: bool) -> BlobStore:
    return BlobStore(root, DataKey.generate()[0] if sealed else None)


@pytest.fixture(params=[True, False], ids=["sealed", "plain"])
def sealed(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def blobs(tmp_path: Path, sealed: bool) -> BlobStore:
    return new_blobs(tmp_path / "blobs", sealed)


def name_of(blobs: BlobStore, sha: str) -> str:
    """The file name of ``sha``: an HMAC under the key, or the hash itself in a plain store."""
    return sha if blobs.key is None else blobs.key.blob_name(sha)


def verified_at(blobs: BlobStore, sha: str) -> Path:
    name = name_of(blobs, sha)
    return blobs.root / "verified" / name[:2] / name


def content_of(blobs: BlobStore, path: Path) -> bytes:
    """What a file of the store holds (decrypted when sealed)."""
    return path.read_bytes() if blobs.key is None else read_sealed(path, blobs.key.sealing_key)


def verified_content(blobs: BlobStore, sha: str) -> bytes:
    with blobs.open_verified(sha) as handle:
        return handle.read()


def test_resumed_download_is_verified_under_its_name(blobs: BlobStore) -> None:
    with blobs.open_append("dl-1", limit=len(CONTENT)) as writer:
        writer.write(CONTENT[:5000])
    held = blobs.bytes_held("dl-1")
    # A sealed file keeps whole chunks only (64 KiB): the rest is fetched again from where it resumes.
    assert held == (0 if blobs.key else 5000)
    with blobs.open_append("dl-1", limit=len(CONTENT)) as writer:  # resume with Range: bytes=<held>-
        assert writer.size == held
        writer.write(CONTENT[held:])
    result = blobs.finalize("dl-1", SHA)
    assert result.status is FinalizeStatus.VERIFIED and result.verified and result.size == len(CONTENT)
    assert result.path == verified_at(blobs, SHA)
    assert blobs.has_verified(SHA)
    assert blobs.bytes_held("dl-1") == 0
    assert verified_content(blobs, SHA) == CONTENT
    assert blobs.verified_count() == 1


def test_files_are_private(blobs: BlobStore) -> None:
    with blobs.open_append("k") as writer:
        writer.write(CONTENT)
    staged_mode = stat.S_IMODE(blobs.staging_path("k").stat().st_mode)
    path = blobs.finalize("k", SHA).path
    assert staged_mode & 0o077 == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for directory in (blobs.root, path.parent, blobs.root / "staging", blobs.root / "quarantine"):
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_mismatch_goes_to_quarantine_numbered(blobs: BlobStore) -> None:
    for attempt in (1, 2):
        with blobs.open_append("k") as writer:
            writer.write(b"tampered")
        result = blobs.finalize("k", SHA)
        assert result.status is FinalizeStatus.MISMATCH
        assert result.actual_sha256 == hashlib.sha256(b"tampered").hexdigest()
        assert result.path == blobs.root / "quarantine" / f"{name_of(blobs, SHA)}-{attempt}"
        assert content_of(blobs, result.path) == b"tampered"
    assert not blobs.has_verified(SHA)
    assert [p.name for p in blobs.quarantined(SHA)] == [f"{name_of(blobs, SHA)}-{n}" for n in (1, 2)]
    with pytest.raises(BlobNotFoundError):
        blobs.open_verified(SHA)
    assert blobs.release(SHA)
    assert blobs.quarantined(SHA) == []


def test_writer_refuses_more_than_declared_size(blobs: BlobStore) -> None:
    with blobs.open_append("k", limit=10) as writer:
        writer.write(b"0123456789")
        with pytest.raises(BlobTooLargeError):
            writer.write(b"x")
    assert writer.size == 10
    assert blobs.bytes_held("k") == 10  # the declared size, complete: the offending bytes were not written


def test_an_exception_leaves_the_download_unfinished_and_resumable(blobs: BlobStore) -> None:
    with pytest.raises(ConnectionError), blobs.open_append("k", limit=len(CONTENT)) as writer:
        writer.write(CONTENT[:7000])
        raise ConnectionError("the connection broke")
    held = blobs.bytes_held("k")
    with blobs.open_append("k", limit=len(CONTENT)) as writer:
        writer.write(CONTENT[held:])
    assert blobs.finalize("k", SHA).verified  # the prefix written before the break was hashed again
    assert verified_content(blobs, SHA) == CONTENT


def test_reset_discards_partial(blobs: BlobStore) -> None:
    with blobs.open_append("k") as writer:
        writer.write(b"partial")
    blobs.reset("k")
    blobs.reset("k")  # idempotent
    assert blobs.bytes_held("k") == 0
    assert blobs.staging_count() == 0


def test_finalize_without_staging_file(blobs: BlobStore) -> None:
    with pytest.raises(BlobNotFoundError):
        blobs.finalize("missing", SHA)


@pytest.mark.parametrize(
    "bad",
    ["../etc", "ABC", "", "a/b", "a" * 101, "-leading", "name.ext", "k\x00", "ключ"],
)
def test_hostile_keys_are_rejected(blobs: BlobStore, bad: str) -> None:
    with pytest.raises(InvalidBlobNameError):
        blobs.staging_path(bad)


@pytest.mark.parametrize("bad", [SHA.upper(), SHA[:-1], SHA + "0", "../" + SHA[3:], "g" * 64, ""])
def test_hostile_hashes_are_rejected(blobs: BlobStore, bad: str) -> None:
    with pytest.raises(InvalidBlobNameError):
        blobs.has_verified(bad)
    with pytest.raises(InvalidBlobNameError):
        blobs.release(bad)
    with pytest.raises(InvalidBlobNameError):
        blobs.open_verified(bad)


def test_release_and_wipe(blobs: BlobStore) -> None:
    with blobs.open_append("k") as writer:
        writer.write(CONTENT)
    blobs.finalize("k", SHA)
    with blobs.open_append("other") as writer:
        writer.write(b"partial")
    assert not blobs.release(hashlib.sha256(b"unknown").hexdigest())
    blobs.wipe()
    assert not blobs.has_verified(SHA)
    assert blobs.bytes_held("other") == 0
    assert sorted(os.listdir(blobs.root)) == ["quarantine", "staging", "verified"]


def test_a_whole_download_in_memory_is_stored_like_a_finalized_one(blobs: BlobStore) -> None:
    result = blobs.store_complete(SHA, CONTENT)
    assert result.status is FinalizeStatus.VERIFIED
    assert result.path == verified_at(blobs, SHA)
    assert verified_content(blobs, SHA) == CONTENT
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert blobs.staging_count() == 0 and list((blobs.root / "staging").iterdir()) == []  # no leftovers
    assert list(result.path.parent.iterdir()) == [result.path]
    damaged = blobs.store_complete(SHA, CONTENT[:-1] + b"x")
    assert damaged.status is FinalizeStatus.MISMATCH
    assert damaged.actual_sha256 == hashlib.sha256(CONTENT[:-1] + b"x").hexdigest()
    assert blobs.quarantined(SHA) == [damaged.path]
    assert content_of(blobs, damaged.path) == CONTENT[:-1] + b"x"
    assert verified_content(blobs, SHA) == CONTENT  # the verified copy is untouched


def test_files_stored_for_later_fsync_are_made_durable_in_one_batch(blobs: BlobStore) -> None:
    other = b"second item " * 500
    first = blobs.store_complete(SHA, CONTENT, durable=False)
    second = blobs.store_complete(hashlib.sha256(other).hexdigest(), other, durable=False)
    assert first.verified and second.verified
    blobs.make_durable([first.path, second.path])  # fsyncs each file, then each directory once
    assert verified_content(blobs, SHA) == CONTENT
    first.path.unlink()
    with pytest.raises(BlobError):
        blobs.make_durable([first.path])


def test_a_verified_file_of_the_wrong_size_does_not_count(blobs: BlobStore) -> None:
    result = blobs.store_complete(SHA, CONTENT)
    assert blobs.has_verified(SHA) and blobs.has_verified(SHA, len(CONTENT))
    assert not blobs.has_verified(SHA, len(CONTENT) + 1) and not blobs.has_verified(SHA, len(CONTENT) - 1)
    result.path.write_bytes(b"")  # what a power cut can leave of a file whose data never reached the disk
    assert blobs.has_verified(SHA) and not blobs.has_verified(SHA, len(CONTENT))


def test_an_open_verified_file_reads_at_random(blobs: BlobStore) -> None:
    content = os.urandom(300_000)  # several sealed chunks
    sha = hashlib.sha256(content).hexdigest()
    blobs.store_complete(sha, content)
    with blobs.open_verified(sha) as handle:
        assert handle.seekable()
        handle.seek(200_000)
        assert handle.read(10) == content[200_000:200_010]
        handle.seek(-5, os.SEEK_END)
        assert handle.read() == content[-5:]
        handle.seek(65_530)
        assert handle.read(12) == content[65_530:65_542]  # across a chunk boundary


def test_temporary_files_of_interrupted_writes_are_swept_once_old(blobs: BlobStore) -> None:
    directory = blobs.store_complete(SHA, CONTENT).path.parent
    name = name_of(blobs, SHA)
    old, young = directory / f".{name}.0badf00d.part", directory / f".{name}.0badcafe.part"
    for path in (old, young):
        path.write_bytes(b"\0" * 100)  # what a crash between the write and the rename leaves
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert blobs.sweep_interrupted() == 1
    assert not old.exists() and young.exists()  # a young one may be another process's write in progress
    assert blobs.verified_count() == 1 and verified_content(blobs, SHA) == CONTENT


# ---- directories removed behind the store's back ----


def test_a_whole_download_after_another_store_wiped_the_root(tmp_path: Path, sealed: bool) -> None:
    blobs = new_blobs(tmp_path / "blobs", sealed)
    assert blobs.store_complete(SHA, CONTENT).verified  # verified/<ab> is now cached as made
    BlobStore(tmp_path / "blobs", blobs.key).wipe()  # another store on the same root removes it
    assert not blobs.has_verified(SHA)
    result = blobs.store_complete(SHA, CONTENT)
    assert result.status is FinalizeStatus.VERIFIED
    assert verified_content(blobs, SHA) == CONTENT
    assert not list(result.path.parent.glob(".*.part"))  # no temporary file left behind


def test_a_staged_download_after_its_directories_were_removed(tmp_path: Path, sealed: bool) -> None:
    blobs = new_blobs(tmp_path / "blobs", sealed)
    assert blobs.store_complete(SHA, CONTENT).verified
    blobs.release(SHA)
    for name in ("verified", "staging", "quarantine"):  # as a member deleting them by hand
        shutil.rmtree(tmp_path / "blobs" / name)
    with blobs.open_append("k", limit=len(CONTENT)) as writer:
        writer.write(CONTENT)
    assert blobs.finalize("k", SHA).verified  # into verified/<ab>, cached as made but gone
    assert blobs.has_verified(SHA, len(CONTENT))
    with blobs.open_append("q") as writer:
        writer.write(b"tampered")
    assert not (tmp_path / "blobs" / "quarantine").exists()
    quarantined = blobs.finalize("q", SHA)
    assert quarantined.status is FinalizeStatus.MISMATCH and content_of(blobs, quarantined.path) == b"tampered"
    for directory in (blobs.root / "staging", blobs.root / "quarantine", verified_at(blobs, SHA).parent):
        assert directory.stat().st_mode & 0o077 == 0


def test_a_staging_file_that_vanished_is_still_reported_as_missing(tmp_path: Path, sealed: bool) -> None:
    blobs = new_blobs(tmp_path / "blobs", sealed)
    with pytest.raises(BlobNotFoundError):
        blobs.finalize("never-staged", SHA)


def test_the_window_store_downloads_after_an_erase_through_a_second_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_store(home) as window_store:
        assert window_store.blobs.store_complete(SHA, CONTENT).verified
        cached = verified_at(window_store.blobs, SHA).parent
        with open_store(home) as second:
            second.erase()
        assert not cached.exists()
        assert window_store.blobs.store_complete(SHA, CONTENT, durable=False).verified
        window_store.blobs.make_durable([verified_at(window_store.blobs, SHA)])
        assert window_store.blobs.has_verified(SHA, len(CONTENT))


def test_the_happy_path_makes_no_directory_per_file(
    tmp_path: Path, sealed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache of made directories is what saves a mkdir per file on the sync's hot path."""
    blobs = new_blobs(tmp_path / "blobs", sealed)
    made: list[str] = []
    real_mkdir = os.mkdir

    def counting_mkdir(path: str | os.PathLike[str], *args: int, **kwargs: int) -> None:
        made.append(os.fspath(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", counting_mkdir)
    contents = [CONTENT + bytes([n]) for n in range(64)]
    hashes = [hashlib.sha256(c).hexdigest() for c in contents]
    for sha, content in zip(hashes, contents, strict=True):
        assert blobs.store_complete(sha, content, durable=False).verified
    assert len(made) == len({name_of(blobs, sha)[:2] for sha in hashes})  # one per directory, not one per file
    made.clear()
    for sha, content in zip(hashes, contents, strict=True):  # the same directories again
        blobs.release(sha)
        assert blobs.store_complete(sha, content, durable=False).verified
    assert made == []
