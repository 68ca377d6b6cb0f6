"""Scanning every byte under a home for case data that should only exist encrypted."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

#: Magic numbers of the evidence formats the demo world holds, looked for anywhere in a file (PNG, PDF).
MAGIC = (b"\x89PNG\r\n\x1a\n", b"%PDF-")
#: JPEG's three-byte start of image, looked for at the start of files only (three bytes occur by chance
#: in any large file, encrypted or not).
JPEG = b"\xff\xd8\xff"


def readable_traces(home: Path, texts: Iterable[str], *, skip: Iterable[str] = ()) -> list[str]:
    """Where ``texts`` (UTF-8 and UTF-16) or a file-format magic number occur in files under ``home``.

    Args:
        skip: names of top-level entries of ``home`` not to scan (the demo's own sandbox state).

    Returns:
        One line per finding, ``<relative path>: <what>``; empty when nothing readable was found.
    """
    needles: list[tuple[bytes, str]] = [(magic, f"magic {magic!r}") for magic in MAGIC]
    for text in texts:
        if len(text) >= 8:
            needles.append((text.encode("utf-8"), repr(text[:40])))
            needles.append((text.encode("utf-16-le"), f"{text[:40]!r} (UTF-16)"))
    skipped = set(skip)
    findings = []
    for path in sorted(home.rglob("*")):
        relative = path.relative_to(home)
        if relative.parts[0] in skipped or not path.is_file() or path.is_symlink():
            continue
        data = path.read_bytes()
        findings.extend(f"{relative}: {label}" for needle, label in needles if needle in data)
        if data.startswith(JPEG):
            findings.append(f"{relative}: starts as a JPEG")
    return findings
