"""The facts of one evidence item above the viewer: title, description, submitter, file, state, hash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import make_plain, set_tooltip
from arbitration_desk.gui.evidence.model import BADGES, UNKNOWN_BADGE
from arbitration_desk.gui.evidence.toolbar import tool_button
from arbitration_desk.store.records import EvidenceRow

_CHIP = "QLabel {{ background: {bg}; color: {fg}; border-radius: 8px; padding: 1px 8px; font-weight: 600; }}"


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    make_plain(label)
    label.setAccessibleName(name)
    return label


class EvidenceDetails(QWidget):
    """Shows the metadata of one :class:`EvidenceRow` (all of it untrusted, shown as plain text).

    The facts (``facts_box``) may be hidden for room (View ▸ Evidence details); the actions below
    them (messages, SHA-256, open externally) stay.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("EvidenceDetails", "Evidence details"))
        self.facts_box = QWidget(self)
        self.facts_box.setAccessibleName(translate("EvidenceDetails", "Evidence facts panel"))
        self.title = _label(self.facts_box, translate("EvidenceDetails", "Evidence title"))
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.badge = _label(self.facts_box, translate("EvidenceDetails", "Verification state"))
        self.badge.setWordWrap(False)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digest_button = tool_button(
            self,
            translate("EvidenceDetails", "SHA-256"),
            translate("EvidenceDetails", "Show the SHA-256"),
            translate("EvidenceDetails", "Show the SHA-256 of the content"),
        )
        self.digest_button.setCheckable(True)
        self.digest_button.toggled.connect(self.set_digest_visible)
        self.messages = tool_button(
            self,
            translate("EvidenceDetails", "Messages"),
            translate("EvidenceDetails", "Messages about this evidence"),
            translate("EvidenceDetails", "Show the messages about it"),
        )
        self.annotate = tool_button(
            self,
            translate("EvidenceDetails", "Annotate…"),
            translate("EvidenceDetails", "Annotate this item"),
            translate(
                "EvidenceDetails", "Write an annotation on the whole item (Mark draws one on a region of an image)"
            ),
            "Ctrl+M",
        )
        self.open_external = tool_button(
            self,
            translate("EvidenceDetails", "Open externally…"),
            translate("EvidenceDetails", "Open externally"),
            translate("EvidenceDetails", "Open a copy of the file in another program"),
        )
        self.open_external.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.description = _label(self.facts_box, translate("EvidenceDetails", "Evidence description"))
        self.facts = _label(self.facts_box, translate("EvidenceDetails", "Evidence facts"))
        self.facts.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.digest = _label(self.facts_box, translate("EvidenceDetails", "SHA-256 of the content"))
        self.digest.setStyleSheet("QLabel { color: palette(placeholder-text); font-family: monospace; }")
        self.digest.setVisible(False)
        grid = QGridLayout(self.facts_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.annotate, self.messages, self.digest_button, self.open_external):
            actions.addWidget(button)
        actions.addStretch(1)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.badge, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.description, 1, 0, 1, 2)
        grid.addWidget(self.facts, 2, 0, 1, 2)
        grid.addWidget(self.digest, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.facts_box)
        layout.addLayout(actions)
        self.set_row(None)

    def set_row(self, row: EvidenceRow | None) -> None:
        """Shows ``row`` (None: empty)."""
        if row is None:
            for label in (self.title, self.badge, self.description, self.facts, self.digest):
                label.clear()
            self.badge.setVisible(False)
            self.digest_button.setEnabled(False)
            self.annotate.setEnabled(False)
            return
        self.digest_button.setEnabled(True)
        self.annotate.setEnabled(True)
        self.title.setText(fmt.untrusted(row.title, 300) or translate("EvidenceDetails", "(untitled)"))
        state, bg, fg = BADGES.get(row.state, UNKNOWN_BADGE)
        text = translate("EvidenceModel", state)
        self.badge.setText(text)
        self.badge.setStyleSheet(_CHIP.format(bg=bg, fg=fg))
        digest = translate("EvidenceDetails", "SHA-256 {sha256}").format(sha256=row.sha256)
        set_tooltip(self.badge, digest)
        self.badge.setVisible(True)
        self.badge.setMinimumWidth(self.badge.fontMetrics().horizontalAdvance(text) + 24)
        description = row.item.get("description") if isinstance(row.item, dict) else None
        self.description.setText(fmt.untrusted(description, 2000))
        self.description.setVisible(bool(description))
        self.facts.setText(
            translate(
                "EvidenceDetails",
                "{kind} from the {submitter}, {when}  ·  file name as submitted: {filename}  ·  "
                "declared {media_type}, {size}",
            ).format(
                kind=fmt.humanize(row.kind),
                submitter=fmt.humanize(row.submitted_by).lower(),
                when=fmt.moment(row.submitted_at),
                filename=fmt.untrusted(row.filename, 200),
                media_type=fmt.untrusted(row.media_type, 100),
                size=fmt.size(row.size_bytes),
            )
        )
        self.digest.setText(digest)

    def set_actions(self, messages: int, openable: bool) -> None:
        """How many messages refer to the item; whether it may be opened externally."""
        self.messages.setText(translate("EvidenceDetails", "Messages ({count})").format(count=messages))
        self.messages.setEnabled(messages > 0)
        self.open_external.setEnabled(openable)

    def set_digest_visible(self, visible: bool) -> None:
        """Shows or hides the full SHA-256 line (the badge's tooltip always has it)."""
        self.digest.setVisible(visible)
