"""Opening a home's store in tests the way the desk does: its data key in the test's credential store."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from arbitration_desk.platform.credentials import HomeKeyring
from arbitration_desk.store import db, schema
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.database import Database
from arbitration_desk.store.home import BLOBS_DIR, DB_NAME, HomeMarker
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.legacy import is_plain_database
from arbitration_desk.store.store import HomeOpening, Store

#: Homes built once for many tests (session fixtures): home -> (home id, raw data key).
_SHARED: dict[Path, tuple[str, bytes]] = {}


def share_home_key(home: Path) -> None:
    """Lets later tests open ``home`` although each has a keyring of its own (call it while the keyring
    that made the home's key is installed)."""
    marker = HomeMarker.load(home)
    assert marker is not None
    raw = HomeKeyring().load(marker.home_id)
    assert raw is not None
    _SHARED[home] = (marker.home_id, raw)


def open_store(home: Path) -> Store:
    """The store of ``home``, its data key kept in (and made in) the keyring installed for the test."""
    shared = _SHARED.get(home)
    if shared is not None and HomeKeyring().load(shared[0]) is None:
        HomeKeyring().save(*shared)  # a home of a session fixture, opened under this test's keyring
    return Store.open(home, HomeKeyring())


def home_key(home: Path) -> DataKey:
    """The data key of ``home`` (which a store has opened), from the keyring installed for the test."""
    marker = HomeMarker.load(home)
    assert marker is not None, f"{home} has no desk-home.json"
    raw = HomeKeyring().load(marker.home_id)
    assert raw is not None, f"the key of {home} is not in the test's keyring"
    return DataKey(raw)


def connect_database(path: Path) -> sqlcipher3.Connection:
    """A DB-API connection to a store's database file: keyed when it is encrypted, plain when it is not."""
    connection = sqlcipher3.connect(str(path))
    if not is_plain_database(path) and path.exists():
        connection.execute(f'PRAGMA key = "{home_key(path.parent).sqlcipher_key()}"')
    return connection


def open_plain_store(home: Path) -> Store:
    """A store laid out as versions before encryption left it: a plain database, plain evidence files.

    For tests of the conversion of such homes (:mod:`arbitration_desk.store.legacy`); the desk itself
    never opens one this way.
    """
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = home / DB_NAME
    engine = db.create_sqlite_engine(path, None)
    writer = db.create_sqlite_engine(path, None, connections=1)
    schema.migrate(engine)
    database = Database(engine, BlobStore(home / BLOBS_DIR, None), writer, key=None)
    return Store(home, database, HomeKeyring(), HomeOpening.OPENED)
