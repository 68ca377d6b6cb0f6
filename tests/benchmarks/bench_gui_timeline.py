"""Timeline figures on a 50,000-message case: open time, index build, search, per-frame repaint.

Not collected by pytest. Run:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_gui_timeline.py [--messages N]``
"""

from __future__ import annotations

import argparse
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

from gui.timeline_data import make_store
from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from arbitration_desk.gui.timeline_model import BLOCK, MESSAGE_ROLE
from arbitration_desk.gui.timeline_view import TimelineView
from arbitration_desk.gui.workers import Runner

FRAME_MS = 16


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

    No event loop runs in between: no background read can arrive (the empty-view baseline).
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
    """What :func:`scroll` measured: per frame, the scroll + repaint time and the interval since
    the previous frame (ms), and how many frames showed a row still being read."""

    frames: list[float] = field(default_factory=list)
    intervals: list[float] = field(default_factory=list)
    with_placeholders: int = 0


def scroll(view: TimelineView, count: int, interval_ms: int = FRAME_MS) -> Scroll:
    """Scrolls a page per frame at 60 Hz, as a member holding Page Down does (fast): a timer
    drives the frames and the event loop runs in between, so background reads arrive and their
    ``dataChanged`` repaints happen as they would in the application (they show in the intervals)."""
    tree = view.ui.messageList
    bar = tree.verticalScrollBar()
    result = Scroll()
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
        bar.setValue(min(bar.value() + max(bar.pageStep(), 1), bar.maximum()))
        tree.viewport().repaint()
        result.frames.append((time.perf_counter() - now) * 1000)
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


def summary(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1] if len(values) > 1 else values[0]
    print(f"{name:<34} p50 {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms   max {values[-1]:6.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store = make_store(Path(tmp) / "home", args.messages)
        print(f"store built with {args.messages:,} messages in {time.perf_counter() - started:.1f} s")
        runner = Runner()
        view = TimelineView(store, runner, zone=ZoneInfo("Europe/Paris"))
        view.resize(1000, 700)
        view.show()
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
        measured = scroll(view, args.frames)
        last_row = view.ui.messageList.indexAt(QPoint(1, view.ui.messageList.viewport().height() - 2)).row()
        runner.wait()
        crossed = set(range(last_row // BLOCK + 1)) - set(cached)
        summary("baseline: empty view repaint", empty)
        summary(f"scroll a page + repaint ({args.frames})", measured.frames)
        summary(f"frame interval ({1000 // FRAME_MS} Hz timer)", measured.intervals)
        slow = sum(1 for value in measured.frames if value >= FRAME_MS)
        print(
            f"frames of {FRAME_MS} ms or more: {slow}; "
            f"frames showing a row still being read: {measured.with_placeholders}"
        )
        print(
            f"scrolled to row {last_row:,} through {len(crossed)} blocks not read before; "
            f"block reads during the scroll: {model.block_reads - before} "
            f"({model.blocking_reads - blocking} on the GUI thread)"
        )
        view.set_case(None)
        runner.wait()
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
