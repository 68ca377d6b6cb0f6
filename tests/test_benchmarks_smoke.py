"""Every benchmark still runs: each ``tests/benchmarks/bench_*.py``, found by glob, runs at its
smallest size (``--smoke``), so that none can rot unnoticed again.

The benchmarks are kept out of the test run (``--ignore=tests/benchmarks``: they take minutes), and
so ``bench_gui_shell.py`` failed on an import without anyone seeing it. A new benchmark
is covered as soon as its file exists, and fails here until it offers ``--smoke``.

Each one runs as a script in a process of its own, as a developer runs it
(``.venv/bin/python tests/benchmarks/bench_x.py``), not imported into this process:

* what rots in a script is mostly how it starts: its ``sys.path`` set-up, the environment it sets
  before Qt is imported, its ``__main__`` block. Under pytest, ``tests/`` is already on the path and
  ``conftest.py`` has already set the Qt platform, so an in-process run would hide exactly that;
* they change process-wide state (the keyring backend, ``gc.callbacks``, top-level windows and their
  worker threads, a sandbox subprocess) that the next tests must not inherit, and a crash in Qt
  would take the whole test run down with it;
* ``-W error`` keeps the suite's rule that a warning is a failure (each benchmark silences the
  known pyHanko warning itself, as the command line does).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = sorted((ROOT / "tests" / "benchmarks").glob("bench_*.py"))
#: A smoke run takes a few seconds (bench_sync the most: it starts two sandbox processes); this
#: only stops a hung one with a clear message, well before pytest-timeout's 300 s.
TIMEOUT_S = 150
#: Printed by Python when an exception escapes a thread, a Qt slot or a finalizer: the process may
#: still exit 0, so the exit status alone would not show it.
FAILURE_MARKERS = ("Traceback (most recent call last)", "Exception ignored")

pytestmark = pytest.mark.slow


def test_benchmarks_are_found() -> None:
    # An empty glob would parametrize no test at all: say so rather than pass quietly.
    assert BENCHMARKS, f"no bench_*.py under {ROOT / 'tests' / 'benchmarks'}"


def smoke_run(script: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Runs ``script --smoke`` as a developer would, with nothing of this process leaking in."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        # Leftovers (and anything a benchmark forgets to delete) land in this test's directory.
        TMPDIR=str(tmp_path),
        # Never the machine's own credential store: a benchmark that needs one sets its own.
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return subprocess.run(
        [sys.executable, "-W", "error", "-X", "faulthandler", str(script), "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.mark.parametrize("script", BENCHMARKS, ids=[path.stem for path in BENCHMARKS])
def test_benchmark_runs_small(script: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    result = smoke_run(script, tmp_path)
    took = time.monotonic() - started
    report = (
        f"{script.name} --smoke exited {result.returncode} after {took:.1f} s\n"
        f"--- stdout (end) ---\n{result.stdout[-3000:]}\n--- stderr (end) ---\n{result.stderr[-5000:]}"
    )
    assert result.returncode == 0, report
    assert result.stdout.strip(), f"printed no figures\n{report}"
    assert not [marker for marker in FAILURE_MARKERS if marker in result.stderr], report
