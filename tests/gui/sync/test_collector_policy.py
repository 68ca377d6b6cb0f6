"""The desk's bulk work runs under the collector's policy, chosen where the desk starts it.

docs/decisions/0003-collector-threshold-during-bulk-work.md: the sync the desk starts (Sync, or the
automatic one) raises the first-generation threshold of its worker process while it works; the
desk's background search indexing raises the desk's own, and the interpreter's thresholds come
back when it ends.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.gui.sync.controller import SyncController, SyncOutcome
from arbitration_desk.gui.sync.search_indexer import SearchIndexer
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.store import Store
from arbitration_desk.sync import gc_policy
from arbitration_desk.sync.session import sign_in
from helpers.gc_watch import ThresholdWatch
from helpers.sandbox import DEMO_PASSWORD
from helpers.stores import open_store

DEFAULTS = (700, 10, 10)


@pytest.fixture(autouse=True)
def _known_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(*DEFAULTS)
    yield
    gc.set_threshold(*before)


def test_a_sync_started_from_the_desk_raises_the_threshold_in_its_worker_only(
    qtbot, gui_sandbox: SandboxServer, tmp_path: Path, runner
) -> None:
    """The sync runs in the desk's sync worker (docs/decisions/0022): the worker raises its own
    threshold while it syncs; the desk's collector, which the GUI thread shares, is left alone."""
    home = tmp_path / "fresh"
    session = sign_in(home, gui_sandbox.url, "chair", DEMO_PASSWORD)
    with open_store(home) as store:
        controller = SyncController(store, runner)
        controller.set_session(session)
        with ThresholdWatch() as watch, qtbot.waitSignal(controller.finished, timeout=120_000) as finished:
            assert controller.sync_now()
        outcome: SyncOutcome = finished.args[0]
        assert outcome.ok, outcome
        assert outcome.report is not None and outcome.report.cases_synced > 0
        worker = controller.worker
        assert worker is not None and worker.facts["collector_threshold"] == gc_policy.BULK_THRESHOLD
        assert worker.facts["pid"] not in (None, os.getpid())
        controller.shutdown()
    assert gc_policy.BULK_THRESHOLD not in watch.seen
    assert gc.get_threshold() == DEFAULTS


def test_the_desks_search_indexing_raises_the_threshold_while_it_runs(qtbot, store: Store, runner) -> None:
    backlog = store.search.messages_to_index()
    assert backlog > 600  # the sync stored the messages, unindexed
    indexer = SearchIndexer(store.search, runner, batch=200)
    with ThresholdWatch() as watch, qtbot.waitSignal(indexer.finished, timeout=30_000) as finished:
        indexer.start()
    assert finished.args == [backlog]
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert gc_policy.BULK_THRESHOLD in watch.seen
    assert gc.get_threshold() == DEFAULTS
