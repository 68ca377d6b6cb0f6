"""The desk's resident memory during a full sync (issue 17, "Memory": under 500 MB), run by hand:
`.venv/bin/python tests/benchmarks/bench_memory.py`.

A sandbox process serves a world where the demo chair sits on ``--cases`` cases (default 200, each
with ``--evidence`` items of ~100 kB and ``--messages`` chat messages); a home is signed in as the
chair, with nothing synced. Then the desk itself runs in a process of its own (``DeskApp``, offscreen,
the contract's pace, encryption on as always), opens its window and syncs everything, as a member's
first start does. The process reports its resident memory (``VmRSS``) at each step and its peak
(``VmHWM``), beside the same-run baseline: the desk's process with its window open and nothing
stored yet (the first step). The sync itself runs in the desk's sync worker (ADR 0022), whose
resident memory and peak are read from ``/proc`` when the sync ends; the evidence decoder runs in
processes of its own (ADR 0013): their peaks are printed apart, and the sum of the desk's and the
worker's peaks is held to the target.

The 50,000-message case's figure is printed by ``bench_gui_timeline.py`` (its last line).
``--smoke`` runs a tiny world, as the test run does to check the benchmark still works.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS / "benchmarks"))

TARGET_MB = 500
SMOKE = {"cases": 2, "evidence": 2, "messages": 5}


def resident(reset_peak: bool = False, pid: int | str = "self") -> dict[str, float]:
    """A process's resident memory now and at its peak, in MB (Linux ``/proc``; this one by default);
    ``reset_peak`` starts the peak anew (bench_gui_timeline.py: the case's opening, not the making of
    its store)."""
    if reset_peak:
        Path(f"/proc/{pid}/clear_refs").write_text("5")  # resets VmHWM to the current VmRSS (Linux >= 4.0)
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def children_peak_mb() -> float:
    """The largest peak of this process's finished children (the decoder processes), in MB."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def desk(home: Path) -> int:
    """The child: the desk's window on ``home``, its first full sync; prints the steps as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from arbitration_desk.gui.common import i18n
    from arbitration_desk.gui.common.fonts import install_bundled_fonts
    from arbitration_desk.gui.shell.app import DeskApp
    from arbitration_desk.gui.sync.controller import SyncOutcome

    app = QApplication(sys.argv[:1])
    i18n.install(app, "en")
    install_bundled_fonts()
    steps: dict[str, object] = {}
    desk_app = DeskApp(home)
    desk_app.start()
    assert desk_app.window is not None
    app.processEvents()
    steps["window"] = resident()

    def synced(outcome: SyncOutcome) -> None:
        steps["synced"] = resident()
        steps["ok"] = outcome.ok
        steps["error"] = outcome.error or ""
        assert desk_app.store is not None
        steps["cases"] = len(desk_app.store.reads.list_cases())
        worker = desk_app.window.sync.worker if desk_app.window is not None else None
        steps["worker"] = resident(pid=worker.pid) if worker is not None and worker.pid is not None else {}
        QApplication.exit(0)

    desk_app.window.sync.finished.connect(synced)
    QTimer.singleShot(900_000, lambda: QApplication.exit(1))
    code = app.exec()
    desk_app.window.close()
    desk_app.close()
    steps["closed"] = resident()
    steps["decoders_mb"] = children_peak_mb()
    print(json.dumps(steps), flush=True)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200, help="the chair's cases to sync")
    parser.add_argument("--evidence", type=int, default=20, help="evidence items per case (~100 kB each)")
    parser.add_argument("--messages", type=int, default=10, help="chat messages per case")
    parser.add_argument("--smoke", action="store_true", help="a tiny world, to check that it works")
    parser.add_argument("--desk", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.desk:
        return desk(args.desk)
    if args.smoke:
        vars(args).update(SMOKE)

    from bench_startup import environment
    from bench_sync import world_size

    from arbitration_desk.platform import credentials
    from arbitration_desk.sync.session import sign_in
    from helpers.keyring_backend import FileKeyring
    from helpers.sandbox import sandbox_process

    with tempfile.TemporaryDirectory() as tmp, ExitStack() as platform:
        workdir = Path(tmp)
        world = world_size(args.cases)
        print(f"building a sandbox: {world} cases ({args.cases} of them the chair's) ...", flush=True)
        url = platform.enter_context(
            sandbox_process(
                workdir / "sandbox",
                cases=world,
                messages_per_case=args.messages,
                evidence_per_case=args.evidence,
                evidence_kb=100,
            )
        )
        keyring_file = workdir / "keyring.json"
        env = environment(keyring_file)
        os.environ["TEST_KEYRING_FILE"] = str(keyring_file)
        credentials.use_backend(FileKeyring())
        home = workdir / "home"
        sign_in(home, url, "chair", "demo")
        result = subprocess.run(
            [sys.executable, __file__, "--desk", str(home)], env=env, capture_output=True, text=True, check=False
        )
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode != 0 or not lines:
            print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
            return 1
        steps = json.loads(lines[-1])
    if not steps["ok"]:
        print(f"the sync did not finish cleanly: {steps['error']}")
    base = steps["window"]["VmRSS"]
    peak = steps["closed"]["VmHWM"]
    print(f"the desk's process, {steps['cases']} cases synced in full (encrypted store, the contract's pace):")
    print(f"  baseline: window open, nothing stored       {base:7.0f} MB resident")
    print(f"  after the full sync                         {steps['synced']['VmRSS']:7.0f} MB resident")
    print(f"  peak during the run                         {peak:7.0f} MB")
    worker = steps["worker"]
    worker_peak = worker.get("VmHWM", 0.0)
    print(f"  the sync worker: at the end {worker.get('VmRSS', 0.0):5.0f} MB, peak {worker_peak:7.0f} MB")
    print(f"  desk + worker, peaks added                  {peak + worker_peak:7.0f} MB  (target < {TARGET_MB} MB)")
    decoders = steps["decoders_mb"]
    shown = f"{decoders:7.0f} MB (each a process of its own)" if decoders else "    none ran during the sync"
    print(f"  the decoder processes' largest peak         {shown}")
    total = peak + worker_peak
    print(
        f"RATIO desk peak / baseline = {peak / base:.2f}; "
        f"(desk + worker) / target = {total / TARGET_MB:.2f} (met at <= 1.00)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
