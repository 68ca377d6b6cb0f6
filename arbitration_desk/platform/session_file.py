"""Who is signed in on this machine: the platform address and user name (no secrets) in the home dir.

Read by every command that talks to the platform (sync, export) and by the desk; written by
sign-in (:mod:`arbitration_desk.sync.session`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import PhrasedError, phrase
from arbitration_desk.platform.client import PlatformClient

SESSION_FILE = "session.json"


class SessionError(PhrasedError):
    """No session, or the session file is unreadable (``phrase``: the sentence, translatable)."""


@dataclass(frozen=True)
class SessionInfo:
    api_url: str
    username: str
    member_id: str | None = None

    @classmethod
    def load(cls, home: Path) -> SessionInfo | None:
        path = home / SESSION_FILE
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(str(data["api_url"]), str(data["username"]), data.get("member_id"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SessionError(
                phrase("PlatformError", "{path} is unreadable ({error}); sign in again", path=str(path), error=str(exc))
            ) from exc

    def save(self, home: Path) -> None:
        data = {"api_url": self.api_url, "username": self.username, "member_id": self.member_id}
        write_atomic(home / SESSION_FILE, json.dumps(data).encode("utf-8"), mode=0o600)

    @staticmethod
    def forget(home: Path) -> None:
        (home / SESSION_FILE).unlink(missing_ok=True)

    def client(self) -> PlatformClient:
        return PlatformClient(self.api_url, self.username)
