"""In-memory and file keyring backends for tests (the OS credential store is absent on CI).

Subprocesses load ``FileKeyring`` by name (PYTHON_KEYRING_BACKEND), so this module imports nothing of
the desk; installing a backend in this process is ``helpers.keyring_swap.installed_keyring``.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError as exc:
            raise PasswordDeleteError(username) from exc


class FileKeyring(KeyringBackend):
    """A test-only backend for subprocesses: secrets in the JSON file named by $TEST_KEYRING_FILE.

    The application never chooses this; tests select it explicitly with PYTHON_KEYRING_BACKEND so
    that a `login` process and a later `sync` process share a credential store.
    """

    priority = 1  # type: ignore[assignment]

    def _path(self) -> str:
        import os

        return os.environ["TEST_KEYRING_FILE"]

    def _load(self) -> dict[str, str]:
        import json
        import os

        path = self._path()
        if not os.path.exists(path):
            return {}
        with open(path, encoding="utf-8") as handle:
            return dict(json.load(handle))

    def _save(self, data: dict[str, str]) -> None:
        import json
        import os

        temporary = self._path() + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(temporary, self._path())

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)
