"""PdfPages: pages rendered by the decoder process on demand, only those in view, few kept."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decoder import Decoder
from arbitration_desk.gui.evidence.pdf_pages import KEEP_BYTES, KEEP_RENDERED, MAX_ZOOM, PdfPages, PdfSource
from helpers.pdfs import make_pdf

PAGES = 40
CONTENT = make_pdf(pages=PAGES, title="Long statement")


@pytest.fixture
def pages(qtbot: QtBot, runner: Runner, decoder: Decoder) -> Iterator[PdfPages]:
    widget = PdfPages(runner)
    widget.resize(600, 500)
    widget.show()
    widget.set_document(PdfSource(decoder, decoder.open_pdf(io.BytesIO(CONTENT)), lambda: io.BytesIO(CONTENT)))
    yield widget
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    widget.close()
    widget.deleteLater()


def _settled(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def _rendered(pages: PdfPages) -> list[int]:
    return [page for page in range(pages.page_count()) if pages.rendered(page) is not None]


def test_only_the_pages_in_view_are_rendered(qtbot: QtBot, pages: PdfPages, runner: Runner) -> None:
    _settled(qtbot, runner)
    assert pages.page_count() == PAGES and pages.current_page() == 0
    assert _rendered(pages) == [0, 1]  # the page in view and the next one, nothing else
    with qtbot.waitSignal(pages.page_changed) as changed:
        qtbot.keyClick(pages, Qt.Key.Key_End)
    assert changed.args == [PAGES - 1, PAGES]
    _settled(qtbot, runner)
    rendered = _rendered(pages)
    assert PAGES - 1 in rendered and 20 not in rendered  # jumped over: never rendered
    visible = len(pages.pages_in(pages.visible_area()))
    assert len(rendered) <= visible + KEEP_RENDERED


def test_zooming_out_renders_every_page_in_view_and_keeps_memory_bounded(
    qtbot: QtBot, pages: PdfPages, runner: Runner
) -> None:
    for _ in range(12):
        pages.zoom_out()
    _settled(qtbot, runner)
    visible = list(pages.pages_in(pages.visible_area()))
    assert len(visible) >= 4  # at 10 % a page is about 110 pixels tall
    assert all(pages.rendered(page) is not None for page in visible)
    for page in visible:
        size = pages.rendered(page).size()  # type: ignore[union-attr]
        assert size == pages.metrics().device(pages.source.info.sizes[page], pages.zoom_factor)  # type: ignore[union-attr]
    for _ in range(30):
        pages.zoom_in()
    assert pages.zoom_factor == pytest.approx(MAX_ZOOM)
    pages.zoom_by(3 / MAX_ZOOM)  # 300 %: a page is 8 megapixels
    for page in range(10):  # read on: each page comes into view, the first ones go out of it
        pages.go_to_page(page)
        _settled(qtbot, runner)
        assert pages.rendered(page) is not None
    visible = set(pages.pages_in(pages.visible_area()))
    hidden = [page for page in _rendered(pages) if page not in visible]
    assert 0 < len(hidden) <= KEEP_RENDERED
    assert sum(pages.rendered(page).sizeInBytes() for page in hidden) <= KEEP_BYTES  # type: ignore[union-attr]
    assert pages.rendered(0) is None  # the least recent went first
