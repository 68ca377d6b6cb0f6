"""The collector's threshold is raised for bulk work and always comes back."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from arbitration_desk.sync import gc_policy


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
