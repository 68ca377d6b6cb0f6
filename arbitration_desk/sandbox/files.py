"""Content-addressed file store on disk and resumable downloads (ETag, 304, single Range)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from arbitration_desk.domain.files import write_atomic
from arbitration_desk.sandbox.httpio import Request, Response
from arbitration_desk.sandbox.problems import ApiError

_RANGE = re.compile(r"^bytes=(?:([0-9]+)-([0-9]*)|-([0-9]+))$")


class FileStore:
    """Files under ``root`` named by the SHA-256 of their content."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, content: bytes) -> str:
        """Stores ``content`` (atomically, once) and returns its SHA-256."""
        digest = hashlib.sha256(content).hexdigest()
        target = self.path(digest)
        if target.exists() and target.stat().st_size == len(content):
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, content, mode=0o600)
        return digest


def etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",")]
    return "*" in tags or etag in tags


def serve_file(request: Request, path: Path, sha256: str, media_type: str) -> Response:
    """The file, honouring If-None-Match and a single byte range (several ranges → the whole file)."""
    etag = f'"sha256:{sha256}"'
    base = {"ETag": etag, "Accept-Ranges": "bytes"}
    header = request.header("Range")
    found = None
    if header is not None:
        header = header.strip()
        found = _RANGE.match(header)
        if found is None and not (header.startswith("bytes=") and "," in header):
            raise ApiError("bad-request", "Range must be a single byte range such as bytes=1024-.")
    if etag_matches(request.header("If-None-Match"), etag):
        return Response(304, base)
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ApiError("not-found", "The content is not available.") from exc
    headers = {**base, "Content-Type": media_type or "application/octet-stream"}
    whole = Response(200, headers, file=path, offset=0, length=size)
    if found is None:
        return whole
    first_text, last_text, suffix_text = found.groups()
    if suffix_text is not None:
        suffix = int(suffix_text)
        if suffix == 0 or size == 0:
            raise _unsatisfiable(size)
        first, last = max(0, size - suffix), size - 1
    else:
        first = int(first_text)
        last = int(last_text) if last_text else size - 1
        if first >= size:
            raise _unsatisfiable(size)
        if last < first:
            return whole
        last = min(last, size - 1)
    headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    return Response(206, headers, file=path, offset=first, length=last - first + 1)


def _unsatisfiable(size: int) -> ApiError:
    return ApiError(
        "range-not-satisfiable",
        f"The range starts beyond the end of the content ({size} bytes).",
        headers={"Content-Range": f"bytes */{size}"},
    )
