"""store/store.py: opening a store (a private home, a clear error for a broken file) and wiping it."""

from __future__ import annotations

from pathlib import Path

import pytest

from arbitration_desk.store import testing
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.store import CACHE_DIR, DB_NAME, Store
from helpers.store_evidence import mark_verified


def test_open_creates_private_home_and_files(tmp_path: Path) -> None:
    with Store.open(tmp_path / "home") as store:
        store.sync.apply_case_page([testing.case_summary()], [], "c")
    assert (tmp_path / "home").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "home" / DB_NAME).stat().st_mode & 0o077 == 0


def test_garbage_file_gives_store_error(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / DB_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store.open(home)


def test_wipe_removes_rows_and_files(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.sync.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"secret")]))
    store.sync.store_messages("cs_1", [t.message("m1", "confidential words")], "mc")
    sha = mark_verified(store, b"secret")
    with store.blobs.open_append("partial") as writer:
        writer.write(b"half")
    store.sync.set_member("m_me")
    store.wipe()
    assert store.reads.list_cases() == [] and store.sync.case_cursor() is None and store.reads.member_id() is None
    assert store.search.search("confidential") == []
    assert not store.blobs.has_verified(sha) and store.blobs.bytes_held("partial") == 0
    raw = (store.home / "desk.sqlite3").read_bytes()
    assert b"confidential words" not in raw
    store.sync.apply_case_page([t.case_summary("cs_9")], [], "c")  # still usable afterwards
    assert [row.case_id for row in store.reads.list_cases()] == ["cs_9"]


def test_wipe_deletes_files_derived_from_case_data(tmp_path: Path) -> None:
    with Store.open(tmp_path / "home") as store:
        thumbnails = store.home / CACHE_DIR / "thumbnails"
        thumbnails.mkdir(parents=True)
        (thumbnails / ("a" * 64 + "-96.png")).write_bytes(b"\x89PNG")
        store.wipe()
        assert not (store.home / CACHE_DIR).exists()
