"""Indexing for search in the background: batches through the Runner, stop, errors, what the desk shows."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt

from arbitration_desk.gui.case_list.view import CaseListView
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.status_bar import SyncStatusBar
from arbitration_desk.gui.sync.search_indexer import SearchIndexer
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.store import Store
from arbitration_desk.sync.report import Progress
from arbitration_desk.sync.session import SessionInfo

WORD = "counterfeit"  # in a few of the demo world's chat messages
MESSAGES = frozenset({"message"})


def _message_hits(store: Store) -> int:
    return len(store.search.search(WORD, kinds=MESSAGES))


def _record(indexer: SearchIndexer) -> tuple[list[tuple[int, int]], list[bool]]:
    steps: list[tuple[int, int]] = []
    running: list[bool] = []
    indexer.progress.connect(lambda done, total: steps.append((done, total)))
    indexer.running_changed.connect(running.append)
    return steps, running


def test_indexes_the_backlog_in_batches(qtbot, store: Store, runner) -> None:
    backlog = store.search.messages_to_index()
    assert backlog > 600 and _message_hits(store) == 0  # the sync stored the messages, unindexed
    indexer = SearchIndexer(store.search, runner, batch=200)
    steps, running = _record(indexer)
    with qtbot.waitSignal(indexer.finished, timeout=30_000) as finished:
        indexer.start()
        assert indexer.running
        indexer.start()  # already running: no second run
    assert finished.args == [backlog]
    assert not indexer.running and running == [True, False]
    assert store.search.messages_to_index() == 0 and _message_hits(store) > 0
    assert steps[0] == (0, backlog) and steps[-1] == (backlog, backlog)
    assert len(steps) == 1 + math.ceil(backlog / 200)  # one progress per batch, one batch per job
    assert all(total == backlog for _, total in steps)
    assert [done for done, _ in steps] == sorted({done for done, _ in steps})
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    with qtbot.waitSignal(indexer.finished, timeout=5000) as again:
        indexer.start()
    assert again.args == [0] and not indexer.running  # up to date: ends at once


def test_stop_midway_leaves_nothing_running_and_the_rest_is_indexed_later(qtbot, store: Store, runner) -> None:
    backlog = store.search.messages_to_index()
    indexer = SearchIndexer(store.search, runner, batch=100)
    finished: list[int] = []
    indexer.finished.connect(finished.append)
    with qtbot.waitSignal(indexer.progress, timeout=10_000, check_params_cb=lambda done, total: done > 0):
        indexer.start()
    indexer.stop()
    assert not indexer.running
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # the batch under way came back, ignored
    qtbot.wait(200)
    assert not runner.busy and not indexer.running and finished == []
    left = store.search.messages_to_index()
    assert 0 < left < backlog
    with qtbot.waitSignal(indexer.finished, timeout=30_000) as later:
        indexer.start()
    assert later.args == [left] and store.search.messages_to_index() == 0


def test_start_during_a_run_looks_again_before_ending(qtbot, store: Store, runner) -> None:
    while store.search.index_messages():
        pass
    case_id = store.reads.list_cases()[0].case_id
    indexer = SearchIndexer(store.search, runner)
    with qtbot.waitSignal(indexer.finished, timeout=10_000) as finished:
        indexer.start()
        assert runner.wait(5000)  # its count (0) is done; the result waits for the event loop
        page = [t.message(f"msg_late_{n}", f"A late {WORD} message {n}") for n in range(3)]
        assert store.sync.store_messages(case_id, page, None) == 3  # e.g. a sync stores them meanwhile
        indexer.start()  # and finishes: the run looks once more before it ends
    assert finished.args == [3] and not indexer.running
    assert store.search.messages_to_index() == 0 and len(store.search.search("late", kinds=MESSAGES)) == 3


class _BrokenStore:
    def messages_to_index(self) -> int:
        return 10

    def index_messages(self, limit: int) -> int:
        raise StoreError("indexing messages for search failed: database disk image is malformed")


def test_an_error_ends_the_run_and_is_reported(qtbot, runner) -> None:
    indexer = SearchIndexer(_BrokenStore(), runner)  # type: ignore[arg-type]
    with qtbot.waitSignal(indexer.failed, timeout=5000) as failed:
        indexer.start()
    assert "malformed" in failed.args[0] and not indexer.running
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_status_bar_shows_indexing_beside_the_sync(qtbot) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    assert not bar.indexing.isVisible()
    bar.show_started()
    bar.show_progress(Progress("cases", 3, 40))
    bar.show_indexing(12_000, 400_000)
    assert bar.indexing.isVisible() and bar.indexing.text() == "Indexing messages for search: 12,000 of 400,000"
    assert bar.indexing.textFormat() == Qt.TextFormat.PlainText and bar.indexing.accessibleName()
    assert bar.activity.text() == "Syncing cases 3/40" and bar.bar.isVisible()  # the sync's own progress
    bar.hide_indexing()
    assert not bar.indexing.isVisible() and bar.activity.text() == "Syncing cases 3/40" and bar.bar.isVisible()
    bar.show_indexing_failed("<b>bad</b> \u202eerror\n" + "x" * 500)
    assert bar.indexing.isVisible() and bar.indexing.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bad</b> ⟦RLO⟧error" in bar.indexing.text() and len(bar.indexing.text()) < 200


def test_hits_say_when_incomplete_and_the_search_reruns_after_indexing(qtbot, store: Store, runner) -> None:
    backlog = store.search.messages_to_index()
    view = CaseListView(store, runner)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.search_finished, timeout=5000) as first:
        view.filter_bar.search.setText(WORD)
    assert f"still indexing {backlog:,} messages: results may be incomplete" in view.hits_title.text()
    indexer = SearchIndexer(store.search, runner, batch=300)
    indexer.finished.connect(lambda indexed: view.refresh_search())
    with qtbot.waitSignal(view.search_finished, timeout=30_000) as second:
        indexer.start()
    assert second.args[0] > first.args[0]  # the chat messages are found now
    assert "incomplete" not in view.hits_title.text() and WORD in view.hits_title.text()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_window_indexes_at_start_and_reruns_the_search(
    qtbot, store: Store, synced_home: Path, tmp_path, runner
) -> None:
    backlog = store.search.messages_to_index()
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    assert window.indexer.running  # started with the window
    window.indexer.stop()  # hold it, to search while messages wait
    with qtbot.waitSignal(window.case_list.search_finished, timeout=5000) as first:
        window.case_list.filter_bar.search.setText(WORD)
    assert "results may be incomplete" in window.case_list.hits_title.text()
    shown: list[tuple[bool, str]] = []  # the status bar's label at each progress (connected before this)
    window.indexer.progress.connect(
        lambda *_: shown.append((window.status.indexing.isVisible(), window.status.indexing.text()))
    )
    with qtbot.waitSignal(window.case_list.search_finished, timeout=30_000) as second:
        window.indexer.start()  # its finished re-runs the search
    assert shown and all(visible for visible, _ in shown)
    assert shown[-1][1] == f"Indexing messages for search: {backlog:,} of {backlog:,}"
    assert second.args[0] > first.args[0] and "incomplete" not in window.case_list.hits_title.text()
    assert store.search.messages_to_index() == 0 and backlog > 0
    assert not window.status.indexing.isVisible()
    window.close()
    assert not window.indexer.running


def test_sign_out_stops_indexing_and_wipes(qtbot, store: Store, synced_home: Path, tmp_path, runner) -> None:
    SessionInfo.forget(synced_home)  # nobody to sign out on the shared sandbox: only the local wipe runs
    window = MainWindow(store, synced_home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    window.indexer.batch = 100
    with qtbot.waitSignal(window.indexer.progress, timeout=10_000, check_params_cb=lambda done, total: done > 0):
        pass  # indexing, started with the window, is under way
    assert window.status.indexing.isVisible()
    window.sign_out_now()
    assert not window.indexer.running and not window.status.indexing.isVisible()
    qtbot.waitUntil(lambda: "deleted" in window.status.activity.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert store.reads.list_cases() == [] and store.search.messages_to_index() == 0
    assert not window.indexer.running and not window.status.indexing.isVisible()
    window.close()
