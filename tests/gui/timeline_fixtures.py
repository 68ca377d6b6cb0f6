"""Fixtures shared by the timeline tests: a store with a 600-message chat and a view showing it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from gui.timeline_data import make_store
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.timeline.view import TimelineView
from arbitration_desk.store.store import Store
from helpers.case_parts import show_in_context


@pytest.fixture
def chat_store(tmp_path: Path) -> Iterator[Store]:
    with make_store(tmp_path / "home", 600) as store:
        yield store


@pytest.fixture
def view(chat_store: Store, runner: Runner, qtbot: QtBot) -> TimelineView:
    desk = DeskModel(chat_store, runner)
    widget = TimelineView(chat_store, runner, zone=ZoneInfo("Europe/Paris"), desk=desk)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    show_in_context(widget, desk, "cs_1")
    qtbot.waitUntil(lambda: widget.index is not None and widget.model.rowCount() == 600)
    return widget
