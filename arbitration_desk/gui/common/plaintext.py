"""The one way to show untrusted text in Qt: always literal, never markup, controls made visible.

Platform data (chat lines, names, evidence titles, annotation bodies, file names, certificate
names) is untrusted. Qt guesses rich text (``Qt::mightBeRichText``) on every surface left in its
default mode: a QLabel in auto mode, every tooltip, "What's This?" text and a QMessageBox render
HTML, and an ``<img src="file:///dev/zero">`` there loads a local file (or aborts the process).
Unicode bidi controls reorder what a reader sees; NUL and escape characters hide text. So every
surface that shows untrusted text goes through this module:

- labels: :func:`plain_label`, :func:`make_plain`, :func:`set_plain_text` (``PlainText`` format);
- tooltips and "What's This?" (widgets, actions, graphics items, ``Qt.ToolTipRole`` data):
  :func:`plain_tooltip`, :func:`set_tooltip`, :func:`set_whats_this`;
- status tips: :func:`set_status_tip`;
- window titles: :func:`plain_title`, :func:`set_window_title`;
- message boxes: :func:`message_box` (``PlainText`` format for the text and the informative text);
- text a delegate paints or a model shows: :func:`literal` (``drawText`` never reads markup).

Constant text of our own may be passed to Qt directly.
"""

from __future__ import annotations

import html
import re
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from arbitration_desk.domain.text import escape_controls

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


def visible_controls(text: str) -> str:
    """``text`` with each bidi control or zero-width character replaced by a visible mark.

    Args:
        text: untrusted text.

    Returns:
        The text with e.g. U+202E shown as ``⟦RLO⟧``; everything else unchanged.
    """
    return text.translate(_TABLE)


#: Longest text a tooltip shows (a store error can quote a whole SQL statement; 1 MB would freeze it).
TOOLTIP_CHARS = 4000
#: Longest window title (the window manager cuts it anyway).
TITLE_CHARS = 200
#: Longest message box text.
MESSAGE_CHARS = 4000


def literal(text: object, limit: int | None = None) -> str:
    """Untrusted ``text`` as a plain-text surface should show it.

    Bidi and zero-width characters become visible marks (:func:`visible_controls`); other control
    characters (NUL, ESC, CR, DEL, C1, line separators) become visible escapes such as ``\\x00``;
    line breaks and tabs stay. Markup is left as it is: the surface must not interpret it.

    Args:
        text: untrusted text (None gives ""; anything else is converted with ``str``).
        limit: the most characters kept before "…" (None: no limit).
    """
    value = "" if text is None else str(text)
    if limit is not None and len(value) > limit:
        value = value[:limit] + "…"
    shown = visible_controls(value)
    if shown.isprintable():
        return shown  # the common case
    return "\t".join(escape_controls(part, keep_newlines=True) for part in shown.split("\t"))


def plain_tooltip(text: object) -> str:
    """Untrusted ``text`` as tooltip (or "What's This?") markup that Qt shows literally; "" gives no tooltip.

    Qt always guesses whether a tooltip is rich text, so plain text cannot be forced: the text is
    HTML-escaped and wrapped in a paragraph that keeps its line breaks. ``QTextDocument`` reads it
    back as exactly :func:`literal` of the text.
    """
    shown = literal(text, TOOLTIP_CHARS)
    if not shown:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(shown)}</p>"


class _HasToolTip(Protocol):
    def setToolTip(self, text: str, /) -> None: ...


class _HasStatusTip(Protocol):
    def setStatusTip(self, text: str, /) -> None: ...


class _HasWhatsThis(Protocol):
    def setWhatsThis(self, text: str, /) -> None: ...


def set_tooltip(target: _HasToolTip, text: object) -> None:
    """Sets untrusted ``text`` as the tooltip of a widget, action, graphics item or standard item."""
    target.setToolTip(plain_tooltip(text))


def set_whats_this(target: _HasWhatsThis, text: object) -> None:
    """Sets untrusted ``text`` as "What's This?" help (rendered like a tooltip)."""
    target.setWhatsThis(plain_tooltip(text))


def set_status_tip(target: _HasStatusTip, text: object) -> None:
    """Sets untrusted ``text`` as a status tip: one line, controls visible (the status bar paints it plainly)."""
    target.setStatusTip(literal(text, TITLE_CHARS).replace("\n", " "))


def plain_title(text: object) -> str:
    """Untrusted ``text`` as a window title: one line, controls escaped, length bounded.

    Qt reads ``[*]`` in a title as the "modified" placeholder and hides it; ``[*][*]`` shows it.
    """
    shown = escape_controls(visible_controls(literal(text, TITLE_CHARS)))
    return shown.replace("[*]", "[*][*]")


def set_window_title(window: QWidget, text: object) -> None:
    """Sets a window title holding untrusted ``text`` (see :func:`plain_title`)."""
    window.setWindowTitle(plain_title(text))


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: object,
    text: object,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    *,
    informative: object = "",
    default: QMessageBox.StandardButton | None = None,
) -> QMessageBox:
    """A message box whose title and texts, untrusted or not, are shown literally.

    The static ``QMessageBox.warning()`` family uses ``AutoText``: an error quoting a platform
    message or a path would be rendered as HTML. Show the box with ``exec()`` or ``open()``.
    """
    box = QMessageBox(icon, plain_title(title), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(literal(text, MESSAGE_CHARS))
    if informative:
        box.setInformativeText(literal(informative, MESSAGE_CHARS))
    if default is not None:
        box.setDefaultButton(default)
    for label in box.findChildren(QLabel):
        # The informative label is made apart from the main one; its format is not always inherited.
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)
    return box


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
    """Sets untrusted ``text`` on a label in plain-text format, making bidi controls visible."""
    label.setTextFormat(Qt.TextFormat.PlainText)
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
