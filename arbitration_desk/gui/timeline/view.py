"""The chat timeline of a case: channel filter, search with hit navigation, annotating a chat line.

A part of the case view that reads its own pages of messages (the case context carries none). On an
appeal case the messages sent on appeal are marked "New on appeal", and "New on appeal only" (hidden
on a first-instance case) narrows the chat to them, within the channel chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QWidget

from arbitration_desk.domain.appeals import Appeal, is_new_on_appeal
from arbitration_desk.gui.annotations.dialog import AnnotationDialog
from arbitration_desk.gui.case_view.context import CaseState
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.case_format import moment
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import explain, translate
from arbitration_desk.gui.common.plaintext import make_plain, set_plain_text, visible_controls
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.generated.ui_timeline_view import Ui_TimelineView
from arbitration_desk.gui.timeline.delegate import TimelineDelegate
from arbitration_desk.gui.timeline.index import TimelineIndex
from arbitration_desk.gui.timeline.model import TimelineModel, channel_label, read_block
from arbitration_desk.store.records import MessageRow
from arbitration_desk.store.store import Store

SEARCH_DELAY_MS = 250
#: Pages of rows laid out ahead of the scroll while the GUI thread is idle.
PREPARE_PAGES = 2
_UNSEEN = object()  # no state of the case has arrived yet


class TimelineView(QWidget):
    """All channels of a case's chat merged by time.

    Signals:
        evidence_requested(str): the evidence ID of an attachment link the member clicked.
        changed(): an annotation or note was created from a chat line.

    Args:
        store: the local store (the chat's pages are read from it).
        runner: runs the reads of pages and the search index off the GUI thread.
        zone: display time zone (default: the operating system's).
        parent: owner.
        desk: writes the annotations of chat lines (default: a desk of its own, for a chat alone).
    """

    evidence_requested = Signal(str)
    changed = Signal()

    def __init__(
        self,
        store: Store,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        zone: tzinfo | None = None,
        desk: DeskModel | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.desk = desk or DeskModel(store, runner, self)
        self.ui = Ui_TimelineView()
        self.ui.setupUi(self)
        self.model = TimelineModel(store, zone, self, runner=runner)
        self.delegate = TimelineDelegate(self.ui.messageList)
        self.index: TimelineIndex | None = None
        self.case_id: str | None = None
        self.hits: list[int] = []  # store row IDs, chat order
        self.hit_number = -1
        self._generation = 0
        self._can_annotate = False
        self._cursor: object = _UNSEEN  # the last state's message cursor (storing messages moves it)
        self._pending: list[Callable[[], None]] = []
        self._dialog: AnnotationDialog | None = None
        for label in (self.ui.hitLabel, self.ui.filterLabel, self.ui.statusLabel):
            make_plain(label)
            label.setWordWrap(False)
        view = self.ui.messageList
        view.setModel(self.model)
        view.setItemDelegate(self.delegate)
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setItemsExpandable(False)
        view.setUniformRowHeights(False)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setMouseTracking(True)
        view.viewport().installEventFilter(self)
        view.selectionModel().currentChanged.connect(self._update_actions)
        view.verticalScrollBar().valueChanged.connect(self._rows_shown)
        view.verticalScrollBar().rangeChanged.connect(self._rows_shown)
        self.ui.filterBar.hide()
        self.ui.newOnAppealCheck.hide()  # shown on an appeal case
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._top, self._step = 0, 1  # the top row shown; +1 scrolling down, -1 up
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(0)  # after the paint: when the event loop is idle
        self._prepare_timer.timeout.connect(self._prepare_ahead)
        self.ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self._search_return)
        self.ui.nextButton.clicked.connect(self.next_hit)
        self.ui.prevButton.clicked.connect(self.previous_hit)
        self.ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        self.ui.newOnAppealCheck.toggled.connect(self._new_on_appeal_toggled)
        self.ui.showAllButton.clicked.connect(self.show_all)
        self.ui.annotateButton.clicked.connect(self.annotate_selected)
        for keys, slot, text in (
            (QKeySequence.StandardKey.FindNext, self.next_hit, translate("TimelineView", "Next search hit")),
            (
                QKeySequence.StandardKey.FindPrevious,
                self.previous_hit,
                translate("TimelineView", "Previous search hit"),
            ),
            (
                QKeySequence("Ctrl+M"),
                self.annotate_selected,
                translate("TimelineView", "Annotate the selected message"),
            ),
        ):
            QShortcut(QKeySequence(keys), self, slot).setWhatsThis(text)  # Help → Keyboard shortcuts lists it
        self._reset_channels([])
        self.set_case(None)

    # ---- public API ----

    def set_context(self, state: CaseState) -> None:
        """Shows the chat of the context's case; its pages are read again when messages arrived."""
        bundle = state.bundle
        moved = bundle is not None and self._cursor is not _UNSEEN and bundle.detail.message_cursor != self._cursor
        if state.case_id != self.case_id or moved:
            self.set_case(state.case_id)
        if state.error:
            error = translate("TimelineView", "Could not read the chat: {error}").format(error=state.error)
            set_plain_text(self.ui.statusLabel, error)
        elif bundle is None and state.detail is not None:
            # Read ahead of the bundle: whether a note may be shared is known now, before the member
            # can press Ctrl+M on a message that arrived first (else the dialog forced "private").
            self._can_annotate = state.detail.row.can_annotate
        elif bundle is not None:
            self._cursor, self._can_annotate = bundle.detail.message_cursor, bundle.row.can_annotate
            self._set_appeal(bundle.appeal)
            if (titles := bundle.evidence_titles()) != self.delegate.evidence_titles:
                self.delegate.evidence_titles = titles
                self.delegate.clear_cache()  # attachment links name the evidence
                self.ui.messageList.viewport().update()

    def set_case(self, case_id: str | None) -> None:
        """Shows the chat of ``case_id`` (None: nothing); reads happen in the background."""
        self._generation += 1
        generation = self._generation
        self._search_timer.stop()
        if case_id != self.case_id:  # the new case's appeal arrives with its bundle
            self._uncheck_new_on_appeal()
            self._set_appeal(None)
        self.case_id = case_id
        self.index = None
        self._pending.clear()
        self.hits, self.hit_number = [], -1
        self.delegate.hit_row_id = None
        self.delegate.clear_cache()
        self.model.set_rows(case_id, [])
        self._cursor, self._can_annotate = _UNSEEN, False
        self.ui.filterBar.hide()
        self.ui.searchEdit.setEnabled(False)
        self.ui.channelCombo.setEnabled(False)
        self.ui.newOnAppealCheck.setEnabled(False)
        self._reset_channels([])
        self._update_hit_label()
        self._update_actions()
        if case_id is None:
            set_plain_text(self.ui.statusLabel, translate("TimelineView", "No case selected."))
            return
        set_plain_text(self.ui.statusLabel, translate("TimelineView", "Loading the chat…"))
        store = self.store

        def first() -> tuple[list[int], list[MessageRow]]:
            ids = store.reads.message_row_ids(case_id)
            return ids, read_block(store, ids, 0)

        self.runner.run(first, lambda result: self._loaded(generation, *result), self._failed)

    def show_message(self, message_id: str) -> None:
        """Scrolls to message ``message_id`` and selects it (showing all messages if it is hidden)."""
        self._when_indexed(lambda: self._show_message(message_id))

    def show_messages(self, message_ids: list[str]) -> None:
        """Shows only ``message_ids`` (e.g. the messages referring to an evidence item)."""
        self._when_indexed(lambda: self._show_messages(list(message_ids)))

    def show_all(self) -> None:
        """Removes the channel filter, "New on appeal only" and any message selection."""
        self.ui.filterBar.hide()
        self._uncheck_new_on_appeal()
        if self.ui.channelCombo.currentIndex() != 0:
            self.ui.channelCombo.setCurrentIndex(0)  # applies the filter
        elif self.index is not None:
            self._apply_rows(self.index.rows_in(None))

    def selected_message(self) -> MessageRow | None:
        """The current message (its block is read now if it is not cached yet)."""
        current = self.ui.messageList.currentIndex()
        return self.model.message_at(current.row()) if current.isValid() else None

    # ---- loading ----

    def _loaded(self, generation: int, ids: list[int], first: list[MessageRow]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(self.case_id, ids, first)
        self.ui.messageList.doItemsLayout()  # now, before the index job competes for the GIL
        self._show_status()
        # The index (search, filters) is built once the rows show, so it never delays them.
        store, case_id = self.store, self.case_id
        assert case_id is not None
        self.runner.run(
            lambda: TimelineIndex.build(store, case_id), lambda idx: self._indexed(generation, idx), self._failed
        )

    def _indexed(self, generation: int, index: TimelineIndex) -> None:
        if generation != self._generation:
            return
        self.index = index
        if self.model.rowCount() != len(index.row_ids):
            self.model.set_rows(self.case_id, index.row_ids)
        self._reset_channels(index.channel_names())
        self.ui.channelCombo.setEnabled(True)
        self.ui.newOnAppealCheck.setEnabled(True)
        self.ui.searchEdit.setEnabled(True)
        if self.ui.newOnAppealCheck.isChecked():  # kept while the same case is read again
            self._apply_rows(self._filtered_rows())
        self._show_status()
        pending, self._pending = self._pending, []
        for action in pending:
            action()
        if self.ui.searchEdit.text():
            self.run_search()

    def _failed(self, exc: BaseException) -> None:
        error = translate("TimelineView", "Could not read the chat: {error}").format(error=explain(exc))
        set_plain_text(self.ui.statusLabel, error)

    def _when_indexed(self, action: Callable[[], None]) -> None:
        if self.index is not None:
            action()
        else:
            self._pending.append(action)

    def _show_status(self) -> None:
        count = self.model.rowCount()
        now = datetime.now(self.model.zone)
        offset = now.strftime("%z")
        zone = f"{getattr(self.model.zone, 'key', None) or now.tzname()} (UTC{offset[:3]}:{offset[3:]})"
        total = len(self.index.row_ids) if self.index else count
        if count != total:
            text = translate(
                "TimelineView", "{shown} of %n message(s) · times in {zone}; hover a message for UTC", n=total
            )
        else:
            text = translate("TimelineView", "%n message(s) · times in {zone}; hover a message for UTC", n=total)
        set_plain_text(self.ui.statusLabel, text.format(shown=QLocale().toString(count), zone=zone))

    # ---- filtering ----

    def _reset_channels(self, channels: list[str]) -> None:
        combo = self.ui.channelCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("TimelineView", "All channels"), None)
        for channel in channels:
            combo.addItem(channel_label(channel), channel)
        combo.blockSignals(False)

    def _channel_changed(self, _number: int) -> None:
        if self.index is None:
            return
        self.ui.filterBar.hide()
        self._apply_rows(self._filtered_rows())

    def _filtered_rows(self) -> list[int]:
        """The row IDs the channel filter and "New on appeal only" leave, in chat order."""
        assert self.index is not None
        channel = self.ui.channelCombo.currentData()
        appeal = self.model.appeal
        new_only = appeal is not None and self.ui.newOnAppealCheck.isChecked()
        sent = (lambda moment: is_new_on_appeal(appeal, moment)) if new_only else None
        return self.index.rows_in(None if channel is None else {channel}, sent)

    def _new_on_appeal_toggled(self, _checked: bool) -> None:
        if self.index is None:
            return
        self.ui.filterBar.hide()
        self._apply_rows(self._filtered_rows())

    def _uncheck_new_on_appeal(self) -> None:
        """Clears "New on appeal only" without applying it (the caller shows the rows it wants)."""
        check = self.ui.newOnAppealCheck
        check.blockSignals(True)
        check.setChecked(False)
        check.blockSignals(False)

    def _set_appeal(self, appeal: Appeal | None) -> None:
        """The case's appeal (None at first instance): its marks, and "New on appeal only" shown or hidden."""
        if appeal == self.model.appeal:
            return
        filtered = self.ui.newOnAppealCheck.isChecked()
        self.model.set_appeal(appeal)
        self.ui.newOnAppealCheck.setVisible(appeal is not None)
        if appeal is None:
            self._uncheck_new_on_appeal()
        if filtered and self.index is not None:
            self._apply_rows(self._filtered_rows())
        self.ui.messageList.viewport().update()  # the marks (no row changes height)

    def _apply_rows(self, row_ids: list[int]) -> None:
        keep = self.selected_message()
        self.delegate.clear_cache()  # day separators depend on the neighbours
        self.model.set_rows(self.case_id, row_ids)
        self._show_status()
        if self.ui.searchEdit.text():
            self.run_search(keep_position=False)
        if keep is not None:
            self._select_row_id(keep.row_id)

    def _show_messages(self, message_ids: list[str]) -> None:
        assert self.index is not None
        rows = self.index.row_ids_of(message_ids)
        self.ui.channelCombo.blockSignals(True)
        self.ui.channelCombo.setCurrentIndex(0)
        self.ui.channelCombo.blockSignals(False)
        self._uncheck_new_on_appeal()
        self._apply_rows(rows)
        if rows:
            text = translate(
                "TimelineView", "Showing the %n message(s) that refer to the selected evidence.", n=len(rows)
            )
        else:
            text = translate("TimelineView", "No message refers to the selected evidence.")
        set_plain_text(self.ui.filterLabel, text)
        self.ui.filterBar.show()
        if rows:
            self._select_row_id(rows[0])

    def _show_message(self, message_id: str) -> None:
        assert self.index is not None
        row_id = self.index.row_id_of(message_id)
        if row_id is None:
            set_plain_text(
                self.ui.statusLabel, translate("TimelineView", "That message is not in the local copy of the chat.")
            )
            return
        if self.model.row_of(row_id) is None:
            self.show_all()
        self._select_row_id(row_id)

    def _select_row_id(self, row_id: int) -> None:
        row = self.model.row_of(row_id)
        if row is None:
            return
        view = self.ui.messageList
        index = self.model.index(row, 0)
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # ---- search ----

    def run_search(self, keep_position: bool = False) -> None:
        """Finds the search text among the visible messages and goes to the first hit."""
        self._search_timer.stop()
        text = self.ui.searchEdit.text()
        if self.index is None or not text.strip():
            self.hits, self.hit_number = [], -1
            self.delegate.hit_row_id = None
            self._update_hit_label()
            self.ui.messageList.viewport().update()
            return
        self.hits = [rid for rid in self.index.search(text) if self.model.row_of(rid) is not None]
        self.hit_number = -1
        self._go_to_hit(0 if self.hits else -1)

    def next_hit(self) -> None:
        if self.hits:
            self._go_to_hit((self.hit_number + 1) % len(self.hits))

    def previous_hit(self) -> None:
        if self.hits:
            self._go_to_hit((self.hit_number - 1) % len(self.hits))

    def _search_return(self) -> None:
        if self._search_timer.isActive():
            self.run_search()
        else:
            self.next_hit()

    def _go_to_hit(self, number: int) -> None:
        self.hit_number = number
        self.delegate.hit_row_id = self.hits[number] if number >= 0 else None
        if number >= 0:
            self._select_row_id(self.hits[number])
        self._update_hit_label()
        self.ui.messageList.viewport().update()

    def _update_hit_label(self) -> None:
        has = bool(self.hits)
        self.ui.nextButton.setEnabled(has)
        self.ui.prevButton.setEnabled(has)
        if not self.ui.searchEdit.text().strip():
            text = ""
        elif not has:
            text = translate("TimelineView", "No hits")
        else:
            locale = QLocale()
            text = translate("TimelineView", "{number} of {total}", "the search hit shown, of all hits").format(
                number=locale.toString(self.hit_number + 1), total=locale.toString(len(self.hits))
            )
        set_plain_text(self.ui.hitLabel, text)

    # ---- annotating ----

    def _update_actions(self, *_args: Any) -> None:
        current = self.ui.messageList.currentIndex()  # no read: the message may still be on its way
        self.ui.annotateButton.setEnabled(current.isValid() and self.case_id is not None)

    def annotate_selected(self) -> AnnotationDialog | None:
        """Opens the dialog annotating the selected message; returns it (None: nothing selected)."""
        message = self.selected_message()
        case_id = self.case_id
        if message is None or case_id is None:
            return None
        when = moment(message.sent_at, self.model.zone)
        target = translate("TimelineView", "Chat line of {name}, {when}").format(
            name=visible_controls(message.sender_name), when=when
        )
        dialog = AnnotationDialog(target, source=message.text, shared_allowed=self._can_annotate, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create(case_id, message, dialog))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _create(self, case_id: str, message: MessageRow, dialog: AnnotationDialog) -> None:
        target: dict[str, Any] = {"type": "message", "id": message.message_id}
        quote = dialog.quote()
        if quote:
            target["quote"] = quote
        body, private = dialog.body(), dialog.is_private()

        def done(_result: object) -> None:
            if private:
                set_plain_text(self.ui.statusLabel, translate("TimelineView", "Private note saved."))
            else:
                set_plain_text(self.ui.statusLabel, translate("TimelineView", "Annotation queued for sync."))
            self.changed.emit()

        def not_saved(exc: BaseException) -> None:
            set_plain_text(
                self.ui.statusLabel, translate("TimelineView", "Not saved: {error}").format(error=explain(exc))
            )

        failed = guarded(self, not_saved)
        self.desk.create_annotation(case_id, target, body, private=private, done=guarded(self, done), failed=failed)

    # ---- attachment links ----

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.ui.messageList
        if watched is view.viewport() and event.type() == QEvent.Type.Resize:
            self._relayout()
        if watched is view.viewport() and event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove):
            assert isinstance(event, QMouseEvent)
            pos = event.position().toPoint()
            evidence_id = self._attachment_at(pos.x(), pos.y())
            if event.type() == QEvent.Type.MouseMove:
                shape = Qt.CursorShape.PointingHandCursor if evidence_id else Qt.CursorShape.ArrowCursor
                view.viewport().setCursor(shape)
            elif evidence_id and event.button() == Qt.MouseButton.LeftButton:
                self.evidence_requested.emit(evidence_id)
                return True
        return super().eventFilter(watched, event)

    def _relayout(self) -> None:
        """Row heights depend on the width: recompute them (lazily, for the rows shown)."""
        width = self.ui.messageList.viewport().width()
        if width != self.delegate.row_width:
            self.delegate.row_width = width
            self.delegate.clear_cache()
            if self.model.rowCount():
                self.delegate.sizeHintChanged.emit(self.model.index(0, 0))

    def _rows_shown(self, *_args: int) -> None:
        """Tells the model which rows show, so it reads their blocks and the next ones ahead, and
        lays out the next rows once the event loop is idle."""
        bar = self.ui.messageList.verticalScrollBar()  # scrolls per item: its value is the top row
        self.model.show_rows(bar.value(), bar.value() + max(bar.pageStep(), 1))
        if bar.value() != self._top:
            self._step = 1 if bar.value() > self._top else -1
            self._top = bar.value()
        if self.model.rowCount():
            self._prepare_timer.start()

    def _prepare_ahead(self) -> None:
        """Lays out the rows of the next pages in the direction of scrolling (those already read),
        so that scrolling there only paints them."""
        view = self.ui.messageList
        bar = view.verticalScrollBar()
        ahead = PREPARE_PAGES * max(bar.pageStep(), 1)
        if self._step > 0:
            below = view.indexAt(QPoint(1, view.viewport().height() - 1)).row()  # the last row shown
            first = (below if below >= 0 else bar.value()) + 1
            rows = range(first, first + ahead)
        else:
            rows = range(bar.value() - 1, max(bar.value() - ahead, 0) - 1, -1)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        for row in rows:
            shown = self.model.cached_row(row)
            if shown is not None:
                self.delegate.prepare(option, *shown)

    def _attachment_at(self, x: int, y: int) -> str | None:
        view = self.ui.messageList
        index = view.indexAt(QPoint(x, y))
        if not index.isValid():
            return None
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        return self.delegate.attachment_at(option, index, x, y)
