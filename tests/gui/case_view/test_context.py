"""The case context: switching case reads the store once for every panel; a change of the case once more.

Reads are counted on the store's read engine (``helpers.store_reads``); the chat's pages of
messages are the timeline's own reads and are counted apart.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.case_view.view import CaseView
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.store.store import Store
from helpers.store_reads import ReadCounter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def filled_test(store: Store, case_id: str) -> Callable[[CaseView], bool]:
    """Whether every panel shows ``case_id`` as stored now (the chat: its rows); reads the store
    once, here, so that the test's own reads are not counted with the view's."""
    reference = store.reads.case_detail(case_id).row.reference
    evidence, messages = len(store.reads.evidence(case_id)), len(store.reads.message_row_ids(case_id))
    annotations = [a.annotation_id for a in store.reads.annotations(case_id)]

    def filled(view: CaseView) -> bool:
        return (
            view.header.ui.referenceLabel.text() == reference
            and "claim" in view.summary.sections
            and view.gallery.model.rowCount() == evidence
            and [r.annotation_id for r in view.annotations.model.rows] == annotations
            and view.vote.case_id == case_id
            and view.vote.claimed is not None
            and view.timeline.model.case_id == case_id
            and view.timeline.model.rowCount() == messages
        )

    return filled


def test_switching_case_reads_the_store_once_for_the_panels(
    qtbot: QtBot, view: CaseView, store: Store, runner: Runner
) -> None:
    case_ids = [row.case_id for row in store.reads.list_cases()][:4]
    assert len(case_ids) == 4
    for case_id in [*case_ids, case_ids[0]]:
        filled = filled_test(store, case_id)
        with ReadCounter(store) as counter:
            view.show_case(case_id)
            qtbot.waitUntil(lambda filled=filled: filled(view), timeout=10_000)  # type: ignore[misc]
            qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        assert len(counter.panel_reads()) == 1, [read.statements for read in counter.panel_reads()]
        assert counter.message_reads()  # the chat paged its own messages


def test_a_change_of_the_shown_case_reads_it_once_again(
    qtbot: QtBot, view: CaseView, store: Store, runner: Runner
) -> None:
    case_id = next(row.case_id for row in store.reads.list_cases() if row.can_annotate)
    view.show_case(case_id)
    qtbot.waitUntil(lambda: filled_test(store, case_id)(view), timeout=10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    before = view.annotations.model.rowCount()
    with ReadCounter(store) as counter:
        with qtbot.waitSignal(view.case_changed) as changed:
            view.desk.create_annotation(case_id, {"type": "case"}, "Check the carrier's scan.", private=True)
        qtbot.waitUntil(lambda: view.annotations.model.rowCount() == before + 1)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert changed.args == [case_id]
    # The context's read of the case and the desk's count of the outbox; the chat did not page
    # again (no new messages).
    assert len(counter.reads) == 2 and not counter.message_reads()


def test_a_result_for_a_case_switched_away_from_is_dropped(
    qtbot: QtBot, view: CaseView, store: Store, runner: Runner
) -> None:
    first, second = [row.case_id for row in store.reads.list_cases()][:2]
    view.show_case(first)
    view.show_case(second)  # before the first case's read has come back
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert view.case_id == second
    assert filled_test(store, second)(view)
    assert {r.case_id for r in (view.gallery.model.evidence(n) for n in range(view.gallery.model.rowCount())) if r} <= {
        second
    }
