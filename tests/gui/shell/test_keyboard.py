"""The desk by keyboard alone (issue #16, "Keyboard and screen readers").

* The demo flow with key presses only: sign in, open a case, read the chat, annotate, vote, sync,
  record and sign the ruling. Keys go where a keyboard's would: to the open menu, else to the
  focused widget. Only the window manager's part is done by hand: giving the main window back its
  activation when a dialog closes (the offscreen platform does not).
* Tab walks the main window (each tab of the case) and the dialogs: every control it reaches has a
  name for screen readers, the order follows the reading order, and the focus never gets stuck;
  Shift+Tab walks the same cycle backwards.
* No dialog gives a key twice (the main window's keys and Help → Keyboard shortcuts:
  ``test_shortcuts.py``).

Its own small world (2 cases): the flow files a ruling, which would change the shared sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QPlainTextEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.enums import VoteOutcome
from arbitration_desk.gui.annotations.dialog import AnnotationDialog
from arbitration_desk.gui.case_list.model import CASE_ID_ROLE
from arbitration_desk.gui.case_view.view import CHAT_TAB, VOTE_TAB
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.rulings.dialog import RulingDialog
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.gui.shell.shortcuts import ambiguous, collect_shortcuts
from arbitration_desk.gui.shell.sign_in_dialog import SignInDialog
from arbitration_desk.rulings.trust import pin_fingerprint
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import SubmissionState
from arbitration_desk.sync.session import sign_in
from helpers.sandbox import DEMO_PASSWORD, api_session, start_sandbox
from helpers.stores import open_store

Key = Qt.Key
Modifier = Qt.KeyboardModifier
ALT, CTRL, SHIFT = Modifier.AltModifier, Modifier.ControlModifier, Modifier.ShiftModifier


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    made = start_sandbox(tmp_path_factory.mktemp("keyboard"), cases=2, rate_limit=0)
    try:
        yield made
    finally:
        made.stop()


# -- keys as a keyboard sends them -------------------------------------------------------------


def focused() -> QWidget:
    """Where a key goes: the open menu, else the focus widget of the active window."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, f"no widget has the focus (active window: {QApplication.activeWindow()})"
    return target


def press(qtbot: QtBot, key: Key, modifier: Modifier = Modifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def wait_active(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """The window manager's part: the main window active again once a dialog over it has closed."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    wait_active(qtbot, window)


def sync_by_f5(qtbot: QtBot, window: MainWindow) -> Any:
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as synced:
        press(qtbot, Key.Key_F5)
    assert synced.args[0].ok, synced.args[0].report.failures
    return synced.args[0]


def vote_over_http(server: SandboxServer, username: str, case_id: str, claim: dict[str, str]) -> None:
    session = api_session(server, username)
    try:
        vote = {
            "outcome": VoteOutcome.FAVOR_BUYER.value,
            "award": claim,
            "rationale": f"No proof of delivery ({username}, keyboard test).",
        }
        answer = session.put(f"/v1/cases/{case_id}/votes/me", json=vote)
        assert answer.status_code == 200, answer.text
    finally:
        session.close()


def make_window(
    qtbot: QtBot, store: Any, home: Path, runner: Runner, tmp_path: Path, session: Any = None
) -> MainWindow:
    window = MainWindow(store, home, runner, AppSettings(tmp_path / "gui.ini"), session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    wait_active(qtbot, window)
    return window


# -- the flow ----------------------------------------------------------------------------------


def test_demo_flow_by_keyboard(qtbot: QtBot, server: SandboxServer, tmp_path: Path, runner: Runner) -> None:
    home = tmp_path / "home"
    pin_fingerprint(home, server.ca_fingerprint)  # as a release ships the platform's
    with open_store(home) as store:
        window = make_window(qtbot, store, home, runner, tmp_path)

        # File ▸ Sign in… (Alt+F, I); address, user, password with Tab between; Enter signs in
        press(qtbot, Key.Key_F, ALT)
        press(qtbot, Key.Key_I)
        dialog = window.findChild(SignInDialog)
        assert dialog is not None
        wait_active(qtbot, dialog)
        assert focused() is dialog.ui.api_url
        type_text(qtbot, server.url)
        press(qtbot, Key.Key_Tab)
        type_text(qtbot, "chair")
        press(qtbot, Key.Key_Tab)
        assert focused() is dialog.ui.password
        type_text(qtbot, DEMO_PASSWORD)
        with qtbot.waitSignal(window.sync.finished, timeout=60_000) as synced:  # the first sync follows
            press(qtbot, Key.Key_Return)
        assert synced.args[0].ok
        assert window.sync.session is not None and window.sync.session.username == "chair"
        back_to(qtbot, window)
        qtbot.waitUntil(lambda: window.case_list.proxy.rowCount() == 2, timeout=10_000)

        # Ctrl+L: the case list; arrows to the last case the chair can vote on; Enter turns to it
        press(qtbot, Key.Key_L, CTRL)
        table = window.case_list.table
        assert focused() is table
        shown = [window.case_list.proxy.index(n, 0).data(CASE_ID_ROLE) for n in range(2)]
        rows = [window.case_list.row(str(case_id)) for case_id in shown]
        target = [r for r in rows if r is not None and r.can_vote][-1]
        for _ in range(2):
            if window.case_list.current_case_id() != target.case_id:
                press(qtbot, Key.Key_Down)
        assert window.case_list.current_case_id() == target.case_id
        press(qtbot, Key.Key_Return)
        view = window.case_view
        assert view.case_id == target.case_id
        assert focused() is view.tabs.tabBar()

        # Alt+C: the chat; Tab to the messages; read them with the arrows
        timeline = view.timeline
        press(qtbot, Key.Key_C, ALT)
        assert view.tabs.currentIndex() == CHAT_TAB
        qtbot.waitUntil(lambda: timeline.index is not None and timeline.model.rowCount() > 3, timeout=10_000)
        messages = timeline.ui.messageList
        for _ in range(3):
            if focused() is not messages:
                press(qtbot, Key.Key_Tab)
        assert focused() is messages
        read = []
        for _ in range(3):
            press(qtbot, Key.Key_Down)
            message = timeline.selected_message()
            assert message is not None and message.text
            read.append(message.row_id)
        assert len(set(read)) == 3, read  # each press went to the next message

        # Ctrl+M: annotate the message; type; Tab to "Shared", arrows to choose it; Enter saves
        qtbot.waitUntil(lambda: view.context.state.detail is not None)  # what a member may do with it
        press(qtbot, Key.Key_M, CTRL)
        note = timeline.findChild(AnnotationDialog)
        assert note is not None
        wait_active(qtbot, note)
        assert focused() is note.ui.bodyEdit
        type_text(qtbot, "The carrier never scanned the parcel (keyboard test).")
        press(qtbot, Key.Key_Tab)
        assert focused() is note.ui.sharedRadio
        press(qtbot, Key.Key_Down)
        assert note.ui.privateRadio.isChecked()
        press(qtbot, Key.Key_Up)
        assert note.ui.sharedRadio.isChecked()
        with qtbot.waitSignal(view.case_changed, timeout=10_000):
            press(qtbot, Key.Key_Return)
        back_to(qtbot, window)

        # Alt+T: the vote; Space chooses "favor buyer", Tab to the award and the rationale; Enter casts
        vote = view.vote
        press(qtbot, Key.Key_T, ALT)
        assert view.tabs.currentIndex() == VOTE_TAB
        qtbot.waitUntil(lambda: vote.editable, timeout=10_000)
        assert focused() is vote.ui.favorBuyerRadio  # the focus went with the tab
        press(qtbot, Key.Key_Space)
        assert vote.outcome() == VoteOutcome.FAVOR_BUYER.value
        press(qtbot, Key.Key_Tab)
        assert focused() is vote.ui.awardEdit
        assert vote.claimed is not None
        claimed = vote.claimed
        type_text(qtbot, claimed.amount_text)
        press(qtbot, Key.Key_Tab)
        assert focused() is vote.ui.rationaleEdit
        type_text(qtbot, "The tracking shows no delivery (keyboard test).")
        press(qtbot, Key.Key_Tab)
        assert focused() is vote.ui.castButton and vote.ui.castButton.isEnabled(), vote.problems()
        press(qtbot, Key.Key_Return)
        assert vote.ui.confirmBar.isVisible() and focused() is vote.ui.confirmButton
        with qtbot.waitSignal(view.case_changed, timeout=10_000):
            press(qtbot, Key.Key_Return)
        qtbot.waitUntil(lambda: window.status.outbox.text() == "2 unsent", timeout=10_000)

        # the other members vote (over HTTP); F5 sends the annotation and the vote and fetches the board
        claim = {"amount": claimed.amount_text, "currency": claimed.currency}
        for username in ("member1", "member2"):
            vote_over_http(server, username, target.case_id, claim)
        before = server.control.counts()
        assert sync_by_f5(qtbot, window).report.outbox_delivered == 2
        after = server.control.counts()
        assert (after["annotation_put"], after["vote"]) == (before["annotation_put"] + 1, before["vote"] + 1)
        qtbot.waitUntil(lambda: view.ruling_button.isVisible(), timeout=10_000)

        # Rulings ▸ Record ruling… (Alt+R, R); the form by its mnemonics; Alt+S, then Enter signs and files
        press(qtbot, Key.Key_R, ALT)
        press(qtbot, Key.Key_R)
        ruling = window.findChild(RulingDialog)
        assert ruling is not None
        wait_active(qtbot, ruling)
        qtbot.waitUntil(lambda: ruling.case is not None and ruling.ui.outcomeBox.isEnabled(), timeout=10_000)
        assert ruling.case is not None and ruling.case.blocked == ""
        press(qtbot, Key.Key_B, ALT)
        qtbot.waitUntil(lambda: ruling.outcome() == VoteOutcome.FAVOR_BUYER.value, timeout=5000)
        press(qtbot, Key.Key_A, ALT)
        assert focused() is ruling.ui.awardEdit
        type_text(qtbot, claimed.amount_text)
        press(qtbot, Key.Key_R, ALT)
        assert focused() is ruling.ui.reasonsEdit
        type_text(qtbot, "The carrier's tracking never shows the parcel delivered.")
        assert ruling.problems() == []
        press(qtbot, Key.Key_S, ALT)
        qtbot.waitUntil(lambda: ruling.ui.confirmBar.isVisible(), timeout=5000)
        assert focused() is ruling.ui.confirmButton
        press(qtbot, Key.Key_Return)
        qtbot.waitUntil(lambda: ruling.submission is not None and not ruling.busy, timeout=60_000)
        submission = ruling.submission
        assert submission is not None and submission.state == SubmissionState.FILED, ruling.ui.stateLabel.text()
        assert server.control.case_row(target.case_id)["status"] == "decided"
        press(qtbot, Key.Key_Escape)  # closes the ruling window
        qtbot.waitUntil(lambda: not ruling.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
        window.close()


# -- Tab order and names -----------------------------------------------------------------------


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads (a combo box's is its accessible name or its label's: Qt on
    Linux gives it the current item's text, the label coming as a relation)."""
    if isinstance(widget, QComboBox):
        labels = [label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
        return (widget.accessibleName() or "".join(labels)).replace("&", "").strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def forward(qtbot: QtBot, start: QWidget, limit: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is start
    cycle = [start]
    for _ in range(limit):
        press(qtbot, Key.Key_Tab)
        now = focused()
        assert now is not cycle[-1], f"Tab is stuck on {describe(now)}"
        if now is start:
            return cycle
        assert now not in cycle, f"Tab went back to {describe(now)} without passing {describe(start)}"
        cycle.append(now)
    pytest.fail(f"Tab did not come back to {describe(start)} in {limit} presses")


def tab_cycle(qtbot: QtBot, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back (each press moves the focus), once
    the focus has passed everywhere (a list given the focus enables the buttons acting on its item)."""
    forward(qtbot, start, limit)
    cycle = forward(qtbot, start, limit)
    back = [start]
    for _ in range(len(cycle) - 1):
        press(qtbot, Key.Key_Tab, SHIFT)
        back.append(focused())
    assert back == [start, *reversed(cycle[1:])], "Shift+Tab does not walk the cycle backwards"
    return cycle


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.objectName() or ''}“{accessible_name(widget)}”"


def reachable(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` Tab should reach: shown, enabled, taking focus by Tab (a radio
    button unchecked beside a checked one is reached with the arrows)."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked() and widget.autoExclusive():
            group = widget.parentWidget()
            assert group is not None
            siblings = [b for b in group.findChildren(QRadioButton) if b.autoExclusive()]
            if any(b.isChecked() for b in siblings) or siblings[0] is not widget:
                continue
        found.append(widget)
    return found


def check_cycle(cycle: list[QWidget], window: QWidget, *in_order: QWidget) -> None:
    """Every control is reached and named; ``in_order`` come in this order."""
    unnamed = [describe(w) for w in cycle if not accessible_name(w)]
    assert not unnamed, f"controls without a name: {unnamed}"
    missed = [describe(w) for w in reachable(window) if w not in cycle]
    assert not missed, f"Tab never reaches {missed}"
    positions = [cycle.index(w) for w in in_order]
    assert positions == sorted(positions), [describe(w) for w in sorted(in_order, key=cycle.index)]


def test_tab_order_and_names(qtbot: QtBot, server: SandboxServer, tmp_path: Path, runner: Runner) -> None:
    home = tmp_path / "home"
    pin_fingerprint(home, server.ca_fingerprint)
    session = sign_in(home, server.url, "chair", DEMO_PASSWORD)
    with open_store(home) as store:
        window = make_window(qtbot, store, home, runner, tmp_path, session)
        qtbot.waitUntil(lambda: any(r.can_vote for r in window.case_list.model.rows()), timeout=60_000)
        qtbot.waitUntil(lambda: not window.sync.running, timeout=60_000)
        row = next(r for r in window.case_list.model.rows() if r.can_vote)
        case = next(c for c in [store.reads.case_detail(row.case_id)] if c is not None)
        claim = case.case["claim"]["amount_claimed"]
        for username in ("chair", "member1", "member2"):  # every vote in: the chair may rule
            vote_over_http(server, username, row.case_id, claim)
        sync_by_f5(qtbot, window)
        window.case_list.select_case(row.case_id)
        view, bar = window.case_view, window.case_list.filter_bar
        qtbot.waitUntil(lambda: not view.ruling_button.isHidden(), timeout=10_000)  # on the Vote tab

        # the main window, each tab of the case in turn: the list's search, filters and table, then
        # the case's tabs, the tab shown, the annotations beside it
        side, vote = view.annotations.ui, view.vote.ui
        board = vote.boardArea.findChildren(QPlainTextEdit)[0]  # the members' rationales, under the form
        list_part = (bar.search, bar.part, bar.status, bar.claim, bar.deadline, bar.flag, bar.currency, bar.reset)
        pages = {
            "m": (view.tabs.tabBar(), view.summary),
            "d": (view.tabs.tabBar(), view.gallery.list, view.gallery.viewer.toolbar.zoom_in),
            "c": (view.tabs.tabBar(), view.timeline.ui.searchEdit, view.timeline.ui.messageList),
            "t": (view.tabs.tabBar(), vote.awardEdit, vote.rationaleEdit, vote.castButton, board, view.ruling_button),
        }
        for letter, page in pages.items():
            press(qtbot, getattr(Key, f"Key_{letter.upper()}"), ALT)
            qtbot.wait(50)  # the page's panels settle (an evidence item, the chat's first rows)
            cycle = tab_cycle(qtbot, bar.search)
            check_cycle(cycle, window, *list_part, window.case_list.table, *page, side.showCombo, side.addButton)

        # the sign-in dialog: the fields in reading order, then the buttons
        sign_in_dialog = SignInDialog(home, runner, window.settings, window, store=store)
        sign_in_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sign_in_dialog.prefill(server.url, "chair")
        sign_in_dialog.ui.password.setText(DEMO_PASSWORD)
        sign_in_dialog.open()
        wait_active(qtbot, sign_in_dialog)
        fields = (sign_in_dialog.ui.api_url, sign_in_dialog.ui.username, sign_in_dialog.ui.password)
        cycle = tab_cycle(qtbot, fields[0])
        check_cycle(cycle, sign_in_dialog, *fields, *buttons_of(sign_in_dialog.ui.buttons))
        assert not ambiguous(collect_shortcuts(sign_in_dialog))
        press(qtbot, Key.Key_Escape)
        back_to(qtbot, window)

        # annotating a chat line: the message (to quote from), the text, the visibility, the buttons
        press(qtbot, Key.Key_C, ALT)
        timeline = view.timeline
        qtbot.waitUntil(lambda: timeline.index is not None, timeout=10_000)
        timeline.ui.messageList.setFocus(Qt.FocusReason.TabFocusReason)
        press(qtbot, Key.Key_Down)
        press(qtbot, Key.Key_M, CTRL)
        note = timeline.findChild(AnnotationDialog)
        assert note is not None
        wait_active(qtbot, note)
        type_text(qtbot, "Named for the walk.")
        form = note.ui
        cycle = tab_cycle(qtbot, form.sourceText)
        check_cycle(cycle, note, form.sourceText, form.bodyEdit, form.sharedRadio, *buttons_of(form.buttonBox))
        assert not ambiguous(collect_shortcuts(note))
        press(qtbot, Key.Key_Escape)
        back_to(qtbot, window)

        # the ruling: outcome, award, findings, reasons, what it relies on, sign, close; the preview last
        press(qtbot, Key.Key_R, ALT)
        press(qtbot, Key.Key_R)
        ruling = window.findChild(RulingDialog)
        assert ruling is not None
        wait_active(qtbot, ruling)
        qtbot.waitUntil(lambda: ruling.ui.outcomeBox.isEnabled(), timeout=10_000)
        press(qtbot, Key.Key_B, ALT)
        qtbot.waitUntil(lambda: ruling.outcome() is not None, timeout=5000)
        ruling.ui.awardEdit.setText(claim["amount"])
        ruling.ui.reasonsEdit.setPlainText("Reasons enough to sign.")
        ui = ruling.ui
        qtbot.waitUntil(lambda: ui.signButton.isEnabled(), timeout=5000)
        order = (ui.favorBuyerRadio, ui.awardEdit, ui.findingsEdit, ui.reasonsEdit, ui.reliedList, ui.signButton)
        cycle = tab_cycle(qtbot, ui.favorBuyerRadio)
        check_cycle(cycle, ruling, *order, ui.closeButton, ruling.preview.view)
        ui.confirmBar.show()  # as "Sign and file…" shows it: its keys too
        keys = collect_shortcuts(ruling)
        assert not ambiguous(keys), [(a.keys, a.action, b.action) for a, b in ambiguous(keys)]
        assert {"Alt+B", "Alt+A", "Alt+F", "Alt+R", "Alt+O", "Alt+S", "Alt+L", "Alt+C"} <= {k.keys for k in keys}
        press(qtbot, Key.Key_Escape)
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
        window.close()


def buttons_of(box: QDialogButtonBox) -> list[QWidget]:
    """A button box's enabled buttons, in the order the platform lays them out."""
    buttons = [b for b in box.buttons() if b.isEnabled()]
    return sorted(buttons, key=lambda b: b.x())
