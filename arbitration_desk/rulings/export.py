"""Decision-record export for legal staff: every ruling downloaded, hashed, verified and filed in a folder.

For each record of ``GET /v1/rulings`` (from the cursor kept in the folder's manifest), the document
is downloaded into ``<DIR>/.staging/`` (resumed with ``Range``), its ``ETag``, size and SHA-256 must
equal the listed ``document_sha256`` and ``document_size``, and its signature must verify against
the pinned platform CA by the same rules as ``verify`` (:mod:`arbitration_desk.rulings.verify`):
every signature requirement, the signer being the listed chair, unrevoked at the proven signing
time (the time-stamp's, or the listed ``received_at`` for a B-B ruling) according to the platform
CA's CRL, fetched once per run; a file that names its case must name the listed one. Only then is it
moved, byte for byte, to ``<DIR>/<case_reference>_<ruling_id>.pdf``, and an archival copy is made
beside it, ``….archival.pdf`` (PAdES B-LTA: the filed bytes, the validation data and a document
time-stamp; :mod:`arbitration_desk.rulings.archival`), verified in turn, so that the record still
verifies offline after the chair's certificate expires. A second run exports only what is new, plus
what failed before and any file (or archival copy) that is missing or no longer matches its hash.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from arbitration_desk.domain.files import replace_durably, write_atomic
from arbitration_desk.domain.payloads import RulingRecord
from arbitration_desk.domain.phrases import PhrasedError, phrase, said
from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.download import Listed, download_file
from arbitration_desk.platform.errors import InvalidCursor, PlatformError
from arbitration_desk.rulings.archival import make_archival_copy
from arbitration_desk.rulings.errors import RulingError, SigningError, VerificationError
from arbitration_desk.rulings.records import (
    FAILED,
    VALID,
    DecisionRecord,
    Manifest,
    archival_name,
    file_name,
    safe_part,
)
from arbitration_desk.rulings.revocation import FROM_THE_PLATFORM, RevocationError, RevocationList
from arbitration_desk.rulings.ruling import joined
from arbitration_desk.rulings.verify import Expectations, VerificationReport, verify_pdf

STAGING = ".staging"
WORKERS = 4


class ExportError(RulingError, PhrasedError):
    """The export cannot run at all (output folder, listing); nothing was half-written."""


class _Rejected(PhrasedError):
    """The document's signature does not pass; the verdict is ``failed``."""


@dataclass(frozen=True)
class ExportProgress:
    """``done`` of ``total`` records handled; ``record`` is the one just finished (None while listing)."""

    done: int
    total: int
    record: DecisionRecord | None = None


@dataclass
class ExportReport:
    """What one run did. ``failed`` lists the records whose download or verification failed."""

    exported: list[DecisionRecord] = field(default_factory=list)
    failed: list[DecisionRecord] = field(default_factory=list)
    unchanged: int = 0
    refetched: int = 0
    manifest: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.failed


def list_decision_records(
    client: PlatformClient, cursor: str | None = None, decided_since: str | None = None
) -> Iterator[tuple[list[RulingRecord], str]]:
    """Pages of ``GET /v1/rulings`` as (items, next_cursor) until ``has_more`` is false."""
    while True:
        page = client.list_rulings(cursor, None if cursor else decided_since).data
        yield page["items"], page["next_cursor"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return


def file_sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


class DecisionExporter:
    """Exports decision records into ``out_dir`` (the GUI view and ``arbitration-desk export``).

    Args:
        client: a signed-in client (legal staff see every ruling).
        trust_roots: the pinned platform CA (:func:`~arbitration_desk.rulings.trust.platform_trust_roots`).
        on_progress: called from worker threads with :class:`ExportProgress`.
    """

    def __init__(
        self,
        client: PlatformClient,
        trust_roots: Sequence[x509.Certificate],
        out_dir: Path,
        *,
        workers: int = WORKERS,
        on_progress: Callable[[ExportProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.client = client
        self.roots = list(trust_roots)
        self.out_dir = Path(out_dir)
        self.workers = workers
        self.on_progress = on_progress or (lambda progress: None)
        self.cancel = cancel or threading.Event()
        self._lock = threading.Lock()
        self._crl: RevocationList | None = None

    def run(self, decided_since: str | None = None) -> ExportReport:
        """One export run; the manifest is saved at the end and after every 100 records.

        Raises:
            ExportError: the folder cannot be written, or the rulings cannot be listed.
            ManifestError: the folder's manifest is unreadable.
        """
        try:
            (self.out_dir / STAGING).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(
                phrase("Export", "cannot create {path}: {error}", path=str(self.out_dir), error=str(exc))
            ) from None
        manifest = Manifest.load(self.out_dir)
        self._crl = self._fetch_crl()
        report = ExportReport(manifest=self.out_dir / "manifest.json")
        todo = self._recheck(manifest, report)
        cursor = self._list_new(manifest, decided_since, todo)
        total, done = len(todo), 0
        self.on_progress(ExportProgress(0, total))
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="export") as pool:
            for record in pool.map(self._export_one, todo):
                done += 1
                manifest.records[record.ruling_id] = record
                (report.exported if record.valid else report.failed).append(record)
                self.on_progress(ExportProgress(done, total, record))
                if done % 100 == 0:
                    manifest.save(self.out_dir)
        if not self.cancel.is_set():
            manifest.cursor = cursor
        manifest.save(self.out_dir)
        with contextlib.suppress(OSError):  # left only while something is to be resumed
            (self.out_dir / STAGING).rmdir()
        return report

    def _fetch_crl(self) -> RevocationList:
        """The platform CA's current CRL, once per run: without it no record can be shown unrevoked."""
        try:
            return RevocationList.load(self.client.signing_crl(), self.roots, FROM_THE_PLATFORM)
        except PlatformError as exc:
            raise ExportError(
                phrase(
                    "Export",
                    "cannot fetch the platform CA's CRL (needed to check revocation): {error}",
                    error=said(exc),
                )
            ) from exc
        except RevocationError as exc:
            raise ExportError(said(exc)) from exc

    # -- what to do -------------------------------------------------------------------------

    def _recheck(self, manifest: Manifest, report: ExportReport) -> list[DecisionRecord]:
        """Known records to fetch again: failed before, or their file is missing or altered."""
        todo: list[DecisionRecord] = []
        for record in manifest.records.values():
            if record.valid and self._files_intact(record):
                report.unchanged += 1
                continue
            if record.valid:
                report.refetched += 1
            todo.append(record)
        return todo

    def _files_intact(self, record: DecisionRecord) -> bool:
        return (
            bool(record.file and record.archival_file)
            and file_sha256(self.out_dir / record.file) == record.sha256
            and file_sha256(self.out_dir / record.archival_file) == record.archival_sha256
        )

    def _list_new(self, manifest: Manifest, decided_since: str | None, todo: list[DecisionRecord]) -> str | None:
        known = set(manifest.records)
        since = decided_since or manifest.decided_since
        cursor = manifest.cursor if since == manifest.decided_since else None
        try:
            pages = list(list_decision_records(self.client, cursor, since))
        except InvalidCursor:
            pages = list(list_decision_records(self.client, None, since))
        except PlatformError as exc:
            raise ExportError(phrase("Export", "cannot list the rulings: {error}", error=said(exc))) from exc
        for items, _ in pages:
            for item in items:
                if item["ruling_id"] not in known:
                    known.add(item["ruling_id"])
                    todo.append(DecisionRecord.from_platform(item))
        manifest.decided_since = since
        return pages[-1][1] if pages else cursor

    # -- one record -------------------------------------------------------------------------

    def _export_one(self, known: DecisionRecord) -> DecisionRecord:
        blank = {"file": "", "verdict": "", "problems": [], "signer": "", "archival_file": "", "archival_sha256": ""}
        record = DecisionRecord(**{**known.__dict__, **blank})
        if self.cancel.is_set():
            record.verdict, record.problems = FAILED, ["cancelled"]
            return record
        staging = self.out_dir / STAGING / f"{safe_part(record.ruling_id)}.part"
        try:
            data = self._download(record, staging)
            report = self._verify(record, data)
            record.signer = report.signer_name or report.signer
            record.problems = [str(problem) for problem in report.problems]  # the manifest keeps English
            if report.problems:
                raise _Rejected(joined(report.problems))
            archived = self._archival_copy(record, data)
            name = file_name(record.case_reference, record.ruling_id)
            replace_durably(staging, self.out_dir / name)  # named in the manifest: must survive a power cut
            archival = archival_name(record.case_reference, record.ruling_id)
            write_atomic(self.out_dir / archival, archived, mode=0o644)
            record.file, record.archival_file, record.verdict = name, archival, VALID
            record.archival_sha256 = hashlib.sha256(archived).hexdigest()
        except (_Rejected, VerificationError, SigningError, PlatformError, OSError) as exc:
            record.verdict = FAILED
            if not record.problems:
                record.problems = [str(exc)]
            record.request_id = getattr(exc, "request_id", None) or record.request_id
            staging.unlink(missing_ok=True)
        return record

    def _expectations(self, record: DecisionRecord) -> Expectations:
        try:
            received = parse_timestamp(record.received_at)
        except ValueError:
            received = None  # validated by the client already; a B-B ruling then shows unproven
        return Expectations(crl=self._crl, require_revocation=True, chair=record.chair_id, received_at=received)

    def _verify(self, record: DecisionRecord, data: bytes) -> VerificationReport:
        """The filed document by ``verify``'s rules, as the listed chair's ruling of the listed case."""
        report = verify_pdf(data, self.roots, expect=self._expectations(record))
        if report.case_reference and report.case_reference != record.case_reference:
            stated, listed = report.case_reference, record.case_reference
            report.problems.append(
                phrase(
                    "Export",
                    "the file is the ruling of {stated}, not {listed}",
                    stated=repr(stated),
                    listed=repr(listed),
                )
            )
        return report

    def _archival_copy(self, record: DecisionRecord, filed: bytes) -> bytes:
        """The archival copy of a verified filed ruling, itself verified (with its own validation data)."""
        assert self._crl is not None
        try:
            archived = make_archival_copy(filed, self._crl.der, self.client.timestamp)
        except SigningError as exc:
            raise _Rejected(phrase("Export", "the archival copy could not be made: {error}", error=said(exc))) from exc
        expect = dataclasses.replace(self._expectations(record), crl=None)
        report = verify_pdf(archived, self.roots, expect=expect)
        if not report.ok or report.filed_sha256 != record.sha256:
            if report.problems:
                raise _Rejected(
                    phrase("Export", "the archival copy does not verify: {problems}", problems=joined(report.problems))
                )
            raise _Rejected(phrase("Export", "the archival copy does not verify: it does not hold the filed ruling"))
        return archived

    def _download(self, record: DecisionRecord, staging: Path) -> bytes:
        """The document, downloaded into ``staging`` (resumed) and hash-checked; one full retry."""
        listed = Listed(self.client.ruling_document_path(record.ruling_id), record.sha256, record.size)
        data, request_id = download_file(self.client, listed, staging)
        record.request_id = request_id or record.request_id
        return data
