"""Timeline figures on a 50,000-message case: open time, index build, search, per-frame repaint.

Not collected by pytest. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_gui_timeline.py [--messages N] [--frames N]``
(``--smoke``: a small case and a few frames, as the test run does to check that it still works).

Frames are wall-clock times (the goal: every one under 16 ms). The GUI thread's CPU time per frame
is printed too: on a busy machine, a frame far above its CPU time was preempted by other processes.
So are the garbage collector's full passes during the scroll: one walks the whole heap (some 85,000
objects, 30-70 ms) in whichever thread allocates at that moment, and stops the GUI thread.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from collections.abc import Callable

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()

from bench_memory import resident  # noqa: E402
from gui.timeline_data import make_store  # noqa: E402
from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTreeView  # noqa: E402

from arbitration_desk.gui.common.workers import Runner  # noqa: E402
from arbitration_desk.gui.timeline.model import BLOCK, MESSAGE_ROLE  # noqa: E402
from arbitration_desk.gui.timeline.view import TimelineView  # noqa: E402
from arbitration_desk.platform import credentials  # noqa: E402
from helpers.keyring_backend import MemoryKeyring  # noqa: E402

FRAME_MS = 16
#: ``--smoke``: a few blocks of messages, a few frames (what the test run uses to check the benchmark
#: still works; the frame interval needs two frames at least).
SMOKE = {"messages": 500, "frames": 5}


def wait_until(condition: Callable[[], bool]) -> None:
    """Runs the event loop until ``condition()`` holds (never a processEvents() busy loop: in
    PySide6 6.12 on Python 3.11 each processEvents() call drops a reference to None and a long
    loop crashes the interpreter)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()


def frames(view: TimelineView, count: int) -> list[float]:
    """Scrolls by a page ``count`` times, timing a forced repaint of the viewport each time (ms).

    No event loop runs in between: no background read can arrive (the empty-view baseline; the
    window must be exposed, or repaint() paints nothing).
    """
    bar = view.ui.messageList.verticalScrollBar()
    times = []
    for _ in range(count):
        bar.setValue(min(bar.value() + max(bar.pageStep(), 1), bar.maximum()))
        started = time.perf_counter()
        view.ui.messageList.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


@dataclass
class Scroll:
    """What :func:`scroll` measured: per frame, the scroll + repaint time, the GUI thread's CPU
    time in it and the interval since the previous frame (ms), and how many frames showed a row
    still being read."""

    frames: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    intervals: list[float] = field(default_factory=list)
    with_placeholders: int = 0


def next_page(tree: QTreeView) -> int:
    """The top row of the next page: the first row not shown now, not even in part, so that every
    frame paints rows never painted before.

    Not the scroll bar's page step: in a list of rows of different heights it counts the rows of
    the last page, measured whenever those were read, so it varied from run to run (8 to 10 rows).
    """
    bar, model = tree.verticalScrollBar(), tree.model()
    row, bottom = bar.value(), tree.viewport().height()
    while row < model.rowCount() and tree.visualRect(model.index(row, 0)).top() < bottom:
        row += 1
    return min(max(row, bar.value() + 1), bar.maximum())


def scroll(view: TimelineView, count: int, interval_ms: int = FRAME_MS) -> Scroll:
    """Scrolls a page per frame at 60 Hz, as a member holding Page Down does (fast): a timer
    drives the frames and the event loop runs in between, so background reads arrive and their
    ``dataChanged`` repaints happen as they would in the application (they show in the intervals).
    Each frame shows the rows below the previous one (:func:`next_page`, found outside the timing)."""
    tree = view.ui.messageList
    bar = tree.verticalScrollBar()
    result = Scroll()
    top = [next_page(tree)]
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)
    previous: list[float] = []

    def frame() -> None:
        now = time.perf_counter()
        if previous:
            result.intervals.append((now - previous[0]) * 1000)
        previous[:] = [now]
        cpu = time.thread_time()
        bar.setValue(top[0])
        tree.viewport().repaint()
        result.frames.append((time.perf_counter() - now) * 1000)
        result.cpu.append((time.thread_time() - cpu) * 1000)
        top[0] = next_page(tree)
        rows = range(tree.indexAt(QPoint(1, 1)).row(), tree.indexAt(QPoint(1, tree.viewport().height() - 2)).row() + 1)
        if any(view.model.index(row, 0).data(MESSAGE_ROLE) is None for row in rows):
            result.with_placeholders += 1
        if len(result.frames) >= count:
            timer.stop()
            loop.quit()

    timer.timeout.connect(frame)
    timer.start()
    loop.exec()
    return result


@dataclass
class Collections:
    """The garbage collector's passes (generation, ms) while installed in ``gc.callbacks``."""

    passes: list[tuple[int, float]] = field(default_factory=list)
    started: float = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.passes.append((info["generation"], (time.perf_counter() - self.started) * 1000))

    def full(self) -> list[float]:
        return [ms for generation, ms in self.passes if generation == 2]


def percentile(ordered: list[float], fraction: float) -> float:
    return ordered[max(int(len(ordered) * fraction + 0.5) - 1, 0)]


def summary(name: str, values: list[float]) -> None:
    values = sorted(values)
    print(
        f"{name:<36} p50 {statistics.median(values):6.2f}   p95 {percentile(values, 0.95):6.2f}"
        f"   p99 {percentile(values, 0.99):6.2f}   max {values[-1]:6.2f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    credentials.use_backend(MemoryKeyring())  # the home's data key (headless: no OS credential store)
    if args.smoke:
        vars(args).update(SMOKE)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store = make_store(Path(tmp) / "home", args.messages)
        print(f"store built with {args.messages:,} messages in {time.perf_counter() - started:.1f} s")
        # Building the store made 50,000 message dicts in this process (the application gets them
        # from a sync): collect them now, or the full pass they have made due falls in the scroll.
        gc.collect()
        before_open = resident(reset_peak=True)  # the peak from here on: the case open, not its making
        runner = Runner()
        view = TimelineView(store, runner, zone=ZoneInfo("Europe/Paris"))
        view.resize(1000, 700)
        view.show()
        handle = view.windowHandle()
        wait_until(lambda: handle is not None and handle.isExposed())
        empty = frames(view, 50)
        started = time.perf_counter()
        view.set_case("cs_1")
        wait_until(lambda: view.model.rowCount() > 0)
        opened = time.perf_counter() - started
        view.ui.messageList.viewport().repaint()
        first_paint = time.perf_counter() - started
        wait_until(lambda: view.index is not None)
        indexed = time.perf_counter() - started
        print(f"open: rows shown after {opened * 1000:.0f} ms, first paint {first_paint * 1000:.0f} ms")
        print(f"search index ready after {indexed * 1000:.0f} ms")
        view.ui.searchEdit.setText("colis")
        started = time.perf_counter()
        view.run_search()
        print(f"search 'colis': {view.ui.hitLabel.text()} in {(time.perf_counter() - started) * 1000:.1f} ms")
        view.ui.messageList.scrollToTop()
        runner.wait()
        model = view.model
        before, blocking, cached = model.block_reads, model.blocking_reads, model.cached_blocks()
        collections = Collections()
        gc.callbacks.append(collections)
        measured = scroll(view, args.frames)
        gc.callbacks.remove(collections)
        last_row = view.ui.messageList.indexAt(QPoint(1, view.ui.messageList.viewport().height() - 2)).row()
        runner.wait()
        crossed = set(range(last_row // BLOCK + 1)) - set(cached)
        summary("baseline: empty view repaint", empty)
        summary(f"scroll a page + repaint ({args.frames})", measured.frames)
        summary("  of which GUI thread CPU time", measured.cpu)
        summary(f"frame interval ({1000 // FRAME_MS} Hz timer)", measured.intervals)
        slow = sum(1 for value in measured.frames if value >= FRAME_MS)
        late = sum(1 for value in measured.intervals if value >= FRAME_MS + 4)
        print(
            f"frames of {FRAME_MS} ms or more: {slow}; frame intervals of {FRAME_MS + 4} ms or more: {late}; "
            f"frames showing a row still being read: {measured.with_placeholders}"
        )
        print(
            f"scrolled to row {last_row:,} ({last_row / args.frames:.1f} rows a frame) through {len(crossed)} "
            f"blocks not read before; "
            f"block reads during the scroll: {model.block_reads - before} "
            f"({model.blocking_reads - blocking} on the GUI thread)"
        )
        full = collections.full()
        print(
            f"garbage collector passes during the scroll: {len(collections.passes)}, "
            f"{len(full)} of them full" + (f" (longest {max(full):.1f} ms)" if full else "")
        )
        peak = resident()["VmHWM"]
        print(
            f"resident memory: {before_open['VmRSS']:.0f} MB with the store open (baseline); peak {peak:.0f} MB "
            f"with the {args.messages:,}-message case open, indexed, searched and scrolled (target < 500 MB)"
        )
        view.set_case(None)
        runner.wait()
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
