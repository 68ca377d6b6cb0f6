"""The annotations of a case: shared ones (the member's and others') and private notes."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QMessageBox, QWidget

from arbitration_desk.gui.annotations.dialog import AnnotationDialog
from arbitration_desk.gui.annotations.model import ANNOTATION_ROLE, AnnotationDelegate, AnnotationsModel
from arbitration_desk.gui.case_view.context import CaseState
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.plaintext import make_plain, set_plain_text
from arbitration_desk.gui.generated.ui_annotations_panel import Ui_AnnotationsPanel
from arbitration_desk.store.case_bundle import CaseBundle
from arbitration_desk.store.records import AnnotationRow

SHOW_ALL, SHOW_SHARED, SHOW_PRIVATE = 0, 1, 2


class AnnotationsPanel(QWidget):
    """Lists, adds, edits and deletes annotations; shared changes go through the outbox.

    A part of the case view (:class:`~arbitration_desk.gui.case_view.context.CasePart`): it shows
    the annotations of the case context's bundle and writes through the desk.

    Signals:
        jump_requested(dict): the target of the chosen annotation
            (``{"type": "case"|"evidence"|"message", "id": ..., "region": ...}``).
        changed(): an annotation or note was added, edited or deleted here.

    Args:
        desk: writes the member's changes off the GUI thread.
        zone: display time zone (default: the operating system's).
        parent: owner.
    """

    jump_requested = Signal(dict)
    changed = Signal()

    def __init__(self, desk: DeskModel, parent: QWidget | None = None, *, zone: tzinfo | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_AnnotationsPanel()
        self.ui.setupUi(self)
        make_plain(self.ui.statusLabel)
        self.case_id: str | None = None
        self.can_share = False
        self.read_only = True
        self._all: list[AnnotationRow] = []
        self._titles: dict[str, str] = {}
        self.model = AnnotationsModel(zone, self)
        self.delegate = AnnotationDelegate(self.ui.annotationList)
        view = self.ui.annotationList
        view.setModel(self.model)
        view.setItemDelegate(self.delegate)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.viewport().installEventFilter(self)
        view.selectionModel().currentChanged.connect(self._update_buttons)
        view.doubleClicked.connect(lambda _index: self.jump())
        self.ui.showCombo.currentIndexChanged.connect(lambda _n: self._refill())
        self.ui.addButton.clicked.connect(self.add_case_annotation)
        self.ui.jumpButton.clicked.connect(self.jump)
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.set_context(CaseState())

    # ---- public API ----

    def set_context(self, state: CaseState) -> None:
        """Shows the annotations of the context's case (no case: nothing)."""
        if state.case_id != self.case_id or state.case_id is None:
            self.case_id = state.case_id
            self._all = []
            self._refill()
        if state.case_id is None:
            self.read_only = True
            self._update_buttons()
            set_plain_text(self.ui.statusLabel, translate("AnnotationsPanel", "No case selected."))
        elif state.error:
            error = translate("AnnotationsPanel", "Could not read the annotations: {error}").format(error=state.error)
            set_plain_text(self.ui.statusLabel, error)
        elif state.bundle is not None:
            self._loaded(state.bundle)

    def selected(self) -> AnnotationRow | None:
        current = self.ui.annotationList.currentIndex()
        row = current.data(ANNOTATION_ROLE) if current.isValid() else None
        return row if isinstance(row, AnnotationRow) else None

    def select_row(self, row: int) -> None:
        self.ui.annotationList.setCurrentIndex(self.model.index(row, 0))

    def jump(self) -> None:
        row = self.selected()
        if row is not None:
            self.jump_requested.emit(dict(row.target))

    # ---- loading ----

    def _loaded(self, bundle: CaseBundle) -> None:
        rows, reassigned, can_share = list(bundle.annotations), bundle.row.reassigned, bundle.row.can_annotate
        self._all, self._titles = rows, bundle.evidence_titles()
        self.can_share, self.read_only = can_share, reassigned
        self._refill()
        pending = sum(1 for r in rows if r.pending)
        notes = sum(1 for r in rows if r.private)
        parts = [
            translate("AnnotationsPanel", "{count} shared").format(count=len(rows) - notes),
            translate("AnnotationsPanel", "{count} private").format(count=notes),
        ]
        if pending:
            parts.append(translate("AnnotationsPanel", "{count} not yet sent").format(count=pending))
        if reassigned:
            parts.append(translate("AnnotationsPanel", "read-only: the case was reassigned"))
        elif not can_share:
            parts.append(
                translate("AnnotationsPanel", "shared annotations are closed for this case; private notes only")
            )
        set_plain_text(self.ui.statusLabel, " · ".join(parts))

    def _refill(self) -> None:
        keep = self.selected()
        show = self.ui.showCombo.currentIndex()
        rows = [
            r
            for r in self._all
            if show == SHOW_ALL or (show == SHOW_PRIVATE and r.private) or (show == SHOW_SHARED and not r.private)
        ]
        self.model.set_rows(rows, self._titles)
        if keep is not None:
            for number, r in enumerate(rows):
                if r.annotation_id == keep.annotation_id:
                    self.select_row(number)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected()
        writable = row is not None and row.own and not self.read_only and (row.private or self.can_share)
        self.ui.jumpButton.setEnabled(row is not None and row.target.get("type") in ("evidence", "message"))
        self.ui.editButton.setEnabled(writable)
        self.ui.deleteButton.setEnabled(writable)
        self.ui.addButton.setEnabled(self.case_id is not None and not self.read_only)

    # ---- changes ----

    def add_case_annotation(self) -> AnnotationDialog | None:
        """Opens the dialog for an annotation on the whole case; returns it."""
        case_id = self.case_id
        if case_id is None or self.read_only:
            return None
        target = translate("AnnotationsPanel", "Annotation on the whole case")
        dialog = AnnotationDialog(target, shared_allowed=self.can_share, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create(case_id, dialog.body(), dialog.is_private()))
        dialog.open()
        return dialog

    def edit_selected(self) -> AnnotationDialog | None:
        """Opens the dialog editing the selected annotation (own ones only); returns it."""
        row, case_id = self.selected(), self.case_id
        if row is None or case_id is None or not self.ui.editButton.isEnabled():
            return None
        source = row.target.get("quote") if isinstance(row.target.get("quote"), str) else None
        target = self.model.target_text(row)
        if source:
            target = translate("AnnotationsPanel", "{target}: “{quote}”").format(target=target, quote=source)
        dialog = AnnotationDialog(target, body=row.body, private=row.private, fixed_visibility=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        aid = row.annotation_id
        dialog.accepted.connect(lambda: self._edit(case_id, aid, dialog.body()))
        dialog.open()
        return dialog

    def delete_selected(self) -> QMessageBox | None:
        """Asks to confirm deleting the selected annotation (own ones only); returns the question."""
        row, case_id = self.selected(), self.case_id
        if row is None or case_id is None or not self.ui.deleteButton.isEnabled():
            return None
        if row.private:
            question = translate("AnnotationsPanel", "Delete this private note?")
        else:
            question = translate("AnnotationsPanel", "Delete this annotation (the panel will no longer see it)?")
        title = translate("AnnotationsPanel", "Delete annotation")
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(translate("AnnotationsPanel", "Confirm deletion"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        aid = row.annotation_id
        box.accepted.connect(
            lambda: self.desk.delete_annotation(
                case_id, aid, **self._callbacks(translate("AnnotationsPanel", "Annotation deleted."))
            )
        )
        box.open()
        return box

    def _edit(self, case_id: str, annotation_id: str, body: str) -> None:
        done = translate("AnnotationsPanel", "Annotation changed.")
        self.desk.edit_annotation(case_id, annotation_id, body, **self._callbacks(done))

    def _create(self, case_id: str, body: str, private: bool) -> None:
        if private:
            message = translate("AnnotationsPanel", "Private note saved.")
        else:
            message = translate("AnnotationsPanel", "Annotation queued for sync.")
        self.desk.create_annotation(case_id, {"type": "case"}, body, private=private, **self._callbacks(message))

    def _callbacks(self, message: str) -> dict[str, Any]:
        """What to do when a write ends; the case context then hands over the changed annotations."""

        def done(_result: object) -> None:
            set_plain_text(self.ui.statusLabel, message)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            set_plain_text(
                self.ui.statusLabel, translate("AnnotationsPanel", "Not saved: {error}").format(error=explain(exc))
            )

        return {"done": guarded(self, done), "failed": guarded(self, failed)}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.annotationList.viewport() and event.type() == QEvent.Type.Resize:
            self.delegate.row_width = self.ui.annotationList.viewport().width()
        return super().eventFilter(watched, event)
