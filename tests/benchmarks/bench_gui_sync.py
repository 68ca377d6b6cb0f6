"""The GUI thread during a full sync (issue 17: "the longest stall <= 16 ms, one frame"), run by hand:
`.venv/bin/python tests/benchmarks/bench_gui_sync.py`.

A sandbox process serves the demo world (``--cases`` cases for the chair, as ``--demo`` builds it).
The main window is shown at 1366x768, offscreen, as a member has it; a heartbeat timer ticks every
10 ms on the GUI thread and records the longest gap between two ticks. Each round signs a new home
in and measures, one after the other:

* ``idle``: the window with nothing running, for as long as the round's sync took: the baseline
  (what the machine's scheduler and Qt's own work cost the GUI thread anyway);
* ``worker``: Sync now, as the desk does it (the engine in the desk's sync worker process,
  docs/decisions/0022, the thumbnails of verified evidence made meanwhile), until the case list
  has read what the sync stored;
* ``no prefetch``: the same, with thumbnails made only after the sync: the baseline of the
  prefetcher's cost to the sync (issue 17: at most 5 %), the two in alternating order;
* ``in-process``: the same sync with the engine on the desk's own thread pool, as the desk ran it
  before the worker (the same engine, store and client; for the figure beside it).

The median of ``--rounds`` (default 3) rounds is the figure; nothing is asserted (the test run
keeps a 50 ms guard: tests/gui/sync/test_controller.py). ``--smoke`` runs one tiny round.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from arbitration_desk.warnings_policy import silence_known_warnings  # noqa: E402

silence_known_warnings()

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TARGET_MS = 16.0
SMOKE = {"cases": 2, "rounds": 1}


class Heartbeat:
    """A precise 10 ms timer on the GUI thread: the longest gap between its ticks, and their count."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0
        self.ticks = 0
        self.gaps: list[float] = []

    def start(self) -> None:
        self.last, self.longest, self.ticks, self.gaps = time.perf_counter(), 0.0, 0, []
        self.started, self.longest_at = self.last, 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.gaps.append(gap)
        if gap >= self.longest:
            self.longest, self.longest_at = gap, now - self.started
        self.last, self.ticks = now, self.ticks + 1

    def stop(self) -> float:
        """Stops; the longest gap in ms."""
        self.timer.stop()
        return self.longest * 1000

    def p99(self) -> float:
        return statistics.quantiles(self.gaps, n=100)[98] * 1000 if len(self.gaps) > 2 else 0.0


def wait_for(signal: object, start: Callable[[], object], timeout_ms: int = 600_000) -> list[object]:
    """Runs ``start`` and the event loop until ``signal`` fires; its arguments."""
    loop = QEventLoop()
    got: list[object] = []

    def fired(*args: object) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(fired)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    signal.disconnect(fired)  # type: ignore[attr-defined]
    return got


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=40, help="the chair's cases (the demo world's 40)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    if args.smoke:
        vars(args).update(SMOKE)

    from arbitration_desk.gui.common import i18n
    from arbitration_desk.gui.common.workers import Runner
    from arbitration_desk.gui.evidence.prefetch import ThumbnailPrefetcher
    from arbitration_desk.gui.evidence.thumbnails import THUMBNAIL_DIR
    from arbitration_desk.gui.shell.main_window import MainWindow
    from arbitration_desk.gui.shell.settings import AppSettings
    from arbitration_desk.platform import credentials
    from arbitration_desk.store.store import Store
    from arbitration_desk.sync import gc_policy
    from arbitration_desk.sync.engine import SyncEngine
    from arbitration_desk.sync.report import CancelToken
    from arbitration_desk.sync.session import sign_in
    from helpers.keyring_backend import MemoryKeyring
    from helpers.sandbox import DEMO_PASSWORD, sandbox_process
    from helpers.stores import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app, "en")
    credentials.use_backend(MemoryKeyring())
    kinds = ("idle", "worker", "no prefetch", "in-process")
    figures: dict[str, list[float]] = {kind: [] for kind in kinds}
    p99s: dict[str, list[float]] = {kind: [] for kind in kinds}
    sync_s: dict[str, list[float]] = {"worker": [], "no prefetch": []}
    cached: dict[str, list[int]] = {"worker": [], "no prefetch": []}
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        work = Path(tmp)
        print(f"building the demo world: {args.cases} cases ...", flush=True)
        url = stack.enter_context(sandbox_process(work / "platform", cases=args.cases))
        runner = Runner()
        beat = Heartbeat()

        def window_on(name: str) -> tuple[MainWindow, object]:
            home = work / name
            session = sign_in(home, url, "chair", DEMO_PASSWORD)
            store = open_store(home)
            window = MainWindow(store, home, runner, AppSettings(work / f"{name}.ini"), None, auto_sync=False)
            window.resize(1366, 768)
            window.show()
            window.set_session(session)
            spin(300)  # the first paint and the first case-list load are not the sync's
            gc.collect()
            return window, store

        def measured(kind: str, run: Callable[[MainWindow], None], window: MainWindow) -> float:
            beat.start()
            started = time.perf_counter()
            run(window)
            took = time.perf_counter() - started
            longest = beat.stop()
            figures[kind].append(longest)
            p99s[kind].append(beat.p99())
            print(
                f"  {kind:<11}: {took:5.1f} s, {beat.ticks:5d} heartbeats, longest gap {longest:5.1f} ms, "
                f"99th percentile {beat.p99():4.1f} ms",
                flush=True,
            )
            return took

        def by_worker(window: MainWindow, kind: str) -> None:
            started = time.perf_counter()
            outcome = wait_for(window.sync.finished, window.sync_now)
            sync_s[kind].append(time.perf_counter() - started)
            assert outcome and outcome[0].ok, outcome  # type: ignore[attr-defined]
            cached[kind].append(thumbnails(window))
            wait_for(window.case_list.loaded, lambda: None, 30_000)

        def thumbnails(window: MainWindow) -> int:
            return sum(1 for path in (window.store.home / THUMBNAIL_DIR).rglob("*") if path.is_file())

        for number in range(1, args.rounds + 1):
            print(f"round {number}:")
            order = ["worker", "no prefetch"] if number % 2 else ["no prefetch", "worker"]
            for kind in order:
                window, store = window_on(f"{kind.replace(' ', '-')}{number}")
                if kind == "no prefetch":  # the baseline: thumbnails only after the sync, as before
                    window.sync.progress.disconnect(window._sync_progressed)
                took = measured(kind, lambda window, kind=kind: by_worker(window, kind), window)
                prefetcher = ThumbnailPrefetcher.of(window)
                if prefetcher.running:
                    wait_for(prefetcher.finished, lambda: None, 120_000)
                print(
                    f"    sync {sync_s[kind][-1]:.2f} s (longest gap at {beat.longest_at:.2f} s); "
                    f"thumbnails made when it ended: {cached[kind][-1]}, "
                    f"when the prefetcher finished: {thumbnails(window)}",
                    flush=True,
                )
                window.sync.shutdown()
                window.close()
                store.close()  # type: ignore[attr-defined]

            window, store = window_on(f"idle{number}")
            measured("idle", lambda _window, ms=int(took * 1000): spin(ms), window)
            window.close()
            store.close()  # type: ignore[attr-defined]

            window, store = window_on(f"inprocess{number}")

            def in_process(window: MainWindow, store: Store = store) -> None:  # type: ignore[assignment]
                session = window.sync.session
                assert session is not None
                client = session.client()
                engine = SyncEngine(
                    store.sync,
                    store.outbox,
                    store.reads,
                    client,
                    bulk_scope=gc_policy.bulk_allocations,
                )
                loop, ended = QEventLoop(), []

                def end(result: object) -> None:
                    ended.append(result)
                    loop.quit()

                runner.run(lambda: engine.run(CancelToken()), end, end)
                loop.exec()
                assert ended and getattr(ended[0], "ok", False), ended
                client.close()
                wait_for(window.case_list.loaded, lambda: window.desk.refresh(cases=True), 30_000)

            measured("in-process", in_process, window)
            window.close()
            store.close()  # type: ignore[attr-defined]
        runner.wait(30_000)
    median = {kind: statistics.median(values) for kind, values in figures.items()}
    p99 = {kind: statistics.median(values) for kind, values in p99s.items()}
    print(f"the GUI thread's longest stall during a full sync of {args.cases} cases, median of {args.rounds} round(s):")
    for kind in kinds:
        print(f"  {kind:<11}: {median[kind]:5.1f} ms  (99th percentile gap {p99[kind]:4.1f} ms)")
    with_prefetch, without = statistics.median(sync_s["worker"]), statistics.median(sync_s["no prefetch"])
    print(
        f"the sync's own time (Sync now to its report), median: {with_prefetch:.2f} s with thumbnails made "
        f"meanwhile ({statistics.median(cached['worker']):.0f} made by its end), {without:.2f} s without "
        f"({statistics.median(cached['no prefetch']):.0f}); RATIO {with_prefetch / without:.3f} (target <= 1.05)"
    )
    print(
        f"RATIO worker / idle = {median['worker'] / median['idle']:.2f}; "
        f"in-process / idle = {median['in-process'] / median['idle']:.2f}; "
        f"worker stall {median['worker']:.1f} ms (target <= {TARGET_MS:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
