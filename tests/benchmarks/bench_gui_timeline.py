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
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from collections.abc import Callable

from gui.timeline_data import make_store
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from arbitration_desk.gui.qt_runtime import protect_singletons
from arbitration_desk.gui.timeline_view import TimelineView
from arbitration_desk.gui.workers import Runner


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
    """Scrolls by a page ``count`` times, timing a forced repaint of the viewport each time (ms)."""
    bar = view.ui.messageList.verticalScrollBar()
    times = []
    for _ in range(count):
        bar.setValue(min(bar.value() + max(bar.pageStep(), 1), bar.maximum()))
        started = time.perf_counter()
        view.ui.messageList.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[int(len(values) * 0.95) - 1] if len(values) > 1 else values[0]
    print(f"{name:<34} median {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms   max {values[-1]:6.2f} ms")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args()
    protect_singletons()
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
        summary("baseline: empty view repaint", empty)
        summary(f"scroll a page + repaint ({args.frames})", frames(view, args.frames))
        print(f"block reads: {view.model.block_reads}")
        view.set_case(None)
        runner.wait()
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
