"""The vote panel on real sandbox data: sealed and open boards, award checks, draft and casting."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.voting.board import VoteColumn
from arbitration_desk.gui.voting.panel import MAX_RATIONALE, VotePanel
from arbitration_desk.store.records import OutboxKind
from arbitration_desk.store.store import Store
from helpers.case_parts import show_in_context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def case_with(
    store: Store, *, cast: int | None = None, sealed: bool | None = None, status: str = "in_deliberation"
) -> str:
    for row in store.reads.list_cases():
        board = store.reads.vote_board(row.case_id)
        if row.status != status or board is None:
            continue
        if (cast is None or board.cast == cast) and (sealed is None or board.sealed == sealed):
            return row.case_id
    pytest.skip("the demo world has no such case")


def open_panel(store: Store, runner: Runner, qtbot: QtBot, case_id: str) -> VotePanel:
    panel = VotePanel(DeskModel(store, runner), zone=ZoneInfo("Europe/Paris"))
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    show_in_context(panel, panel.desk, case_id)
    qtbot.waitUntil(lambda: panel.claimed is not None and panel.ui.boardLabel.text() != "")
    runner.wait()
    return panel


def test_sealed_board_with_no_votes(store: Store, runner: Runner, qtbot: QtBot) -> None:
    panel = open_panel(store, runner, qtbot, case_with(store, cast=0))
    assert panel.ui.boardLabel.text() == "0 of 3 voted; votes open when everyone has voted."
    assert panel.ui.votersLabel.text().startswith("Not yet: ")
    assert not panel.ui.boardArea.isVisibleTo(panel)
    assert panel.editable


def test_sealed_board_shows_who_voted_never_what(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = case_with(store, cast=2, sealed=True)
    panel = open_panel(store, runner, qtbot, case_id)
    assert panel.ui.boardLabel.text() == "2 of 3 voted; votes open when everyone has voted."
    assert "Voted: " in panel.ui.votersLabel.text() and "Not yet: " in panel.ui.votersLabel.text()
    assert panel.findChildren(VoteColumn) == []
    board = store.reads.vote_board(case_id)
    assert board is not None
    others = [e for e in board.board["items"] if e["member_id"] != store.reads.member_id()]
    for entry in others:  # nothing of another member's vote is on screen
        assert "rationale" not in entry


def test_open_board_shows_every_vote_side_by_side(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = case_with(store, sealed=False)
    panel = open_panel(store, runner, qtbot, case_id)
    assert panel.ui.boardLabel.text() == "All 3 members have voted; the votes are open to the panel."
    columns = panel.findChildren(VoteColumn)
    assert len(columns) == 3
    board = store.reads.vote_board(case_id)
    assert board is not None
    rationales = sorted(c.rationale.toPlainText() for c in columns)
    assert rationales == sorted(e["rationale"] for e in board.board["items"])
    outcomes = [e["outcome"] for e in board.board["items"]]
    dissenters = [c for c in columns if "dissent" in c.outcome.text()]
    assert len(dissenters) == (1 if len(set(outcomes)) == 2 else 0)


def test_award_is_checked_against_the_claim(store: Store, runner: Runner, qtbot: QtBot) -> None:
    panel = open_panel(store, runner, qtbot, case_with(store, cast=0))
    claimed = panel.claimed
    assert claimed is not None
    assert panel.ui.currencyLabel.text() == claimed.currency
    panel.ui.splitRadio.setChecked(True)
    panel.ui.rationaleEdit.setPlainText("Both sides share the blame.")
    for text, expected in [
        ("abc", "Enter the award as an amount such as 52.45."),
        ("1.234", "Enter the award as an amount such as 52.45."),
        ("-1", "Enter the award as an amount such as 52.45."),
        (f"{claimed.amount + 1}", f"The award exceeds the amount claimed ({claimed})."),
    ]:
        panel.ui.awardEdit.setText(text)
        panel.ui.awardEdit.textEdited.emit(text)
        assert panel.problems() == [expected]
        assert not panel.ui.castButton.isEnabled()
    panel.ui.awardEdit.setText("10.5")
    panel.ui.awardEdit.textEdited.emit("10.5")
    assert panel.problems() == []
    assert panel.ui.castButton.isEnabled()
    panel.ui.favorSellerRadio.setChecked(True)
    assert panel.ui.awardEdit.text() == "0.00"
    assert not panel.ui.awardEdit.isEnabled()
    panel.ui.rationaleEdit.setPlainText("x" * (MAX_RATIONALE + 1))
    assert panel.problems() == ["The rationale is 1 characters too long."]
    panel.save_draft()
    runner.wait()


def test_draft_is_saved_on_edit_and_the_vote_queued_on_cast(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = case_with(store, cast=0)
    panel = open_panel(store, runner, qtbot, case_id)
    panel.ui.favorBuyerRadio.setChecked(True)
    panel.ui.awardEdit.setText("5.00")
    panel.ui.awardEdit.textEdited.emit("5.00")
    panel.ui.rationaleEdit.setPlainText("The parcel <b>never</b> arrived.")
    qtbot.waitUntil(lambda: panel.ui.draftLabel.text().startswith("Draft saved at"), timeout=3_000)
    draft = store.reads.vote_draft(case_id)
    assert (
        draft is not None and draft.outcome == "favor_buyer" and draft.rationale == "The parcel <b>never</b> arrived."
    )
    assert not draft.queued
    panel.ui.castButton.click()
    assert panel.ui.confirmBar.isVisibleTo(panel)
    with qtbot.waitSignal(panel.changed):
        panel.ui.confirmButton.click()
    qtbot.waitUntil(lambda: panel.ui.draftLabel.text() == "Queued — will be sent at the next sync.")
    votes = [e for e in store.outbox.next() if e.kind == OutboxKind.VOTE_PUT]
    assert len(votes) == 1 and votes[0].payload is not None
    assert votes[0].payload["award"] == {"amount": "5.00", "currency": panel.claimed.currency if panel.claimed else ""}
    runner.wait()


def test_read_only_when_not_in_deliberation(store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = next((r.case_id for r in store.reads.list_cases() if r.status == "decided"), None)
    if case_id is None:
        pytest.skip("no decided case")
    panel = open_panel(store, runner, qtbot, case_id)
    assert panel.ui.readOnlyLabel.text() == "Voting is closed: the case is decided."
    assert not panel.editable
    assert panel.ui.rationaleEdit.isReadOnly()
    assert not panel.ui.castButton.isEnabled()
