"""Evidence download and verification (contract README, "Evidence download and verification").

Content goes to a staging file named by its expected SHA-256 and resumes with ``Range``; on 206
we append, on 200 the body replaces the partial file, on 416 we discard it and start over. The
``ETag`` must be ``"sha256:<expected>"`` and the total size ``size_bytes``; more bytes abort. The
complete file is hashed: a match moves it to the verified store, a mismatch quarantines it and we
download once more in full; a second mismatch marks the item *failed verification*.

An ``ETag`` naming other content (``"sha256:<another hash>"``) is a mismatch too, known before the
body: the body is refused and the mismatch counted the same way, with that download's request ID.
The first leaves the item quarantined and the sync reports it; the download once more comes at
the next sync (asking again at once would likely meet the same answer), and a second mismatch
marks it failed verification. An ``ETag`` missing or not of that form names no content: the
download is refused as a failure to retry later, like a wrong size or range.

An item of at most :data:`WHOLE_MAX` bytes with no partial download is first fetched with a plain
GET into memory and stored with one write (most evidence is a screenshot of ~100 KB: a staging
file created, re-opened and re-read for each cost more than the download). If its body stops
short, what arrived becomes the staging file and is resumed with ``Range`` like any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import PlatformError, TransportError
from arbitration_desk.platform.transport import request_id_of
from arbitration_desk.store.blobs import FinalizeStatus
from arbitration_desk.store.errors import BlobTooLargeError
from arbitration_desk.store.records import EvidenceRow, EvidenceState
from arbitration_desk.store.store import Store
from arbitration_desk.sync.report import CancelToken

CHUNK = 256 * 1024
#: Items up to this size are fetched into memory: no staging file unless the body stops short.
WHOLE_MAX = 4 * 1024 * 1024
#: Attempts at one download across broken connections (each resumes where the last stopped).
RESUME_ATTEMPTS = 6
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+)")
_CONTENT_ETAG = re.compile(r'"sha256:([0-9a-f]{64})"')


class DownloadRejected(Exception):
    """The answer breaks the download rules (wrong ETag, size, range); the partial file is dropped."""

    def __init__(self, message: str, request_id: str | None) -> None:
        super().__init__(message)
        self.request_id = request_id


class ServedOtherContent(DownloadRejected):
    """The ``ETag`` names content other than the listed ``sha256``: a mismatch, counted as one."""

    def __init__(self, named_sha256: str, request_id: str | None) -> None:
        super().__init__(f"the ETag names content {named_sha256}", request_id)
        self.named_sha256 = named_sha256


@dataclass(frozen=True, slots=True)
class EvidenceOutcome:
    state: str  # an EvidenceState value
    bytes_received: int
    request_id: str | None = None
    reason: str | None = None
    #: A verified file not yet fsynced (``mark_verified=False``): the caller makes it durable.
    pending_durable: Path | None = None


def _check_answer(response: requests.Response, row: EvidenceRow, offset: int) -> int:
    """Validates status and headers; returns the offset at which the body starts."""
    request_id = request_id_of(response)
    etag = response.headers.get("ETag")
    if etag != f'"sha256:{row.sha256}"':
        named = _CONTENT_ETAG.fullmatch(etag or "")
        if named is not None:
            raise ServedOtherContent(named.group(1), request_id)
        raise DownloadRejected(f"ETag {etag!r} does not name the expected content", request_id)
    if response.status_code == 206:
        match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
        if match is None or int(match.group(1)) != offset or int(match.group(3)) != row.size_bytes:
            raise DownloadRejected("Content-Range does not continue the partial file", request_id)
        return offset
    length = response.headers.get("Content-Length")
    if length is not None and (not length.isdigit() or int(length) != row.size_bytes):
        raise DownloadRejected(f"size {length} differs from the listed {row.size_bytes} bytes", request_id)
    return 0


def _fetch_whole(
    store: Store, client: PlatformClient, row: EvidenceRow, on_bytes: Callable[[int], None], cancel: CancelToken
) -> tuple[bytes | None, str | None]:
    """One plain GET of a small item into memory: ``(content, request ID)``.

    Content is None when the body stopped short: what arrived is kept as the staging file, which
    :func:`_fetch_once` then resumes with ``Range`` as for any partial download.
    """
    received = bytearray()
    request_id: str | None = None
    try:
        with client.download(client.evidence_path(row.case_id, row.evidence_id)) as response:
            request_id = request_id_of(response)
            _check_answer(response, row, 0)
            for chunk in response.iter_content(CHUNK):
                cancel.check()
                if len(received) + len(chunk) > row.size_bytes:
                    raise DownloadRejected(f"more bytes than the listed {row.size_bytes}", request_id)
                received += chunk
                on_bytes(len(chunk))
    except (requests.RequestException, TransportError):
        pass  # resumed below
    if len(received) == row.size_bytes:
        return bytes(received), request_id
    if received:
        with store.blobs.open_append(row.sha256, limit=row.size_bytes) as writer:
            writer.write(bytes(received))
    return None, request_id


def _fetch_once(
    store: Store, client: PlatformClient, row: EvidenceRow, on_bytes: Callable[[int], None], cancel: CancelToken
) -> str | None:
    """Brings the staging file to ``size_bytes`` (resuming); returns the last request ID."""
    key = row.sha256
    blobs = store.blobs
    path = client.evidence_path(row.case_id, row.evidence_id)
    request_id: str | None = None
    for attempt in range(1, RESUME_ATTEMPTS + 1):
        cancel.check()
        held = blobs.bytes_held(key)
        if held > row.size_bytes:
            blobs.reset(key)
            held = 0
        if held == row.size_bytes:
            return request_id
        try:
            with client.download(path, held) as response:
                request_id = request_id_of(response)
                if response.status_code == 416:
                    blobs.reset(key)
                    continue
                start = _check_answer(response, row, held)
                if start == 0 and held:
                    blobs.reset(key)
                with blobs.open_append(key, limit=row.size_bytes) as writer:
                    for chunk in response.iter_content(CHUNK):
                        cancel.check()
                        writer.write(chunk)  # raises when more bytes arrive than listed
                        on_bytes(len(chunk))
            if blobs.bytes_held(key) == row.size_bytes:
                return request_id
        except (requests.RequestException, TransportError) as exc:
            if attempt == RESUME_ATTEMPTS:
                raise TransportError(f"download kept failing: {exc}", request_id=request_id) from exc
            client.transport.sleep(client.transport.retry.delay(attempt, None))
    raise TransportError("download did not complete", request_id=request_id)


def download_evidence(
    store: Store,
    client: PlatformClient,
    row: EvidenceRow,
    *,
    on_bytes: Callable[[int], None] = lambda n: None,
    cancel: CancelToken | None = None,
    mark_verified: bool = True,
) -> EvidenceOutcome:
    """Downloads and verifies one item. Raises PlatformError/DownloadRejected for a failure to retry later
    (among them a first download under an ETag naming other content, recorded as quarantined).

    With ``mark_verified=False`` a verified item's row is left for the caller to mark (the sync
    marks a case's items together, in one transaction), and a file fetched whole is not yet
    fsynced: the caller passes ``pending_durable`` to ``BlobStore.make_durable`` first. The file
    is in the verified store already, so a crash before the marking only means the next sync
    marks it without downloading it again (or, if a power cut left it short, fetches it again).
    """
    cancel = cancel or CancelToken()
    if store.blobs.has_verified(row.sha256, row.size_bytes):
        if mark_verified:
            store.mark_evidence_verified(row.sha256)
        return EvidenceOutcome(EvidenceState.VERIFIED.value, 0)
    received = 0

    def count(n: int) -> None:
        nonlocal received
        received += n
        on_bytes(n)

    while True:
        request_id: str | None = None
        try:
            whole: bytes | None = None
            if row.size_bytes <= WHOLE_MAX and not store.blobs.bytes_held(row.sha256):
                whole, request_id = _fetch_whole(store, client, row, count, cancel)
            if whole is None:
                request_id = _fetch_once(store, client, row, count, cancel) or request_id
        except ServedOtherContent as exc:
            store.blobs.reset(row.sha256)
            return _other_content(store, row, exc, received)
        except DownloadRejected:
            store.blobs.reset(row.sha256)
            raise
        except PlatformError:
            raise
        except BlobTooLargeError as exc:  # the staging writer refused bytes beyond the listed size
            store.blobs.reset(row.sha256)
            raise DownloadRejected(f"more bytes than the listed {row.size_bytes}: {exc}", None) from exc
        if whole is not None:
            result = store.blobs.store_complete(row.sha256, whole, durable=mark_verified)
        else:
            result = store.blobs.finalize(row.sha256, row.sha256)
        if result.status is FinalizeStatus.VERIFIED:
            if mark_verified:
                store.mark_evidence_verified(row.sha256)
            pending = result.path if whole is not None and not mark_verified else None
            return EvidenceOutcome(EvidenceState.VERIFIED.value, received, request_id, pending_durable=pending)
        updated = store.record_evidence_mismatch(row.case_id, row.evidence_id, result.actual_sha256, request_id)
        if updated.state == EvidenceState.FAILED_VERIFICATION.value:
            return EvidenceOutcome(updated.state, received, request_id, updated.failure_reason)
        # Quarantined once: loop to download once more, in full (finalize moved the staging file away).


def _other_content(store: Store, row: EvidenceRow, exc: ServedOtherContent, received: int) -> EvidenceOutcome:
    """Counts a download under an ETag naming other content as a mismatch (its body was refused).

    Returns the failed-verification outcome after the second mismatch; raises DownloadRejected
    after the first, so that the sync reports the item and comes back to it at the next run.
    """
    updated = store.record_evidence_mismatch(
        row.case_id, row.evidence_id, exc.named_sha256, exc.request_id, named_by_etag=True
    )
    if updated.state == EvidenceState.FAILED_VERIFICATION.value:
        return EvidenceOutcome(updated.state, received, exc.request_id, updated.failure_reason)
    raise DownloadRejected(
        f"{updated.failure_reason}; quarantined, it is downloaded once more at the next sync", exc.request_id
    ) from exc
