"""Sign out, then sign in as another member in the same window: the next syncs work as in a new window.

The bug: the wipe ran through a second ``Store`` on the home, so the window's blob store still took
the removed evidence directories for made; every later sync stopped at the first download ("No
such file or directory"), evidence stayed "Not downloaded" and a cast vote "Queued" until a restart.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.sign_in_dialog import SignInDialog
from arbitration_desk.gui.sync.controller import SyncOutcome
from arbitration_desk.gui.voting.panel import VotePanel
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import EvidenceState
from arbitration_desk.store.store import Store
from helpers.sandbox import DEMO_PASSWORD, api_session, start_sandbox
from helpers.stores import open_store

RATIONALE = "Tracking shows no delivery (cast after signing in again in the same window)."


def _sign_in(qtbot, window: MainWindow, url: str, user: str) -> None:
    window.sign_in()
    [dialog] = [d for d in window.findChildren(SignInDialog) if d.isVisible()]
    dialog.ui.api_url.setText(url)
    dialog.ui.username.setText(user)
    dialog.ui.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=30_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.sync.session is not None and window.sync.session.username == user


def _sync(qtbot, window: MainWindow) -> SyncOutcome:
    with qtbot.waitSignal(window.sync.finished, timeout=120_000) as finished:
        window.sync_now()
    outcome: SyncOutcome = finished.args[0]
    assert outcome.ok, outcome.report.failures if outcome.report else outcome.error
    return outcome


def _assert_all_evidence_verified(store: Store) -> int:
    count = 0
    for case in store.reads.list_cases():
        for row in store.reads.evidence(case.case_id):
            assert row.state == EvidenceState.VERIFIED, (row.evidence_id, row.state)
            with store.blobs.open_verified(row.sha256) as handle:
                content = handle.read()
            assert hashlib.sha256(content).hexdigest() == row.sha256 and len(content) == row.size_bytes
            count += 1
    return count


def test_another_member_syncs_and_votes_after_sign_out_in_the_same_window(qtbot, tmp_path: Path, runner) -> None:
    server: SandboxServer = start_sandbox(tmp_path / "sandbox", cases=6, seed=11)
    home = tmp_path / "home"
    try:
        with open_store(home) as store:
            window = MainWindow(store, home, runner, AppSettings(tmp_path / "gui.ini"), None, auto_sync=False)
            qtbot.addWidget(window)
            window.show()
            # The chair signs in and syncs: the evidence directories are made (and cached as made).
            _sign_in(qtbot, window, server.url, "chair")
            _sync(qtbot, window)
            assert _assert_all_evidence_verified(store) > 0
            # Signing out wipes everything.
            runner.wait()
            window.sign_out_now()
            qtbot.waitUntil(lambda: "deleted" in window.status.activity.text(), timeout=30_000)
            assert store.reads.list_cases() == [] and store.blobs.verified_count() == 0
            # member1 (same panel, so the same evidence hashes) signs in in the same window and syncs.
            _sign_in(qtbot, window, server.url, "member1")
            first = _sync(qtbot, window)
            assert first.report is not None and first.report.evidence_verified > 0
            assert _assert_all_evidence_verified(store) == first.report.evidence_verified
            # member1 casts a vote in the vote panel; the next sync delivers it.
            qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
            row = next(r for r in window.case_list.model.rows() if r.can_vote)
            window.case_list.select_case(row.case_id)
            vote = window.case_view.vote
            assert isinstance(vote, VotePanel)
            qtbot.waitUntil(lambda: vote.editable, timeout=10_000)
            vote.ui.favorBuyerRadio.setChecked(True)
            vote.ui.awardEdit.setText(row.value.amount_text)
            vote.ui.rationaleEdit.setPlainText(RATIONALE)
            qtbot.waitUntil(lambda: vote.ui.castButton.isEnabled(), timeout=5000)
            with qtbot.waitSignal(window.case_view.case_changed, timeout=10_000):
                vote.cast()
            qtbot.waitUntil(lambda: window.status.outbox.text() == "1 unsent", timeout=10_000)
            delivered = _sync(qtbot, window)
            assert delivered.report is not None and delivered.report.outbox_delivered == 1
            qtbot.waitUntil(lambda: window.status.outbox.text() == "Nothing to send", timeout=10_000)
            runner.wait()
            window.close()
        # The platform holds member1's vote (read over HTTP as member1).
        member1 = api_session(server, "member1")
        try:
            board = member1.get(f"/v1/cases/{row.case_id}/votes").json()
        finally:
            member1.close()
        me = server.control.member("member1")["member_id"]
        [mine] = [item for item in board["items"] if item["member_id"] == me]
        assert mine["has_voted"] and mine["outcome"] == "favor_buyer" and mine["rationale"] == RATIONALE
    finally:
        server.stop()
