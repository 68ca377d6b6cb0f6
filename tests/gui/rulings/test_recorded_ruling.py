"""A decided case shows its recorded ruling (outcome, award, date, chair, the signature's verdict)
and opens the signed PDF, on a home synced from the live sandbox (its CRL is fetched)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.documents.labels import OUTCOMES
from arbitration_desk.gui.case_view.view import CaseView
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.rulings.trust import pin_fingerprint
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import RecordedRulingRow
from arbitration_desk.store.store import Store


@pytest.fixture
def view(qtbot: QtBot, store: Store, runner: Runner, gui_sandbox: SandboxServer) -> Iterator[CaseView]:
    pin_fingerprint(store.home, gui_sandbox.ca_fingerprint)  # as a release ships the platform's
    widget = CaseView(store, runner)
    widget.resize(1366, 700)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    for window in list(widget.ruling_panel.windows.values()):
        window.close()
    widget.close()
    widget.deleteLater()


def _decided(store: Store) -> RecordedRulingRow:
    for row in store.reads.list_cases():
        ruling = store.reads.case_bundle(row.case_id).recorded_ruling
        if ruling is not None:
            return ruling
    raise AssertionError("the demo world has no decided case of the chair's with a recorded ruling")


def test_a_decided_case_shows_its_verified_ruling_and_opens_the_pdf(qtbot: QtBot, view: CaseView, store: Store) -> None:
    ruling = _decided(store)
    assert ruling.document_stored
    view.show_case(ruling.case_id)
    panel = view.ruling_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.ruling is not None)
    text = panel.summary.text()
    assert OUTCOMES[ruling.outcome] in text
    assert (ruling.award.currency in text) if ruling.award.amount else ("nothing awarded" in text)
    assert ruling.chair_id in text and "Chair:" in text
    qtbot.waitUntil(lambda: "verifying" not in panel.signature.text(), timeout=20_000)
    assert panel.signature.text().startswith("Signature: VALID"), panel.signature.text()
    view.grab().save("/tmp/recorded_ruling.png")

    window = panel.open_document()
    assert window is not None and window.isWindow()
    assert panel.open_document() is window  # one window per ruling
    qtbot.waitUntil(lambda: not window.loading and not window.verifying, timeout=30_000)
    assert window.verdict is not None and window.verdict.report.ok, window.banner.text()
    assert window.pages.page_count() >= 1
    window.grab().save("/tmp/recorded_ruling_window.png")


def test_an_open_case_shows_no_ruling(qtbot: QtBot, view: CaseView, store: Store) -> None:
    ruling = _decided(store)
    view.show_case(ruling.case_id)
    qtbot.waitUntil(lambda: view.ruling_panel.isVisible())
    other = next(r.case_id for r in store.reads.list_cases() if r.case_id != ruling.case_id and r.status != "decided")
    view.show_case(other)
    qtbot.waitUntil(lambda: view.context.state.bundle is not None)
    assert view.ruling_panel.isHidden()
