"""Everything about one case: header, tabs Summary | Evidence | Chat | Vote, and the annotations beside them.

The Vote tab holds the vote panel and, for the chair, the ruling button. The view composes and wires
the pieces; its :class:`CaseContext` reads the case once per switch and hands it to each of them
(the chat reads its own pages of messages), and their writes go through the :class:`DeskModel`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from arbitration_desk.domain.enums import CaseStatus, is_known
from arbitration_desk.gui.annotations.panel import AnnotationsPanel
from arbitration_desk.gui.case_view.appeal_panel import AppealPanel
from arbitration_desk.gui.case_view.context import CaseContext, CaseState
from arbitration_desk.gui.case_view.header import CaseHeader
from arbitration_desk.gui.case_view.ruling_panel import RulingPanel
from arbitration_desk.gui.case_view.summary import SummaryView
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import translate
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
        return translate("CaseView", "Reassigned to another member: read-only")
    if not is_known(CaseStatus, row.status):
        return translate("CaseView", "Unknown status: read-only")
    if not row.can_annotate:
        return translate("CaseView", "Closed case: read-only")
    return ""


def _scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a scroll area, so a tall or wide panel never forces the window's size."""
    area = QScrollArea(parent)
    panel = widget.accessibleName() or translate("CaseView", "Panel", "a part of the window")
    area.setAccessibleName(translate("CaseView", "{panel} scroll area").format(panel=panel))
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the panel's controls, and the area scrolls to them
    area.setWidget(widget)
    return area


class CaseView(QWidget):
    """The case the member is reviewing.

    Args:
        store: the local store.
        runner: runs store reads and decoding off the GUI thread.
        parent: the parent widget.
        desk: the member's desk, shared with the window's other views (default: one of its own).

    Signals:
        case_changed(str): the member's change to the shown case (annotation, note, vote, ruling)
            is stored.
        ruling_requested(str): the chair asked to record the ruling of this case.
    """

    case_changed = Signal(str)
    ruling_requested = Signal(str)

    def __init__(
        self, store: Store, runner: Runner, parent: QWidget | None = None, *, desk: DeskModel | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("CaseView", "Case"))
        self.desk = desk or DeskModel(store, runner, self)
        self.context = CaseContext(self.desk, self)
        self._shown: CaseDetail | None = None  # the detail the header and the summary show

        self.header = CaseHeader(self)
        self.appeal_panel = AppealPanel(self.desk, self)  # an appeal case's appeal, above every tab
        self.ruling_panel = RulingPanel(self.desk, self)  # a decided case's ruling, above every tab
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("CaseView", "Case sections"))
        self.tabs.setDocumentMode(True)
        self.summary = SummaryView(self.tabs)
        self.gallery = EvidenceGallery(self.desk, self.tabs)
        self.timeline = TimelineView(store, runner, self.tabs, desk=self.desk)
        self.vote = VotePanel(self.desk, self.tabs)
        self.ruling_button = RulingButton(self)
        self.ruling_button.requested.connect(self.ruling_requested)
        vote_box = QWidget(self.tabs)
        vote_box.setAccessibleName(translate("CaseView", "Vote and ruling"))
        vote_layout = QVBoxLayout(vote_box)
        vote_layout.setContentsMargins(0, 0, 0, 0)
        vote_layout.addWidget(_scrolling(self.vote, vote_box), 1)
        vote_layout.addWidget(self.ruling_button)
        # Alt+M, D, C, T: the menu bar has Alt+F, E, V, S, R and H (the same key twice would be ambiguous).
        self.tabs.addTab(self.summary, translate("CaseView", "Su&mmary"))
        self.tabs.addTab(self.gallery, translate("CaseView", "Evi&dence"))
        self.tabs.addTab(self.timeline, translate("CaseView", "&Chat"))
        self.tabs.addTab(vote_box, translate("CaseView", "Vo&te"))

        # The annotations stay in view beside every tab (jump-to switches the tab).
        self.side = AnnotationsPanel(self.desk, self)
        self.annotations = self.side

        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setAccessibleName(translate("CaseView", "Case body"))
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
        layout.addWidget(self.appeal_panel)
        layout.addWidget(self.ruling_panel)
        layout.addWidget(self.body, 1)
        # The header and summary first: they are what the member reads first.
        self.context.attach(
            self,
            self.appeal_panel,
            self.ruling_panel,
            self.gallery,
            self.timeline,
            self.annotations,
            self.vote,
            self.ruling_button,
        )
        self._wire()
        self.clear()

    # ---- public API ----

    @property
    def case_id(self) -> str | None:
        return self.context.case_id

    def show_case(self, case_id: str) -> None:
        """Shows ``case_id`` (read in the background) and marks it viewed."""
        if case_id != self.case_id:
            self.tabs.setCurrentIndex(SUMMARY_TAB)
        self.body.setVisible(True)
        self.context.show_case(case_id, mark_viewed=True)

    def focus_sections(self) -> None:
        """The keyboard focus on the case's tabs (then Tab goes into the tab shown)."""
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Shows no case."""
        self.context.show_case(None)
        self.body.setVisible(False)

    def reload(self) -> None:
        """Reads the shown case again (its data changed outside the desk's signals)."""
        self.context.reload()

    def set_context(self, state: CaseState) -> None:
        """The header's and the summary's part of the case context (they show the case's detail
        as soon as it is read, ahead of the rest)."""
        detail, shown = state.detail, self._shown
        if detail is not None and detail is not shown:
            self.header.set_row(detail.row, read_only_reason=read_only_reason(detail.row))
            if shown is None or detail.case != shown.case:  # rebuilt, it would scroll back to the top
                self.summary.set_detail(detail)
        elif state.error:
            self.header.set_row(None)
            self.summary.show_error(
                translate("CaseView", "This case cannot be shown: {error}").format(error=state.error)
            )
        elif state.case_id is None:
            self.header.set_row(None)
            self.summary.set_detail(None)
        self._shown = detail

    # ---- wiring ----

    def _wire(self) -> None:
        self.gallery.messages_requested.connect(self._show_messages)
        self.timeline.evidence_requested.connect(self._show_evidence)
        self.annotations.jump_requested.connect(self.jump_to)
        self.desk.case_changed.connect(self._desk_changed)

    @Slot(str)
    def _desk_changed(self, case_id: str) -> None:
        if case_id and case_id == self.case_id:
            self.case_changed.emit(case_id)

    @Slot(str)
    def _show_evidence(self, evidence_id: str, region: dict[str, Any] | None = None) -> None:
        self.tabs.setCurrentIndex(EVIDENCE_TAB)
        self.gallery.show_evidence(evidence_id, region)

    @Slot(list)
    def _show_messages(self, message_ids: list[str]) -> None:
        self.tabs.setCurrentIndex(CHAT_TAB)
        if len(message_ids) == 1:
            self.timeline.show_message(message_ids[0])
        else:
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
