"""Decision-record export for legal staff: every ruling downloaded, hashed, verified and filed in a folder.

For each record of ``GET /v1/rulings`` (from the cursor kept in the folder's manifest), the document
is downloaded into ``<DIR>/.staging/`` (resumed with ``Range``), its ``ETag``, size and SHA-256 must
equal the listed ``document_sha256`` and ``document_size``, and its signature must verify against
the pinned platform CA with the signer being the listed chair. Only then is it moved to
``<DIR>/<case_reference>_<ruling_id>.pdf``. A second run exports only what is new, plus what failed
before and any file that is missing or no longer matches its hash.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from arbitration_desk.domain.files import replace_durably
from arbitration_desk.domain.payloads import RulingRecord
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.download import Listed, download_file
from arbitration_desk.platform.errors import InvalidCursor, PlatformError
from arbitration_desk.rulings.errors import RulingError, VerificationError
from arbitration_desk.rulings.records import FAILED, VALID, DecisionRecord, Manifest, file_name, safe_part
from arbitration_desk.rulings.verify import verify_pdf

STAGING = ".staging"
WORKERS = 4


class ExportError(RulingError):
    """The export cannot run at all (output folder, listing); nothing was half-written."""


class _Rejected(Exception):
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

    def run(self, decided_since: str | None = None) -> ExportReport:
        """One export run; the manifest is saved at the end and after every 100 records.

        Raises:
            ExportError: the folder cannot be written, or the rulings cannot be listed.
            ManifestError: the folder's manifest is unreadable.
        """
        try:
            (self.out_dir / STAGING).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"cannot create {self.out_dir}: {exc}") from None
        manifest = Manifest.load(self.out_dir)
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
        return report

    # -- what to do -------------------------------------------------------------------------

    def _recheck(self, manifest: Manifest, report: ExportReport) -> list[DecisionRecord]:
        """Known records to fetch again: failed before, or their file is missing or altered."""
        todo: list[DecisionRecord] = []
        for record in manifest.records.values():
            if record.valid and record.file and file_sha256(self.out_dir / record.file) == record.sha256:
                report.unchanged += 1
                continue
            if record.valid:
                report.refetched += 1
            todo.append(record)
        return todo

    def _list_new(self, manifest: Manifest, decided_since: str | None, todo: list[DecisionRecord]) -> str | None:
        known = set(manifest.records)
        since = decided_since or manifest.decided_since
        cursor = manifest.cursor if since == manifest.decided_since else None
        try:
            pages = list(list_decision_records(self.client, cursor, since))
        except InvalidCursor:
            pages = list(list_decision_records(self.client, None, since))
        except PlatformError as exc:
            raise ExportError(f"cannot list the rulings: {exc}") from exc
        for items, _ in pages:
            for item in items:
                if item["ruling_id"] not in known:
                    known.add(item["ruling_id"])
                    todo.append(DecisionRecord.from_platform(item))
        manifest.decided_since = since
        return pages[-1][1] if pages else cursor

    # -- one record -------------------------------------------------------------------------

    def _export_one(self, known: DecisionRecord) -> DecisionRecord:
        record = DecisionRecord(**{**known.__dict__, "file": "", "verdict": "", "problems": [], "signer": ""})
        if self.cancel.is_set():
            record.verdict, record.problems = FAILED, ["cancelled"]
            return record
        staging = self.out_dir / STAGING / f"{safe_part(record.ruling_id)}.part"
        try:
            data = self._download(record, staging)
            report = verify_pdf(data, self.roots)
            record.signer = report.signer
            record.problems = list(report.problems)
            if report.ok and report.signer_member_id != record.chair_id:
                record.problems.append(f"signed by {report.signer_member_id!r}, not the chair {record.chair_id!r}")
            if record.problems:
                raise _Rejected("; ".join(record.problems))
            name = file_name(record.case_reference, record.ruling_id)
            replace_durably(staging, self.out_dir / name)  # named in the manifest: must survive a power cut
            record.file, record.verdict = name, VALID
        except (_Rejected, VerificationError, PlatformError, OSError) as exc:
            record.verdict = FAILED
            if not record.problems:
                record.problems = [str(exc)]
            record.request_id = getattr(exc, "request_id", None) or record.request_id
            staging.unlink(missing_ok=True)
        return record

    def _download(self, record: DecisionRecord, staging: Path) -> bytes:
        """The document, downloaded into ``staging`` (resumed) and hash-checked; one full retry."""
        listed = Listed(self.client.ruling_document_path(record.ruling_id), record.sha256, record.size)
        data, request_id = download_file(self.client, listed, staging)
        record.request_id = request_id or record.request_id
        return data
