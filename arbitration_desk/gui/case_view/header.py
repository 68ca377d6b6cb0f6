"""The header of a case: reference, status, claim type, value, deadline and the time left."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from arbitration_desk.domain.timeutil import utcnow
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import make_plain, set_tooltip
from arbitration_desk.gui.generated.ui_case_header import Ui_CaseHeader
from arbitration_desk.store.records import CaseRow, DeadlineState

_CHIP = "QLabel {{ background: {bg}; color: {fg}; border-radius: 8px; padding: 1px 8px; font-weight: 600; }}"
_STATUS_COLORS = {
    "awaiting_panel": ("#e8eefc", "#1d3f8f"),
    "in_deliberation": ("#e3f4e8", "#17692f"),
    "decided": ("#ececec", "#444444"),
    "withdrawn": ("#ececec", "#444444"),
}
_UNKNOWN_COLORS = ("#fff2d6", "#7a4b00")
_CLOSED = frozenset({"decided", "withdrawn"})
_TIME_COLORS = {DeadlineState.OVERDUE: "#c62828", DeadlineState.DUE_SOON: "#b26a00", DeadlineState.OK: "#2e7d32"}


class CaseHeader(QWidget):
    """Shows one :class:`CaseRow`; the time left is refreshed every minute while a case is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseHeader()
        self.ui.setupUi(self)
        for label in (self.ui.referenceLabel, self.ui.claimLabel, self.ui.deadlineLabel):
            make_plain(label)
            label.setWordWrap(False)
        font = QFont(self.ui.referenceLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.ui.referenceLabel.setFont(font)
        bold = QFont(self.ui.timeLeftLabel.font())
        bold.setBold(True)
        self.ui.timeLeftLabel.setFont(bold)
        self.ui.readOnlyLabel.setStyleSheet(_CHIP.format(bg="#fdecea", fg="#8e1b1b"))
        self._row: CaseRow | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self._update_time_left)
        self.set_row(None)

    def set_row(self, row: CaseRow | None, *, read_only_reason: str = "") -> None:
        """Shows ``row`` (None: empty header)."""
        self._row = row
        ui = self.ui
        if row is None:
            self._timer.stop()
            for label in (ui.referenceLabel, ui.statusLabel, ui.claimLabel, ui.deadlineLabel, ui.timeLeftLabel):
                label.clear()
            ui.statusLabel.setVisible(False)
            ui.readOnlyLabel.setVisible(False)
            return
        ui.referenceLabel.setText(fmt.untrusted(row.reference, 120))
        bg, fg = _STATUS_COLORS.get(row.status, _UNKNOWN_COLORS)
        ui.statusLabel.setStyleSheet(_CHIP.format(bg=bg, fg=fg))
        ui.statusLabel.setText(fmt.humanize(row.status))
        ui.statusLabel.setVisible(True)
        ui.readOnlyLabel.setText(read_only_reason)
        set_tooltip(ui.readOnlyLabel, read_only_reason)
        ui.readOnlyLabel.setVisible(bool(read_only_reason))
        claim = translate("CaseHeader", "{claim_type}  ·  Value in dispute {value}")
        ui.claimLabel.setText(claim.format(claim_type=fmt.humanize(row.claim_type), value=fmt.money(row.value)))
        due = fmt.moment(row.ruling_due_at)
        if row.status == "decided":
            ui.deadlineLabel.setText(translate("CaseHeader", "Ruling was due {when}").format(when=due))
        elif row.status in _CLOSED:
            text = translate("CaseHeader", "{status} before a ruling (it was due {when})")
            ui.deadlineLabel.setText(text.format(status=fmt.humanize(row.status), when=due))
        else:
            ui.deadlineLabel.setText(translate("CaseHeader", "Ruling due {when}").format(when=due))
        self._update_time_left()
        self._timer.start()

    def _update_time_left(self, now: datetime | None = None) -> None:
        row = self._row
        if row is None:
            return
        if row.status in _CLOSED:  # the deadline is history: no countdown
            self.ui.timeLeftLabel.setText(
                translate("CaseHeader", "Ruling recorded")
                if row.status == "decided"
                else translate("CaseHeader", "No ruling")
            )
            self.ui.timeLeftLabel.setStyleSheet("QLabel { color: palette(placeholder-text); }")
            return
        moment = now or utcnow()
        text, _overdue = fmt.time_left(row.ruling_due_at, moment)
        color = _TIME_COLORS[row.deadline_state(moment)]
        self.ui.timeLeftLabel.setText(text[:1].upper() + text[1:])
        self.ui.timeLeftLabel.setStyleSheet(f"QLabel {{ color: {color}; }}")
