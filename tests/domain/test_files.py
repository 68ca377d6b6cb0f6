"""The durable atomic write: mode from the start, unique temporary names, fsync of file and directory,
and nothing changed or left behind when it fails.

Durability is observed through the standard library: ``os.fsync`` and ``os.replace`` are wrapped
(they still run) to record what they were called on and in which order.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from arbitration_desk.domain.files import fsync_directory, replace_durably, write_atomic

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and directory fsync")


def _describe(fd: int) -> tuple[str, int, int]:
    """("dir" or "file", inode, permission bits) of an open descriptor."""
    info = os.fstat(fd)
    return ("dir" if stat.S_ISDIR(info.st_mode) else "file", info.st_ino, stat.S_IMODE(info.st_mode))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Records every ``os.fsync`` (what it synced) and ``os.replace`` (source, target), in order."""
    seen: list[tuple[Any, ...]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        seen.append(("fsync", *_describe(fd)))
        real_fsync(fd)

    def replace(source: Any, target: Any) -> None:
        seen.append(("replace", Path(source), Path(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return seen


@posix_only
def test_the_data_is_fsynced_renamed_then_the_directory_fsynced(tmp_path: Path, calls: list[tuple[Any, ...]]) -> None:
    target = tmp_path / "ca.pem"
    write_atomic(target, b"certificate")
    assert target.read_bytes() == b"certificate"
    assert [call[0] for call in calls] == ["fsync", "replace", "fsync"]
    (_, synced, inode, _), (_, temporary, renamed), (_, then_synced, directory_inode, _) = calls
    assert synced == "file" and inode == target.stat().st_ino  # the data of the file now named ``target``
    assert temporary.parent == tmp_path and temporary.name.startswith(".ca.pem.") and renamed == target
    assert then_synced == "dir" and directory_inode == tmp_path.stat().st_ino  # the target's own directory


@posix_only
def test_the_mode_is_set_before_the_data_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    modes: list[int] = []
    real_write = os.write

    def write(fd: int, data: Any) -> int:
        modes.append(_describe(fd)[2])
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    previous = os.umask(0o077)  # the explicit mode wins over any umask
    try:
        write_atomic(tmp_path / "public.pem", b"x" * 10, mode=0o644)
        write_atomic(tmp_path / "key.pem", b"secret")
    finally:
        os.umask(previous)
    assert modes == [0o644, 0o600]
    assert stat.S_IMODE((tmp_path / "public.pem").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "key.pem").stat().st_mode) == 0o600


@posix_only
def test_replacing_a_file_gives_it_the_new_mode(tmp_path: Path) -> None:
    target = tmp_path / "session.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_two_concurrent_writers_never_share_a_temporary_file(
    tmp_path: Path, calls: list[tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both writers hold their written, unrenamed temporary file at the same moment (a barrier in
    the data fsync): with one fixed ``.tmp`` name, one would rename the other's bytes or fail."""
    target = tmp_path / "ca-pins.txt"
    both_written = threading.Barrier(2, timeout=10)
    recording_fsync = os.fsync

    def fsync(fd: int) -> None:
        if _describe(fd)[0] == "file":
            both_written.wait()
        recording_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    payloads = [b"a" * 100_000, b"b" * 50_000]
    errors: list[BaseException] = []

    def writer(data: bytes) -> Callable[[], None]:
        def run() -> None:
            try:
                write_atomic(target, data, mode=0o644)
            except BaseException as exc:
                errors.append(exc)

        return run

    threads = [threading.Thread(target=writer(data)) for data in payloads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert errors == []
    sources = [call[1] for call in calls if call[0] == "replace"]
    assert len(sources) == 2 and sources[0] != sources[1]
    assert all(source.parent == tmp_path and source.name.startswith(".ca-pins.txt.") for source in sources)
    assert target.read_bytes() in payloads  # one whole write, never a mix
    assert sorted(path.name for path in tmp_path.iterdir()) == ["ca-pins.txt"]


@pytest.mark.parametrize(
    "failing",
    ["fsync", "replace", "interrupt"],
    ids=["disk error on fsync", "rename refused", "interrupted (KeyboardInterrupt)"],
)
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "identity.json"
    target.write_bytes(b"the old certificate")

    def refuse(*args: Any) -> None:
        if failing == "interrupt":
            raise KeyboardInterrupt
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace" if failing == "replace" else "fsync", refuse)
    with pytest.raises(KeyboardInterrupt if failing == "interrupt" else OSError):
        write_atomic(target, b"the new certificate")
    assert target.read_bytes() == b"the old certificate"
    assert [path.name for path in tmp_path.iterdir()] == ["identity.json"]


def test_data_that_is_not_bytes_fails_before_anything_changes(tmp_path: Path) -> None:
    target = tmp_path / "manifest.json"
    target.write_bytes(b"{}")
    with pytest.raises(TypeError):
        write_atomic(target, "text, not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"{}"
    assert [path.name for path in tmp_path.iterdir()] == ["manifest.json"]


def test_a_missing_directory_is_an_error_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "absent" / "file", b"x")
    assert not (tmp_path / "absent").exists()


def test_large_data_is_written_whole(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 7)
    write_atomic(tmp_path / "thumbnail.png", data)
    assert (tmp_path / "thumbnail.png").read_bytes() == data


@posix_only
def test_a_file_system_without_directory_fsync_is_tolerated_a_disk_error_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    directory_error = errno.EINVAL

    def fsync(fd: int) -> None:
        if _describe(fd)[0] == "dir":
            raise OSError(directory_error, os.strerror(directory_error))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    write_atomic(tmp_path / "a", b"1")  # EINVAL: this file system cannot; the write stands
    assert (tmp_path / "a").read_bytes() == b"1"
    directory_error = errno.EIO
    with pytest.raises(OSError) as raised:
        write_atomic(tmp_path / "b", b"2")
    assert raised.value.errno == errno.EIO


def test_no_directory_fsync_on_windows(
    tmp_path: Path, calls: list[tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    fsync_directory(tmp_path)
    assert calls == []


@posix_only
def test_a_staged_file_is_moved_durably(tmp_path: Path, calls: list[tuple[Any, ...]]) -> None:
    staging = tmp_path / ".staging"
    staging.mkdir()
    source = staging / "ruling.part"
    source.write_bytes(b"%PDF-1.7")
    inode = source.stat().st_ino
    replace_durably(source, tmp_path / "ruling.pdf")
    assert (tmp_path / "ruling.pdf").read_bytes() == b"%PDF-1.7"
    assert not source.exists()
    assert [call[:3] for call in calls] == [
        ("fsync", "file", inode),
        ("replace", source, tmp_path / "ruling.pdf"),
        ("fsync", "dir", tmp_path.stat().st_ino),  # the target's directory, not the staging one
    ]
