"""One part of the case view (annotations, vote, evidence, chat) shown alone, as the case view shows it.

A part reads nothing itself: a :class:`CaseContext` over a :class:`DeskModel` reads the case and
hands it over. These helpers make that context for a part under test.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QWidget

from arbitration_desk.gui.case_view.context import CaseContext, CasePart
from arbitration_desk.gui.common.desk import DeskModel


def show_in_context(part: QWidget, desk: DeskModel, case_id: str) -> CaseContext:
    """Attaches ``part`` to a new context (owned by the part) over ``desk``, showing ``case_id``."""
    context = CaseContext(desk, part)
    context.attach(cast(CasePart, part))  # a part widget: it has set_context
    context.show_case(case_id)
    return context


def context_of(part: QWidget) -> CaseContext:
    """The context :func:`show_in_context` made for ``part``."""
    context = part.findChild(CaseContext)
    assert context is not None
    return context
