"""A home's case data as files: which they are, the key that reads them, and erasing them.

The case data of a home is the database (with its WAL and journal), the evidence blobs, the caches
and the copies opened in other programs; all but the last are encrypted with keys derived from the
home's data key (:mod:`arbitration_desk.store.keys`). ``desk-home.json`` names the key: the home's
random id and which kind of key source holds it. It holds no secret.

Erasing is cryptographic and needs neither SQLite nor the session file: the key is deleted first
(everything left becomes unreadable at once), then the files. Each step that fails is reported, the
others still run, so that one failure (no credential store, a read-only home) still leaves nothing
readable, and the member is told exactly what remains.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.keys import DataKey, KeySource, KeyUnavailableError
from arbitration_desk.store.opened import OPENED_DIR

MARKER = "desk-home.json"
MARKER_FORMAT = 1
DB_NAME = "desk.sqlite3"
BLOBS_DIR = "blobs"
#: Files derived from case data (thumbnails); case data too, so erased with it.
CACHE_DIR = "cache"
#: The database and the files SQLite keeps beside it.
DB_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")
#: Directories of case data, erased whole.
DATA_DIRS = (BLOBS_DIR, CACHE_DIR, OPENED_DIR)
_ID_CHARS = frozenset("0123456789abcdef")


class HomeMarkerError(StoreError):
    """``desk-home.json`` is unreadable or names a key source other than the one given."""


@dataclass(frozen=True)
class HomeMarker:
    """What ``desk-home.json`` says: the home's id and the kind of source holding its key.

    ``migrating`` is true while a home of an earlier, unencrypted version is being converted
    (:mod:`arbitration_desk.store.legacy`); the conversion resumes at the next start until it is done.
    """

    home_id: str
    key_source: str
    migrating: bool = False

    @staticmethod
    def new_id() -> str:
        return secrets.token_hex(16)

    @classmethod
    def load(cls, home: Path) -> HomeMarker | None:
        """The home's marker, or None when it has none (a new home, or one from before encryption)."""
        path = home / MARKER
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise HomeMarkerError(
                phrase("StoreError", "{path} cannot be read ({error})", path=str(path), error=str(exc))
            ) from exc
        home_id, source, migrating = (
            data.get(k) if isinstance(data, dict) else None for k in ("home_id", "key_source", "migrating")
        )
        if (
            not isinstance(home_id, str)
            or len(home_id) != 32
            or not set(home_id) <= _ID_CHARS
            or not isinstance(source, str)
            or not isinstance(migrating, bool)
        ):
            raise HomeMarkerError(phrase("StoreError", "{path} is damaged", path=str(path)))
        return cls(home_id, source, migrating)

    def save(self, home: Path) -> None:
        data = {
            "format": MARKER_FORMAT,
            "home_id": self.home_id,
            "key_source": self.key_source,
            "migrating": self.migrating,
        }
        write_atomic(home / MARKER, json.dumps(data).encode("utf-8"))


def then(first: Phrase, second: Phrase | str) -> Phrase:
    """Two sentences one after the other (a space between them in English, none in Chinese)."""
    return phrase("StoreError", "{first} {second}", first=first, second=second)


def source_kind(keys: KeySource) -> str:
    """The name a key source is recorded under in the marker (its ``kind`` attribute)."""
    return str(getattr(keys, "kind", type(keys).__name__))


def has_case_data(home: Path) -> bool:
    """Whether any file of case data exists in ``home`` (the database or a data directory)."""
    return any((home / name).exists() for name in (*DB_FILES, *DATA_DIRS))


def new_home_key(home: Path, keys: KeySource, *, migrating: bool = False) -> tuple[HomeMarker, DataKey]:
    """Makes a new data key for ``home``: into the key source first, then the marker naming it.

    A crash between the two leaves a key nothing names (harmless: it protects nothing); a marker is
    never written for a key that is not stored.
    """
    marker = HomeMarker(HomeMarker.new_id(), source_kind(keys), migrating)
    key, raw = DataKey.generate()
    keys.save(marker.home_id, raw)
    marker.save(home)
    return marker, key


@dataclass
class EraseReport:
    """What :func:`erase_case_data` did; ``complete`` when nothing readable can remain.

    ``key_problem`` is ours (a phrase) or the credential store's or the system's words (a ``str``);
    ``file_problem`` the system's.
    """

    key_deleted: bool = False
    key_problem: Phrase | str = ""
    remaining: list[Path] = field(default_factory=list)
    file_problem: str = ""

    @property
    def complete(self) -> bool:
        # Without its key, what remains is ciphertext; without the files, a stale key protects nothing.
        return self.key_deleted or not self.remaining

    def describe(self) -> Phrase:
        """The outcome in words, for the member: what remains and how to finish (``str()``: English)."""
        parts: list[Phrase] = []
        if not self.key_deleted:
            parts.append(
                phrase(
                    "StoreError",
                    "The home's data key could not be deleted from the credential store ({problem}).",
                    problem=self.key_problem,
                )
            )
        if self.remaining:
            listed = ", ".join(str(path) for path in self.remaining[:5])
            if len(self.remaining) > 5:
                parts.append(
                    phrase(
                        "StoreError",
                        "These files could not be removed ({problem}): {files} and %n more.",
                        n=len(self.remaining) - 5,
                        problem=self.file_problem,
                        files=listed,
                    )
                )
            else:
                parts.append(
                    phrase(
                        "StoreError",
                        "These files could not be removed ({problem}): {files}.",
                        problem=self.file_problem,
                        files=listed,
                    )
                )
        if not parts:
            return phrase("StoreError", "The local case data was erased.")
        if self.complete:
            parts.append(
                phrase(
                    "StoreError",
                    "Nothing readable remains: the files left are encrypted with a key that no longer exists; "
                    "the desk removes them at its next start, or delete them by hand.",
                )
                if self.key_deleted
                else phrase(
                    "StoreError",
                    "Nothing readable remains: the case files are gone; the leftover key protects nothing.",
                )
            )
        else:
            parts.append(
                phrase(
                    "StoreError",
                    "The case data is still readable with that key. Make the home writable and sign out again, "
                    "or delete the folder by hand and remove the entry 'arbitration-desk' from the credential store.",
                )
            )
        sentence = parts[0]
        for part in parts[1:]:
            sentence = then(sentence, part)
        return sentence


def erase_case_data(home: Path, keys: KeySource | None) -> EraseReport:
    """Deletes the home's data key (first), then every file of case data and the marker.

    Needs no database, no session file and no platform. ``keys`` None: only the files (the key
    source is out of reach). The caller has closed every connection to the database.
    """
    report = EraseReport()
    try:
        marker = HomeMarker.load(home)
    except HomeMarkerError as exc:
        marker, report.key_problem = None, said(exc)
    if marker is None:
        report.key_deleted = True  # no marker: no key of this home anywhere (or it cannot be named)
        report.key_problem = report.key_problem or phrase("StoreError", "no key")
    elif keys is None:
        report.key_problem = phrase("StoreError", "no credential store")
    else:
        try:
            keys.delete(marker.home_id)
            report.key_deleted = True
        except (KeyUnavailableError, OSError) as exc:  # whatever failed, the files still go
            report.key_problem = said(exc)
    for name in DB_FILES:
        _remove(home / name, report, tree=False)
    for name in DATA_DIRS:
        _remove(home / name, report, tree=True)
    if not report.remaining:  # the marker goes last: a retry still finds the key to delete
        _remove(home / MARKER, report, tree=False)
    return report


def _remove(path: Path, report: EraseReport, *, tree: bool) -> None:
    """Removes the file ``path`` (or, with ``tree``, the directory and all in it); failures go in ``report``."""

    def failed(_function: object, failed_path: str, exc: BaseException) -> None:
        report.remaining.append(Path(failed_path))
        report.file_problem = report.file_problem or _reason(exc)

    try:
        if tree and path.is_dir() and not path.is_symlink():
            _make_writable(path)
            if sys.version_info >= (3, 12):
                shutil.rmtree(path, onexc=failed)
            else:  # 3.11 hands (type, value, traceback) to ``onerror``, which 3.12 deprecates
                shutil.rmtree(path, onerror=lambda function, name, info: failed(function, name, info[1]))
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:
        report.remaining.append(path)
        report.file_problem = report.file_problem or _reason(exc)


def _make_writable(directory: Path) -> None:
    """Opened copies are 0400 in 0700 directories; directories made read-only by hand block unlinks."""
    for root, dirs, _files in os.walk(directory):
        for name in dirs:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, name), 0o700)


def _reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
