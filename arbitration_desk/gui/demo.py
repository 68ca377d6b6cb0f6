"""``arbitration-desk --demo``: the embedded sandbox with its demo world, signed in as the demo chair.

The sandbox serves on a free loopback port from ``<home>/demo-sandbox``; the desk's demo data lives
in ``<home>/demo``, apart from real data. Starting the sandbox loads the world (a few seconds), so
it runs off the GUI thread behind a splash window; the server stops when the desk exits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from arbitration_desk.gui import icons
from arbitration_desk.gui.workers import Runner
from arbitration_desk.platform.credentials import SecretStore
from arbitration_desk.rulings.trust import pin_fingerprint
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.sync.session import SessionInfo, sign_in

DEMO_USER = "chair"
DEMO_PASSWORD = "demo"  # the sandbox's published demo password  # noqa: S105
SANDBOX_DIR = "demo-sandbox"
DEMO_HOME = "demo"


@dataclass
class DemoWorld:
    """A running demo: the sandbox, the desk's demo home and the chair's session."""

    server: SandboxServer
    home: Path
    session: SessionInfo

    def stop(self) -> None:
        self.server.stop()


def check_credential_store() -> None:
    """Raises CredentialStoreUnavailable when tokens could not be kept (before starting anything)."""
    SecretStore("demo").check_available()


def start_demo(base_home: Path) -> DemoWorld:
    """Starts the sandbox and signs the demo chair in (blocking: call it in a worker).

    Raises:
        CredentialStoreUnavailable: no usable credential store.
        SandboxError: the sandbox cannot start.
        PlatformError, StoreError: the sign-in failed.
    """
    check_credential_store()
    server = SandboxServer(data_dir=base_home / SANDBOX_DIR, port=0, quiet=True).start()
    try:
        member = server.control.member(DEMO_USER)
        otp = server.control.otp_code(DEMO_USER) if member.get("otp_secret") else None
        home = base_home / DEMO_HOME
        session = sign_in(home, server.url, DEMO_USER, DEMO_PASSWORD, otp)
        pin_fingerprint(home, server.ca_fingerprint)  # the chair signs rulings on the demo platform
    except BaseException:
        server.stop()
        raise
    return DemoWorld(server, home, session)


class DemoSplash(QWidget):
    """A small window saying that the demo platform is starting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setAccessibleName("Starting the demo")
        self.setObjectName("demoSplash")
        self.setStyleSheet("#demoSplash { background: #1f3a5f; } QLabel { color: white; }")
        self.setFixedSize(440, 200)
        logo = QLabel(self)
        logo.setPixmap(icons.icon("app").pixmap(48, 48))
        title = QLabel("Arbitration Desk — demo", self)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.message = QLabel("Starting the demo platform and loading its cases…", self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName("Demo start-up progress")
        self.message.setWordWrap(True)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        bar.setAccessibleName("Demo start-up busy indicator")
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
