"""Help → "Keyboard shortcuts": every key of the main window, read from the window itself.

The list is collected from the window's widgets each time the dialog opens: the menu bar's titles
and the shortcuts of its menus' actions, other actions and :class:`QShortcut` objects, buttons
(their shortcuts and mnemonics), the mnemonics of tab bars and of labels with a buddy. So the dialog
cannot drift from what the keys do, and :func:`ambiguous` finds a key given twice where both could
be active at once (Qt then triggers neither as the member meant).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import plain_label

#: Where a key of the whole window works (shown translated: :func:`everywhere`).
EVERYWHERE = QT_TRANSLATE_NOOP("ShortcutCollector", "Everywhere")
#: Contexts in which a shortcut works only while the focus is in its widget.
FOCUS_CONTEXTS = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
HEADERS = (
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Keys"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Action"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Where"),
)
WIDTH, HEIGHT = 620, 640
#: A mnemonic written the Chinese way, at the end of the text in parentheses: "打开(&O)", "导出(&E)…".
_BRACKETED_MNEMONIC = re.compile(r"\s*[(（]&(?!&)[^&\s][)）]")


@dataclass(frozen=True, eq=False)
class Shortcut:
    """One key of the window.

    Attributes:
        keys: the key sequence, as the platform writes it (e.g. "Ctrl+F", "Alt+H").
        action: what it does, in words.
        where: where it works: "Everywhere", a tab's name ("Chat"), or a part of the window.
        owner: the widget whose being shown makes it work (the window for its menus' actions).
        focus_only: it works only while the focus is in ``owner``.
    """

    keys: str
    action: str
    where: str
    owner: QWidget
    focus_only: bool = False


def everywhere() -> str:
    """The word "Everywhere" in the desk's language: where a key of the whole window works."""
    return translate("ShortcutCollector", EVERYWHERE)


def without_mnemonic(text: str) -> str:
    """A menu, button or tab text as read: "C&hat" → "Chat", "Sync &errors…" → "Sync errors".

    A translation's mnemonic in parentheses goes with its parentheses: "同步(&S)" → "同步".
    """
    text = _BRACKETED_MNEMONIC.sub("", text)
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&").removesuffix("…").strip()


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _mnemonic(text: str) -> str:
    return _keys(QKeySequence.mnemonic(text))


def _pages(widget: QWidget) -> dict[QStackedWidget, QWidget]:
    """Every stack ``widget`` sits in, with the page holding it (pages of one stack never show together)."""
    found: dict[QStackedWidget, QWidget] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            found[parent] = child
        child, parent = parent, parent.parentWidget()
    return found


def _contains(outer: QWidget, inner: QWidget) -> bool:
    return outer is inner or outer.isAncestorOf(inner)


class ShortcutCollector:
    """Reads the shortcuts of ``window`` (its own widgets, not the windows it opened).

    Args:
        window: the main window (or a dialog).
        places: parts of the window by name; a key of a widget inside one works "in" it (the
            innermost tab page names it first, else the innermost of these, else "Everywhere").
    """

    def __init__(self, window: QWidget, places: dict[QWidget, str] | None = None) -> None:
        self.window = window
        self.places = places or {}

    def where(self, widget: QWidget) -> str:
        w: QWidget | None = widget
        while w is not None and w is not self.window:
            parent = w.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(tabs := parent.parentWidget(), QWidget):
                bars = tabs.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
                index = parent.indexOf(w)
                if bars and 0 <= index < bars[0].count():
                    return without_mnemonic(bars[0].tabText(index))
            if w in self.places:
                return self.places[w]
            w = parent
        return everywhere()

    def _own(self, obj: QObject) -> bool:
        """Whether ``obj`` (a widget) belongs to the window itself rather than to a dialog it opened."""
        return isinstance(obj, QWidget) and obj.window() is self.window

    def collect(self) -> list[Shortcut]:
        found: list[Shortcut] = []
        found += self._menus()
        found += self._actions()
        found += self._shortcut_objects()
        found += self._buttons()
        found += self._tabs()
        found += self._buddies()
        return found

    def _menus(self) -> list[Shortcut]:
        window = self.window
        if not isinstance(window, QMainWindow) or window.menuWidget() is None:
            return []
        bar = window.menuBar()
        found = []
        anywhere = everywhere()
        for title in bar.actions():
            menu = title.menu()
            if not isinstance(menu, QMenu):
                continue
            name = without_mnemonic(title.text())
            if keys := _mnemonic(title.text()):
                opens = translate("ShortcutCollector", "Open the {menu} menu").format(menu=name)
                found.append(Shortcut(keys, opens, anywhere, bar))
            for action in menu.actions():
                text = translate("ShortcutCollector", "{action} ({menu} menu)").format(
                    action=without_mnemonic(action.text()), menu=name
                )
                for sequence in action.shortcuts():
                    found.append(Shortcut(_keys(sequence), text, anywhere, window))
        return found

    def _in_menus(self, action: QAction) -> bool:
        return any(isinstance(w, QMenu) for w in action.associatedObjects())

    def _actions(self) -> list[Shortcut]:
        """Actions added to widgets of the window (those of the menus are listed with their menus)."""
        found = []
        for action in self.window.findChildren(QAction):
            if not action.shortcuts() or self._in_menus(action):
                continue
            owners = [w for w in action.associatedObjects() if self._own(w)]
            for owner in owners[:1]:
                assert isinstance(owner, QWidget)
                focus_only = action.shortcutContext() in FOCUS_CONTEXTS
                for sequence in action.shortcuts():
                    text = without_mnemonic(action.text())
                    found.append(Shortcut(_keys(sequence), text, self.where(owner), owner, focus_only))
        return found

    def _shortcut_objects(self) -> list[Shortcut]:
        found = []
        for shortcut in self.window.findChildren(QShortcut):
            owner = shortcut.parent()
            if not isinstance(owner, QWidget) or not self._own(owner):
                continue
            focus_only, sequences = shortcut.context() in FOCUS_CONTEXTS, shortcut.keys()
            text = shortcut.whatsThis() or shortcut.objectName()
            for sequence in sequences:
                found.append(Shortcut(_keys(sequence), text, self.where(owner), owner, focus_only))
        return found

    def _buttons(self) -> list[Shortcut]:
        found = []
        for button in self.window.findChildren(QAbstractButton):
            if not self._own(button) or button.shortcut().isEmpty():
                continue
            text = button.accessibleName() or without_mnemonic(button.text())
            found.append(Shortcut(_keys(button.shortcut()), text, self.where(button), button))
        return found

    def _tabs(self) -> list[Shortcut]:
        found = []
        for bar in self.window.findChildren(QTabBar):
            if not self._own(bar):
                continue
            for index in range(bar.count()):
                if keys := _mnemonic(bar.tabText(index)):
                    action = translate("ShortcutCollector", "Show the {tab} tab").format(
                        tab=without_mnemonic(bar.tabText(index))
                    )
                    found.append(Shortcut(keys, action, self.where(bar), bar))
        return found

    def _buddies(self) -> list[Shortcut]:
        found = []
        for label in self.window.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is None or not self._own(label) or not (keys := _mnemonic(label.text())):
                continue
            action = translate("ShortcutCollector", "Go to {control}").format(
                control=buddy.accessibleName() or without_mnemonic(label.text())
            )
            found.append(Shortcut(keys, action, self.where(label), label))
        for box in self.window.findChildren(QGroupBox):
            if self._own(box) and (keys := _mnemonic(box.title())):
                action = translate("ShortcutCollector", "Go to {control}").format(control=without_mnemonic(box.title()))
                found.append(Shortcut(keys, action, self.where(box), box))
        return found


def collect_shortcuts(window: QWidget, places: dict[QWidget, str] | None = None) -> list[Shortcut]:
    """Every shortcut of ``window`` (see :class:`ShortcutCollector`)."""
    return ShortcutCollector(window, places).collect()


def _together(a: Shortcut, b: Shortcut) -> bool:
    """Whether ``a`` and ``b`` can both be active at once."""
    if a.focus_only and b.focus_only:
        return _contains(a.owner, b.owner) or _contains(b.owner, a.owner)
    pages_a, pages_b = _pages(a.owner), _pages(b.owner)
    return all(pages_a[stack] is pages_b[stack] for stack in pages_a.keys() & pages_b.keys())


def ambiguous(shortcuts: list[Shortcut]) -> list[tuple[Shortcut, Shortcut]]:
    """Pairs of shortcuts with the same keys that can be active at once (each pair once)."""
    return [(a, b) for a, b in combinations(shortcuts, 2) if a.keys == b.keys and _together(a, b)]


class ShortcutsDialog(QDialog):
    """The table of keys: keys, action, where (plain text, read from ``shortcuts``).

    Args:
        shortcuts: what :func:`collect_shortcuts` found (listed "Everywhere" first, then by place).
        parent: the window.
    """

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        hint = translate("ShortcutsDialog", "Keys of the main window; Tab and Shift+Tab move between the controls.")
        layout.addWidget(plain_label(hint, self))
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([translate("ShortcutsDialog", header) for header in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.set_shortcuts(shortcuts)
        self.resize(WIDTH, HEIGHT)

    def set_shortcuts(self, shortcuts: list[Shortcut]) -> None:
        """Shows ``shortcuts``: "Everywhere" first, then by place; the same key and action once."""
        anywhere = everywhere()
        rows = sorted(
            {(s.where, s.action, s.keys) for s in shortcuts},
            key=lambda row: (row[0] != anywhere, row[0], row[1].casefold(), row[2]),
        )
        self.table.setRowCount(len(rows))
        for number, (where, action, keys) in enumerate(rows):
            for column, text in enumerate((keys, action, where)):
                item = QTableWidgetItem(text)  # a table item never reads markup
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(number, column, item)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows: (keys, action, where) per row."""
        table = self.table

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1), text(row, 2)) for row in range(table.rowCount())]
