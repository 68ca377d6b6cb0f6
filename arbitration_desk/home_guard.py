"""Keeping the home out of backups and cloud sync (the platform contract's "Data handling").

Case files (bank statements, chats, identity documents) must stay on the member's computer:

- the home holds a ``CACHEDIR.TAG`` (https://bford.info/cachedir/), which backup tools that
  honour it skip (``tar --exclude-caches``, borg and restic with ``--exclude-caches``, many others);
- on macOS the home carries Time Machine's exclusion attribute (the one ``tmutil addexclusion``
  sets);
- a home inside a folder that a cloud-sync client mirrors (Dropbox, OneDrive, Google Drive,
  iCloud Drive, Nextcloud) is refused outright: there is no marker such clients honour.

Standard library only: the sandbox's command resolves its home through here too.
"""

from __future__ import annotations

import contextlib
import logging
import plistlib
import sys
from dataclasses import dataclass
from pathlib import Path

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.domain.phrases import Phrase, PhrasedError, phrase

log = logging.getLogger(__name__)

CACHEDIR_TAG = "CACHEDIR.TAG"
#: The signature the specification requires as the file's first bytes.
CACHEDIR_SIGNATURE = b"Signature: 8a477f597d28d172789f06886806bc55"
CACHEDIR_TAG_CONTENT = CACHEDIR_SIGNATURE + (
    b"\n# This file is a cache directory tag created by Arbitration Desk: its case files must not be\n"
    b"# backed up. For information about cache directory tags, see https://bford.info/cachedir/\n"
)
#: Time Machine skips an item with this extended attribute (its value: a binary property list).
BACKUP_EXCLUSION_ATTRIBUTE = "com.apple.metadata:com_apple_backup_excludeItem"
BACKUP_EXCLUSION_VALUE = plistlib.dumps("com.apple.backupd", fmt=plistlib.FMT_BINARY)


class HomeRefused(PhrasedError):
    """The home cannot be used as it is; the message (a phrase) says why and the way out."""


@dataclass(frozen=True)
class CloudFolder:
    #: the service's name, or a phrase when it is not known ("a cloud storage provider")
    service: str | Phrase
    folder: Path


def _top_level_service(name: str) -> str | None:
    """The cloud service that syncs a folder with this name directly in the user's home."""
    lowered = name.casefold()
    if lowered == "dropbox" or lowered.startswith("dropbox ("):  # "Dropbox (Company)" for teams
        return "Dropbox"
    if lowered.startswith("onedrive"):  # "OneDrive", "OneDrive - Company"
        return "OneDrive"
    if lowered == "google drive":
        return "Google Drive"
    if lowered in ("icloud drive", "iclouddrive"):  # iCloud for Windows: ~/iCloudDrive
        return "iCloud Drive"
    if lowered == "nextcloud":
        return "Nextcloud"
    return None


def _cloud_storage_service(name: str) -> str | Phrase:
    """The service behind a macOS File Provider folder, ``~/Library/CloudStorage/<name>``."""
    lowered = name.casefold()
    for prefix, service in (
        ("googledrive", "Google Drive"),
        ("onedrive", "OneDrive"),
        ("dropbox", "Dropbox"),
        ("icloud", "iCloud Drive"),
        ("nextcloud", "Nextcloud"),
    ):
        if lowered.startswith(prefix):
            return service
    return phrase("HomeGuard", "a cloud storage provider")


def cloud_sync_folder(home: Path, user_home: Path | None = None) -> CloudFolder | None:
    """The cloud-sync folder ``home`` lies in (or is), judged by the path under the user's home."""
    base = (user_home if user_home is not None else Path.home()).resolve()
    try:
        parts = home.resolve().relative_to(base).parts
    except ValueError:  # not under the user's home
        return None
    folded = [part.casefold() for part in parts]
    if folded[:2] == ["library", "mobile documents"]:
        return CloudFolder("iCloud Drive", base.joinpath(*parts[:2]))
    if folded[:2] == ["library", "cloudstorage"] and len(parts) >= 3:
        return CloudFolder(_cloud_storage_service(parts[2]), base.joinpath(*parts[:3]))
    service = _top_level_service(parts[0]) if parts else None
    return CloudFolder(service, base / parts[0]) if service else None


def refuse_cloud_sync(home: Path, user_home: Path | None = None) -> None:
    """Raises :class:`HomeRefused` when ``home`` lies inside a cloud-sync folder."""
    found = cloud_sync_folder(home, user_home)
    if found is not None:
        raise HomeRefused(
            phrase(
                "HomeGuard",
                "the home {home} lies inside the {service} folder {folder}, which copies its files to the cloud, "
                "and case files must stay on this computer; choose a home outside it with --home DIR or the "
                "ARBITRATION_DESK_HOME environment variable",
                home=str(home),
                service=found.service,
                folder=str(found.folder),
            )
        )


def write_cachedir_tag(home: Path) -> None:
    """Puts ``CACHEDIR.TAG`` in the home unless one with the right signature is there already."""
    tag = home / CACHEDIR_TAG
    with contextlib.suppress(OSError), tag.open("rb") as existing:
        if existing.read(len(CACHEDIR_SIGNATURE)) == CACHEDIR_SIGNATURE:
            return
    write_atomic(tag, CACHEDIR_TAG_CONTENT)


def exclude_from_backups(home: Path) -> bool:
    """Sets Time Machine's exclusion attribute on macOS; whether it was set (elsewhere: False).

    A file system without extended attributes is no reason to stop the desk: the failure is logged.
    """
    if sys.platform != "darwin":
        return False
    # Imported here, on macOS only: elsewhere ctypes would cost every command's start-up for nothing
    # (issue 16, start-up).
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    # int setxattr(const char *path, const char *name, const void *value, size_t size,
    #              u_int32_t position, int options)
    result = libc.setxattr(
        str(home).encode(),
        BACKUP_EXCLUSION_ATTRIBUTE.encode(),
        BACKUP_EXCLUSION_VALUE,
        ctypes.c_size_t(len(BACKUP_EXCLUSION_VALUE)),
        ctypes.c_uint32(0),
        ctypes.c_int(0),
    )
    if result != 0:
        log.info("could not exclude %s from Time Machine backups (errno %d)", home, ctypes.get_errno())
        return False
    return True


def protect_home(home: Path) -> None:
    """Marks an existing home as not to be backed up (the tag, the macOS attribute)."""
    write_cachedir_tag(home)
    exclude_from_backups(home)
