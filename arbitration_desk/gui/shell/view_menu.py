"""The View menu: the side panels to show, the evidence viewer in a window of its own, full screen, language.

Which panels are shown and where the splitters between them stand are kept in the app's settings
(:class:`AppSettings`, beside the window's geometry) and come back at the next start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QMessageBox, QSplitter, QWidget

from arbitration_desk.gui.common import i18n
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import message_box
from arbitration_desk.gui.evidence.gallery import EvidenceGallery
from arbitration_desk.gui.shell.settings import AppSettings


@dataclass(frozen=True, slots=True)
class Panel:
    """A part of the window the member may hide.

    Attributes:
        key: its name in the settings (``panels/<key>``).
        text: the menu item (translated).
        widget: what is shown or hidden.
        tip: the menu item's status tip (translated).
    """

    key: str
    text: str
    widget: QWidget
    tip: str


class ViewMenu(QObject):
    """Builds the View menu of ``window`` and keeps what it shows in ``settings``.

    Args:
        window: the main window (full screen).
        settings: where the panels' visibility and the splitters' states are kept.
        panels: the panels that may be hidden, in menu order.
        splitters: settings key (``layout/<key>``) and splitter, whose positions are kept.
        gallery: the evidence gallery, whose viewer may have a window of its own.
    """

    def __init__(
        self,
        window: QMainWindow,
        settings: AppSettings,
        panels: Sequence[Panel],
        splitters: dict[str, QSplitter],
        gallery: EvidenceGallery,
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self.gallery = window, settings, gallery
        self.panels = {panel.key: panel for panel in panels}
        self.splitters = splitters
        self.panel_actions: dict[str, QAction] = {}
        for panel in panels:
            action = QAction(panel.text, self)
            action.setCheckable(True)
            action.setChecked(True)
            action.setStatusTip(panel.tip)
            action.toggled.connect(panel.widget.setVisible)
            self.panel_actions[panel.key] = action
        self.detach_action = QAction(translate("ViewMenu", "Evidence viewer in its own &window"), self)
        self.detach_action.setCheckable(True)
        self.detach_action.setStatusTip(
            translate("ViewMenu", "Show the evidence viewer in a window to maximise or move to another screen")
        )
        self.detach_action.toggled.connect(gallery.set_viewer_detached)
        gallery.viewer_detached_changed.connect(self._viewer_detached)
        self.full_screen_action = QAction(translate("ViewMenu", "&Full screen"), self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))
        self.full_screen_action.toggled.connect(self._set_full_screen)
        self.show_all_action = QAction(translate("ViewMenu", "Show &all panels"), self)
        self.show_all_action.triggered.connect(self.show_all)
        self.language_actions = self._language_actions()

    def add_to(self, bar: QMenuBar, before: QAction | None = None) -> QMenu:
        """Adds the menu to ``bar`` (before ``before``'s menu, else at the end)."""
        menu = QMenu(translate("ViewMenu", "&View"), bar)
        menu.addActions(list(self.panel_actions.values()))
        menu.addAction(self.show_all_action)
        menu.addSeparator()
        menu.addAction(self.detach_action)
        menu.addSeparator()
        menu.addAction(self.full_screen_action)
        menu.addSeparator()
        languages = menu.addMenu(translate("ViewMenu", "&Language"))
        languages.addActions(list(self.language_actions.values()))
        if before is not None:
            bar.insertMenu(before, menu)
        else:
            bar.addMenu(menu)
        return menu

    # ---- language ----

    def _language_actions(self) -> dict[str, QAction]:
        """One checkable item per language (its name in that language), and the system's choice ("")."""
        group = QActionGroup(self)
        chosen = self.settings.text(i18n.SETTING)
        actions = {"": QAction(translate("ViewMenu", "Same as the &system"), self)}
        actions.update({code: QAction(name, self) for code, name in i18n.LANGUAGES.items()})
        for code, action in actions.items():
            action.setCheckable(True)
            action.setChecked(code == chosen or (code == "" and chosen not in i18n.LANGUAGES))
            action.setStatusTip(translate("ViewMenu", "The desk's language, from its next start"))
            action.triggered.connect(lambda _checked=False, code=code: self.choose_language(code))
            group.addAction(action)
        return actions

    def choose_language(self, code: str) -> None:
        """Keeps ``code`` ("" for the system's) as the member's language; it applies from the next start."""
        self.settings.set_text(i18n.SETTING, code)
        self.settings.sync()
        self.language_actions[code].setChecked(True)
        name = i18n.LANGUAGES.get(i18n.language_for(code or None, ""), "")
        text = translate("ViewMenu", "The desk will be in {language} from its next start.").format(language=name)
        message_box(self.window, QMessageBox.Icon.Information, translate("ViewMenu", "Language"), text).open()

    # ---- panels ----

    def is_shown(self, key: str) -> bool:
        return self.panel_actions[key].isChecked()

    def set_shown(self, key: str, shown: bool) -> None:
        """Shows or hides a panel (as its menu item does)."""
        self.panel_actions[key].setChecked(shown)

    def show_all(self) -> None:
        for action in self.panel_actions.values():
            action.setChecked(True)

    def _viewer_detached(self, detached: bool) -> None:
        with QSignalBlocker(self.detach_action):
            self.detach_action.setChecked(detached)

    def _set_full_screen(self, full: bool) -> None:
        state = self.window.windowState()
        if full:
            self.window.setWindowState(state | Qt.WindowState.WindowFullScreen)
        else:
            self.window.setWindowState(state & ~Qt.WindowState.WindowFullScreen)

    # ---- persistence ----

    def restore(self) -> None:
        """Puts the splitters where they were and shows the panels that were shown."""
        for key, splitter in self.splitters.items():
            if (state := self.settings.layout(key)) is not None:
                splitter.restoreState(state)
        for key, action in self.panel_actions.items():
            action.setChecked(self.settings.flag(f"panels/{key}", default=True))

    def save(self) -> None:
        """Keeps the splitters' positions and which panels are shown (the caller syncs the settings)."""
        for key, splitter in self.splitters.items():
            self.settings.set_layout(key, splitter.saveState())
        for key, action in self.panel_actions.items():
            self.settings.set_flag(f"panels/{key}", action.isChecked())
