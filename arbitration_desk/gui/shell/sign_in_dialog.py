"""The sign-in dialog: address, user name, password, and the one-time password when asked for.

The sign-in runs off the GUI thread. The address and user name are remembered (settings); the
password and one-time password never are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from arbitration_desk.gui.common.i18n import explain, say, translate
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.generated.ui_sign_in_dialog import Ui_SignInDialog
from arbitration_desk.gui.shell.settings import AppSettings
from arbitration_desk.platform.errors import (
    CredentialStoreUnavailable,
    InsecureUrlError,
    InvalidGrant,
    OtpRequired,
    PlatformError,
    TransportError,
)
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.store import Store
from arbitration_desk.sync.session import SessionInfo, sign_in


def error_text(exc: BaseException) -> str:
    """What to tell the member about a failed sign-in."""
    if isinstance(exc, InvalidGrant):
        return translate("SignInDialog", "The user name, password or one-time password is not correct.")
    if isinstance(exc, InsecureUrlError | CredentialStoreUnavailable):
        return say(exc.said)
    if isinstance(exc, TransportError):  # already a sentence: "cannot reach HOST: why; check …"
        text = explain(exc)
        if str(exc).startswith("cannot reach"):
            return translate("SignInDialog", "Sign-in failed: {error}").format(error=text)
        return translate("SignInDialog", "The platform cannot be reached: {error}").format(error=text)
    if isinstance(exc, PlatformError):
        return translate("SignInDialog", "The platform refused the sign-in: {error}").format(error=explain(exc))
    if isinstance(exc, StoreError):
        return translate("SignInDialog", "The local data cannot be prepared: {error}").format(error=explain(exc))
    return translate("SignInDialog", "The sign-in failed: {error}").format(error=explain(exc))


class SignInDialog(QDialog):
    """Signs a member in; accepted with :attr:`session` set.

    Args:
        home: the home directory (session file and store).
        runner: runs the sign-in off the GUI thread.
        settings: remembers the address and user name.
        parent: the owning window.
        store: the home's store when the caller has it open (the sign-in wipes through it, never
            through a second store on the same home).

    Signals:
        signed_in(object): the new :class:`SessionInfo`.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        home: Path,
        runner: Runner,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        store: Store | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.home = home
        self.store = store
        self.runner = runner
        self.settings = settings
        self.session: SessionInfo | None = None
        self._busy = False
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("SignInDialog", "Sign in"))
        self.ok_button.setAccessibleName(translate("SignInDialog", "Sign in"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("SignInDialog", "Cancel")
        )
        self.ui.buttons.accepted.connect(self.submit)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.api_url.setText(settings.last_api_url)
        self.ui.username.setText(settings.last_username)
        self._show_otp(False)
        self.ui.error.hide()
        self.ui.busy.hide()
        for field in (self.ui.api_url, self.ui.username, self.ui.password):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        first_empty = next((f for f in (self.ui.api_url, self.ui.username) if not f.text()), self.ui.password)
        first_empty.setFocus()

    def prefill(self, api_url: str, username: str) -> None:
        self.ui.api_url.setText(api_url)
        self.ui.username.setText(username)
        self.ui.password.setFocus()

    def show_message(self, text: str) -> None:
        """Shows ``text`` where errors go (e.g. "your session has ended")."""
        self.ui.error.setText(text)
        self.ui.error.show()

    def _show_otp(self, shown: bool) -> None:
        self.ui.otp_label.setVisible(shown)
        self.ui.otp.setVisible(shown)

    def _update_ok(self) -> None:
        filled = all(f.text().strip() for f in (self.ui.api_url, self.ui.username)) and bool(self.ui.password.text())
        self.ok_button.setEnabled(filled and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.busy.setVisible(busy)
        for field in (self.ui.api_url, self.ui.username, self.ui.password, self.ui.otp):
            field.setEnabled(not busy)
        self._update_ok()

    def submit(self) -> None:
        """Starts the sign-in with what was entered."""
        if self._busy:
            return
        api_url, username = self.ui.api_url.text().strip(), self.ui.username.text().strip()
        password = self.ui.password.text()
        otp = self.ui.otp.text().strip() if self.ui.otp.isVisible() and self.ui.otp.text().strip() else None
        self.ui.error.hide()
        self._set_busy(True)
        home, store = self.home, self.store
        self.runner.run(
            lambda: sign_in(home, api_url, username, password, otp, store=store), self._succeeded, self._failed
        )

    def _succeeded(self, session: SessionInfo) -> None:
        self._set_busy(False)
        self.session = session
        self.settings.last_api_url = self.ui.api_url.text().strip()
        self.settings.last_username = self.ui.username.text().strip()
        self.settings.sync()
        self.ui.password.clear()
        self.ui.otp.clear()
        self.signed_in.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, OtpRequired):
            first_time = not self.ui.otp.isVisible()
            self._show_otp(True)
            self.ui.otp.setFocus()
            self.show_message(
                translate(
                    "SignInDialog", "This account needs a one-time password: enter the code from your authenticator."
                )
                if first_time
                else translate("SignInDialog", "The one-time password was not accepted; enter the current code.")
            )
            return
        self.show_message(error_text(exc))
        if isinstance(exc, InvalidGrant):
            self.ui.password.selectAll()
            self.ui.password.setFocus()
