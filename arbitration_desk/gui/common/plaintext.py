"""Shared helpers for untrusted text: always plain text, never links, bidi controls made visible.

Platform data (chat lines, names, evidence titles, annotation bodies) is untrusted. A QLabel in
auto mode renders HTML (and loads local files named in ``<img>``); Unicode bidi controls can
reorder what a reader sees. Everything shown here goes through :func:`visible_controls` and is
displayed with ``Qt.TextFormat.PlainText``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

#: Invisible formatting characters and the visible mark that replaces each one.
CONTROL_MARKS: dict[str, str] = {
    "\u202a": "⟦LRE⟧",
    "\u202b": "⟦RLE⟧",
    "\u202c": "⟦PDF⟧",
    "\u202d": "⟦LRO⟧",
    "\u202e": "⟦RLO⟧",
    "\u2066": "⟦LRI⟧",
    "\u2067": "⟦RLI⟧",
    "\u2068": "⟦FSI⟧",
    "\u2069": "⟦PDI⟧",
    "\u200e": "⟦LRM⟧",
    "\u200f": "⟦RLM⟧",
    "\u061c": "⟦ALM⟧",
    "\u200b": "⟦ZWSP⟧",
    "\u200c": "⟦ZWNJ⟧",
    "\u200d": "⟦ZWJ⟧",
    "\u2060": "⟦WJ⟧",
    "\ufeff": "⟦BOM⟧",
}
_TABLE = str.maketrans(CONTROL_MARKS)

#: Flags for a label showing untrusted text: selectable, never following links.
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def has_controls(text: str) -> bool:
    """Whether ``text`` holds any bidi control or zero-width character."""
    return any(ch in CONTROL_MARKS for ch in text)


def visible_controls(text: str) -> str:
    """``text`` with each bidi control or zero-width character replaced by a visible mark.

    Args:
        text: untrusted text.

    Returns:
        The text with e.g. U+202E shown as ``⟦RLO⟧``; everything else unchanged.
    """
    return text.translate(_TABLE)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel for untrusted text: plain text, no links, selectable, word-wrapped.

    Args:
        text: untrusted text; bidi controls are made visible.
        parent: the label's parent.
    """
    label = QLabel(parent)
    make_plain(label)
    label.setText(visible_controls(text))
    return label


def make_plain(label: QLabel) -> None:
    """Forces an existing label (e.g. one from a Designer form) into the safe plain-text mode."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(SELECTABLE)
    label.setWordWrap(True)


def set_plain_text(label: QLabel, text: str) -> None:
    """Sets untrusted ``text`` on a plain-text label, making bidi controls visible."""
    label.setText(visible_controls(text))


def original_passage(shown: str, original: str) -> str | None:
    """Maps a passage selected in :func:`visible_controls` output back to the ``original`` text.

    Returns:
        The exact substring of ``original`` that ``shown`` displays, or None when there is none.
    """
    if shown and shown in original:
        return shown
    restored = shown
    for char, mark in CONTROL_MARKS.items():
        restored = restored.replace(mark, char)
    return restored if restored and restored in original else None


#: Flags for painting wrapped untrusted text (with :func:`wrappable`).
WRAP = Qt.TextFlag.TextWordWrap
_LONG_RUN = re.compile(r"(\S{32})(?=\S)")


def wrappable(text: str) -> str:
    """Text as shown: controls made visible, and a break opportunity inside very long runs.

    Words wrap at their boundaries (``TextWrapAnywhere`` would cut "resposta" into "resp osta");
    only a run of 32+ non-space characters (a URL, a tracking number) gets a zero-width space.
    """
    return _LONG_RUN.sub("\\1\u200b", visible_controls(text))
