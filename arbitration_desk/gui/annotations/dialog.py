"""The dialog that writes or edits one annotation (shared with the panel) or private note."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import make_plain, original_passage, set_plain_text, visible_controls
from arbitration_desk.gui.generated.ui_annotation_dialog import Ui_AnnotationDialog

#: The contract's limit on a quote.
MAX_QUOTE = 2_000


class AnnotationDialog(QDialog):
    """Body, visibility and (for a chat line) an optional quoted passage of the message.

    Open it with ``open()`` (window-modal, non-blocking) and read it on ``accepted``.

    Args:
        target_text: what is annotated, e.g. "Chat line of Camille D., 5 Oct 2026 11:31" (plain).
        source: the message text, for quoting a passage (None: no quote).
        body: initial body (editing).
        private: initial visibility.
        fixed_visibility: the visibility cannot change (editing an existing one).
        shared_allowed: False when the case accepts no shared annotations (only a private note).
        parent: owner.
    """

    def __init__(
        self,
        target_text: str,
        *,
        source: str | None = None,
        body: str = "",
        private: bool = False,
        fixed_visibility: bool = False,
        shared_allowed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AnnotationDialog()
        self.ui.setupUi(self)
        self._source = source
        make_plain(self.ui.targetLabel)
        make_plain(self.ui.quoteLabel)
        set_plain_text(self.ui.targetLabel, target_text)
        has_source = source is not None
        self.ui.sourceHint.setVisible(has_source)
        self.ui.sourceText.setVisible(has_source)
        self.ui.quoteLabel.setVisible(has_source)
        if source is not None:
            self.ui.sourceText.setPlainText(visible_controls(source))
            self.ui.sourceText.selectionChanged.connect(self._show_quote)
        self.ui.bodyEdit.setPlainText(body)
        if not shared_allowed:
            private = True
        self.ui.privateRadio.setChecked(private)
        self.ui.sharedRadio.setChecked(not private)
        self.ui.sharedRadio.setEnabled(shared_allowed and not fixed_visibility)
        self.ui.privateRadio.setEnabled(not fixed_visibility)
        self.ui.bodyEdit.textChanged.connect(self._update_ok)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if body:
            self.setWindowTitle(translate("AnnotationDialog", "Edit annotation"))
        else:
            self.setWindowTitle(translate("AnnotationDialog", "New annotation"))
        self._show_quote()
        self._update_ok()
        self.ui.bodyEdit.setFocus()

    def body(self) -> str:
        return self.ui.bodyEdit.toPlainText().strip()

    def is_private(self) -> bool:
        return self.ui.privateRadio.isChecked()

    def quote(self) -> str | None:
        """The selected passage as an exact substring of the message text, or None."""
        if self._source is None:
            return None
        shown = self.ui.sourceText.textCursor().selectedText().replace("\u2029", "\n")
        passage = original_passage(shown, self._source)
        return passage[:MAX_QUOTE] if passage and passage.strip() else None

    def _show_quote(self) -> None:
        quote = self.quote()
        if quote:
            text = translate("AnnotationDialog", "Quote: “{quote}”").format(quote=visible_controls(quote))
        else:
            text = translate("AnnotationDialog", "No passage quoted: the whole message.")
        set_plain_text(self.ui.quoteLabel, text)

    def _update_ok(self) -> None:
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.body()))
        save.setAccessibleName(translate("AnnotationDialog", "Save annotation"))
