"""The Evidence tab: a list of thumbnails with badges, and the viewer of the selected item.

The gallery shows the evidence rows and annotations of the case context's bundle, draws the
regions of annotations on images, and turns a rectangle drawn in the viewer into a shared
annotation or a private note (written through the desk). The viewer can move to a window of its
own (:mod:`.viewer_window`) and back; it is the same viewer, driven by the same list.

On an appeal case the items added on appeal are marked "New on appeal", and "New on appeal only"
above the list narrows it to them (the box is hidden on a first-instance case).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arbitration_desk.domain.appeals import Appeal, is_new_on_appeal
from arbitration_desk.gui.case_view.context import CaseState
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, explain, translate
from arbitration_desk.gui.evidence.canvas import RegionMark, region_from_json
from arbitration_desk.gui.evidence.decoder import Decoders, shared_decoders
from arbitration_desk.gui.evidence.delegate import EvidenceDelegate
from arbitration_desk.gui.evidence.model import EvidenceModel
from arbitration_desk.gui.evidence.note_dialog import EvidenceNoteDialog
from arbitration_desk.gui.evidence.thumbnails import THUMBNAIL_DIR, ThumbnailCache, cache_key
from arbitration_desk.gui.evidence.viewer import EvidenceViewer
from arbitration_desk.gui.evidence.viewer_window import DetachedNote, ViewerWindow
from arbitration_desk.store.case_bundle import CaseBundle
from arbitration_desk.store.records import AnnotationRow, EvidenceRow

THUMB_PX = 72
NEW_ON_APPEAL_ONLY = QT_TRANSLATE_NOOP("EvidenceGallery", "New on appeal only")
NEW_ON_APPEAL_ONLY_TIP = QT_TRANSLATE_NOOP(
    "EvidenceGallery", "Show only the evidence added on appeal, after the appeal was filed"
)


def marks_by_evidence(annotations: Sequence[AnnotationRow]) -> dict[str, list[RegionMark]]:
    """The regions of annotations on evidence, by evidence ID (malformed regions are skipped)."""
    found: dict[str, list[RegionMark]] = {}
    for annotation in annotations:
        target = annotation.target
        if annotation.remote_deleted or target.get("type") != "evidence" or not isinstance(target.get("id"), str):
            continue
        region = region_from_json(target.get("region"))
        if region is None:
            continue
        if annotation.private:
            who = translate("EvidenceGallery", "Private note")
        else:
            who = fmt.untrusted(annotation.author_name, 100) or translate("EvidenceGallery", "Panel member")
        tooltip = translate("EvidenceGallery", "{who}: {note}").format(
            who=who, note=fmt.untrusted(annotation.body, 400)
        )
        found.setdefault(target["id"], []).append(RegionMark(region, tooltip, annotation.private))
    return found


class EvidenceGallery(QWidget):
    """Thumbnails of a case's evidence and a viewer of the selected item.

    A part of the case view (:class:`~arbitration_desk.gui.case_view.context.CasePart`).

    Args:
        desk: the store's files, the runner of the decoding jobs, and the writes of annotations.
        parent: the parent widget.
        decoders: the decoder processes (default: the desk's, shared by every gallery). They are
            started here, so that they are warm when the first case shows its evidence.

    Signals:
        messages_requested(list): message IDs that refer to the selected evidence.
        changed(): an annotation was drawn on an image.
        viewer_detached_changed(bool): the viewer moved to a window of its own (True) or back.
    """

    messages_requested = Signal(list)
    changed = Signal()
    viewer_detached_changed = Signal(bool)

    def __init__(self, desk: DeskModel, parent: QWidget | None = None, *, decoders: Decoders | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("EvidenceGallery", "Evidence"))
        self.desk = desk
        store, runner = desk.store, desk.runner
        self.decoders = decoders if decoders is not None else shared_decoders()
        self.decoders.start()
        self._case_id: str | None = None
        self._rows: list[EvidenceRow] = []  # every item of the case (the list may show fewer)
        self._appeal: Appeal | None = None
        self._marks: dict[str, list[RegionMark]] = {}
        self._pending: tuple[str, dict[str, Any] | None] | None = None
        self._highlight: dict[str, float] | None = None
        self._reference = ""
        self.window_of_viewer: ViewerWindow | None = None  # while the viewer is in a window of its own
        self._window_geometry: QByteArray | None = None

        self.thumbnails = ThumbnailCache(
            store.home / THUMBNAIL_DIR,
            cache_key(store),
            store.blobs.open_verified,
            self.decoders.thumbnails,
            runner,
            THUMB_PX,
            self,
        )
        self.model = EvidenceModel(self.thumbnails, self)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(translate("EvidenceGallery", "Evidence count"))
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setContentsMargins(8, 6, 8, 2)
        self.new_only = QCheckBox(translate("EvidenceGallery", NEW_ON_APPEAL_ONLY), self)
        self.new_only.setAccessibleName(translate("EvidenceGallery", NEW_ON_APPEAL_ONLY))
        self.new_only.setToolTip(translate("EvidenceGallery", NEW_ON_APPEAL_ONLY_TIP))
        self.new_only.setVisible(False)  # shown on an appeal case
        self.list = QListView(self)
        self.list.setAccessibleName(translate("EvidenceGallery", "Evidence list"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(EvidenceDelegate(THUMB_PX, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.viewer = EvidenceViewer(store, runner, self, decoder=self.decoders.viewer)

        self.side = QWidget(self)
        self.side.setAccessibleName(translate("EvidenceGallery", "Evidence list panel"))
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 8, 0)
        header.setSpacing(4)
        header.addWidget(self.count_label, 1)
        header.addWidget(self.new_only, 0, Qt.AlignmentFlag.AlignBottom)
        side_layout.addLayout(header)
        side_layout.addWidget(self.list, 1)
        self.detached_note = DetachedNote(self)
        self.viewer_slot = QStackedWidget(self)  # the viewer, or the note while it has a window of its own
        self.viewer_slot.setAccessibleName(translate("EvidenceGallery", "Evidence viewer area"))
        self.viewer_slot.addWidget(self.viewer)
        self.viewer_slot.addWidget(self.detached_note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setAccessibleName(translate("EvidenceGallery", "Evidence list and viewer"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.viewer_slot)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 600])
        self.side.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.viewer.previous_requested.connect(lambda: self._step(-1))
        self.viewer.next_requested.connect(lambda: self._step(1))
        self.viewer.messages_requested.connect(self._request_messages)
        self.viewer.region_drawn.connect(self._ask_note)
        self.viewer.item_note_requested.connect(self.annotate_item)
        self.viewer.toolbar.detach.clicked.connect(lambda: self.set_viewer_detached(not self.viewer_detached))
        self.detached_note.back_requested.connect(lambda: self.set_viewer_detached(False))
        self.new_only.toggled.connect(self._new_only_toggled)
        self._set_rows([])

    # ---- public API ----

    @property
    def case_id(self) -> str | None:
        return self._case_id

    def set_context(self, state: CaseState) -> None:
        """Shows the evidence of the context's case (no case: nothing), keeping the selected item
        when the same case arrives again."""
        if state.case_id != self._case_id:
            self._case_id = state.case_id
            self._pending = None
            self._set_appeal(None)
            self._set_rows([])
            self._reference = ""
            self.viewer.show_row(None)
            self._update_window_title()
        if state.error:
            self._set_rows([])
            self.count_label.setText(
                translate("EvidenceGallery", "Evidence cannot be read: {reason}").format(reason=state.error)
            )
        elif state.bundle is not None:
            self._loaded(state.bundle)

    def _loaded(self, bundle: CaseBundle) -> None:
        rows = list(bundle.evidence)
        self._reference = fmt.untrusted(bundle.row.reference, 60)
        self._marks = marks_by_evidence(bundle.annotations)
        self.viewer.set_can_annotate(bundle.row.can_annotate)
        appeal = bundle.appeal
        if rows and rows == self._rows and appeal == self._appeal:
            self._show_current()  # only the annotations changed: redraw their regions
            return
        if self._pending is None and (current := self.current_row()) is not None:
            self._pending = (current.evidence_id, None)
        self._set_appeal(appeal)
        self._set_rows(rows)
        pending, self._pending = self._pending, None
        if pending is not None and self.model.row_of(pending[0]) is not None:
            self.show_evidence(*pending)
        elif rows:
            self._select(0)

    def show_evidence(self, evidence_id: str, region: dict[str, Any] | None = None) -> None:
        """Selects an item and shows it, highlighting ``region`` (fractions) when given."""
        row = self.model.row_of(evidence_id)
        if row is None and any(r.evidence_id == evidence_id for r in self._rows):
            self.new_only.setChecked(False)  # an item from before the appeal: the whole list again
            row = self.model.row_of(evidence_id)
        if row is None:
            if self._case_id is not None:
                self._pending = (evidence_id, region)
            return
        self._highlight = region_from_json(region)
        self._select(row)
        self._show_current()

    def current_row(self) -> EvidenceRow | None:
        index = self.list.currentIndex()
        return self.model.evidence(index.row()) if index.isValid() else None

    @property
    def viewer_detached(self) -> bool:
        """Whether the viewer is in a window of its own."""
        return self.window_of_viewer is not None

    def set_viewer_detached(self, detached: bool) -> None:
        """Moves the viewer into a window of its own (shown, raised) or back into the tab (closing it)."""
        window = self.window_of_viewer
        if detached and window is not None:
            window.raise_()
            window.activateWindow()
        elif detached:
            self._detach()
        elif window is not None:
            window.close()  # its ``closed`` brings the viewer back

    def _detach(self) -> None:
        window = ViewerWindow(self, self._window_geometry)
        self.window_of_viewer = window
        self.viewer_slot.removeWidget(self.viewer)
        window.hold(self.viewer)
        self.viewer_slot.setCurrentWidget(self.detached_note)
        window.closed.connect(lambda: self._attach(window))
        self.viewer.toolbar.set_detached(True)
        self._update_window_title()
        window.show()
        window.raise_()
        window.activateWindow()
        self.viewer_detached_changed.emit(True)

    def _attach(self, window: ViewerWindow) -> None:
        if window is not self.window_of_viewer:
            return
        self._window_geometry = window.saveGeometry()
        self.window_of_viewer = None
        window.release(self.viewer)
        self.viewer_slot.insertWidget(0, self.viewer)
        self.viewer_slot.setCurrentWidget(self.viewer)
        self.viewer.toolbar.set_detached(False)
        window.deleteLater()
        self.viewer_detached_changed.emit(False)

    def _update_window_title(self) -> None:
        window, row = self.window_of_viewer, self.viewer.row
        if window is not None:
            window.set_title(fmt.untrusted(row.title, 120) if row is not None else "", self._reference)

    # ---- internals ----

    def _set_appeal(self, appeal: Appeal | None) -> None:
        """The case's appeal (None at first instance): the "New on appeal only" box shows on an appeal case."""
        self._appeal = appeal
        if appeal is None:
            self.new_only.blockSignals(True)
            self.new_only.setChecked(False)
            self.new_only.blockSignals(False)
        self.new_only.setVisible(appeal is not None)

    def shown_rows(self) -> list[EvidenceRow]:
        """The items the list shows: every one, or with "New on appeal only" those added on appeal."""
        if not self.new_only.isChecked():
            return self._rows
        return [row for row in self._rows if is_new_on_appeal(self._appeal, row.submitted_at)]

    def _set_rows(self, rows: list[EvidenceRow]) -> None:
        self._rows = rows
        shown = self.shown_rows()
        self.model.set_rows(shown, self._appeal)
        self._ask_for_first_screen()
        if len(shown) != len(rows):
            count = translate("EvidenceGallery", "{shown} of %n item(s)", n=len(rows)).format(shown=len(shown))
        else:
            count = translate("EvidenceGallery", "%n item(s)", n=len(rows))
        self.count_label.setText(count if self._case_id else "")

    def _ask_for_first_screen(self) -> None:
        """Asks for the thumbnails of the rows the list shows first as soon as they are known, before
        it lays them out and paints them: their cache reads run on a worker meanwhile, and the first
        screen shows pictures a paint sooner (bench_thumbnails.py, "cached first screen")."""
        if not self.model.rowCount():
            return
        row_height = max(self.list.sizeHintForRow(0), 1)
        self.model.request_thumbnails(0, self.list.viewport().height() // row_height + 2)

    @Slot(bool)
    def _new_only_toggled(self, _checked: bool) -> None:
        current = self.current_row()
        self._set_rows(self._rows)
        row = self.model.row_of(current.evidence_id) if current is not None else None
        if row is not None:
            self._select(row)
        elif self.model.rowCount():
            self._select(0)
        else:
            self._show_current()

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        shown = self.viewer.row
        current = self.current_row()
        if current is not None and shown is not None and current.evidence_id != shown.evidence_id:
            self._highlight = None
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        if row is None:
            self.viewer.show_row(None)
            self.viewer.set_navigation(-1, self.model.rowCount(), 0)
            self._update_window_title()
            return
        referenced = row.item.get("referenced_message_ids") if isinstance(row.item, dict) else None
        count = len([m for m in referenced if isinstance(m, str)]) if isinstance(referenced, list) else 0
        self.viewer.set_navigation(self.list.currentIndex().row(), self.model.rowCount(), count)
        self.viewer.show_row(row, self._marks.get(row.evidence_id, []), self._highlight)
        self._update_window_title()

    def _step(self, delta: int) -> None:
        target = self.list.currentIndex().row() + delta
        if 0 <= target < self.model.rowCount():
            self._select(target)

    @Slot()
    def _request_messages(self) -> None:
        row = self.current_row()
        referenced = row.item.get("referenced_message_ids") if row is not None else None
        if isinstance(referenced, list):
            self.messages_requested.emit([m for m in referenced if isinstance(m, str)])

    @Slot(dict)
    def annotate_item(self) -> EvidenceNoteDialog | None:
        """Opens the dialog annotating the whole selected item (any kind); returns it (None: no item)."""
        return self._ask_note(None)

    def _ask_note(self, region: dict[str, float] | None) -> EvidenceNoteDialog | None:
        row, case_id = self.current_row(), self._case_id
        if row is None or case_id is None:
            return None
        dialog = EvidenceNoteDialog(
            row.title, allow_shared=self.viewer.can_annotate, whole_item=region is None, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        target: dict[str, Any] = {"type": "evidence", "id": row.evidence_id}
        if region is not None:
            target["region"] = region
        dialog.accepted.connect(lambda: self._save_note(case_id, target, dialog.body, dialog.is_private))
        dialog.open()
        return dialog

    def _save_note(self, case_id: str, target: dict[str, Any], body: str, private: bool) -> None:
        def done(_row: AnnotationRow) -> None:
            self.changed.emit()  # the case context hands over the new region next

        def failed(exc: BaseException) -> None:
            self.count_label.setText(
                translate("EvidenceGallery", "The annotation could not be saved: {reason}").format(reason=explain(exc))
            )

        self.desk.create_annotation(
            case_id, target, body, private=private, done=guarded(self, done), failed=guarded(self, failed)
        )
