"""The contract's resumable, verified file download (README "Evidence download and verification").

Evidence content (the sync) and ruling documents (the export) follow the same rules, kept here:

- a partial file resumes with ``Range: bytes=<bytes held>-``; on 206 the body is appended, on 200
  it replaces the partial file, on 416 the partial file is discarded and the file downloaded in
  full (README: "on 416 discard it and download in full");
- the ``ETag`` must be ``"sha256:<listed hash>"`` and the total size the listed size; the
  download stops as soon as more bytes arrive than listed;
- the complete file's SHA-256 must be the listed one; on a mismatch it is downloaded once more in
  full (:func:`download_file`). The sync hashes while moving a file into the member's verified
  store instead, and keeps the quarantine rules there (:mod:`arbitration_desk.sync.evidence`).

A breach of these rules raises :class:`DownloadRejected`. A connection that breaks is resumed
where it stopped, up to :data:`RESUME_ATTEMPTS` times, then :class:`TransportError`. Where the
bytes go is the caller's: a :class:`Staging` (a plain file here, for the export's readable copies;
the blob store's sealed staging in the sync).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

import requests

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import DownloadRejected, RangeNotSatisfiable, TransportError
from arbitration_desk.platform.neterrors import transport_error
from arbitration_desk.platform.transport import request_id_of

CHUNK = 256 * 1024
#: Attempts at one download across broken connections (each resumes where the last stopped).
RESUME_ATTEMPTS = 6
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")
_CONTENT_ETAG = re.compile(r'"sha256:([0-9a-f]{64})"')


def _nothing(*_: object) -> None:
    return None


@dataclass(frozen=True, slots=True)
class Listed:
    """A file as the platform lists it: its API path, SHA-256 (lowercase hex) and size in bytes."""

    path: str
    sha256: str
    size: int


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...


class Staging(Protocol):
    """Where a download's bytes are kept between attempts (and between runs).

    The partial file need not keep every byte written to it: an encrypted one keeps whole sealed
    chunks only, and drops the tail that was still in memory when a connection broke (the blob
    store's sealed staging). ``held`` says where it resumes, and the ``Range`` request asks from
    there, so such bytes are simply fetched again.
    """

    def held(self) -> int:
        """Where the partial file resumes: the bytes it keeps (0 when there is none)."""
        ...

    def discard(self) -> None:
        """Drops the partial file."""
        ...

    def appending(self) -> AbstractContextManager[Sink]:
        """A writer continuing the partial file at :meth:`held` (created if missing).

        Leaving its ``with`` block normally after the last byte completes the file; an exception
        (a broken connection, a refused answer, a cancel) leaves it resumable at :meth:`held`.
        """
        ...


class FileStaging:
    """A :class:`Staging` in one plain file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def held(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)

    def appending(self) -> BinaryIO:
        return open(self.path, "ab")  # the caller's with block closes it


def _check_answer(response: requests.Response, listed: Listed, offset: int) -> int:
    """Checks status, ETag, range and size; returns where the body starts (0: replace the partial file)."""
    request_id = request_id_of(response)
    etag = response.headers.get("ETag")
    if etag != f'"sha256:{listed.sha256}"':
        named = _CONTENT_ETAG.fullmatch(etag or "")
        if named is not None:
            other = named.group(1)
            raise DownloadRejected(
                phrase("PlatformError", "the ETag names content {sha256}", sha256=other),
                other_sha256=other,
                request_id=request_id,
            )
        raise DownloadRejected(
            phrase("PlatformError", "ETag {etag} does not name the expected content", etag=repr(etag)),
            request_id=request_id,
        )
    if response.status_code == 206:
        match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
        if match is None or int(match.group(1)) != offset or int(match.group(3)) != listed.size:
            raise DownloadRejected(
                phrase("PlatformError", "Content-Range does not continue the partial file"), request_id=request_id
            )
        return offset
    if response.status_code != 200:
        raise DownloadRejected(
            phrase("PlatformError", "unexpected answer {status} to a download", status=response.status_code),
            request_id=request_id,
        )
    length = response.headers.get("Content-Length")
    if length is not None and (not length.isdigit() or int(length) != listed.size):
        raise DownloadRejected(
            phrase(
                "PlatformError", "size {size} differs from the listed {listed} bytes", size=length, listed=listed.size
            ),
            request_id=request_id,
        )
    return 0


def _chunks(client: PlatformClient, listed: Listed, response: requests.Response) -> Iterator[bytes]:
    """The body in chunks; a connection that breaks raises TransportError (one sentence), not requests' text."""
    try:
        yield from response.iter_content(CHUNK)
    except requests.RequestException as exc:
        error = transport_error(exc, client.api_url, what=f"GET {listed.path}")
        error.request_id = request_id_of(response)
        raise error from exc


def _too_many(listed: Listed, request_id: str | None) -> DownloadRejected:
    return DownloadRejected(
        phrase("PlatformError", "more bytes than the listed {listed}", listed=listed.size), request_id=request_id
    )


def fetch_whole(
    client: PlatformClient,
    listed: Listed,
    *,
    on_bytes: Callable[[int], None] = _nothing,
    checkpoint: Callable[[], None] = _nothing,
) -> tuple[bytes, str | None]:
    """One plain GET into memory, for small files: ``(what arrived, request ID)``.

    What arrived is shorter than ``listed.size`` when the connection broke; the caller keeps it
    as its partial file and resumes with :func:`fetch_resumable`. The hash is the caller's to check.

    Args:
        on_bytes: called with the size of each chunk received.
        checkpoint: called before each chunk; raises to stop (a cancelled sync).

    Raises:
        DownloadRejected: the answer breaks the rules (the bytes are dropped).
        PlatformError: the platform refused the download (401 twice, 403, 404, ...).
    """
    received = bytearray()
    request_id: str | None = None
    try:
        with client.download(listed.path) as response:
            request_id = request_id_of(response)
            _check_answer(response, listed, 0)
            for chunk in _chunks(client, listed, response):
                checkpoint()
                if len(received) + len(chunk) > listed.size:
                    raise _too_many(listed, request_id)
                received += chunk
                on_bytes(len(chunk))
    except TransportError as exc:
        checkpoint()  # a cancelled caller stops here
        if exc.kind == "cancelled":
            raise
        # What arrived is kept and resumed by the caller.
    return bytes(received), request_id


def fetch_resumable(
    client: PlatformClient,
    listed: Listed,
    staging: Staging,
    *,
    on_bytes: Callable[[int], None] = _nothing,
    checkpoint: Callable[[], None] = _nothing,
    attempts: int = RESUME_ATTEMPTS,
) -> str | None:
    """Brings ``staging`` to ``listed.size`` bytes, resuming what it holds; returns the last request ID.

    The hash is the caller's to check (:func:`download_file` does).

    Raises:
        DownloadRejected: the answer breaks the rules; the partial file is left for the caller to drop.
        TransportError: the connection kept breaking.
        PlatformError: the platform refused the download.
    """
    request_id: str | None = None
    for attempt in range(1, attempts + 1):
        checkpoint()
        held = staging.held()
        if held > listed.size:
            staging.discard()
            held = 0
        if held == listed.size:
            return request_id
        try:
            with client.download(listed.path, held) as response:
                request_id = request_id_of(response)
                position = _check_answer(response, listed, held)
                if position == 0 and held:
                    staging.discard()  # a 200: the body is the whole file
                with staging.appending() as sink:
                    for chunk in _chunks(client, listed, response):
                        checkpoint()
                        if position + len(chunk) > listed.size:
                            raise _too_many(listed, request_id)
                        sink.write(chunk)
                        position += len(chunk)
                        on_bytes(len(chunk))
        except RangeNotSatisfiable as exc:
            # The partial file is not a prefix of this content: start again from the first byte.
            request_id = exc.request_id or request_id
            staging.discard()
            continue
        except TransportError as exc:
            checkpoint()  # a cancelled caller stops here rather than waiting to retry
            if exc.kind == "cancelled":
                raise
            request_id = exc.request_id or request_id
            if attempt == attempts:
                raise TransportError(
                    phrase("PlatformError", "the download kept failing: {error}", error=exc.said),
                    kind=exc.kind,
                    detail=exc.detail,
                    request_id=request_id,
                ) from exc
            client.transport.sleep(client.transport.retry.delay(attempt, None))
            continue
        if staging.held() == listed.size:
            return request_id
    raise TransportError(phrase("PlatformError", "the download did not complete"), request_id=request_id)


def download_file(client: PlatformClient, listed: Listed, path: Path) -> tuple[bytes, str | None]:
    """Downloads ``listed`` into ``path`` (resuming what it holds) and checks its SHA-256.

    On a mismatch the file is downloaded once more in full. Returns the content and the request ID
    of the last download (None when ``path`` already held the whole file).

    Raises:
        DownloadRejected: the rules were broken, or the content mismatched twice.
        TransportError, PlatformError: as for :func:`fetch_resumable`.
    """
    staging = FileStaging(path)
    request_id: str | None = None
    actual = ""
    for in_full in (False, True):
        if in_full:
            staging.discard()
        request_id = fetch_resumable(client, listed, staging) or request_id
        data = path.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual == listed.sha256:
            return data, request_id
    raise DownloadRejected(
        phrase(
            "PlatformError",
            "the downloaded file's SHA-256 is {actual}, not the listed {listed}",
            actual=actual,
            listed=listed.sha256,
        ),
        request_id=request_id,
    )
