"""The reflowing layouts: a flow that wraps its items, a grid of cards that wraps its columns."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFrame, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.flow import CardGrid, FlowLayout


def _inside(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    assert parent is not None
    return parent.rect().contains(widget.geometry())


def test_flow_wraps_items_to_new_lines_and_asks_for_their_height(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=4)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for index in range(6):
        button = QToolButton(host)
        button.setText(f"Tool number {index}")
        layout.addWidget(button)
        buttons.append(button)
    one_line = layout.sizeHint().width()
    host.resize(one_line, layout.heightForWidth(one_line))
    host.show()
    assert len({b.y() for b in buttons}) == 1 and all(_inside(b) for b in buttons)
    narrow = one_line // 3 + 10
    assert layout.heightForWidth(narrow) > layout.heightForWidth(one_line)
    host.resize(narrow, layout.heightForWidth(narrow))
    layout.activate()
    lines = {b.y() for b in buttons}
    assert len(lines) >= 3
    assert all(_inside(b) and b.width() >= b.sizeHint().width() for b in buttons)  # wrapped, never squeezed
    buttons[0].hide()  # a hidden item takes no room
    layout.setGeometry(QRect(0, 0, narrow, layout.heightForWidth(narrow)))
    assert buttons[1].x() == 0 and buttons[1].y() == 0


def test_card_grid_puts_as_many_cards_side_by_side_as_fit_and_wraps_the_rest(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    grid = CardGrid(host, min_width=200, min_height=120, spacing=8)
    grid.setContentsMargins(0, 0, 0, 0)
    cards = []
    for _ in range(3):
        card = QFrame(host)
        card.setMinimumWidth(200)
        grid.addWidget(card)
        cards.append(card)
    assert grid.minimumSize().width() == 200
    assert [grid.columns_for(width) for width in (199, 408, 615, 616, 2000)] == [1, 2, 2, 3, 3]
    host.resize(700, grid.heightForWidth(700))
    host.show()
    grid.activate()
    assert len({c.y() for c in cards}) == 1 and all(c.width() >= 200 and _inside(c) for c in cards)
    assert cards[2].geometry().right() <= 700
    host.resize(520, grid.heightForWidth(520))
    grid.activate()
    assert cards[0].y() == cards[1].y() < cards[2].y()  # the third card moved to a second row
    assert cards[2].x() == 0 and all(c.width() >= 200 and _inside(c) for c in cards)
    assert not cards[0].geometry().intersects(cards[1].geometry())
    assert grid.heightForWidth(520) >= 2 * 120 + 8
