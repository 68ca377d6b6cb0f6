"""Fixtures of the case view's tests: the demo home's store and a shown CaseView."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.case_view.view import CaseView
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.store.store import Store
from helpers.case_world import case_demo_home  # noqa: F401  (fixture)
from helpers.stores import open_store


@pytest.fixture
def store(case_demo_home: Path) -> Iterator[Store]:  # noqa: F811
    with open_store(case_demo_home) as opened:
        yield opened


@pytest.fixture
def view(qtbot: QtBot, store: Store, runner: Runner) -> Iterator[CaseView]:
    widget = CaseView(store, runner)
    widget.resize(1100, 700)
    widget.show()
    yield widget
    # Let pending callbacks land while the widgets exist (qtbot.addWidget would delete them first).
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    widget.close()
    widget.deleteLater()
