"""Asks for the text of an annotation on a region of an image, and whether to share it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import make_plain
from arbitration_desk.gui.generated.ui_evidence_note_dialog import Ui_EvidenceNoteDialog

MAX_BODY = 10_000


class EvidenceNoteDialog(QDialog):
    """The body of a new annotation on evidence, shared with the panel or kept as a private note.

    Args:
        title: the evidence's title (untrusted; shown as plain text).
        allow_shared: False when only a private note is possible.
        whole_item: the note is on the whole item, not on a marked region of it.
        parent: the parent widget.
    """

    def __init__(
        self, title: str, *, allow_shared: bool = True, whole_item: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidenceNoteDialog()
        self.ui.setupUi(self)
        make_plain(self.ui.targetLabel)
        if whole_item:
            target = translate("EvidenceNoteDialog", "Note on “{title}”")
        else:
            target = translate("EvidenceNoteDialog", "Note on the marked region of “{title}”")
        self.ui.targetLabel.setText(target.format(title=fmt.untrusted(title, 200)))
        self.ui.sharedButton.setEnabled(allow_shared)
        if not allow_shared:
            self.ui.privateButton.setChecked(True)
        self._save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save.setAccessibleName(translate("EvidenceNoteDialog", "Save annotation"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("EvidenceNoteDialog", "Cancel")
        )
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.bodyEdit.textChanged.connect(self._update_save)
        self._update_save()

    @property
    def body(self) -> str:
        return self.ui.bodyEdit.toPlainText().strip()

    @property
    def is_private(self) -> bool:
        return self.ui.privateButton.isChecked()

    def _update_save(self) -> None:
        self._save.setEnabled(0 < len(self.body) <= MAX_BODY)
