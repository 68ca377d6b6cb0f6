"""The GUI's own settings (window layout, panels shown, last platform address and user name): never a secret.

Kept in an INI file under the home directory, so that tests and the demo use their own file and
never touch the member's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "gui.ini"


class AppSettings:
    """Typed access to ``<home>/gui.ini``.

    Args:
        path: the INI file (see :func:`for_home`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def for_home(cls, home: Path) -> AppSettings:
        return cls(home / SETTINGS_FILE)

    def layout(self, key: str) -> QByteArray | None:
        """A saved ``saveGeometry()``/``saveState()`` blob, or None."""
        value = self._settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, key: str, state: QByteArray) -> None:
        self._settings.setValue(f"layout/{key}", state)

    def flag(self, key: str, default: bool) -> bool:
        """A saved yes/no (the INI file keeps ``true``/``false``), or ``default``."""
        value = self._settings.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        return default

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, bool(value))

    def text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    @property
    def last_api_url(self) -> str:
        return self.text("sign_in/api_url")

    @last_api_url.setter
    def last_api_url(self, value: str) -> None:
        self.set_text("sign_in/api_url", value)

    @property
    def last_username(self) -> str:
        return self.text("sign_in/username")

    @last_username.setter
    def last_username(self, value: str) -> None:
        self.set_text("sign_in/username", value)

    def sync(self) -> None:
        """Writes pending changes to disk now."""
        self._settings.sync()
