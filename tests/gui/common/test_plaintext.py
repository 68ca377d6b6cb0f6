"""The shared helpers for untrusted text: plain text only, bidi controls visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.plaintext import original_passage, plain_label, visible_controls

HOSTILE = '<b>x</b> <img src="file:///etc/passwd"> <a href="https://evil.example">click</a>'


def test_bidi_and_zero_width_characters_become_visible_marks() -> None:
    assert visible_controls("abc\u202eexe.txt") == "abc⟦RLO⟧exe.txt"
    assert visible_controls("\u2066a\u2069\u200b\u200e\u061c") == "⟦LRI⟧a⟦PDI⟧⟦ZWSP⟧⟦LRM⟧⟦ALM⟧"
    assert visible_controls("plain עברית 中文") == "plain עברית 中文"


def test_plain_label_shows_markup_as_characters(qtbot: QtBot) -> None:
    label = plain_label(HOSTILE + "\u202e")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert not label.openExternalLinks()
    assert label.text() == HOSTILE + "⟦RLO⟧"
    assert label.wordWrap()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse


def test_a_passage_selected_in_the_shown_text_maps_back_to_the_original() -> None:
    original = "pay to \u202eevil\u202c now"
    shown = visible_controls(original)
    assert original_passage(shown[4:], original) == original[4:]
    assert original_passage("pay to", original) == "pay to"
    assert original_passage("not there", original) is None
