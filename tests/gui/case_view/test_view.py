"""CaseView: header, tabs and wiring, on a store synced from the sandbox."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.case_view.view import CHAT_TAB, EVIDENCE_TAB, SUMMARY_TAB, CaseView
from arbitration_desk.store.store import Store

#: The offscreen platform cannot resize windows to their size hints; it says so on every relayout.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_show_case_fills_header_and_summary(qtbot: QtBot, view: CaseView, store: Store) -> None:
    row = store.reads.list_cases()[0]
    view.show_case(row.case_id)
    qtbot.waitUntil(lambda: view.header.ui.referenceLabel.text() == row.reference)
    qtbot.waitUntil(lambda: "claim" in view.summary.sections)
    assert view.tabs.currentIndex() == SUMMARY_TAB
    assert view.header.ui.timeLeftLabel.text()
    assert not store.reads.case_detail(row.case_id).row.has_unread
    view.grab().save("/tmp/case_view.png")


def test_clear_hides_the_body(qtbot: QtBot, view: CaseView, store: Store) -> None:
    view.show_case(store.reads.list_cases()[0].case_id)
    view.clear()
    assert view.case_id is None
    assert view.body.isHidden()
    assert view.header.ui.referenceLabel.text() == ""


def test_jump_to_switches_tabs(qtbot: QtBot, view: CaseView, store: Store) -> None:
    case_id = store.reads.list_cases()[0].case_id
    view.show_case(case_id)
    evidence = store.reads.evidence(case_id)
    if evidence:
        view.jump_to({"type": "evidence", "id": evidence[0].evidence_id})
        assert view.tabs.currentIndex() == EVIDENCE_TAB
    view.jump_to({"type": "message", "id": "msg_x"})
    assert view.tabs.currentIndex() == CHAT_TAB
    view.jump_to({"type": "case"})
    assert view.tabs.currentIndex() == SUMMARY_TAB


def test_evidence_tab_of_a_synced_case(qtbot: QtBot, view: CaseView, store: Store) -> None:
    case_id = next(r.case_id for r in store.reads.list_cases() if len(store.reads.evidence(r.case_id)) >= 3)
    view.resize(1000, 700)
    view.show_case(case_id)
    view.tabs.setCurrentIndex(EVIDENCE_TAB)
    gallery = view.gallery
    qtbot.waitUntil(lambda: gallery.model.rowCount() == len(store.reads.evidence(case_id)))
    qtbot.waitUntil(lambda: gallery.viewer.kind is not None, timeout=10_000)
    assert view.width() == 1000  # nothing in the loaded case widens the view
    view.grab().save("/tmp/case_evidence.png")


def test_fits_beside_the_case_list_at_1366x768(view: CaseView) -> None:
    hint = view.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 640
