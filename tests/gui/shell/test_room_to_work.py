"""Room to work at 1366×768 (issue #15): nothing of the vote panel or the evidence tools is cut off,
the View menu hides and shows the side panels, and the layout comes back after a restart."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.case_view.view import EVIDENCE_TAB, VOTE_TAB
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.voting.board import VoteColumn
from arbitration_desk.store.store import Store

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _window(qtbot: QtBot, store: Store, home: Path, settings: Path, runner: Runner) -> MainWindow:
    window = MainWindow(store, home, runner, AppSettings(settings), None, auto_sync=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
    return window


def _laid_out() -> None:
    """Lets the layouts (and scroll areas, which follow their content's height for its width) settle."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _open_board_case(store: Store) -> str:
    """A case in deliberation whose three members' votes are open to the panel."""
    for row in store.reads.list_cases():
        board = store.reads.vote_board(row.case_id)
        if row.can_vote and board is not None and not board.sealed and len(board.board["items"]) == 3:
            return row.case_id
    pytest.skip("the demo world has no such case")


def _cut_off(widget: QWidget, within: QWidget) -> list[str]:
    """What of ``widget``'s visible buttons and labels lies outside its parent or ``within``'s width, or
    is narrower than it needs."""
    problems = []
    for child in [*widget.findChildren(QAbstractButton), *widget.findChildren(QLabel)]:
        if not child.isVisibleTo(within):
            continue
        name = f"{type(child).__name__} {child.accessibleName() or child.objectName()!r}"
        parent = child.parentWidget()
        assert parent is not None
        left = child.mapTo(within, QPoint(0, 0)).x()
        if not parent.rect().contains(child.geometry()) or left < 0 or left + child.width() > within.width():
            problems.append(f"{name} outside: {child.geometry()} in {parent.rect()}")
        needed = child.sizeHint() if isinstance(child, QAbstractButton) else child.minimumSizeHint()
        if child.width() < needed.width():
            problems.append(f"{name} squeezed: {child.width()} < {needed.width()}")
        cut = isinstance(child, QLabel) and not child.wordWrap()
        if cut and child.fontMetrics().horizontalAdvance(child.text()) > child.contentsRect().width():
            problems.append(f"{name} text cut: {child.text()!r}")
    return problems


def test_nothing_of_the_vote_panel_or_the_evidence_tools_is_cut_off_at_1366_by_768(
    qtbot: QtBot, store: Store, synced_home: Path, tmp_path: Path, runner: Runner
) -> None:
    window = _window(qtbot, store, synced_home, tmp_path / "gui.ini", runner)
    case_id = _open_board_case(store)
    window.case_list.select_case(case_id)
    view = window.case_view
    view.tabs.setCurrentIndex(VOTE_TAB)
    panel = view.vote
    qtbot.waitUntil(lambda: panel.case_id == case_id and len(panel.findChildren(VoteColumn)) == 3)
    area = next(a for a in view.findChildren(QScrollArea) if a.widget() is panel)
    _laid_out()
    assert window.width() == 1366 and area.viewport().width() < 700  # the tab is narrow at this size
    assert area.horizontalScrollBar().maximum() == 0 and panel.width() <= area.viewport().width()
    assert _cut_off(panel, panel) == []
    cast = panel.ui.castButton.mapTo(area.viewport(), QPoint(0, 0))
    assert cast.x() >= 0 and cast.x() + panel.ui.castButton.width() <= area.viewport().width()
    # The three votes: side by side as far as they fit, the others below; none cut or overlapping.
    cards = [column.geometry() for column in panel.findChildren(VoteColumn)]
    assert all(panel.ui.boardArea.rect().contains(card) and card.width() >= 200 for card in cards)
    assert not any(a.intersects(b) for a, b in combinations(cards, 2))
    assert len({card.y() for card in cards}) == 2  # two rows at this width

    view.tabs.setCurrentIndex(EVIDENCE_TAB)
    viewer = view.gallery.viewer
    qtbot.waitUntil(lambda: viewer.row is not None)
    bar = viewer.toolbar
    _laid_out()
    assert viewer.width() < 450  # about 330 pixels beside the list: the tools wrap
    assert _cut_off(bar, bar) == [] and bar.detach.isVisible()
    window.close()


def test_the_view_menu_hides_panels_and_the_desk_keeps_them_and_the_splitters_after_a_restart(
    qtbot: QtBot, store: Store, synced_home: Path, tmp_path: Path, runner: Runner
) -> None:
    settings = tmp_path / "gui.ini"
    first = _window(qtbot, store, synced_home, settings, runner)
    assert [a.text() for a in first.menuBar().actions()][:4] == ["&File", "&Edit", "&View", "&Sync"]
    first.case_list.select_case(store.reads.list_cases()[0].case_id)
    view, menu = first.case_view, first.view_menu
    panels = {
        "case_list": first.case_list,
        "annotations": view.side,
        "evidence_list": view.gallery.side,
        "evidence_details": view.gallery.viewer.details.facts_box,
    }
    for key, widget in panels.items():
        assert menu.is_shown(key) and not widget.isHidden()
        menu.panel_actions[key].trigger()  # as the member does
        assert widget.isHidden() and not menu.is_shown(key)
    menu.show_all_action.trigger()
    assert not any(widget.isHidden() for widget in panels.values())
    view.body.setSizes([560, 260])
    view.gallery.splitter.setSizes([220, 300])
    sizes = view.body.sizes(), view.gallery.splitter.sizes()
    menu.panel_actions["evidence_details"].trigger()
    menu.panel_actions["evidence_list"].trigger()
    first.close()

    second = _window(qtbot, store, synced_home, settings, runner)
    second.case_list.select_case(store.reads.list_cases()[0].case_id)
    view, menu = second.case_view, second.view_menu
    assert view.gallery.viewer.details.facts_box.isHidden() and view.gallery.side.isHidden()
    assert not view.gallery.viewer.details.open_external.isHidden()  # the actions stay
    assert not menu.is_shown("evidence_details") and menu.is_shown("annotations") and not view.side.isHidden()
    menu.show_all()
    assert (view.body.sizes(), view.gallery.splitter.sizes()) == sizes
    # Find needs the case list: it comes back.
    menu.panel_actions["case_list"].trigger()
    second.find_action.trigger()
    assert not second.case_list.isHidden() and menu.is_shown("case_list")
    # Full screen and back.
    menu.full_screen_action.trigger()
    assert second.isFullScreen()
    menu.full_screen_action.trigger()
    assert not second.isFullScreen()
    # The evidence viewer in its own window, from the menu; the desk's closing brings it back.
    menu.detach_action.trigger()
    assert view.gallery.viewer_detached and view.gallery.viewer.window() is not second
    second.close()
    assert not view.gallery.viewer_detached and not menu.detach_action.isChecked()
