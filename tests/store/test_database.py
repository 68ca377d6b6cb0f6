"""store/database.py: one writer and its lock shared by every facet; the GUI reads while the sync writes (WAL)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.store import Store
from helpers.stores import open_store

PAGE = 200


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        opened.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
        yield opened


def test_reader_sees_whole_pages_while_writer_commits(store: Store) -> None:
    pages = 25
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()

    def write() -> None:
        try:
            for n in range(pages):
                batch = [t.message(f"m{n:03d}-{i:03d}", f"word{n} text", minutes=n * PAGE + i) for i in range(PAGE)]
                store.sync.store_messages("cs_1", batch, f"cursor-{n}")
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            done.set()

    writer = threading.Thread(target=write)
    writer.start()
    while not done.is_set():
        state = store.sync.case_sync_state("cs_1")
        # A snapshot never shows a page half-written, nor a cursor without its messages.
        assert state.stored_messages % PAGE == 0
        if state.message_cursor is not None:
            assert int(state.message_cursor.split("-")[1]) + 1 == state.stored_messages // PAGE
        seen.append(state.stored_messages)
        store.reads.list_cases()
    writer.join(timeout=30)
    assert not writer.is_alive()
    assert errors == []
    assert store.sync.case_sync_state("cs_1").stored_messages == pages * PAGE
    assert store.search.search("word7") == []  # stored, not yet indexed
    assert store.search.index_messages() == pages * PAGE
    assert len(store.search.search("word7", kinds=frozenset({"message"}), limit=500)) == PAGE
    assert len(seen) > 1


def test_two_writer_threads_both_commit(store: Store) -> None:
    errors: list[BaseException] = []

    def annotate(prefix: str) -> None:
        try:
            for i in range(30):
                store.work.create_note("cs_1", {"type": "case"}, f"{prefix} {i}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=annotate, args=(name,)) for name in ("left", "right")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert len(store.reads.annotations("cs_1")) == 60


def test_read_snapshot_is_consistent_in_another_thread(store: Store) -> None:
    store.sync.store_messages("cs_1", [t.message("m1", "hello")], "c1")
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(store.sync.case_sync_state("cs_1").stored_messages))
    thread.start()
    thread.join(timeout=10)
    assert result == [1]
