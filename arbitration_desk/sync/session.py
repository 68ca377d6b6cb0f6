"""Signing in and out: the session file, the credential store and the local data move together."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.credentials import HomeKeyring
from arbitration_desk.platform.errors import CredentialStoreUnavailable, PlatformError
from arbitration_desk.platform.session_file import SESSION_FILE, SessionError, SessionInfo
from arbitration_desk.store.home import erase_case_data
from arbitration_desk.store.keys import KeySource
from arbitration_desk.store.store import EraseIncompleteError, HomeOpening, Store, check_erased

__all__ = [
    "SESSION_FILE",
    "SessionError",
    "SessionInfo",
    "open_home_store",
    "opening_note",
    "sign_in",
    "sign_out",
]


def open_home_store(home: Path, keys: KeySource | None = None) -> Store:
    """The store of ``home``, its data key in ``keys`` (default: the OS credential store)."""
    return Store.open(home, keys or HomeKeyring())


def opening_note(store: Store) -> Phrase | None:
    """What the member should be told about how the home was found (converted, or its key gone)."""
    if store.opening is HomeOpening.MIGRATED:
        return phrase("Sync", "the local data was converted to encrypted storage.")
    if store.opening is HomeOpening.KEY_GONE:
        return phrase(
            "Sync",
            "the local data could no longer be read (its key is no longer in the credential store) and was "
            "deleted; any unsent work in it is lost. Sync to fetch your cases again.",
        )
    return None


@contextmanager
def _store_of(home: Path, store: Store | None, keys: KeySource | None) -> Iterator[Store]:
    """``store`` when the caller has the home's store open, else the home's store opened for this use.

    A process keeps one Store per home: a second one would erase files behind the first one's back
    (the desk window's store goes on syncing into the same directories after a sign-in).
    """
    if store is not None:
        yield store
        return
    with open_home_store(home, keys) as opened:
        yield opened


def sign_in(
    home: Path,
    api_url: str,
    username: str,
    password: str,
    otp: str | None = None,
    *,
    store: Store | None = None,
    keys: KeySource | None = None,
) -> SessionInfo:
    """Signs in and prepares the local store for this member.

    Local data of another member (or platform) is erased first (its key deleted, then its files):
    one member's cases never stay on the machine for the next. ``store`` is the home's store if the
    caller has it open (the desk window); else it is opened for the sign-in with ``keys`` (default:
    the OS credential store). Raises OtpRequired (ask for the code, call again), InvalidGrant,
    CredentialStoreUnavailable, InsecureUrlError, other PlatformError, StoreError.
    """
    client = PlatformClient(api_url, username)
    try:
        client.secrets.check_available()
        client.sign_in(password, otp)
        me = client.me().data
    finally:
        client.close()
    try:
        previous = SessionInfo.load(home)
    except SessionError:
        previous = None  # unreadable: whoever it named, their data is erased below
        other_account = True
    else:
        other_account = previous is not None and (previous.api_url, previous.username) != (client.api_url, username)
    if previous is not None and other_account:
        _end_session(previous)  # the previous member's tokens leave the credential store too
    with _store_of(home, store, keys) as opened:
        if other_account or opened.reads.member_id() not in (None, me["member_id"]):
            opened.erase()
        opened.sync.set_member(me["member_id"])
    info = SessionInfo(client.api_url, username, me["member_id"])
    info.save(home)
    return info


def _joined(warnings: list[Phrase]) -> Phrase | None:
    """Several warnings as one: each a whole sentence, separated by a semicolon."""
    if not warnings:
        return None
    joined = warnings[0]
    for warning in warnings[1:]:
        joined = phrase("Sync", "{first}; {then}", first=joined, then=warning)
    return joined


def sign_out(home: Path, *, store: Store | None = None, keys: KeySource | None = None) -> Phrase | None:
    """Revokes the session (best effort), deletes the tokens, and erases all local case data.

    Fails closed: the data is erased whatever else fails (no credential store, an unreadable session
    file, a full disk, the platform down), key first, without needing the database. ``store`` is the
    home's store if the caller has it open (the desk window); ``keys`` the key source otherwise
    (default: the OS credential store).

    Returns:
        A warning when something outside the local data could not be done (the platform not told,
        the tokens not deleted); None when everything was done.

    Raises:
        EraseIncompleteError: readable or leftover files remain; its message says what and how to
            finish (the tokens are deleted and the session forgotten anyway).
    """
    warnings: list[Phrase] = []
    try:
        session = SessionInfo.load(home)
    except SessionError as exc:
        session = None
        warnings.append(
            phrase(
                "Sync",
                "{error}: the platform could not be told, and the member's tokens (if any) could not be found "
                "in the credential store; sign in and out again, or revoke the session from the platform",
                error=said(exc),
            )
        )
    if session is not None:
        warning = _end_session(session)
        if warning:
            warnings.append(warning)
    incomplete = None
    try:
        if store is not None:
            store.erase()
        else:
            check_erased(erase_case_data(home, keys or HomeKeyring()))
    except EraseIncompleteError as exc:
        incomplete = exc
    try:
        SessionInfo.forget(home)
    except OSError as exc:
        warnings.append(
            phrase(
                "Sync",
                "the session file could not be removed ({error}); it holds no secret",
                error=exc.strerror or str(exc),
            )
        )
    if incomplete is not None:
        raise EraseIncompleteError(incomplete.report, also=warnings) from incomplete
    return _joined(warnings)


def _end_session(session: SessionInfo) -> Phrase | None:
    """Revokes a session (best effort) and deletes every credential-store entry of the member.

    Returns a warning if the platform was not told or the tokens could not be deleted.
    """
    client = session.client()
    problems: list[Phrase] = []
    try:
        client.sign_out()
    except PlatformError as exc:
        problems.append(
            phrase(
                "Sync",
                "the platform could not be told ({error}); the session ends when its tokens expire",
                error=exc.phrase,
            )
        )
    finally:
        try:
            client.secrets.delete_all()  # the refresh token, the signing key's passphrase, a token PIN
        except CredentialStoreUnavailable as exc:
            problems.append(
                phrase(
                    "Sync",
                    "the member's tokens could not be deleted from the credential store ({error})",
                    error=exc.phrase,
                )
            )
        client.close()
    return _joined(problems)
