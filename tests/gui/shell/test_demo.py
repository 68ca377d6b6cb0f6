"""``--demo``: runs without a credential store, and a second run keeps the last member's work."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from arbitration_desk.domain.enums import VoteOutcome
from arbitration_desk.domain.money import Money
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.shell.demo import DEMO_HOME, remember_demo_platform, start_demo
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.sign_in_dialog import SignInDialog
from arbitration_desk.platform import credentials
from arbitration_desk.platform.errors import CredentialStoreUnavailable
from arbitration_desk.platform.session_file import SessionInfo
from arbitration_desk.store.store import Store
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.session import sign_in
from helpers.keyring_swap import installed_keyring


@pytest.fixture
def no_credential_store():
    """A machine with no credential store at all (keyring's ``fail`` backend)."""
    with installed_keyring(fail.Keyring(), named=False):
        yield


def test_the_demo_runs_without_a_credential_store_and_a_rerun_keeps_unsent_work(
    tmp_path: Path, no_credential_store: None
) -> None:
    world = start_demo(tmp_path)
    try:
        assert world.session.username == "chair"
        assert world.home == tmp_path / DEMO_HOME
        # The member switches to member1 (the sign-in dialog runs this same function) and votes offline.
        session = sign_in(world.home, world.server.url, "member1", "demo", keys=world.keys)
        client = session.client()
        with Store.open(world.home, world.keys) as store:
            SyncEngine(store.sync, store.outbox, store.reads, client).run()
            case = next(row for row in store.reads.list_cases() if row.status == "in_deliberation")
            store.work.save_vote_draft(
                case.case_id, VoteOutcome.FAVOR_BUYER, Money(Decimal("10.00"), case.value.currency), "Proof."
            )
            store.work.submit_vote(case.case_id)
            assert store.outbox.count() == 1
        client.close()
    finally:
        world.stop()
    with pytest.raises(CredentialStoreUnavailable):  # nothing of the demo reached a real store
        credentials.SecretStore("https://platform.example|member1").check_available()

    again = start_demo(tmp_path)  # a new port; the sandbox keeps its state
    try:
        assert again.session.username == "member1"
        assert again.session.api_url == again.server.url
        assert SessionInfo.load(again.home) == again.session
        with Store.open(again.home, again.keys) as store:
            assert store.outbox.count() == 1  # the unsent vote survived, ready to deliver
            assert [row.case_id for row in store.reads.list_cases()], "member1's cases stayed"
    finally:
        again.stop()


def test_after_sign_out_the_empty_list_offers_sign_in_prefilled_with_the_demo_platform(
    qtbot, tmp_path: Path, runner: Runner
) -> None:
    world = start_demo(tmp_path)
    try:
        settings = AppSettings.for_home(world.home)
        remember_demo_platform(settings, world)
        with Store.open(world.home, world.keys) as store:
            window = MainWindow(store, world.home, runner, settings, world.session)
            qtbot.addWidget(window)
            window.auto_action.setChecked(False)
            window.show()
            with qtbot.waitSignal(window.sync.finished, timeout=120_000):
                window.sync_now()
            qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)
            assert not window.case_list.sign_in_button.isVisible()
            window.sign_out_now()
            qtbot.waitUntil(lambda: window.case_list.sign_in_button.isVisible(), timeout=30_000)
            assert "Sign in" in window.case_list.empty.text() and "F5" not in window.case_list.empty.text()
            assert not window.sync_action.isEnabled()
            qtbot.mouseClick(window.case_list.sign_in_button, Qt.MouseButton.LeftButton)
            dialog = window.findChild(SignInDialog)
            assert dialog is not None and dialog.isVisible()
            assert dialog.ui.api_url.text() == world.server.url
            dialog.close()
            window.close()
    finally:
        world.stop()
