"""The demo flow of an appeal, end to end on a sandbox of its own (the issue's "done when").

Sign in as the demo chair and sync; open the appeal case the chair presides; see the verified first
ruling and the grounds; annotate an item new on appeal; every panel member votes (two over HTTP, the
chair in the desk); the chair signs and files a ruling that replaces the first one; sync; the legal
export then lists both rulings, linked.

Its own small world (2 cases and the 3 appeal scenarios): a filed ruling would change the shared
sandbox's cases for other tests.
"""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.appeals import AppealEffect
from arbitration_desk.domain.enums import VoteOutcome
from arbitration_desk.gui.case_view.view import EVIDENCE_TAB, SUMMARY_TAB, VOTE_TAB
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.note_dialog import EvidenceNoteDialog
from arbitration_desk.gui.rulings.dialog import RulingDialog
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.sign_in_dialog import SignInDialog
from arbitration_desk.rulings.export import DecisionExporter
from arbitration_desk.rulings.signature_rules import ruling_attachment
from arbitration_desk.rulings.trust import pin_fingerprint, platform_trust_roots
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import CaseRow, SubmissionState
from helpers.desk import signed_in
from helpers.sandbox import DEMO_PASSWORD, api_session, start_sandbox
from helpers.stores import open_store

SCREENSHOT = Path("/tmp/appeal_case_view.png")
NEW_EVIDENCE = "Signed delivery receipt"  # the seller's item new on appeal (world_appeals, scenario 0)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    made = start_sandbox(tmp_path_factory.mktemp("appeal-flow"), cases=2, rate_limit=0, world_options={"appeals": 3})
    try:
        yield made
    finally:
        made.stop()


def _sync(qtbot: QtBot, window: MainWindow) -> Any:
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as synced:
        window.sync_now()
    result = synced.args[0]
    assert result.ok, result.report.failures
    return result


def _vote_over_http(server: SandboxServer, username: str, case_id: str, claim: dict[str, str]) -> None:
    session = api_session(server, username)
    try:
        vote = {
            "outcome": VoteOutcome.FAVOR_SELLER.value,
            "award": {"amount": "0.00", "currency": claim["currency"]},
            "rationale": f"The carrier's signed receipt proves delivery ({username}, appeal flow test).",
        }
        answer = session.put(f"/v1/cases/{case_id}/votes/me", json=vote)
        assert answer.status_code == 200, answer.text
    finally:
        session.close()


def _pdf_text(pdf: bytes, path: Path) -> str:
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60)
    return " ".join(out.stdout.split())


def _appeal_row(window: MainWindow) -> CaseRow:
    """The open appeal the chair presides (found by what the store says, not by ID)."""
    rows = [r for r in window.case_list.model.rows() if r.is_appeal and r.can_vote]
    assert len(rows) == 1, rows
    return rows[0]


def test_appeal_demo_flow(qtbot: QtBot, server: SandboxServer, tmp_path: Path, runner: Runner) -> None:
    home = tmp_path / "home"
    pin_fingerprint(home, server.ca_fingerprint)  # as a release ships the platform's
    with open_store(home) as store:
        window = MainWindow(store, home, runner, AppSettings(tmp_path / "gui.ini"), None)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()

        # sign in as the chair through the dialog: the first sync follows
        with qtbot.waitSignal(window.sync.finished, timeout=60_000) as synced:
            window.sign_in()
            dialog = window.findChild(SignInDialog)
            assert dialog is not None and dialog.isVisible()
            dialog.ui.api_url.setText(server.url)
            dialog.ui.username.setText("chair")
            dialog.ui.password.setText(DEMO_PASSWORD)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert synced.args[0].ok
        qtbot.waitUntil(lambda: window.case_list.model.rowCount() > 0, timeout=10_000)

        # open the appeal: title, grounds beside their translation, the first ruling verified
        row = _appeal_row(window)
        window.case_list.select_case(row.case_id)
        view = window.case_view
        assert view.case_id == row.case_id
        panel = view.appeal_panel
        qtbot.waitUntil(lambda: panel.isVisible() and panel.appeal is not None, timeout=10_000)
        appeal = panel.appeal
        assert appeal is not None and appeal.of_reference == row.appeal_of
        assert panel.title.text().startswith(f"Appeal against the ruling of {appeal.of_reference} of ")
        assert panel.title.text().endswith(", by the seller")
        assert panel.grounds.toPlainText() == appeal.grounds and appeal.grounds
        assert panel.translation.isVisible() and panel.translation.toPlainText() == appeal.translation()
        first = panel.appealed
        qtbot.waitUntil(lambda: first.ruling is not None, timeout=10_000)
        assert first.ruling is not None and first.ruling.ruling_id == appeal.ruling_id
        assert first.summary.text().startswith(f"Ruling appealed against: {appeal.of_reference}, recorded ")
        qtbot.waitUntil(lambda: "verifying" not in first.signature.text(), timeout=20_000)
        assert first.signature.text().startswith("Signature: VALID"), first.signature.text()
        assert view.ruling_panel.isHidden()  # the appeal is not decided yet
        document = first.open_document()
        assert document is not None and document.isWindow()
        qtbot.waitUntil(lambda: not document.loading and not document.verifying, timeout=20_000)
        assert document.verdict is not None and document.verdict.report.ok, document.banner.text()
        document.close()
        assert server.control.case_row(appeal.of_case_id)["status"] == "under_appeal"

        # annotate an item new on appeal: the seller's signed receipt (a PDF), as a whole
        view.tabs.setCurrentIndex(EVIDENCE_TAB)
        gallery = view.gallery
        qtbot.waitUntil(lambda: gallery.new_only.isVisible() and gallery.model.rowCount() > 0, timeout=10_000)
        gallery.new_only.setChecked(True)
        new_items = gallery.shown_rows()
        assert new_items and gallery.count_label.text().startswith(f"{len(new_items)} of "), gallery.count_label.text()
        assert NEW_EVIDENCE in [item.title for item in new_items], new_items
        gallery.show_evidence(next(item.evidence_id for item in new_items if item.title == NEW_EVIDENCE))
        receipt = gallery.current_row()
        assert receipt is not None and appeal.is_new(receipt.submitted_at)
        details = gallery.viewer.details
        qtbot.waitUntil(lambda: details.annotate.isEnabled(), timeout=10_000)
        details.annotate.click()  # the whole item: it is a PDF, no region to draw
        note = gallery.findChild(EvidenceNoteDialog)
        assert note is not None and note.ui.sharedButton.isEnabled()
        note.ui.sharedButton.setChecked(True)
        note.ui.bodyEdit.setPlainText("New on appeal: the carrier's receipt signed at the buyer's address.")
        with qtbot.waitSignal(view.case_changed, timeout=10_000):
            note.accept()

        # every panel member votes: two over HTTP, the chair in the desk (two had voted already)
        bundle = view.context.state.bundle
        assert bundle is not None and bundle.detail.case is not None
        claim = bundle.detail.case["claim"]["amount_claimed"]
        for username in ("member1", "member2"):
            _vote_over_http(server, username, row.case_id, claim)
        view.tabs.setCurrentIndex(VOTE_TAB)
        vote = view.vote
        qtbot.waitUntil(lambda: vote.editable, timeout=10_000)
        vote.ui.favorSellerRadio.setChecked(True)
        vote.ui.rationaleEdit.setPlainText("The signed receipt, new on appeal, proves delivery (appeal flow test).")
        qtbot.waitUntil(lambda: vote.ui.castButton.isEnabled(), timeout=5000)
        with qtbot.waitSignal(view.case_changed, timeout=10_000):
            vote.cast()
        qtbot.waitUntil(lambda: window.status.outbox.text() == "2 unsent", timeout=10_000)
        before = server.control.counts()
        assert _sync(qtbot, window).report.outbox_delivered == 2
        after = server.control.counts()
        assert (after["annotation_put"], after["vote"]) == (before["annotation_put"] + 1, before["vote"] + 1)

        # record the ruling as chair: preview, sign and file; it replaces the first ruling
        qtbot.waitUntil(lambda: view.ruling_button.isVisible(), timeout=10_000)
        view.ruling_button.click()
        ruling = window.findChild(RulingDialog)
        assert ruling is not None
        qtbot.waitUntil(lambda: ruling.case is not None, timeout=10_000)
        assert ruling.case is not None and ruling.case.blocked == ""
        relied = {(item.kind, item.item_id) for item in ruling.chosen()}  # every annotated item, checked
        assert ("evidence", receipt.evidence_id) in relied, relied
        ruling.set_outcome(VoteOutcome.FAVOR_SELLER.value)
        ruling.ui.reasonsEdit.setPlainText("On appeal, the carrier's signed receipt proves the parcel was delivered.")
        assert ruling.problems() == []
        qtbot.waitUntil(lambda: ruling.preview.document.status() == QPdfDocument.Status.Ready, timeout=20_000)
        ruling.ui.signButton.click()
        assert ruling.ui.confirmBar.isVisible()
        ruling.ui.confirmButton.click()
        qtbot.waitUntil(lambda: ruling.submission is not None and not ruling.busy, timeout=60_000)
        submission = ruling.submission
        assert submission is not None and submission.state == SubmissionState.FILED, ruling.ui.stateLabel.text()
        assert "Verification: valid" in ruling.ui.stateLabel.text(), ruling.ui.stateLabel.text()
        appeal_ruling_id = submission.ruling_id
        assert appeal_ruling_id
        signed = store.outbox.ruling_document(submission.document_sha256)
        record = ruling_attachment(PdfFileReader(io.BytesIO(signed)))
        assert record is not None
        assert record["appeal"] == {
            "of_case_id": appeal.of_case_id,
            "of_reference": appeal.of_reference,
            "ruling_id": appeal.ruling_id,
            "document_sha256": appeal.document_sha256,
            "effect": AppealEffect.REPLACES.value,
        }
        assert receipt.evidence_id in [e["evidence_id"] for e in record["evidence"]]  # the item new on appeal
        text = _pdf_text(signed, tmp_path / "appeal_ruling.pdf")
        assert "Ruling on appeal" in text
        assert f"this ruling replaces the ruling in {appeal.of_reference} (ruling ID {appeal.ruling_id}" in text
        ruling.reject()

        # sync: the platform recorded the appeal ruling; the first case is decided again
        _sync(qtbot, window)
        legal = api_session(server, "legal")
        try:
            listed = {r["ruling_id"]: r for r in legal.get("/v1/rulings", params={"limit": 200}).json()["items"]}
        finally:
            legal.close()
        assert listed[appeal_ruling_id]["appeal_of"] == appeal.ruling_id
        assert listed[appeal_ruling_id]["case_id"] == row.case_id
        assert server.control.case_row(appeal.of_case_id)["status"] == "decided"
        assert server.control.case_row(row.case_id)["status"] == "decided"
        decided = view.ruling_panel
        qtbot.waitUntil(lambda: decided.isVisible() and decided.ruling is not None, timeout=10_000)
        assert decided.ruling is not None and decided.ruling.ruling_id == appeal_ruling_id
        assert "Replaces the first ruling (final)." in decided.summary.text(), decided.summary.text()
        qtbot.waitUntil(lambda: "verifying" not in decided.signature.text(), timeout=20_000)
        assert decided.signature.text().startswith("Signature: VALID"), decided.signature.text()
        assert first.signature.text().startswith("Signature: VALID")  # still shown above it
        view.tabs.setCurrentIndex(SUMMARY_TAB)
        window.resize(1366, 768)
        qtbot.wait(200)  # layouts settle; only for the picture
        window.grab().save(str(SCREENSHOT))
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
        window.close()

    # the legal export lists both rulings, linked, both verified
    legal_store, client = signed_in(tmp_path / "legal", server.url, "legal")
    try:
        roots = platform_trust_roots(client, tmp_path / "legal", [server.ca_fingerprint])
        out = tmp_path / "records"
        report = DecisionExporter(client, roots, out).run()
    finally:
        client.close()
        legal_store.close()
    assert report.ok, report.failed
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    records = {r["ruling_id"]: r for r in manifest["records"]}
    on_appeal, appealed = records[appeal_ruling_id], records[appeal.ruling_id]
    assert on_appeal["appeal_of"] == appeal.ruling_id and on_appeal["final"] is True
    assert on_appeal["appeal_effect"] == AppealEffect.REPLACES.value
    assert appealed["appealed_by"] == appeal_ruling_id and appealed["final"] is False
    assert on_appeal["dispute"] == appealed["dispute"] == appeal.of_reference
    assert on_appeal["final_ruling_id"] == appealed["final_ruling_id"] == appeal_ruling_id
    assert (on_appeal["verdict"], appealed["verdict"]) == ("valid", "valid"), (on_appeal, appealed)
    assert appealed["sha256"] == appeal.document_sha256
    assert (out / on_appeal["file"]).read_bytes() == signed
