"""Who is signed in on this machine: the platform address and user name (no secrets) in the home dir."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.store.store import Store

SESSION_FILE = "session.json"


class SessionError(Exception):
    """No session, or the session file is unreadable."""


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
            raise SessionError(f"{path} is unreadable ({exc}); sign in again") from exc

    def save(self, home: Path) -> None:
        path = home / SESSION_FILE
        temporary = path.with_suffix(".tmp")
        data = {"api_url": self.api_url, "username": self.username, "member_id": self.member_id}
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)

    @staticmethod
    def forget(home: Path) -> None:
        (home / SESSION_FILE).unlink(missing_ok=True)

    def client(self) -> PlatformClient:
        return PlatformClient(self.api_url, self.username)


def wipe_local_data(home: Path) -> None:
    """Deletes every case, message, annotation, vote and evidence file of this home."""
    with Store.open(home) as store:
        store.wipe()


def sign_in(home: Path, api_url: str, username: str, password: str, otp: str | None = None) -> SessionInfo:
    """Signs in and prepares the local store for this member.

    Local data of another member (or platform) is deleted first: one member's cases never stay on
    the machine for the next. Raises OtpRequired (ask for the code, call again), InvalidGrant,
    CredentialStoreUnavailable, InsecureUrlError, other PlatformError, StoreError.
    """
    client = PlatformClient(api_url, username)
    try:
        client.secrets.check_available()
        client.sign_in(password, otp)
        me = client.me().data
    finally:
        client.close()
    previous = SessionInfo.load(home)
    other_account = previous is not None and (previous.api_url, previous.username) != (client.api_url, username)
    if previous is not None and other_account:
        _end_session(previous)  # the previous member's tokens leave the credential store too
    with Store.open(home) as store:
        if other_account or store.member_id() not in (None, me["member_id"]):
            store.wipe()
        store.set_member(me["member_id"])
    info = SessionInfo(client.api_url, username, me["member_id"])
    info.save(home)
    return info


def sign_out(home: Path) -> str | None:
    """Revokes the session (best effort), deletes the tokens and all local case data.

    Returns a warning when the platform could not be told (the local part is done anyway).
    """
    session = SessionInfo.load(home)
    warning = _end_session(session) if session is not None else None
    wipe_local_data(home)
    SessionInfo.forget(home)
    return warning


def _end_session(session: SessionInfo) -> str | None:
    """Revokes a session (best effort) and deletes its tokens; returns a warning if the platform was not told."""
    client = session.client()
    try:
        client.sign_out()
    except PlatformError as exc:
        client.secrets.delete("refresh_token")
        return f"the platform could not be told ({exc}); the tokens were deleted here anyway"
    finally:
        client.close()
    return None
