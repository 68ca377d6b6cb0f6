"""Help → "Case list legend": what each flag, deadline mark and "Your part" of the case list means.

The texts are the case list's own (:func:`~arbitration_desk.gui.case_list.model.legend_text`,
:func:`~arbitration_desk.gui.case_list.model.part_help`), so the legend and the list's tooltips
cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from arbitration_desk.gui.case_list.model import LEGEND, PART_HELP, legend_text, part_help, part_label
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import plain_label

ICON_SIZE = 16
WIDTH = 560
#: The marks' accessible names (by the keys of the case list's legend).
MARK_NAMES = {
    "unread": QT_TRANSLATE_NOOP("LegendDialog", "unread"),
    "unsent": QT_TRANSLATE_NOOP("LegendDialog", "unsent"),
    "failed_verification": QT_TRANSLATE_NOOP("LegendDialog", "failed verification"),
    "reassigned": QT_TRANSLATE_NOOP("LegendDialog", "reassigned"),
    "appeal": QT_TRANSLATE_NOOP("LegendDialog", "appeal"),
    "appealed": QT_TRANSLATE_NOOP("LegendDialog", "appealed"),
    "abuse_signal": QT_TRANSLATE_NOOP("LegendDialog", "abuse signal"),
    "overdue": QT_TRANSLATE_NOOP("LegendDialog", "overdue"),
    "due_soon": QT_TRANSLATE_NOOP("LegendDialog", "due soon"),
}


def _heading(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class LegendDialog(QDialog):
    """The legend of the case list (our own texts only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LegendDialog", "Case list legend"))
        self.setAccessibleName(translate("LegendDialog", "Case list legend"))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(translate("LegendDialog", "Flags and deadline marks"), self))
        flags = QGridLayout()
        flags.setColumnStretch(1, 1)
        self.rows: dict[str, QLabel] = {}
        for row, name in enumerate(LEGEND):
            mark = QLabel(self)
            mark.setPixmap(icons.icon(name).pixmap(ICON_SIZE, ICON_SIZE))
            known = MARK_NAMES.get(name)
            mark.setAccessibleName(translate("LegendDialog", known) if known else name.replace("_", " "))
            flags.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            label = plain_label(legend_text(name), self)
            label.setWordWrap(True)
            flags.addWidget(label, row, 1)
            self.rows[name] = label
        layout.addLayout(flags)
        layout.addSpacing(8)
        layout.addWidget(_heading(translate("LegendDialog", "Your part (the column and the filter)"), self))
        parts = QGridLayout()
        parts.setColumnStretch(1, 1)
        for row, part in enumerate(PART_HELP):
            parts.addWidget(plain_label(part_label(part), self), row, 0, Qt.AlignmentFlag.AlignTop)
            label = plain_label(part_help(part), self)
            label.setWordWrap(True)
            parts.addWidget(label, row, 1)
            self.rows[part.value] = label
        layout.addLayout(parts)
        layout.addStretch(1)  # wrapped lines' hints overestimate the height: the rest goes below
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        height = layout.heightForWidth(WIDTH)
        self.resize(WIDTH, height if height > 0 else self.sizeHint().height())
