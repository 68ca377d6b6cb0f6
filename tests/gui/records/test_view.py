"""The decision records view as legal staff on the session sandbox: export, verdicts, the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.records.model import COLUMNS, RecordsModel
from arbitration_desk.gui.records.view import RecordsView
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.rulings.records import FAILED, DecisionRecord
from arbitration_desk.rulings.trust import pin_fingerprint
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.sync.session import SessionInfo, sign_in
from helpers.sandbox import DEMO_PASSWORD

from ..conftest import otp_for


def legal_home(server: SandboxServer, home: Path) -> Path:
    """``legal`` signed in (tokens in this test's keyring) with the sandbox CA pinned."""
    sign_in(home, server.url, "legal", DEMO_PASSWORD, otp_for(server, "legal"))
    pin_fingerprint(home, server.ca_fingerprint)
    return home


def client_of(home: Path) -> PlatformClient:
    info = SessionInfo.load(home)
    assert info is not None
    return info.client()


# The record opens in a top-level window: the offscreen platform cannot raise it or pass size hints.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")
def test_legal_exports_the_demo_rulings_all_valid(
    gui_sandbox: SandboxServer, tmp_path: Path, runner: Runner, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    home = legal_home(gui_sandbox, tmp_path / "home")
    out = tmp_path / "records"
    view = RecordsView(home, runner, lambda: client_of(home))
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    assert not view.export_button.isEnabled()
    view.set_folder(out)
    assert view.export_button.isEnabled()
    with qtbot.waitSignal(view.exported, timeout=60_000) as finished:
        view.export_button.click()
        assert view.cancel_button.isEnabled()
    outcome = finished.args[0]
    assert outcome.report.exported and not outcome.report.failed, [r.problems for r in outcome.report.failed]
    assert view.model.rowCount() == len(outcome.report.exported)
    chair, decided = COLUMNS.index("Chair"), COLUMNS.index("Decided at")
    for row in range(view.model.rowCount()):
        record = view.model.record(row)
        assert view.model.index(row, chair).data() == f"{record.signer} ({record.chair_id})"  # a name, then the ID
        assert "T" not in view.model.index(row, decided).data()  # a readable date, not RFC 3339
    verdict = COLUMNS.index("Verdict")
    assert {view.model.index(row, verdict).data() for row in range(view.model.rowCount())} == {"valid"}
    assert not view.running and not view.cancel_button.isEnabled()
    assert "exported" in view.status.text()
    qtmodeltester.check(view.model)
    filed = [p for p in out.glob("*.pdf") if not p.name.endswith(".archival.pdf")]
    assert len(filed) == len(list(out.glob("*.archival.pdf"))) == view.model.rowCount()
    view.grab().save("/tmp/records_view.png")

    # A record opens on double-click, and on Enter, in a window of its own: pages and verdict.
    first = view.model.index(0, 0)
    where = view.table.visualRect(first).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a real double-click starts
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # with a press
    window = view.windows[str(out / view.model.record(0).file)]
    qtbot.waitUntil(lambda: not window.loading and not window.verifying, timeout=60_000)
    assert window.verdict is not None and window.verdict.report.ok, window.banner.text()
    assert window.banner.text().startswith("VALID filed ruling") and window.pages.page_count() >= 1
    window.resize(1366, 768)
    window.grab().save("/tmp/ruling_window.png")
    view.table.setCurrentIndex(view.model.index(1, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert str(out / view.model.record(1).file) in view.windows
    assert len(view.windows) == 2

    again = RecordsView(home, runner, lambda: client_of(home))
    qtbot.addWidget(again)
    again.set_folder(out)
    qtbot.waitUntil(lambda: again.model.rowCount() == view.model.rowCount())
    runner.wait()


def test_failed_records_are_highlighted(qtmodeltester: ModelTester) -> None:
    model = RecordsModel()
    good = DecisionRecord(
        "rl_1",
        "cs_1",
        "ARB-1",
        "favor_buyer",
        "10.00",
        "EUR",
        "2026-01-01T00:00:00Z",
        "",
        "mb_1",
        "a" * 64,
        10,
        verdict="valid",
    )
    bad = DecisionRecord(
        "rl_2",
        "cs_2",
        "ARB-\u202e2",
        "split",
        "5.00",
        "EUR",
        "2026-01-02T00:00:00Z",
        "",
        "mb_1",
        "b" * 64,
        10,
        verdict=FAILED,
        problems=["the signed bytes were changed"],
    )
    model.set_records([bad, good])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "ARB-1"
    assert model.index(1, 0).data() == "ARB-⟦RLO⟧2"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "changed" in model.index(1, COLUMNS.index("SHA-256")).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Case"
