"""Help → "Case list legend": what each flag, deadline mark and "Your part" of the case list means.

The texts are the case list's own (:data:`~arbitration_desk.gui.case_list.model.LEGEND`,
:data:`~arbitration_desk.gui.case_list.model.PART_HELP`), so the legend and the list's tooltips
cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from arbitration_desk.gui.case_list.model import LEGEND, PART_HELP
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.plaintext import plain_label

ICON_SIZE = 16
WIDTH = 560


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
        self.setWindowTitle("Case list legend")
        self.setAccessibleName("Case list legend")
        layout = QVBoxLayout(self)
        layout.addWidget(_heading("Flags and deadline marks", self))
        flags = QGridLayout()
        flags.setColumnStretch(1, 1)
        self.rows: dict[str, QLabel] = {}
        for row, (name, text) in enumerate(LEGEND.items()):
            mark = QLabel(self)
            mark.setPixmap(icons.icon(name).pixmap(ICON_SIZE, ICON_SIZE))
            mark.setAccessibleName(name.replace("_", " "))
            flags.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            label = plain_label(text, self)
            label.setWordWrap(True)
            flags.addWidget(label, row, 1)
            self.rows[name] = label
        layout.addLayout(flags)
        layout.addSpacing(8)
        layout.addWidget(_heading("Your part (the column and the filter)", self))
        parts = QGridLayout()
        parts.setColumnStretch(1, 1)
        for row, (part, text) in enumerate(PART_HELP.items()):
            parts.addWidget(plain_label(part.label, self), row, 0, Qt.AlignmentFlag.AlignTop)
            label = plain_label(text, self)
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
