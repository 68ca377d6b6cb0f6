"""Deadline notifications: a desktop message when a case comes within 48 h of its ruling deadline.

Once per case (the cases already told are kept in ``gui.ini``), and at start one message for every
case already overdue. Only cases whose deadline still runs and that are not reassigned away count.
Off with View ▸ Deadline notifications. The message goes to the system tray when the desktop has one
(``QSystemTrayIcon``); otherwise (GNOME without an extension, offscreen) in a banner above the case
(:class:`DeadlineBanner`), so it is never lost. Clicking the tray message, or the banner's "Show
case", brings the desk forward on the first case it names.

References are the platform's text: made visible (controls) and escaped for notification servers
that read markup.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSystemTrayIcon, QWidget

from arbitration_desk.domain.deadlines import DUE_SOON, DeadlineState, deadline_runs, deadline_state
from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import plain_label, set_plain_text
from arbitration_desk.gui.common.product import product_name
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.store.records import CaseRow

ENABLED_KEY = "notifications/deadlines"
TOLD_KEY = "notifications/due_soon_told"
#: References named in one message; the rest are counted.
NAMED = 3
SHOWN_MS = 15_000


@dataclass(frozen=True)
class Notice:
    """One message: its title, its body (plain text) and the cases it is about, most urgent first."""

    title: str
    body: str
    case_ids: tuple[str, ...]


def _refs(rows: list[CaseRow]) -> str:
    separator = translate("DeadlineNotifier", ", ", "between the references of the cases a notice names")
    names = separator.join(fmt.untrusted(row.reference, 60) for row in rows[:NAMED])
    more = len(rows) - NAMED
    return translate("DeadlineNotifier", "{cases} and %n more", n=more).format(cases=names) if more > 0 else names


def _counts(rows: Iterable[CaseRow]) -> list[CaseRow]:
    return sorted((r for r in rows if deadline_runs(r.status) and not r.reassigned), key=lambda r: r.ruling_due_at)


def due_soon_notice(rows: Iterable[CaseRow], now: datetime, told: set[str]) -> Notice | None:
    """The cases newly within ``DUE_SOON`` of their deadline (not overdue, not told before), or None."""
    new = [r for r in _counts(rows) if deadline_state(r.ruling_due_at, now) is DeadlineState.DUE_SOON]
    new = [r for r in new if r.case_id not in told]
    if not new:
        return None
    hours = round(DUE_SOON.total_seconds() / 3600)
    title = translate("DeadlineNotifier", "%n ruling(s) due soon", n=len(new))
    body = translate("DeadlineNotifier", "Due within %n hour(s): {cases}.", n=hours).format(cases=_refs(new))
    return Notice(title, body, tuple(r.case_id for r in new))


def overdue_notice(rows: Iterable[CaseRow], now: datetime) -> Notice | None:
    """Every case whose ruling is overdue, or None."""
    late = [r for r in _counts(rows) if deadline_state(r.ruling_due_at, now) is DeadlineState.OVERDUE]
    if not late:
        return None
    title = translate("DeadlineNotifier", "%n ruling(s) overdue", n=len(late))
    body = translate("DeadlineNotifier", "Overdue: {cases}.").format(cases=_refs(late))
    return Notice(title, body, tuple(r.case_id for r in late))


class DeadlineNotifier(QObject):
    """Tells the member of deadlines when the case list is (re)loaded.

    Args:
        settings: where the switch and the cases already told are kept.
        rows: the case list's rows now.
        fallback: shows a notice where there is no system tray (the banner).
        icon: the tray icon.

    Signals:
        case_requested(str): the member clicked a message about this case.
    """

    case_requested = Signal(str)

    def __init__(
        self,
        settings: AppSettings,
        rows: Callable[[], list[CaseRow]],
        fallback: Callable[[Notice], None],
        icon: QIcon,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._rows = rows
        self._fallback = fallback
        self._clock = clock
        self._started = False
        self._last: Notice | None = None
        self.shown: list[Notice] = []
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(product_name())
            self.tray.messageClicked.connect(self._clicked)

    @property
    def enabled(self) -> bool:
        return self.settings.flag(ENABLED_KEY, True)

    def set_enabled(self, enabled: bool) -> None:
        self.settings.set_flag(ENABLED_KEY, enabled)
        if self.tray is not None:
            self.tray.setVisible(enabled)

    def check(self) -> None:
        """Looks at the list: overdue cases at the first look, cases newly due soon at every look."""
        rows, now = self._rows(), self._clock()
        if not rows:
            return
        first, self._started = not self._started, True
        if not self.enabled:
            return
        notices = [overdue_notice(rows, now)] if first else []
        told = {part for part in self.settings.text(TOLD_KEY).split(",") if part}
        soon = due_soon_notice(rows, now, told)
        notices.append(soon)
        if soon is not None:
            listed = {row.case_id for row in rows}
            self.settings.set_text(TOLD_KEY, ",".join(sorted((told & listed) | set(soon.case_ids))))
        for notice in notices:
            if notice is not None:
                self._show(notice)

    def _show(self, notice: Notice) -> None:
        self.shown.append(notice)
        self._last = notice
        if self.tray is not None:
            self.tray.setVisible(True)
            self.tray.showMessage(
                html.escape(notice.title), html.escape(notice.body), QSystemTrayIcon.MessageIcon.Warning, SHOWN_MS
            )
        else:
            self._fallback(notice)

    def _clicked(self) -> None:
        if self._last is not None and self._last.case_ids:
            self.case_requested.emit(self._last.case_ids[0])


class DeadlineBanner(QFrame):
    """A notice above the case where the desktop has no tray: the message, Show case, Dismiss.

    Signals:
        case_requested(str): "Show case" was clicked (the first case the notice names).
    """

    case_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeadlineBanner")
        self.setAccessibleName(translate("DeadlineBanner", "Deadline notification"))
        self.setStyleSheet("DeadlineBanner { background: #fff4e5; border: 1px solid #f0c27b; border-radius: 3px; }")
        self.notice: Notice | None = None
        self.text = plain_label("", self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("DeadlineBanner", "Deadline notification text"))
        self.show_button = QPushButton(translate("DeadlineBanner", "Show case"), self)
        self.show_button.setAccessibleName(translate("DeadlineBanner", "Show the case of the deadline notification"))
        self.show_button.clicked.connect(self._show_case)
        self.dismiss = QPushButton(translate("DeadlineBanner", "Dismiss"), self)
        self.dismiss.setAccessibleName(translate("DeadlineBanner", "Dismiss the deadline notification"))
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_notice(self, notice: Notice) -> None:
        """Shows ``notice``; a second one while the first is up is added below it."""
        shown = self.text.text() if self.isVisible() and self.notice is not None else ""
        line = translate("DeadlineBanner", "{title}. {body}").format(title=notice.title, body=notice.body)
        set_plain_text(self.text, f"{shown}\n{line}" if shown else line)
        if self.notice is None or not self.isVisible():
            self.notice = notice
        self.show()

    def _show_case(self) -> None:
        if self.notice is not None and self.notice.case_ids:
            self.case_requested.emit(self.notice.case_ids[0])
        self.hide()
