"""The case view's “Record ruling…” button: shown to the chair of an unsealed in-deliberation case only."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from arbitration_desk.gui.case_view.view import VOTE_TAB, CaseView
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.rulings.state import block_reason
from arbitration_desk.store.store import Store


def cases_by_eligibility(store: Store) -> tuple[str, str]:
    ready = blocked = ""
    for row in store.reads.list_cases():
        reason = block_reason(
            store.reads.case_detail(row.case_id), store.reads.vote_board(row.case_id), store.reads.member_id()
        )
        if not reason and not ready:
            ready = row.case_id
        elif reason and not blocked:
            blocked = row.case_id
    assert ready and blocked
    return ready, blocked


def test_button_follows_the_case(store: Store, runner: Runner, qtbot: QtBot) -> None:
    ready, blocked = cases_by_eligibility(store)
    view = CaseView(store, runner)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.show_case(ready)
    view.tabs.setCurrentIndex(VOTE_TAB)  # the button sits under the vote panel
    qtbot.waitUntil(lambda: view.ruling_button.isVisible())
    with qtbot.waitSignal(view.ruling_requested) as asked:
        view.ruling_button.click()
    assert asked.args == [ready]
    view.show_case(blocked)
    qtbot.waitUntil(lambda: view.ruling_button.isHidden())
    view.clear()
    assert runner.wait()
