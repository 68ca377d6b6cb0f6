"""The blob store survives its directories being removed behind its back (its mkdir cache goes stale).

Two stores on one home were the desk's sign-out bug: the wipe ran through a second ``Store``, and
the window's ``BlobStore`` still took the removed ``verified/ab`` directories for made, so every
later download failed with "No such file or directory" until a restart.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from arbitration_desk.store.blobs import BlobStore, FinalizeStatus
from arbitration_desk.store.errors import BlobNotFoundError
from arbitration_desk.store.store import BLOBS_DIR, Store

CONTENT = b"screenshot of the tracking page " * 300
SHA = hashlib.sha256(CONTENT).hexdigest()


def test_a_whole_download_after_another_store_wiped_the_root(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
    assert blobs.store_complete(SHA, CONTENT).verified  # verified/<ab> is now cached as made
    BlobStore(tmp_path / "blobs").wipe()  # another store on the same root removes it
    assert not blobs.has_verified(SHA)
    result = blobs.store_complete(SHA, CONTENT)
    assert result.status is FinalizeStatus.VERIFIED
    assert blobs.verified_path(SHA).read_bytes() == CONTENT
    assert not list(result.path.parent.glob(".*.part"))  # no temporary file left behind


def test_a_staged_download_after_its_directories_were_removed(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
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
    assert quarantined.status is FinalizeStatus.MISMATCH and quarantined.path.read_bytes() == b"tampered"
    for directory in (blobs.root / "staging", blobs.root / "quarantine", blobs.root / "verified" / SHA[:2]):
        assert directory.stat().st_mode & 0o077 == 0


def test_a_staging_file_that_vanished_is_still_reported_as_missing(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
    with pytest.raises(BlobNotFoundError):
        blobs.finalize("never-staged", SHA)


def test_the_window_store_downloads_after_a_wipe_through_a_second_store(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with Store.open(home) as window_store:
        assert window_store.blobs.store_complete(SHA, CONTENT).verified
        with Store.open(home) as second:
            second.wipe()
        assert not (home / BLOBS_DIR / "verified" / SHA[:2]).exists()
        assert window_store.blobs.store_complete(SHA, CONTENT, durable=False).verified
        window_store.blobs.make_durable([window_store.blobs.verified_path(SHA)])
        assert window_store.blobs.has_verified(SHA, len(CONTENT))


def test_the_happy_path_makes_no_directory_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache of made directories is what saves a mkdir per file on the sync's hot path."""
    blobs = BlobStore(tmp_path / "blobs")
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
    assert len(made) == len({sha[:2] for sha in hashes})  # one per directory, not one per file
    made.clear()
    for sha, content in zip(hashes, contents, strict=True):  # the same directories again
        blobs.release(sha)
        assert blobs.store_complete(sha, content, durable=False).verified
    assert made == []
