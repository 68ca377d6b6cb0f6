"""Hostile text on every surface where Qt could read markup is shown literally (issue #13).

A tooltip, "What's This?" text or message box in Qt's default mode renders HTML when the text
looks like it (``Qt::mightBeRichText``): an ``<img src="file:///dev/zero">`` there aborts the desk.
Each check below asserts what Qt is handed: plain text, or escaped markup whose document reads
back as exactly the literal text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QStandardItem, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.desk import DeskModel
from arbitration_desk.gui.common.plaintext import (
    TOOLTIP_CHARS,
    literal,
    message_box,
    plain_title,
    plain_tooltip,
    set_status_tip,
    set_tooltip,
    set_whats_this,
    set_window_title,
)
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.canvas import EvidenceCanvas, RegionMark
from arbitration_desk.gui.evidence.gallery import EvidenceGallery
from arbitration_desk.gui.timeline.search_hits import SearchHitsModel
from arbitration_desk.store.records import SearchHit
from arbitration_desk.store.store import Store
from helpers.case_parts import show_in_context
from helpers.case_world import png_bytes, store_case_with_evidence
from helpers.stores import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ZERO = '<img src="file:///dev/zero">'
BANNER = '<img src="file:///tmp/x.png"><h1>VERIFIED BY PLATFORM</h1>'
HOSTILE = [
    ZERO,
    BANNER,
    "<b>bold</b> <a href='https://evil.example'>click</a>",
    "invoice\u202efdp.exe",
    "nul\x00esc\x1b[31mred\rcr\x7fdel\x9bcsi\u2028ls",
    "<h1>" + "x" * 1_000_000 + "</h1>",
]
IDS = ["img-dev-zero", "fake-banner", "link", "bidi", "controls", "one-megabyte"]


def shown_by_tooltip(markup: str) -> str:
    """What a tooltip shows: rich text is read by QTextDocument, plain text as it is."""
    if not QtGui.Qt.mightBeRichText(markup):
        return markup
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def assert_literal_tooltip(markup: str, original: str) -> None:
    assert "<img" not in markup and "<h1" not in markup and "<a " not in markup
    shown = shown_by_tooltip(markup)
    assert shown == literal(original, TOOLTIP_CHARS)
    # The characters a reader sees: the markup itself, no control character left to act.
    assert "\x00" not in shown and "\x1b" not in shown and "\u202e" not in shown
    if original.startswith("<"):
        assert shown.startswith(original[:20])


@pytest.mark.parametrize("text", HOSTILE, ids=IDS)
def test_helpers_hand_qt_only_literal_text(qtbot: QtBot, text: str) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    set_tooltip(widget, text)
    assert_literal_tooltip(widget.toolTip(), text)
    set_whats_this(widget, text)
    assert_literal_tooltip(widget.whatsThis(), text)
    set_status_tip(widget, text)
    assert "\n" not in widget.statusTip() and "\x00" not in widget.statusTip()
    assert len(widget.statusTip()) <= 201
    set_window_title(widget, "[*] " + text)
    title = widget.windowTitle()
    assert title.isprintable() and len(title) < 300
    assert title.startswith("[*][*] ")  # Qt's "modified" placeholder, shown as characters

    item = QStandardItem("quote")
    set_tooltip(item, text)
    assert_literal_tooltip(item.toolTip(), text)


@pytest.mark.parametrize("text", HOSTILE, ids=IDS)
def test_message_boxes_show_plain_text(qtbot: QtBot, text: str) -> None:
    box = message_box(None, QMessageBox.Icon.Critical, text, text, informative=text)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == literal(text, 4000)
    assert box.windowTitle() == plain_title(text)
    labels = [label for label in box.findChildren(QLabel) if label.text()]
    assert len(labels) >= 2  # the text and the informative text
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert not any(label.openExternalLinks() for label in labels)


def test_untrusted_escapes_controls_but_keeps_lines_and_tabs() -> None:
    assert fmt.untrusted("a\x00b\tc\nd\u202e") == "a\\x00b\tc\nd⟦RLO⟧"
    assert fmt.untrusted(ZERO) == ZERO  # markup stays characters: PlainText surfaces only
    assert plain_tooltip("") == ""


@pytest.fixture
def hostile_store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        store_case_with_evidence(
            opened,
            "cs_1",
            [({"title": text, "filename": ZERO + ".pdf"}, png_bytes(40, 30)) for text in HOSTILE],
        )
        yield opened


def test_evidence_gallery_tooltips_are_literal(qtbot: QtBot, hostile_store: Store, runner: Runner) -> None:
    gallery = EvidenceGallery(DeskModel(hostile_store, runner))
    qtbot.addWidget(gallery)
    show_in_context(gallery, gallery.desk, "cs_1")
    qtbot.waitUntil(lambda: gallery.model.rowCount() == len(HOSTILE))
    titles = set()
    for row in range(gallery.model.rowCount()):
        index = gallery.model.index(row, 0)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        shown = shown_by_tooltip(tip)
        assert "<img" not in tip
        assert f"File name (as submitted): {ZERO}.pdf" in shown
        titles.add(shown.split("\n", 1)[0])
        description = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert not QtGui.Qt.mightBeRichText(description.split("\n", 1)[1])  # accessibility gets plain text
    assert ZERO in titles and BANNER in titles and "invoice⟦RLO⟧fdp.exe" in titles


def test_search_hit_tooltips_are_literal(qtbot: QtBot) -> None:
    del qtbot
    model = SearchHitsModel()
    hits = [SearchHit("message", "cs_1", text[:80], "m1", "text", ((text, True), (ZERO, False))) for text in HOSTILE]
    model.set_hits(hits)
    for row, text in enumerate(HOSTILE):
        tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        shown = shown_by_tooltip(tip)
        assert "<img" not in tip
        assert shown == literal(model.index(row, 0).data(), TOOLTIP_CHARS)
        assert literal(text, 200)[:60] in shown


def test_region_annotation_tooltips_are_literal(qtbot: QtBot) -> None:
    canvas = EvidenceCanvas()
    qtbot.addWidget(canvas)
    image = QImage(100, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    canvas.set_image(image)
    region = {"x": 0.1, "y": 0.1, "width": 0.5, "height": 0.5}
    canvas.set_regions([RegionMark(region, text) for text in HOSTILE])
    items = [item for item in canvas.scene().items() if item.toolTip()]
    assert len(items) == len(HOSTILE)
    tips = sorted(shown_by_tooltip(item.toolTip()) for item in items)
    assert sorted(literal(literal(text, 500), TOOLTIP_CHARS) for text in HOSTILE) == tips
    assert all("<img" not in item.toolTip() for item in items)
