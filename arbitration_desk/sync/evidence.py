"""Evidence download and verification (contract README, "Evidence download and verification").

The transfer follows the contract's download rules in :mod:`arbitration_desk.platform.download`
(resume with ``Range``, 206/200/416, the ``ETag`` and size checks, no byte beyond the listed
size) into the blob store's staging file of the expected SHA-256 (sealed under the home's key:
it keeps whole encrypted chunks, so after a broken connection the download resumes after the last
of them, at :meth:`BlobStore.bytes_held`). The complete file is hashed: a match moves it to the
verified store, a mismatch quarantines it and we download once more in full; a second mismatch
marks the item *failed verification*.

An ``ETag`` naming other content (``"sha256:<another hash>"``) is a mismatch too, known before the
body: the body is refused and the mismatch counted the same way, with that download's request ID.
The first leaves the item quarantined and the sync reports it; the download once more comes at
the next sync (asking again at once would likely meet the same answer), and a second mismatch
marks it failed verification. An ``ETag`` missing or not of that form names no content: the
download is refused as a failure to retry later, like a wrong size or range.

An item of at most :data:`WHOLE_MAX` bytes with no partial download is first fetched with a plain
GET into memory and stored with one write (most evidence is a screenshot of ~100 KB: a staging
file created, re-opened and re-read for each cost more than the download). If its body stops
short, what arrived becomes the staging file and is resumed with ``Range`` like any other (see
docs/decisions/0010-evidence-written-whole-beside-its-destination.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.download import Listed, fetch_resumable, fetch_whole
from arbitration_desk.platform.errors import DownloadRejected
from arbitration_desk.store.blobs import BlobStore, FinalizeResult, FinalizeStatus, StagingWriter
from arbitration_desk.store.errors import BlobTooLargeError
from arbitration_desk.store.records import EvidenceRow
from arbitration_desk.store.states import EvidenceState
from arbitration_desk.store.sync_facet import SyncStore
from arbitration_desk.sync.report import CancelToken

#: Items up to this size are fetched into memory: no staging file unless the body stops short.
WHOLE_MAX = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class EvidenceOutcome:
    state: EvidenceState
    bytes_received: int
    request_id: str | None = None
    reason: str | None = None
    #: A verified file not yet fsynced (``mark_verified=False``): the caller makes it durable.
    pending_durable: Path | None = None


@dataclass(frozen=True, slots=True)
class BlobStaging:
    """The blob store's staging file of one listed file, as the platform download's Staging.

    Its writer finishes the file (seals its final chunk) only once it holds the listed size; a
    broken or refused download leaves it unfinished, resumable at ``held()``.
    """

    blobs: BlobStore
    listed: Listed

    def held(self) -> int:
        return self.blobs.bytes_held(self.listed.sha256)

    def discard(self) -> None:
        self.blobs.reset(self.listed.sha256)

    def appending(self) -> StagingWriter:
        return self.blobs.open_append(self.listed.sha256, limit=self.listed.size)


@dataclass(frozen=True, slots=True)
class Fetched:
    """One transfer into the blob store: where the file went (verified or quarantined)."""

    result: FinalizeResult
    request_id: str | None
    #: Stored whole with ``durable=False``: not fsynced yet (``BlobStore.make_durable``).
    unsynced: bool = False


def fetch_into_blobs(
    blobs: BlobStore,
    client: PlatformClient,
    listed: Listed,
    *,
    on_bytes: Callable[[int], None],
    cancel: CancelToken,
    durable: bool = True,
) -> Fetched:
    """Brings ``listed`` into the blob store under its SHA-256: whole into memory when small and
    nothing is held yet, else resumed with ``Range`` from the sealed staging file; the file is
    hashed on the way into the verified store (a mismatch goes to quarantine: the caller decides).

    Raises:
        DownloadRejected: the answer broke the download rules (the staging file is dropped).
        PlatformError: the platform refused the download.
    """
    request_id: str | None = None
    try:
        whole: bytes | None = None
        if listed.size <= WHOLE_MAX and not blobs.bytes_held(listed.sha256):
            received, request_id = fetch_whole(client, listed, on_bytes=on_bytes, checkpoint=cancel.check)
            if len(received) == listed.size:
                whole = received
            elif received:  # the body stopped short: what arrived is the staging file, resumed below
                with blobs.open_append(listed.sha256, limit=listed.size) as writer:
                    writer.write(received)
        if whole is None:
            staging = BlobStaging(blobs, listed)
            resumed = fetch_resumable(client, listed, staging, on_bytes=on_bytes, checkpoint=cancel.check)
            request_id = resumed or request_id
    except DownloadRejected:
        blobs.reset(listed.sha256)
        raise
    except BlobTooLargeError as exc:  # the staging writer refused bytes beyond the listed size
        blobs.reset(listed.sha256)
        raise DownloadRejected(
            phrase("Sync", "more bytes than the listed {size}: {error}", size=listed.size, error=said(exc))
        ) from exc
    if whole is not None:
        return Fetched(blobs.store_complete(listed.sha256, whole, durable=durable), request_id, unsynced=not durable)
    return Fetched(blobs.finalize(listed.sha256, listed.sha256), request_id)


def download_evidence(
    store: SyncStore,
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
        return EvidenceOutcome(EvidenceState.VERIFIED, 0)
    received = 0

    def count(n: int) -> None:
        nonlocal received
        received += n
        on_bytes(n)

    listed = Listed(client.evidence_path(row.case_id, row.evidence_id), row.sha256, row.size_bytes)
    while True:
        try:
            fetched = fetch_into_blobs(
                store.blobs, client, listed, on_bytes=count, cancel=cancel, durable=mark_verified
            )
        except DownloadRejected as exc:
            if exc.other_sha256 is not None:
                return _other_content(store, row, exc.other_sha256, exc.request_id, received)
            raise
        result, request_id = fetched.result, fetched.request_id
        if result.status is FinalizeStatus.VERIFIED:
            if mark_verified:
                store.mark_evidence_verified(row.sha256)
            pending = result.path if fetched.unsynced else None
            return EvidenceOutcome(EvidenceState.VERIFIED, received, request_id, pending_durable=pending)
        updated = store.record_evidence_mismatch(row.case_id, row.evidence_id, result.actual_sha256, request_id)
        if updated.state is EvidenceState.FAILED_VERIFICATION:
            return EvidenceOutcome(updated.state, received, request_id, updated.failure_reason)
        # Quarantined once: loop to download once more, in full (finalize moved the staging file away).


def _other_content(
    store: SyncStore, row: EvidenceRow, other_sha256: str, request_id: str | None, received: int
) -> EvidenceOutcome:
    """Counts a download under an ETag naming other content as a mismatch (its body was refused).

    Returns the failed-verification outcome after the second mismatch; raises DownloadRejected
    after the first, so that the sync reports the item and comes back to it at the next run.
    """
    updated = store.record_evidence_mismatch(row.case_id, row.evidence_id, other_sha256, request_id, named_by_etag=True)
    if updated.state is EvidenceState.FAILED_VERIFICATION:
        return EvidenceOutcome(updated.state, received, request_id, updated.failure_reason)
    raise DownloadRejected(
        phrase(
            "Sync",
            "{reason}; quarantined, it is downloaded once more at the next sync",
            reason=updated.failure_reason or "",
        ),
        request_id=request_id,
    )
