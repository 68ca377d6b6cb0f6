"""The gallery of an appeal case: evidence added on appeal is marked, "New on appeal only" shows just it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.delegate import EvidenceDelegate
from arbitration_desk.gui.evidence.gallery import EvidenceGallery
from arbitration_desk.gui.evidence.model import EvidenceRole
from arbitration_desk.store import testing
from arbitration_desk.store.store import Store
from helpers.case_parts import context_of, show_in_context
from helpers.case_world import png_bytes, store_case_with_evidence
from helpers.stores import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FILED_AT = testing.ts(-50)
#: Title, submitted at (minutes after testing.BASE_TIME), whether new on appeal (submitted after FILED_AT).
ITEMS = [
    ("Photo of the parcel", -100, False),
    ("Courier's delivery photo, filed on appeal", -10, True),
    ("Receipt, submitted as the appeal was filed", -50, False),  # not after the filing: first instance
    ("Tracking history with a much longer title than the list has room for", -5, True),
]
NEW = [title for title, _, new in ITEMS if new]


def _files() -> list[tuple[dict[str, str], bytes | None]]:
    colours = [(200, 60, 60), (60, 140, 80), (40, 90, 200), (220, 170, 40)]
    return [
        ({"title": title, "submitted_at": testing.ts(minutes)}, png_bytes(120, 90, colours[n]) if n != 2 else None)
        for n, (title, minutes, _new) in enumerate(ITEMS)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        appeal = testing.appeal_of("ARB-2026-000099", filed_at=FILED_AT)
        store_case_with_evidence(opened, "cs_appeal", _files(), appeal=appeal)
        store_case_with_evidence(opened, "cs_first", _files())  # the same items at first instance
        yield opened


@pytest.fixture
def gallery(qtbot: QtBot, store: Store, runner: Runner) -> Iterator[EvidenceGallery]:
    widget = EvidenceGallery(DeskModel(store, runner))
    widget.resize(1000, 640)
    widget.show()
    show_in_context(widget, widget.desk, "cs_appeal")
    qtbot.waitUntil(lambda: widget.model.rowCount() == len(ITEMS) and widget.new_only.isVisible())
    yield widget
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    widget.close()
    widget.deleteLater()


def _titles(gallery: EvidenceGallery) -> list[str]:
    return [gallery.model.index(r, 0).data() for r in range(gallery.model.rowCount())]


def _marked(gallery: EvidenceGallery) -> list[str]:
    model = gallery.model
    return [
        model.index(r, 0).data() for r in range(model.rowCount()) if model.index(r, 0).data(EvidenceRole.NEW_ON_APPEAL)
    ]


def _option(gallery: EvidenceGallery, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    gallery.list.initViewItemOption(option)
    option.rect = gallery.list.visualRect(gallery.model.index(row, 0))
    return option


def test_items_added_on_appeal_are_marked_with_a_tooltip(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    model, delegate = gallery.model, gallery.list.itemDelegate()
    assert isinstance(delegate, EvidenceDelegate)
    assert _marked(gallery) == NEW
    filed = parse_timestamp(FILED_AT).astimezone().strftime("%d %b %Y, %H:%M")
    tip = f"Added on appeal, after the appeal was filed on {filed}"
    new_row = _titles(gallery).index(NEW[0])
    index = model.index(new_row, 0)
    assert index.data(EvidenceRole.NEW_ON_APPEAL) == tip
    assert tip in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)  # the item's tooltip says it too
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", new on appeal")

    # The chip is drawn whole, below the state chip and inside the row, and has its own tooltip.
    option = _option(gallery, new_row)
    chip = delegate.new_on_appeal_rect(option, index)
    assert chip is not None and option.rect.contains(chip)
    assert chip.width() >= option.fontMetrics.horizontalAdvance("New on appeal") + 10
    assert delegate.new_on_appeal_rect(_option(gallery, 0), model.index(0, 0)) is None
    viewport = gallery.list.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, chip.center(), viewport.mapToGlobal(chip.center()))
    assert delegate.helpEvent(event, gallery.list, option, index)
    assert QToolTip.text() == f"<p style='white-space:pre-wrap'>{tip}</p>"
    QToolTip.hideText()
    gallery.list.scrollToTop()
    qtbot.waitUntil(
        lambda: all(model.index(r, 0).data(EvidenceRole.THUMBNAIL_NOTE) in ("", "No preview") for r in range(4))
    )
    gallery.grab().save("/tmp/evidence_gallery_appeal.png")


def test_new_on_appeal_only(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    assert gallery.count_label.text() == "4 items"
    assert gallery.new_only.text() == "New on appeal only" and not gallery.new_only.isChecked()
    gallery.new_only.setChecked(True)
    assert _titles(gallery) == NEW and _marked(gallery) == NEW
    assert gallery.count_label.text() == "2 of 4 items"
    assert gallery.current_row() is not None and gallery.current_row().title == NEW[0]
    assert gallery.viewer.toolbar.position.text() == "1 of 2"
    gallery.grab().save("/tmp/evidence_gallery_appeal_filtered.png")

    gallery.show_evidence("ev_0")  # e.g. a chat attachment from before the appeal: the whole list again
    assert not gallery.new_only.isChecked()
    assert gallery.model.rowCount() == len(ITEMS) and gallery.current_row().evidence_id == "ev_0"


def test_nothing_is_marked_at_first_instance(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    delegate = gallery.list.itemDelegate()
    option = _option(gallery, 0)
    appeal_height = delegate.sizeHint(option, gallery.model.index(0, 0)).height()
    gallery.new_only.setChecked(True)
    context_of(gallery).show_case("cs_first")
    qtbot.waitUntil(lambda: gallery.case_id == "cs_first" and gallery.model.rowCount() == len(ITEMS))
    assert not gallery.new_only.isVisible() and not gallery.new_only.isChecked()
    assert _marked(gallery) == [] and gallery.count_label.text() == "4 items"
    assert gallery.model.appeal is None
    # Rows as they always were (thumbnail and padding); an appeal case's have a line more for the mark.
    assert delegate.sizeHint(option, gallery.model.index(0, 0)).height() == 72 + 2 * 6 < appeal_height
    assert all(
        "Added on appeal" not in gallery.model.index(r, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
        for r in range(4)
    )


def test_chip_is_never_wider_than_a_narrow_list(qtbot: QtBot, gallery: EvidenceGallery) -> None:
    gallery.splitter.setSizes([200, 800])
    qtbot.waitUntil(lambda: gallery.side.width() <= 210)
    row = _titles(gallery).index(NEW[1])
    option = _option(gallery, row)
    chip = gallery.list.itemDelegate().new_on_appeal_rect(option, gallery.model.index(row, 0))
    assert chip is not None and chip.right() <= option.rect.right()
    assert chip.left() > option.rect.left() + 6 + 72  # beside the thumbnail, not over it
    gallery.side.grab().save("/tmp/evidence_gallery_appeal_narrow.png")
