"""The chair's ruling dialog on a real sandbox: preview, sign and file, refusals, and errors.

A small sandbox of its own (the session sandbox is shared: a filed ruling would change other tests'
cases), with the chair's and a panel member's synced homes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.enums import VoteOutcome
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.rulings.dialog import RulingDialog
from arbitration_desk.gui.rulings.state import can_sign
from arbitration_desk.rulings.filing import RulingService
from arbitration_desk.rulings.trust import pin_fingerprint
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import SubmissionState
from arbitration_desk.store.store import Store
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.outbox import deliver
from arbitration_desk.sync.session import SessionInfo, sign_in
from helpers.keyring_backend import MemoryKeyring
from helpers.keyring_swap import installed_keyring
from helpers.sandbox import DEMO_PASSWORD, start_sandbox
from helpers.stores import open_store

MODULE_KEYRING = MemoryKeyring()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """One credential store for the module: both members sign in once."""
    with installed_keyring(MODULE_KEYRING):
        yield MODULE_KEYRING


@dataclass(frozen=True)
class RulingWorld:
    server: SandboxServer
    chair_home: Path
    member_home: Path


def synced(server: SandboxServer, home: Path, username: str) -> Path:
    info = sign_in(home, server.url, username, DEMO_PASSWORD)
    client = info.client()
    with open_store(home) as store:
        assert SyncEngine(store.sync, store.outbox, store.reads, client).run().ok
    client.close()
    return home


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RulingWorld]:
    with installed_keyring(MODULE_KEYRING):
        root = tmp_path_factory.mktemp("ruling-world")
        server = start_sandbox(root / "platform", cases=24, rate_limit=0)
        try:
            chair = synced(server, root / "chair", "chair")
            pin_fingerprint(chair, server.ca_fingerprint)
            yield RulingWorld(server, chair, synced(server, root / "member1", "member1"))
        finally:
            server.stop()


@pytest.fixture
def chair_store(world: RulingWorld) -> Iterator[Store]:
    with open_store(world.chair_home) as opened:
        yield opened


def factory(store: Store, home: Path) -> Callable[[], RulingService]:
    def make() -> RulingService:
        info = SessionInfo.load(home)
        assert info is not None
        return RulingService(store.reads, store.work, store.sync, store.outbox, info.client(), home, deliver=deliver)

    return make


def find_case(store: Store, *, sealed: bool, relied: bool = False) -> str:
    """An in-deliberation case without a ruling yet (with annotated evidence or messages if ``relied``)."""
    for row in store.reads.list_cases():
        board = store.reads.vote_board(row.case_id)
        if row.status != "in_deliberation" or board is None or board.sealed != sealed:
            continue
        kinds = {a.target.get("type") for a in store.reads.annotations(row.case_id)}
        if relied and not kinds & {"evidence", "message"}:
            continue
        if store.reads.ruling_submission(row.case_id) is None and (sealed or board.cast >= board.quorum):
            return row.case_id
    raise AssertionError("the demo world has no such case")


def open_dialog(store: Store, home: Path, runner: Runner, qtbot: QtBot, case_id: str) -> RulingDialog:
    dialog = RulingDialog(store, runner, factory(store, home), case_id)
    qtbot.addWidget(dialog)
    dialog.resize(1300, 720)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    return dialog


def close(dialog: RulingDialog, runner: Runner) -> None:
    dialog.reject()
    assert runner.wait()


def test_chair_previews_signs_and_files(world: RulingWorld, chair_store: Store, runner: Runner, qtbot: QtBot) -> None:
    case_id = find_case(chair_store, sealed=False, relied=True)
    dialog = open_dialog(chair_store, world.chair_home, runner, qtbot, case_id)
    assert dialog.case is not None and dialog.case.blocked == ""
    assert dialog.relied.rowCount() >= 1 and len(dialog.chosen()) == dialog.relied.rowCount()
    assert all(" ev_" not in dialog.relied.item(row).text() for row in range(dialog.relied.rowCount()))
    assert not dialog.ui.signButton.isEnabled()
    assert dialog.ui.blockedLabel.isHidden()

    dialog.set_outcome(VoteOutcome.FAVOR_SELLER.value)
    assert dialog.ui.awardEdit.text() == "0.00"
    dialog.ui.reasonsEdit.setPlainText("The seller proved delivery; the buyer's photos show no damage.")
    dialog.ui.findingsEdit.setPlainText("The carrier's scan shows the parcel at the buyer's door.")
    assert dialog.form().findings == "The carrier's scan shows the parcel at the buyer's door."
    assert dialog.problems() == []
    qtbot.waitUntil(lambda: dialog.preview.document.status() == QPdfDocument.Status.Ready, timeout=20_000)
    assert dialog.preview.document.pageCount() >= 1
    assert "page(s)" in dialog.preview.status.text()
    qtbot.wait(300)  # QPdfView renders its pages asynchronously; only for the picture
    dialog.grab().save("/tmp/ruling_dialog_preview.png")

    before = world.server.control.counts()["ruling"]
    assert dialog.ui.signButton.isEnabled()
    dialog.ui.signButton.click()
    assert dialog.ui.confirmBar.isVisible()
    dialog.ui.confirmButton.click()
    qtbot.waitUntil(lambda: dialog.submission is not None and not dialog.busy, timeout=60_000)
    assert dialog.submission is not None
    assert dialog.submission.state == SubmissionState.FILED, dialog.ui.stateLabel.text()
    result = dialog.ui.stateLabel.text()
    assert result.startswith("Filed")
    assert "Ruling ID: " in result and "Document SHA-256: " in result
    assert "Verification: valid" in result, result
    assert "unsigned" not in dialog.preview.status.text() and dialog.preview.document.pageCount() >= 1
    signed = chair_store.outbox.ruling_document(dialog.submission.document_sha256)
    assert signed.startswith(b"%PDF") and dialog.submission.document_sha256[:16] in result
    assert world.server.control.counts()["ruling"] == before + 1
    assert not dialog.ui.signButton.isEnabled() and not can_sign(dialog.submission)
    dialog.grab().save("/tmp/ruling_dialog_filed.png")
    close(dialog, runner)


def test_award_is_checked_against_the_claim(
    world: RulingWorld, chair_store: Store, runner: Runner, qtbot: QtBot
) -> None:
    case_id = find_case(chair_store, sealed=False)
    dialog = open_dialog(chair_store, world.chair_home, runner, qtbot, case_id)
    claimed = dialog.case.claimed if dialog.case else None
    assert claimed is not None
    dialog.set_outcome(VoteOutcome.SPLIT.value)
    dialog.ui.reasonsEdit.setPlainText("Half each.")
    dialog.ui.awardEdit.setText(f"{claimed.amount + 1}")
    dialog.ui.awardEdit.textEdited.emit(dialog.ui.awardEdit.text())
    assert any("award_exceeds_claim" in p for p in dialog.problems())
    assert not dialog.ui.signButton.isEnabled()
    dialog.ui.awardEdit.setText("12,5")
    dialog.ui.awardEdit.textEdited.emit("12,5")
    assert any("amount" in p for p in dialog.problems())
    dialog.ui.awardEdit.setText("1.00")
    dialog.ui.awardEdit.textEdited.emit("1.00")
    assert dialog.problems() == [] and dialog.ui.signButton.isEnabled()
    close(dialog, runner)


def test_sealed_board_is_refused(world: RulingWorld, chair_store: Store, runner: Runner, qtbot: QtBot) -> None:
    dialog = open_dialog(chair_store, world.chair_home, runner, qtbot, find_case(chair_store, sealed=True))
    assert dialog.case is not None and "sealed" in dialog.case.blocked
    assert dialog.ui.blockedLabel.isVisible()
    assert not dialog.ui.outcomeBox.isEnabled() and not dialog.ui.signButton.isEnabled()
    close(dialog, runner)


def test_non_chair_is_refused(world: RulingWorld, runner: Runner, qtbot: QtBot) -> None:
    with open_store(world.member_home) as store:
        dialog = open_dialog(store, world.member_home, runner, qtbot, find_case(store, sealed=False))
        assert dialog.case is not None and "Only the chair" in dialog.case.blocked
        assert not dialog.ui.signButton.isEnabled() and dialog.ui.reasonsEdit.isReadOnly()
        close(dialog, runner)


def test_signing_error_is_shown_not_raised(
    world: RulingWorld, chair_store: Store, runner: Runner, qtbot: QtBot, tmp_path: Path
) -> None:
    """Without the CA pin (another home), signing is impossible: the dialog says why."""
    case_id = find_case(chair_store, sealed=False)

    def unpinned() -> RulingService:
        info = SessionInfo.load(world.chair_home)
        assert info is not None
        return RulingService(
            chair_store.reads,
            chair_store.work,
            chair_store.sync,
            chair_store.outbox,
            info.client(),
            tmp_path,
            deliver=deliver,
        )

    dialog = RulingDialog(chair_store, runner, unpinned, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    dialog.set_outcome(VoteOutcome.FAVOR_SELLER.value)
    dialog.ui.reasonsEdit.setPlainText("Reasons.")
    dialog.sign_and_file()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "CA is not pinned" in dialog.ui.stateLabel.text()
    assert dialog.ui.signButton.isEnabled()
    assert chair_store.reads.ruling_submission(case_id) is None
    close(dialog, runner)
