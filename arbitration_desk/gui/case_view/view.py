"""Everything about one case: header, tabs Summary | Evidence | Chat | Vote, and the annotations beside them.

The Vote tab holds the vote panel and, for the chair, the ruling button. The view only composes and
wires the pieces; each loads its own data through the :class:`Runner`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from arbitration_desk.domain.enums import CaseStatus, is_known
from arbitration_desk.gui.annotations.panel import AnnotationsPanel
from arbitration_desk.gui.case_view.header import CaseHeader
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.case_view.summary import SummaryView
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.gallery import EvidenceGallery
from arbitration_desk.gui.rulings.button import RulingButton
from arbitration_desk.gui.timeline.view import TimelineView
from arbitration_desk.gui.voting.panel import VotePanel
from arbitration_desk.store.records import CaseDetail, CaseRow
from arbitration_desk.store.store import Store

SUMMARY_TAB, EVIDENCE_TAB, CHAT_TAB, VOTE_TAB = 0, 1, 2, 3


def read_only_reason(row: CaseRow) -> str:
    """Why the member cannot change this case ("" when they can annotate)."""
    if row.reassigned:
        return "Reassigned to another member: read-only"
    if not is_known(CaseStatus, row.status):
        return "Unknown status: read-only"
    if not row.can_annotate:
        return "Closed case: read-only"
    return ""


def _scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a scroll area, so a tall or wide panel never forces the window's size."""
    area = QScrollArea(parent)
    area.setAccessibleName(f"{widget.accessibleName() or 'Panel'} scroll area")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class CaseView(QWidget):
    """The case the member is reviewing.

    Args:
        store: the local store.
        runner: runs store reads and decoding off the GUI thread.
        parent: the parent widget.

    Signals:
        case_changed(str): the member changed local data of this case (annotation, note, vote).
        ruling_requested(str): the chair asked to record the ruling of this case.
    """

    case_changed = Signal(str)
    ruling_requested = Signal(str)

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Case")
        self._store = store
        self._runner = runner
        self._case_id: str | None = None
        self._generation = 0

        self.header = CaseHeader(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Case sections")
        self.tabs.setDocumentMode(True)
        self.summary = SummaryView(self.tabs)
        self.gallery = EvidenceGallery(store, runner, self.tabs)
        self.timeline = TimelineView(store, runner, self.tabs)
        self.vote = VotePanel(store, runner, self.tabs)
        self.ruling_button = RulingButton(store, runner, self)
        self.ruling_button.requested.connect(self.ruling_requested)
        vote_box = QWidget(self.tabs)
        vote_box.setAccessibleName("Vote and ruling")
        vote_layout = QVBoxLayout(vote_box)
        vote_layout.setContentsMargins(0, 0, 0, 0)
        vote_layout.addWidget(_scrolling(self.vote, vote_box), 1)
        vote_layout.addWidget(self.ruling_button)
        self.tabs.addTab(self.summary, "&Summary")
        self.tabs.addTab(self.gallery, "&Evidence")
        self.tabs.addTab(self.timeline, "C&hat")
        self.tabs.addTab(vote_box, "&Vote")

        # The annotations stay in view beside every tab (jump-to switches the tab).
        self.side = AnnotationsPanel(store, runner, self)
        self.annotations = self.side

        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setAccessibleName("Case body")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.side)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([700, 320])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        self._wire()
        self.clear()

    # ---- public API ----

    @property
    def case_id(self) -> str | None:
        return self._case_id

    def show_case(self, case_id: str) -> None:
        """Shows ``case_id`` (loaded in the background) and marks it viewed."""
        if case_id != self._case_id:
            self.tabs.setCurrentIndex(SUMMARY_TAB)
        self._case_id = case_id
        self.body.setVisible(True)
        self._load(mark_viewed=True)  # first in the pool's queue: the header is what the member reads first
        self._for_each_part("set_case", case_id)

    def clear(self) -> None:
        """Shows no case."""
        self._case_id = None
        self._generation += 1
        self.header.set_row(None)
        self.summary.set_detail(None)
        self._for_each_part("set_case", None)
        self.body.setVisible(False)

    def reload(self) -> None:
        """Reloads the shown case (its data changed, e.g. after a sync)."""
        if self._case_id is None:
            return
        self.gallery.reload()
        for part in (self.timeline, self.annotations, self.vote, self.ruling_button):
            if hasattr(part, "reload"):
                part.reload()
            elif hasattr(part, "set_case"):
                part.set_case(self._case_id)
        self._load(mark_viewed=False)

    # ---- loading ----

    def _load(self, *, mark_viewed: bool) -> None:
        self._generation += 1
        generation, case_id, store = self._generation, self._case_id, self._store
        assert case_id is not None

        def work() -> CaseDetail:
            if mark_viewed:
                store.mark_case_viewed(case_id)
            return store.case_detail(case_id)

        def done(detail: CaseDetail) -> None:
            if generation == self._generation:
                self.header.set_row(detail.row, read_only_reason=read_only_reason(detail.row))
                self.summary.set_detail(detail)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.header.set_row(None)
                self.summary.show_error(f"This case cannot be shown: {exc}")

        self._runner.run(work, guarded(self, done), guarded(self, failed))

    def _for_each_part(self, method: str, *args: Any) -> None:
        for part in (self.gallery, self.timeline, self.annotations, self.vote, self.ruling_button):
            function = getattr(part, method, None)
            if function is not None:
                function(*args)

    # ---- wiring ----

    def _wire(self) -> None:
        self.gallery.messages_requested.connect(self._show_messages)
        self.gallery.changed.connect(self._on_changed)
        for part in (self.timeline, self.annotations, self.vote):
            changed = getattr(part, "changed", None)
            if changed is not None:
                changed.connect(self._on_changed)
        evidence_requested = getattr(self.timeline, "evidence_requested", None)
        if evidence_requested is not None:
            evidence_requested.connect(self._show_evidence)
        jump_requested = getattr(self.annotations, "jump_requested", None)
        if jump_requested is not None:
            jump_requested.connect(self.jump_to)

    @Slot()
    def _on_changed(self) -> None:
        if self._case_id is None:
            return
        reload_annotations = getattr(self.annotations, "reload", None)
        if reload_annotations is not None and self.sender() is not self.annotations:
            reload_annotations()
        if self.sender() is not self.gallery:
            self.gallery.reload_annotations()
        self.case_changed.emit(self._case_id)

    @Slot(str)
    def _show_evidence(self, evidence_id: str, region: dict[str, Any] | None = None) -> None:
        self.tabs.setCurrentIndex(EVIDENCE_TAB)
        self.gallery.show_evidence(evidence_id, region)

    @Slot(list)
    def _show_messages(self, message_ids: list[str]) -> None:
        self.tabs.setCurrentIndex(CHAT_TAB)
        if len(message_ids) == 1 and hasattr(self.timeline, "show_message"):
            self.timeline.show_message(message_ids[0])
        elif hasattr(self.timeline, "show_messages"):
            self.timeline.show_messages(message_ids)

    @Slot(dict)
    def jump_to(self, target: dict[str, Any]) -> None:
        """Shows an annotation's target: evidence (with its region), a message, or the summary."""
        kind, item_id = target.get("type"), target.get("id")
        region = target.get("region") if isinstance(target.get("region"), dict) else None
        if kind == "evidence" and isinstance(item_id, str):
            self._show_evidence(item_id, region)
        elif kind == "message" and isinstance(item_id, str):
            self._show_messages([item_id])
        else:
            self.tabs.setCurrentIndex(SUMMARY_TAB)
