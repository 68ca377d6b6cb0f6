"""The collector's threshold is raised for bulk work and always comes back.

The policy is the entry points' choice (docs/decisions/0003-collector-threshold-during-bulk-work.md):
the CLI's ``sync`` is checked here, the desk's sync and search indexing in
``tests/gui/sync/test_collector_policy.py``, the engine's scope in ``test_sync_engine.py``.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.cli import build_parser
from arbitration_desk.sync import commands, gc_policy
from arbitration_desk.sync.session import sign_in
from helpers.gc_watch import ThresholdWatch
from helpers.sandbox import DEMO_PASSWORD, start_sandbox
from helpers.stores import open_store


@pytest.fixture(autouse=True)
def _known_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_raised_inside_and_restored_after_nested_blocks() -> None:
    with gc_policy.bulk_allocations():
        assert gc.get_threshold() == (gc_policy.BULK_THRESHOLD, 10, 10)
        with gc_policy.bulk_allocations():
            assert gc.get_threshold()[0] == gc_policy.BULK_THRESHOLD
        assert gc.get_threshold()[0] == gc_policy.BULK_THRESHOLD  # the outer job still runs
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_work_fails() -> None:
    with pytest.raises(RuntimeError), gc_policy.bulk_allocations():
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_disabled_collector_or_a_higher_threshold_is_left_alone() -> None:
    gc.set_threshold(0)
    with gc_policy.bulk_allocations():
        assert gc.get_threshold()[0] == 0
    gc.set_threshold(50_000, 10, 10)
    with gc_policy.bulk_allocations():
        assert gc.get_threshold()[0] == 50_000
    assert gc.get_threshold() == (50_000, 10, 10)


def test_overlapping_jobs_on_threads_restore_once_the_last_ends() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[int] = []

    def first() -> None:
        with gc_policy.bulk_allocations():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with gc_policy.bulk_allocations():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.get_threshold()[0])  # the first job ended; this one still runs

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [gc_policy.BULK_THRESHOLD]
    assert gc.get_threshold() == (700, 10, 10)


def test_the_cli_sync_raises_the_threshold_while_it_works_and_restores_it(tmp_path: Path) -> None:
    """``arbitration-desk sync`` as a member runs it: the command's own parser and function."""
    with start_sandbox(tmp_path / "sandbox", cases=4, seed=5) as server:
        home = tmp_path / "home"
        sign_in(home, server.url, "chair", DEMO_PASSWORD)
        args = build_parser().parse_args(["--home", str(home), "sync", "--quiet"])
        with ThresholdWatch() as watch:
            assert commands.run_sync(args) == commands.EXIT_OK
    assert gc_policy.BULK_THRESHOLD in watch.seen  # during the sync and the indexing after it
    assert gc.get_threshold() == (700, 10, 10)
    with open_store(home) as store:
        assert store.reads.list_cases() and store.search.messages_to_index() == 0  # the work was done
