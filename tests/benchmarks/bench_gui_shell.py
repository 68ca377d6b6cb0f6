"""Benchmark (manual): the case list with 1,000 cases — model reset + first paint, against a baseline.

Run: `.venv/bin/python tests/benchmarks/bench_gui_shell.py [--cases N] [--runs N]`. The baseline is a
trivial table model returning constant strings, measured in the same run on the same view, so the
figures compare. ``--smoke`` runs it tiny (the test run does, so that it keeps working).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from arbitration_desk.domain.money import Money  # noqa: E402
from arbitration_desk.gui.case_list.filters import CaseFilterProxy  # noqa: E402
from arbitration_desk.gui.case_list.model import CaseListModel, Column, make_lines  # noqa: E402
from arbitration_desk.store.records import CaseRow  # noqa: E402

CASES = 1000
RUNS = 7
#: ``--smoke``: a few cases, one run (what the test run uses to check the benchmark still works).
SMOKE = {"cases": 20, "runs": 1}
STATUSES = ("awaiting_panel", "in_deliberation", "decided", "withdrawn", "paused_by_platform")


def rows(n: int) -> list[CaseRow]:
    now = datetime.now(UTC)
    return [
        CaseRow(
            f"cs_{i:05d}",
            f"ARB-2026-{i:06d}",
            STATUSES[i % 5],
            "not_received",
            Money(Decimal(i) + Decimal("0.99"), "EUR"),
            now - timedelta(days=30),
            now - timedelta(days=20),
            now + timedelta(hours=i - 100),
            now,
            1,
            1,
            10,
            "DE",
            "FR",
            i % 3 == 0,
            i % 7,
            i % 11 == 0,
            None,
            None,
        )
        for i in range(n)
    ]


class Baseline(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.n = 0

    def reset(self, n: int) -> None:
        self.beginResetModel()
        self.n = n
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.n

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return "ARB-2026-000123" if role == Qt.ItemDataRole.DisplayRole else None


def measure(view: QTableView, reset: Any) -> float:
    start = time.perf_counter()
    reset()
    view.viewport().grab()  # the first paint, synchronously (offscreen windows are never exposed)
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=CASES)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    if args.smoke:
        vars(args).update(SMOKE)
    cases, runs = args.cases, args.runs
    # The application's own way (gui.app.main): reuse a QApplication if there is one.
    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = rows(cases)
    view = QTableView()
    view.resize(1366, 768)
    view.show()
    base = Baseline()
    view.setModel(base)
    baseline = [measure(view, lambda: base.reset(cases)) for _ in range(runs)]
    model = CaseListModel()
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(Column.DEADLINE, Qt.SortOrder.AscendingOrder)
    ours, workers = [], []
    for run in range(runs):
        model.set_rows([])
        now = datetime.now(UTC)
        start = time.perf_counter()
        lines = make_lines(data[run % 2 :] + data[: run % 2], now)
        workers.append((time.perf_counter() - start) * 1000)
        ours.append(measure(view, lambda lines=lines, now=now: model.set_lines(lines, now)))
    print(f"case list, {cases} cases, model reset + sort + first paint at 1366x768 (median of {runs}):")
    print(f"  baseline (constant strings, GUI thread):   {statistics.median(baseline):7.1f} ms")
    print(f"  CaseListModel + proxy (GUI thread):        {statistics.median(ours):7.1f} ms")
    print(f"  display lines (worker thread, off the GUI): {statistics.median(workers):7.1f} ms")
    view.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
