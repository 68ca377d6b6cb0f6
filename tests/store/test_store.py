"""store/store.py: opening a store (a private home, a clear error for a broken file) and erasing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from arbitration_desk.store import testing
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.store import CACHE_DIR, DB_NAME, Store
from helpers.store_evidence import mark_verified
from helpers.stores import open_store


def test_open_creates_private_home_and_files(tmp_path: Path) -> None:
    with open_store(tmp_path / "home") as store:
        store.sync.apply_case_page([testing.case_summary()], [], "c")
    assert (tmp_path / "home").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "home" / DB_NAME).stat().st_mode & 0o077 == 0


def test_a_damaged_database_gives_a_store_error_and_is_kept(tmp_path: Path) -> None:
    home = tmp_path / "home"
    open_store(home).close()  # its key exists: the file is damaged, not unreadable for want of a key
    garbage = b"this is not a database" * 100
    (home / DB_NAME).write_bytes(garbage)
    with pytest.raises(StoreError, match="opening the local database failed"):
        open_store(home)
    assert (home / DB_NAME).read_bytes() == garbage


def test_erase_removes_rows_and_files(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.sync.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"secret")]))
    store.sync.store_messages("cs_1", [t.message("m1", "confidential words")], "mc")
    sha = mark_verified(store, b"secret")
    with store.blobs.open_append("partial") as writer:
        writer.write(b"half")
    store.sync.set_member("m_me")
    store.erase()
    assert store.reads.list_cases() == [] and store.sync.case_cursor() is None and store.reads.member_id() is None
    assert store.search.search("confidential") == []
    assert not store.blobs.has_verified(sha) and store.blobs.bytes_held("partial") == 0
    raw = (store.home / "desk.sqlite3").read_bytes()
    assert b"confidential words" not in raw
    store.sync.apply_case_page([t.case_summary("cs_9")], [], "c")  # still usable afterwards
    assert [row.case_id for row in store.reads.list_cases()] == ["cs_9"]


def test_erase_deletes_files_derived_from_case_data(tmp_path: Path) -> None:
    with open_store(tmp_path / "home") as store:
        thumbnails = store.home / CACHE_DIR / "thumbnails"
        thumbnails.mkdir(parents=True)
        (thumbnails / ("a" * 64 + "-96.png")).write_bytes(b"\x89PNG")
        store.erase()
        assert not (store.home / CACHE_DIR).exists()
