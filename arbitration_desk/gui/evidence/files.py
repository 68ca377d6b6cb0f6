"""Reading verified evidence files in the desk: their kind, and the one readable copy it ever writes.

The type of a file is decided from its first bytes (:mod:`.kinds`), never from ``media_type`` or
``filename``. The desk never decodes evidence itself: images and PDFs are decoded by its decoder
process (:mod:`.decoder`). Evidence is read only through ``store.blobs.open_verified`` (sealed on
disk); :func:`external_copy` is the one place that writes it out readable, when the member asks to
open it in another program.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import BinaryIO

from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.gui.evidence.kinds import HEAD_BYTES, IMAGE_KINDS, FileKind, UnsafeImageError, sniff
from arbitration_desk.store.blobs import check_sha256
from arbitration_desk.store.opened import new_copy_directory

__all__ = [
    "IMAGE_KINDS",
    "FileKind",
    "UnsafeImageError",
    "external_copy",
    "kind_label",
    "sniff",
    "sniff_source",
]


def kind_label(kind: FileKind) -> str:
    """What the content is ("PDF file", "MP4 video"), in the desk's language."""
    return translate("FileKind", kind.label)


def sniff_source(source: BinaryIO) -> FileKind:
    """The kind of an open file from its first bytes; leaves it at its start."""
    kind = sniff(source.read(HEAD_BYTES))
    source.seek(0)
    return kind


def external_copy(source: BinaryIO, kind: FileKind, sha256: str, home: Path) -> Path:
    """Copies a verified file for another program, into a new private directory in ``<home>/opened``.

    Args:
        source: the verified content, open for reading (``store.blobs.open_verified``).
        kind: its sniffed kind (the copy's suffix).
        sha256: its hash (the copy's name).
        home: the store's home.

    The name is ``evidence-<first 16 hex digits of the hash><suffix of the sniffed kind>``: never
    the platform's file name. The copy is read-only (0400) in a 0700 directory; the desk removes
    it when it exits, at sign-out and at the next start after a crash
    (:mod:`arbitration_desk.store.opened`).
    """
    target = new_copy_directory(home) / f"evidence-{check_sha256(sha256)[:16]}{kind.suffix}"
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(descriptor, "wb") as out:
        shutil.copyfileobj(source, out)
    os.chmod(target, 0o400)
    return target
