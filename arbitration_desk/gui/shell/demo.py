"""``arbitration-desk --demo``: the embedded sandbox with its demo world, signed in as a demo member.

The sandbox serves on a free loopback port from ``<home>/demo-sandbox``; the desk's demo data lives
in ``<home>/demo``, apart from real data. Starting the sandbox loads the world (a few seconds), so
it runs off the GUI thread behind a splash window; the server stops when the desk exits.

The demo's accounts and tokens belong to the embedded sandbox: their secrets stay in this process's
memory (:func:`credentials.keep_in_memory`), so the demo runs on a machine without a credential
store. A second run resumes as the member signed in last, with their local work (the sandbox keeps
its state in ``<home>/demo-sandbox``); switching to someone else goes through "Sign out…", which
asks before anything is deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.gui.common import icons
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.platform import credentials
from arbitration_desk.platform.urls import is_loopback_host
from arbitration_desk.rulings.trust import pin_fingerprint
from arbitration_desk.sandbox.control import ControlError
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.keys import KeyUnavailableError
from arbitration_desk.sync.session import SessionError, SessionInfo, sign_in

DEMO_USER = "chair"
DEMO_PASSWORD = "demo"  # the sandbox's published demo password  # noqa: S105
SANDBOX_DIR = "demo-sandbox"
DEMO_HOME = "demo"
#: The demo world's appeal scenarios (contract 1.1): an open appeal the demo chair presides, a decided one,
#: and a case the demo chair decided that is now under appeal (sandbox/world_appeals.py).
DEMO_APPEALS = 3
DEMO_KEYS = "demo-keys"


class DemoKeys:
    """The demo home's data key, in a file beside the demo sandbox (``<home>/demo-keys/<home id>``).

    The one place the desk keeps a key outside the credential store, and why: the demo home holds only
    the sandbox's published demo world, the demo runs on machines without a credential store, and a
    second run must still read the last run's unsent work. The demo home's data is encrypted like any
    other (the same code path); its key simply is not a secret. A real home never uses this source
    (``desk-home.json`` records the source, and a demo home opens only with ``--demo``).
    """

    kind = "demo-file"

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, home_id: str) -> Path:
        return self.directory / home_id

    def load(self, home_id: str) -> bytes | None:
        try:
            return self._path(home_id).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyUnavailableError(
                phrase("DemoKeys", "the demo's key file cannot be read ({error})", error=str(exc))
            ) from exc

    def save(self, home_id: str, key: bytes) -> None:
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomic(self._path(home_id), key)
        except OSError as exc:
            raise KeyUnavailableError(
                phrase("DemoKeys", "the demo's key file cannot be written ({error})", error=str(exc))
            ) from exc

    def delete(self, home_id: str) -> None:
        try:
            self._path(home_id).unlink(missing_ok=True)
        except OSError as exc:
            raise KeyUnavailableError(
                phrase("DemoKeys", "the demo's key file cannot be deleted ({error})", error=str(exc))
            ) from exc


@dataclass
class DemoWorld:
    """A running demo: the sandbox, the desk's demo home, its key source and the demo member's session."""

    server: SandboxServer
    home: Path
    session: SessionInfo
    keys: DemoKeys

    def stop(self) -> None:
        self.server.stop()


def start_demo(base_home: Path) -> DemoWorld:
    """Starts the sandbox and signs the demo member in (blocking: call it in a worker).

    Raises:
        SandboxError: the sandbox cannot start.
        PlatformError, StoreError: the sign-in failed.
    """
    server = SandboxServer(
        data_dir=base_home / SANDBOX_DIR, port=0, quiet=True, world_options={"appeals": DEMO_APPEALS}
    ).start()
    try:
        credentials.keep_in_memory(server.url)
        home = base_home / DEMO_HOME
        username = _resume(home, server)
        member = server.control.member(username)
        otp = server.control.otp_code(username) if member.get("otp_secret") else None
        keys = DemoKeys(base_home / DEMO_KEYS)
        session = sign_in(home, server.url, username, DEMO_PASSWORD, otp, keys=keys)
        pin_fingerprint(home, server.ca_fingerprint)  # the chair signs rulings on the demo platform
    except BaseException:
        server.stop()
        raise
    return DemoWorld(server, home, session, keys)


def _resume(home: Path, server: SandboxServer) -> str:
    """Who to sign in as: the demo member of the last run (their unsent work stays), else the chair.

    The sandbox serves on a new port each run; the last session is moved to it so that the sign-in
    sees the same platform and keeps the local data.
    """
    try:
        previous = SessionInfo.load(home)
    except SessionError:
        return DEMO_USER
    if previous is None or not is_loopback_host(urlsplit(previous.api_url).hostname or ""):
        return DEMO_USER
    try:
        server.control.member(previous.username)
    except ControlError:
        return DEMO_USER
    SessionInfo(server.url, previous.username, previous.member_id).save(home)
    return previous.username


def remember_demo_platform(settings: AppSettings, world: DemoWorld) -> None:
    """The sign-in dialog offers the demo platform (its port changes each run) after a sign-out."""
    settings.last_api_url = world.session.api_url
    settings.last_username = world.session.username
    settings.sync()


class DemoSplash(QWidget):
    """A small window saying that the demo platform is starting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setAccessibleName(translate("DemoSplash", "Starting the demo"))
        self.setObjectName("demoSplash")
        self.setStyleSheet("#demoSplash { background: #1f3a5f; } QLabel { color: white; }")
        self.setFixedSize(440, 200)
        logo = QLabel(self)
        logo.setPixmap(icons.icon("app").pixmap(48, 48))
        title = QLabel(translate("DemoSplash", "Arbitration Desk — demo"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.message = QLabel(translate("DemoSplash", "Starting the demo platform and loading its cases…"), self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(translate("DemoSplash", "Demo start-up progress"))
        self.message.setWordWrap(True)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        bar.setAccessibleName(translate("DemoSplash", "Demo start-up busy indicator"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(bar)


class DemoLauncher(QObject):
    """Starts the demo off the GUI thread, with a splash window meanwhile.

    Args:
        base_home: the member's home; the demo uses sub-directories of it.
        runner: runs the start-up.

    Signals:
        ready(object): the :class:`DemoWorld`.
        failed(object): the exception that stopped the start-up.
    """

    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, base_home: Path, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base_home = base_home
        self.runner = runner
        self.splash = DemoSplash()

    def start(self) -> None:
        self.splash.show()
        base_home = self.base_home
        self.runner.run(lambda: start_demo(base_home), self._ready, self._failed)

    def _ready(self, world: DemoWorld) -> None:
        self.splash.close()
        self.ready.emit(world)

    def _failed(self, exc: BaseException) -> None:
        self.splash.close()
        self.failed.emit(exc)
