"""Converting a home of an earlier, unencrypted version: every step safe to interrupt and repeat.

A home from before encryption has ``desk.sqlite3`` as a plain SQLite file and evidence files stored
as they came (``blobs/verified/ab/<sha256>``). On its first start with this version:

1. a data key is made (into the credential store first, then ``desk-home.json`` naming it, marked
   ``migrating``);
2. the database is checkpointed, exported by SQLCipher into ``desk.sqlite3.sealing`` under the key,
   fsynced and moved over the plain file; the plain file's WAL is removed before the move, so it can
   never be replayed into the new file. Unsent work (outbox, vote drafts, notes, ruling drafts) is
   rows of that database and moves with it;
3. each plain evidence file is sealed into the new layout (through a sealed staging file, hash
   checked, atomically moved), then the plain file is deleted; a file of the old layout whose
   content no longer has its name's hash (damaged on disk) is deleted too, never left readable,
   and the items that pointed at it go back to "pending" so that the next sync fetches them;
4. staging files (partial downloads: fetched again), quarantined copies and caches (made again) are
   deleted; the marker's ``migrating`` flag is cleared.

A kill at any moment leaves either the plain file or its complete sealed replacement, never a half
of either, and the next start picks up where it stopped. Deleting a plain file does not overwrite
its blocks: on an SSD, pieces of it may stay readable on the raw device until they are reused
(docs/encryption.md, "Limits").
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from arbitration_desk.domain.files import fsync_directory, replace_durably
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store import fts
from arbitration_desk.store.blobs import BlobStore, is_sha256
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.home import BLOBS_DIR, CACHE_DIR, DB_NAME, HomeMarker
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.sealed import MAGIC
from arbitration_desk.store.states import EvidenceState

SQLITE_MAGIC = b"SQLite format 3\x00"
_SEALING = ".sealing"
_READ = 1 << 20


class MigrationError(StoreError):
    """The home of an earlier version could not be converted; it is left as it was or resumable."""


def is_plain_database(path: Path) -> bool:
    """Whether ``path`` is an unencrypted SQLite database (SQLCipher files start with random bytes)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False  # missing, a directory, unreadable: not a database this desk can convert


def migrate(home: Path, marker: HomeMarker, key: DataKey) -> None:
    """Converts ``home`` (see the module's steps 2 to 4); the caller made the key and the marker.

    Raises:
        MigrationError: a step failed; what was done stays done and the next start resumes.
    """
    try:
        _encrypt_database(home / DB_NAME, key)
        _seal_evidence(home / BLOBS_DIR, key)
        _forget_missing_evidence(home / DB_NAME, home / BLOBS_DIR, key)
        for leftover in (home / BLOBS_DIR / "staging", home / BLOBS_DIR / "quarantine", home / CACHE_DIR):
            shutil.rmtree(leftover, ignore_errors=True)
    except (OSError, sqlcipher3.Error) as exc:
        raise MigrationError(
            phrase("StoreError", "converting the local data to encrypted storage failed: {error}", error=str(exc))
        ) from exc
    HomeMarker(marker.home_id, marker.key_source, migrating=False).save(home)


def _encrypt_database(path: Path, key: DataKey) -> None:
    sealing = path.with_name(path.name + _SEALING)
    if not is_plain_database(path):
        sealing.unlink(missing_ok=True)  # already moved over (or never made): nothing to do
        return
    sealing.unlink(missing_ok=True)  # a half-written export of an interrupted run
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        fts.register_functions(connection)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")  # the WAL is folded in and removed
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute("ATTACH DATABASE ? AS sealed KEY ?", (str(sealing), key.sqlcipher_key()))
        connection.execute("SELECT sqlcipher_export('sealed')")
        connection.execute(f"PRAGMA sealed.user_version = {int(version)}")
        connection.execute("DETACH DATABASE sealed")
    finally:
        connection.close()
    for name in (f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        (path.parent / name).unlink(missing_ok=True)
    with open(sealing, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(sealing, 0o600)
    replace_durably(sealing, path)


def _plain_files(verified: Path) -> Iterator[tuple[Path, str]]:
    """Files of the old layout: ``verified/ab/<sha256>`` whose content has that hash."""
    if not verified.is_dir():
        return
    for directory in sorted(verified.iterdir()):
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            name = path.name
            if is_sha256(name) and name[:2] == directory.name and _sha256_of(path) == name:
                yield path, name


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_READ):
            digest.update(block)
    return digest.hexdigest()


def _seal_evidence(root: Path, key: DataKey) -> None:
    if not root.is_dir():
        return
    sealed = BlobStore(root, key)
    for path, sha in list(_plain_files(root / "verified")):
        staging = f"migrate-{sha[:32]}"
        if not sealed.has_verified(sha):
            sealed.reset(staging)
            with sealed.open_append(staging) as writer, open(path, "rb") as source:
                while block := source.read(_READ):
                    writer.write(block)
            if not sealed.finalize(staging, sha).verified:
                raise MigrationError(
                    phrase(
                        "StoreError", "an evidence file changed while it was being encrypted: {path}", path=str(path)
                    )
                )
        path.unlink()
        fsync_directory(path.parent)
    for path in list(_unsealed_files(root / "verified")):
        path.unlink()  # damaged plain evidence (see step 3): fetched again, never left readable
        fsync_directory(path.parent)


def _unsealed_files(verified: Path) -> Iterator[Path]:
    """Files under ``verified`` that are not sealed (after step 3, only damaged plain ones)."""
    if not verified.is_dir():
        return
    for path in sorted(verified.rglob("*")):
        if path.is_file() and not _starts_with(path, MAGIC):
            yield path


def _starts_with(path: Path, prefix: bytes) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(prefix)) == prefix


def _forget_missing_evidence(database: Path, root: Path, key: DataKey) -> None:
    """Sets items marked verified whose sealed file is missing back to pending (the next sync fetches them)."""
    if not database.exists():
        return
    sealed = BlobStore(root, key)
    connection = sqlcipher3.connect(str(database), isolation_level=None)
    try:
        connection.execute(f'PRAGMA key = "{key.sqlcipher_key()}"')
        fts.register_functions(connection)
        rows = connection.execute("SELECT DISTINCT sha256 FROM evidence WHERE state = ?", (EvidenceState.VERIFIED,))
        missing = [(sha,) for (sha,) in rows.fetchall() if not (is_sha256(sha) and sealed.has_verified(sha))]
        connection.executemany(
            "UPDATE evidence SET state = ? WHERE state = ? AND sha256 = ?",
            [(EvidenceState.PENDING, EvidenceState.VERIFIED, sha) for (sha,) in missing],
        )
    finally:
        connection.close()
