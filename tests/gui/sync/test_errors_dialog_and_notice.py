"""The sync errors dialog (copyable, request IDs) and the reassigned notice's unsent text."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QGuiApplication

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.gui.case_view.reassigned_notice import unsent_text
from arbitration_desk.gui.sync.errors_dialog import SyncErrorsDialog
from arbitration_desk.store.records import OutboxEntry
from arbitration_desk.sync.report import ItemFailure


def test_errors_are_listed_and_copyable(qtbot) -> None:
    failures = [
        ItemFailure(
            what="evidence ev_3 of case cs_1",
            reason="failed verification twice",
            case_id="cs_1",
            item_id="ev_3",
            request_id="req-7f3a",
        ),
        ItemFailure(what="case cs_9", reason="no longer assigned to you", case_id="cs_9"),
    ]
    dialog = SyncErrorsDialog(failures)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 2).data() == "req-7f3a"
    dialog.copy_all()
    copied = QGuiApplication.clipboard().text()
    assert "req-7f3a" in copied and "no longer assigned to you" in copied


def test_phrases_from_the_sync_are_shown_and_copied_as_sentences(qtbot) -> None:
    failure = ItemFailure(
        what=phrase("Sync", "evidence {evidence} of case {case}", evidence="ev_3", case="ARB-1"),
        reason=phrase("Sync", "{reason}; quarantined, it is downloaded once more at the next sync", reason="{0} x"),
        case_id="cs_1",
        request_id="req-1",
    )
    dialog = SyncErrorsDialog([failure])
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 0).data() == "evidence ev_3 of case ARB-1"
    assert dialog.model.index(0, 1).data() == "{0} x; quarantined, it is downloaded once more at the next sync"
    assert dialog.text() == (
        "evidence ev_3 of case ARB-1\t{0} x; quarantined, it is downloaded once more at the next sync\treq-1"
    )


def test_unsent_text_holds_the_members_own_words() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    entries = [
        OutboxEntry(1, "cs_1", "annotation_put", "an_1", None, {"body": "My note"}, "queued", 0, None, now, now, None),
        OutboxEntry(
            2,
            "cs_1",
            "vote_put",
            None,
            None,
            {"outcome": "favor_buyer", "award": {"amount": "10.00", "currency": "EUR"}, "rationale": "Because."},
            "failed",
            1,
            "refused",
            now,
            now,
            None,
        ),
    ]
    text = unsent_text(entries)
    assert "My note" in text and "Because." in text and "10.00 EUR" in text
