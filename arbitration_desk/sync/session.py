"""Signing in and out: the session file, the credential store and the local data move together."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.platform.session_file import SESSION_FILE, SessionError, SessionInfo
from arbitration_desk.store.store import Store

__all__ = ["SESSION_FILE", "SessionError", "SessionInfo", "sign_in", "sign_out", "wipe_local_data"]


@contextmanager
def _store_of(home: Path, store: Store | None) -> Iterator[Store]:
    """``store`` when the caller has the home's store open, else the home's store opened for this use.

    A process keeps one Store per home: a second one would wipe files behind the first one's back
    (the desk window's store goes on syncing into the same directories after a sign-in).
    """
    if store is not None:
        yield store
        return
    with Store.open(home) as opened:
        yield opened


def wipe_local_data(home: Path, store: Store | None = None) -> None:
    """Deletes every case, message, annotation, vote and evidence file of this home.

    Args:
        home: the home directory.
        store: the home's store, if the caller has it open (the desk window does).
    """
    with _store_of(home, store) as opened:
        opened.wipe()


def sign_in(
    home: Path,
    api_url: str,
    username: str,
    password: str,
    otp: str | None = None,
    *,
    store: Store | None = None,
) -> SessionInfo:
    """Signs in and prepares the local store for this member.

    Local data of another member (or platform) is deleted first: one member's cases never stay on
    the machine for the next. ``store`` is the home's store if the caller has it open (the desk
    window); else it is opened for the sign-in. Raises OtpRequired (ask for the code, call again),
    InvalidGrant, CredentialStoreUnavailable, InsecureUrlError, other PlatformError, StoreError.
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
    with _store_of(home, store) as opened:
        if other_account or opened.reads.member_id() not in (None, me["member_id"]):
            opened.wipe()
        opened.sync.set_member(me["member_id"])
    info = SessionInfo(client.api_url, username, me["member_id"])
    info.save(home)
    return info


def sign_out(home: Path, *, store: Store | None = None) -> str | None:
    """Revokes the session (best effort), deletes the tokens and all local case data.

    ``store`` is the home's store if the caller has it open (the desk window). Returns a warning
    when the platform could not be told (the local part is done anyway).
    """
    session = SessionInfo.load(home)
    warning = _end_session(session) if session is not None else None
    wipe_local_data(home, store)
    SessionInfo.forget(home)
    return warning


def _end_session(session: SessionInfo) -> str | None:
    """Revokes a session (best effort) and deletes every credential-store entry of the member.

    Returns a warning if the platform was not told.
    """
    client = session.client()
    try:
        client.sign_out()
    except PlatformError as exc:
        return f"the platform could not be told ({exc}); the tokens were deleted here anyway"
    finally:
        client.secrets.delete_all()  # the refresh token, the signing key's passphrase, a token PIN
        client.close()
    return None
