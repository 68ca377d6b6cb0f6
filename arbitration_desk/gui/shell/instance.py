"""One desk per home, in the window: the desk that holds the home listens; a second one asks it forward.

The home's lock (:mod:`arbitration_desk.home_lock`) decides which desk runs. The first desk also
listens on a local socket whose name is derived from the home, so that a second desk started on
the same home (from a menu, a second click) can say so and bring the first window to the front
instead of running beside it.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from arbitration_desk.domain.text import escape_controls
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.common.plaintext import message_box
from arbitration_desk.gui.common.product import product_name

#: What a second desk sends; anything else on the socket is ignored.
FORWARD_REQUEST = b"arbitration-desk: come forward\n"
WAIT_MS = 2000
#: How long the first desk waits for the request of a connection it accepted (it blocks meanwhile).
READ_MS = 500


def server_name(home: Path) -> str:
    """The local socket's name for ``home``: one per home (and per user account)."""
    key = f"{Path.home()}\0{home.resolve()}".encode("utf-8", "surrogateescape")
    return f"arbitration-desk-{hashlib.sha256(key).hexdigest()[:24]}"


class ForwardServer(QObject):
    """Listens for second desks on the same home; :attr:`forward_requested` fires for each."""

    forward_requested = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        name = server_name(home)
        if not self._server.listen(name):
            # A socket file left by a desk that crashed: this desk holds the home's lock, so no
            # other desk is listening on it.
            QLocalServer.removeServer(name)
            self._server.listen(name)  # failing again only means a second desk cannot bring us forward

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        # The request follows the connection at once: read it here rather than keep sockets and
        # their signal connections alive (a socket deleted under a pending signal crashes PySide).
        while (socket := self._server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(READ_MS)
            if arrived and bytes(socket.readAll().data()).startswith(FORWARD_REQUEST):
                self.forward_requested.emit()
            socket.abort()
            socket.deleteLater()


def ask_first_desk_forward(home: Path, wait_ms: int = WAIT_MS) -> bool:
    """Asks the desk that holds ``home`` to come forward; whether the request was delivered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(home))
    if not socket.waitForConnected(wait_ms):
        return False
    socket.write(FORWARD_REQUEST)
    delivered = socket.waitForBytesWritten(wait_ms) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    return delivered


def bring_forward(window: QWidget) -> None:
    """Shows ``window`` un-minimised, on top and active (where the window system allows it)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where focus stealing is prevented, the taskbar entry asks for attention


def offer_first_desk(home: Path) -> bool:
    """Says that another desk uses ``home`` and offers to bring it forward; whether it was brought.

    Also printed on stderr, for a desk started from a terminal.
    """
    text = translate("ForwardServer", "Another Arbitration Desk is using {home}.").format(home=home)
    print(f"arbitration-desk: {escape_controls(text)}", file=sys.stderr)
    box = message_box(
        None,
        QMessageBox.Icon.Information,
        product_name(),
        text,
        QMessageBox.StandardButton.Close,
        informative=translate(
            "ForwardServer",
            "Only one desk can use a home at a time. To work with another home, start the desk "
            "with --home DIR or set ARBITRATION_DESK_HOME.",
        ),
    )
    forward = box.addButton(translate("ForwardServer", "Show the open desk"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(forward)
    box.exec()
    if box.clickedButton() is not forward:
        return False
    if ask_first_desk_forward(home):
        return True
    message_box(
        None,
        QMessageBox.Icon.Warning,
        product_name(),
        translate(
            "ForwardServer",
            "The open desk did not answer. Look for its window, or wait for the command using this home to end.",
        ),
    ).exec()
    return False
