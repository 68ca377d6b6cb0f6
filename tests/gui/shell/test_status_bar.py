"""The status bar keeps long errors on one elided line, the whole text in a literal tooltip; the sync
errors dialog names cases by reference and escapes what it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.gui.shell.status_bar import SyncStatusBar
from arbitration_desk.gui.sync.controller import SyncOutcome
from arbitration_desk.gui.sync.errors_dialog import FailureListModel
from arbitration_desk.sync.report import ItemFailure

LONG_PATH = "/home/ana/" + "/".join(f"folder-{n:02d}" for n in range(40)) + "/desk.sqlite3"


def _window(qtbot, width: int = 500) -> tuple[QMainWindow, SyncStatusBar]:
    window = QMainWindow()
    bar = SyncStatusBar(window)
    window.setStatusBar(bar)
    qtbot.addWidget(window)
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, bar


def test_a_long_path_is_elided_and_kept_whole_in_the_tooltip(qtbot) -> None:
    window, bar = _window(qtbot)
    error = f"The sync stopped: cannot open {LONG_PATH} <b>now</b>\nSQL: SELECT 1"
    bar.show_finished(SyncOutcome(None, utcnow(), error), None)
    qtbot.wait(10)
    assert window.width() == 500 and window.minimumSizeHint().width() < 500  # the text does not widen it
    assert bar.activity.text() == f"The sync stopped: cannot open {LONG_PATH} <b>now</b> …"  # first line
    assert bar.activity.is_elided()
    tip = bar.activity.toolTip()
    assert LONG_PATH in tip and "&lt;b&gt;now&lt;/b&gt;" in tip and "<b>" not in tip
    assert "SQL: SELECT 1" in tip and tip == plain_tooltip(error)


def test_a_short_text_has_no_tooltip(qtbot) -> None:
    _, bar = _window(qtbot, 900)
    bar.activity.setText("Sync cancelled")
    assert not bar.activity.is_elided() and bar.activity.toolTip() == ""


def test_control_characters_are_shown_escaped(qtbot) -> None:
    _, bar = _window(qtbot)
    bar.activity.setText("warning: \x1b[31mred\u202e\x07")
    assert bar.activity.text() == "warning: \\x1b[31mred⟦RLO⟧\\x07"
    assert bar.activity.full_text() == "warning: \x1b[31mred\u202e\x07"


def test_plain_tooltip_shows_markup_literally() -> None:
    assert plain_tooltip("") == ""
    tip = plain_tooltip('<img src="file:///etc/passwd"> & \u202e\nnext')
    assert "<img" not in tip and "&lt;img src=&quot;file:///etc/passwd&quot;&gt; &amp; ⟦RLO⟧\nnext" in tip
    assert tip.startswith("<p style='white-space:pre-wrap'>")


def test_failures_name_cases_by_reference_and_escape_text(qapp) -> None:
    failures = [
        ItemFailure(
            what="evidence ev_3 of case cs_1",
            reason="bad <i>hash</i>\x1b[2J",
            case_id="cs_1",
            item_id="ev_3",
            request_id="req-1",
        ).with_reference("ARB-2026-000123"),
        ItemFailure(what="case cs_9", reason="gone", case_id="cs_9"),
    ]
    model = FailureListModel(failures)
    assert model.index(0, 0).data() == "evidence ev_3 of case ARB-2026-000123"
    assert model.index(0, 1).data() == "bad <i>hash</i>\\x1b[2J"
    item_tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "ARB-2026-000123" in item_tip and "Case ID: cs_1" in item_tip
    assert "&lt;i&gt;" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data() == "case cs_9"  # a case the store does not know keeps its ID
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) is None
