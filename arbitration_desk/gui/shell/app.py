"""The desk application: the QApplication, the main window, and the ``--demo`` start-up."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from arbitration_desk import home_lock
from arbitration_desk.domain.text import escape_controls
from arbitration_desk.gui.common import i18n, icons
from arbitration_desk.gui.common.fonts import install_bundled_fonts
from arbitration_desk.gui.common.plaintext import message_box
from arbitration_desk.gui.common.product import product_name
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.shell.instance import ForwardServer, bring_forward, offer_first_desk
from arbitration_desk.gui.shell.main_window import MainWindow
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.keys import KeySource
from arbitration_desk.store.opened import remove_opened_copies
from arbitration_desk.store.store import Store
from arbitration_desk.sync.session import SessionError, SessionInfo, open_home_store, opening_note

if TYPE_CHECKING:  # the demo brings the whole sandbox (its server, world, PKI, pyHanko): imported for --demo only
    from arbitration_desk.gui.shell.demo import DemoLauncher, DemoWorld

EXIT_OK = 0
EXIT_FAILED = 1

log = logging.getLogger(__name__)

#: Set (to anything but "" or "0") by benchmarks and tests to time the start-up: once the main window is shown
#: with its case list filled, the desk paints it, prints ``ready N`` (N: the cases listed) on stdout
#: and quits (tests/benchmarks/bench_startup.py). Nothing else changes.
EXIT_WHEN_READY_ENV = "ARBITRATION_DESK_EXIT_WHEN_READY"
#: Whose date and time conventions Qt's own widgets use when the system's locale is C or POSIX.
READABLE_DATES = "en_GB.UTF-8"
#: The locale categories besides LC_ALL and LANG.
_CATEGORIES = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES")


def _is_c_locale(name: str) -> bool:
    """``""``, ``C``, ``POSIX`` and their variants (``C.UTF-8``, ``C.utf8``) name no language."""
    return name.split(".", 1)[0].split("@", 1)[0] in ("", "C", "POSIX")


def readable_dates_environment(environ: Mapping[str, str], platform: str = sys.platform) -> dict[str, str | None]:
    """What to change in the environment so that Qt's own widgets show readable dates (None: unset).

    Qt's file dialogs date files with the system locale (``QLocale::system()``, which reads LC_ALL,
    LC_TIME and LANG once, when the application starts), not with ``QLocale.setDefault``. Under the C
    or POSIX locale its short date is "d MM yyyy": "6 12 2026". Then the dates and times of English
    (United Kingdom) are asked for ("06/12/2026 14:05", day first like the desk's own dates): LC_TIME,
    with LC_ALL (which would override it) moved to LANG and the categories it overrode dropped, so that
    everything else stays as it was. Nothing changes when the member's locale names a language, nor on
    Windows and macOS, where Qt asks the system rather than the environment.
    """
    if platform in ("win32", "cygwin", "darwin"):
        return {}
    every = environ.get("LC_ALL", "")
    time = every or environ.get("LC_TIME", "") or environ.get("LANG", "")
    if not _is_c_locale(time):
        return {}
    changes: dict[str, str | None] = {"LC_TIME": READABLE_DATES}
    if every:
        changes.update({name: None for name in _CATEGORIES if name != "LC_TIME" and name in environ})
        changes.update({"LC_ALL": None, "LANG": every})
    return changes


def use_readable_dates(
    environ: MutableMapping[str, str] | None = None, platform: str = sys.platform
) -> dict[str, str | None]:
    """Applies :func:`readable_dates_environment` to ``environ`` (default: this process's, before the
    QApplication is made); returns the changes."""
    target = os.environ if environ is None else environ
    changes = readable_dates_environment(target, platform)
    for name, value in changes.items():
        if value is None:
            target.pop(name, None)
        else:
            target[name] = value
    if changes:
        log.info("the locale is C or POSIX: dates in Qt's dialogs follow %s", READABLE_DATES)
    return changes


def _exit_when_ready(window: MainWindow) -> None:
    """:data:`EXIT_WHEN_READY_ENV`: quits once the window shows the case list, filled and painted."""
    done = False

    def ready(count: int) -> None:
        nonlocal done
        if done:
            return
        done = True
        window.grab()  # the first paint, synchronously (an offscreen window is never exposed)
        print(f"ready {count}", flush=True)
        QApplication.exit(EXIT_OK)

    window.case_list.loaded.connect(ready)


def _remove_opened_copies(home: Path) -> None:
    """Removes the copies made for other programs; one that cannot be removed is logged, not fatal."""
    try:
        remove_opened_copies(home)
    except OSError as exc:
        log.warning("copies of evidence opened in other programs remain in %s: %s", home, exc)


class DeskApp:
    """One run of the desk: owns the store, the runner, the window and (in demo mode) the sandbox.

    Args:
        home: where local data lives (the demo uses ``<home>/demo``).
    """

    def __init__(self, home: Path) -> None:
        self.home = home
        self.runner = Runner()
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.demo: DemoWorld | None = None
        self.launcher: DemoLauncher | None = None
        self.exit_code = EXIT_OK

    def open_window(
        self, home: Path, session: SessionInfo | None, *, session_error: str = "", keys: KeySource | None = None
    ) -> MainWindow:
        """Opens the store of ``home`` and shows the main window (asking to sign in if nobody is).

        Args:
            keys: where the home's data key lives (default: the OS credential store).
        """
        _remove_opened_copies(home)  # left by a desk that crashed (this one holds the home's lock)
        self.store = open_home_store(home, keys)
        settings = AppSettings.for_home(home)
        self.window = MainWindow(self.store, home, self.runner, settings, session)
        self.window.show()
        if os.environ.get(EXIT_WHEN_READY_ENV, "0") not in ("", "0"):
            _exit_when_ready(self.window)
        note = opening_note(self.store)
        if note:  # window-modal, not blocking: the window is usable behind it
            said = i18n.say(note)
            message_box(self.window, QMessageBox.Icon.Information, product_name(), said[:1].upper() + said[1:]).open()
        if session is None:
            self.window.sign_in(session_error)
        return self.window

    def start(self) -> None:
        try:
            session = SessionInfo.load(self.home)
        except SessionError as exc:
            self.open_window(self.home, None, session_error=i18n.explain(exc))
            return
        self.open_window(self.home, session)

    def start_demo(self) -> None:
        from arbitration_desk.gui.shell.demo import DemoLauncher  # only here: see the TYPE_CHECKING import

        self.launcher = DemoLauncher(self.home, self.runner)
        self.launcher.ready.connect(self._demo_ready)
        self.launcher.failed.connect(self._demo_failed)
        self.launcher.start()

    def _demo_ready(self, world: DemoWorld) -> None:
        from arbitration_desk.gui.shell.demo import remember_demo_platform

        self.demo = world
        remember_demo_platform(AppSettings.for_home(world.home), world)
        self.open_window(world.home, world.session, keys=world.keys)

    def _demo_failed(self, exc: BaseException) -> None:
        print(escape_controls(f"The demo could not start: {exc}"), file=sys.stderr)  # the terminal's log: English
        message = i18n.translate("DeskApp", "The demo could not start: {error}").format(error=i18n.explain(exc))
        message_box(None, QMessageBox.Icon.Critical, product_name(), message).exec()
        self.exit_code = EXIT_FAILED
        QApplication.exit(self.exit_code)

    def bring_forward(self) -> None:
        """A second desk on this home asked for this one: its window comes to the front."""
        if self.window is not None:
            bring_forward(self.window)

    def close(self) -> None:
        """After the event loop: waits for background work, closes the store, removes the copies
        opened in other programs, stops the sandbox."""
        self.runner.wait()
        if self.store is not None:
            self.store.close()
            _remove_opened_copies(self.store.home)
        if self.demo is not None:
            self.demo.stop()


def main(argv: list[str] | None = None, *, demo: bool = False, home: Path, language: str | None = None) -> int:
    """Runs the desk until its window closes; returns the exit status.

    Args:
        argv: arguments for the QApplication (default: the program name only).
        demo: start the embedded sandbox and sign in as its demo chair.
        home: the home directory.
        language: ``--lang`` (default: the member's choice in View > Language, else the system's).
    """
    if QApplication.instance() is None:
        use_readable_dates()  # read by Qt once, as the application starts
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Arbitration Desk")
    app.setOrganizationName("Arbitration Desk")
    app.setDesktopFileName("org.arbitrationdesk.ArbitrationDesk")  # resources/linux/<id>.desktop; Wayland's app id
    app.setWindowIcon(icons.icon("app"))
    chosen = i18n.language_for(language, _language_setting(home, demo))
    i18n.install(app, chosen)  # before any window: every string is translated as it is made
    install_bundled_fonts()  # chats in Chinese or Arabic on a machine without such fonts
    try:
        lock = home_lock.acquire(home)  # held until the desk ends (the OS releases it after a crash)
    except home_lock.HomeBusy:
        offer_first_desk(home)
        return EXIT_FAILED
    forward = ForwardServer(home)
    desk = DeskApp(home)
    forward.forward_requested.connect(desk.bring_forward)
    try:
        if demo:
            desk.start_demo()
        else:
            desk.start()
        # The objects made while starting (modules, Qt wrappers) live as long as the app: moved out
        # of the collector's reach, a full collection no longer walks them and pauses a scroll
        # (docs/decisions/0008-gc-freeze-after-start-up.md).
        gc.freeze()
        code = app.exec()
    except StoreError as exc:
        message = i18n.translate("DeskApp", "The local data cannot be opened:\n\n{error}").format(
            error=i18n.explain(exc)
        )
        message_box(None, QMessageBox.Icon.Critical, product_name(), message).exec()
        code = EXIT_FAILED
    finally:
        desk.close()
        forward.close()
        lock.release()
    return desk.exit_code or code


def _language_setting(home: Path, demo: bool) -> str:
    """The member's choice in View > Language (the demo keeps its settings in its own home)."""
    return AppSettings.for_home(home / "demo" if demo else home).text(i18n.SETTING)


def refuse_home(error: BaseException, language: str | None = None) -> int:
    """The home cannot be used (inside a cloud-sync folder): says why on stderr (English) and in a
    box (in ``language``, else the system's: the home, where the member's choice is kept, is refused); exit 1."""
    print(f"arbitration-desk: {escape_controls(str(error))}", file=sys.stderr)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    installed = i18n.install(app, i18n.language_for(language, ""))
    said = i18n.explain(error)
    sentence = i18n.translate("DeskApp", "{reason}.").format(reason=said[:1].upper() + said[1:])
    message_box(None, QMessageBox.Icon.Critical, product_name(), sentence).exec()
    i18n.uninstall(app, installed)
    return EXIT_FAILED
