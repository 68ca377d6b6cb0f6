"""The case the member is looking at: read once per switch, handed to every part of the case view.

The context reads the case's :class:`~arbitration_desk.store.case_bundle.CaseBundle` in one
background job (through the :class:`DeskModel`) and gives each attached part a :class:`CaseState`:
no case, loading, loaded, or why it cannot be read. Parts never read the case themselves. When the
desk says the case changed, the context reads it again and every part gets the new state; a result
that arrives after the member switched again is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, Slot

from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.i18n import explain
from arbitration_desk.store.case_bundle import CaseBundle
from arbitration_desk.store.records import CaseDetail


@dataclass(frozen=True, slots=True)
class CaseState:
    """What a part shows.

    Attributes:
        case_id: the case (None: no case is shown).
        bundle: the case's data; None while it loads or when it cannot be read.
        error: why the case cannot be read ("" when it can).
        early_detail: while the bundle loads, the case's detail when it has been read ahead of
            the rest (for the header and the summary, what the member reads first).
    """

    case_id: str | None = None
    bundle: CaseBundle | None = None
    error: str = ""
    early_detail: CaseDetail | None = None

    @property
    def loading(self) -> bool:
        return self.case_id is not None and self.bundle is None and not self.error

    @property
    def detail(self) -> CaseDetail | None:
        """The bundle's detail, or the one read ahead of it (None: neither yet)."""
        return self.bundle.detail if self.bundle is not None else self.early_detail


class CasePart(Protocol):
    """A part of the case view: it shows what the context hands it and reads nothing itself."""

    def set_context(self, state: CaseState) -> None:
        """Shows ``state``. A new case arrives first as loading (then perhaps loading again, with
        its detail read ahead), then loaded or failed; a change of the shown case arrives as
        loaded (or failed) only."""


class CaseContext(QObject):
    """Reads the shown case once per switch and hands it to the attached parts.

    Args:
        desk: reads the case and says when it changed.
        parent: the owner (the case view); the context stops with it.
    """

    def __init__(self, desk: DeskModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.state = CaseState()
        self._parts: list[CasePart] = []
        self._generation = 0
        desk.case_changed.connect(self._case_changed)

    @property
    def case_id(self) -> str | None:
        return self.state.case_id

    def attach(self, *parts: CasePart) -> None:
        """Hands the current state, then every later one, to ``parts`` (in this order)."""
        self._parts.extend(parts)
        for part in parts:
            part.set_context(self.state)

    def show_case(self, case_id: str | None, *, mark_viewed: bool = False) -> None:
        """Shows ``case_id`` (None: no case); ``mark_viewed`` clears its unread badge as it loads."""
        self._generation += 1
        self.state = CaseState(case_id)
        if case_id is not None:
            # Queued before the parts' own jobs (the chat's first page): the header and the
            # summary are what the member reads first. Its result comes back through the event
            # loop, so always after the loading state below.
            self._read(mark_viewed=mark_viewed, early=True)
        self._publish(self.state)

    def reload(self) -> None:
        """Reads the shown case again; the parts keep showing it until the new state arrives."""
        if self.state.case_id is not None:
            self._generation += 1
            self._read(mark_viewed=False, early=False)

    # ---- internals ----

    def _read(self, *, mark_viewed: bool, early: bool) -> None:
        """One read of the case; ``early``: its detail is published as soon as it is read."""
        generation, case_id = self._generation, self.state.case_id
        assert case_id is not None

        def ahead(detail: CaseDetail) -> None:
            if generation == self._generation:
                self._publish(CaseState(case_id, early_detail=detail))

        def done(bundle: CaseBundle) -> None:
            if generation == self._generation:
                self._publish(CaseState(case_id, bundle))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._publish(CaseState(case_id, error=explain(exc)))

        self.desk.read_case(
            case_id,
            mark_viewed=mark_viewed,
            done=guarded(self, done),
            failed=guarded(self, failed),
            detail_read=guarded(self, ahead) if early else None,
        )

    def _publish(self, state: CaseState) -> None:
        self.state = state
        for part in self._parts:
            # A part is a widget that may be deleted before its owner (and so before the context).
            if not isinstance(part, QObject) or shiboken6.isValid(part):
                part.set_context(state)

    @Slot(str)
    def _case_changed(self, case_id: str) -> None:
        if self.state.case_id is not None and case_id in ("", self.state.case_id):
            self.reload()
