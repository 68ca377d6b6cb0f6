"""The sync engine: the contract README's algorithm, step by step, each step committed.

1. List changes from the stored cursor, applying each page and its cursor in one transaction
   (on ``invalid-cursor``: list everything, then treat every local case not listed as removed).
2. Deliver the outbox (the member's offline work), each item once.
3. Sync each stale case, earliest ``ruling_due_at`` first: the case with ``If-None-Match``,
   messages from the stored cursor, annotations since the stored ``as_of``, votes, evidence
   (resumed, verified); only then record the new ETag and version.
4. List the rulings recorded since the stored cursor (``GET /v1/rulings``: those of the panels
   the member sat on), keep those of local cases and download their signed PDFs (verified by the
   listed SHA-256), so a decided case shows its ruling offline. The ruling an appeal case is
   against was recorded before the member joined its panel, so it may lie behind the cursor: it is
   looked up by its date (``decided_since``) when missing.

A bad case, message page or evidence item fails alone, with its reason and ``X-Request-Id``; the
rest of the sync goes on. A crash or kill at any moment resumes where it stopped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from arbitration_desk.domain.payloads import CaseSummary
from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp
from arbitration_desk.platform.client import PlatformClient, validate
from arbitration_desk.platform.download import Listed
from arbitration_desk.platform.errors import (
    InvalidCursor,
    InvalidPayload,
    NotAssigned,
    PlatformError,
    SignInRequired,
    TransportError,
)
from arbitration_desk.platform.shapes.cases import CASE_SUMMARY
from arbitration_desk.store.outbox_facet import OutboxStore
from arbitration_desk.store.reads_facet import CaseReads
from arbitration_desk.store.records import EvidenceRow, RecordedRulingRow
from arbitration_desk.store.states import EvidenceState
from arbitration_desk.store.sync_facet import SyncStore
from arbitration_desk.sync import outbox
from arbitration_desk.sync.evidence import download_evidence, fetch_into_blobs
from arbitration_desk.sync.outbox_results import DeliveryOutcome
from arbitration_desk.sync.report import CancelToken, ItemFailure, Progress, SyncCancelled, SyncReport, name_cases

log = logging.getLogger(__name__)

#: Cases synced at once. More than the 4 requests the contract allows in flight (the transport
#: enforces that): while one case waits for the store's writer or for a batch of fsyncs, the others
#: keep the 4 connections busy.
CASE_WORKERS = 6
MESSAGE_PAGE = 1000


class SyncEngine:
    """Runs syncs of one member's store against one platform.

    Args:
        sync: what the sync writes (``store.sync``).
        outbox: the member's queued changes, delivered in step 2 (``store.outbox``).
        reads: the member signed in and the case references of the report (``store.reads``).
        client: a signed-in platform client.
        on_progress: called (from worker threads) with :class:`Progress` events.
        bulk_scope: wraps a run's work (not its final ``done`` event). Process-wide settings are the
            entry point's to choose: the CLI and the desk pass ``gc_policy.bulk_allocations``
            (see docs/decisions/0003-collector-threshold-during-bulk-work.md).
    """

    def __init__(
        self,
        sync: SyncStore,
        outbox: OutboxStore,
        reads: CaseReads,
        client: PlatformClient,
        *,
        on_progress: Callable[[Progress], None] | None = None,
        workers: int = CASE_WORKERS,
        bulk_scope: Callable[[], AbstractContextManager[object]] = nullcontext,
    ) -> None:
        self.sync = sync
        self.outbox = outbox
        self.reads = reads
        self.client = client
        self.on_progress = on_progress or (lambda progress: None)
        self.workers = workers
        self._bulk_scope = bulk_scope
        self._lock = threading.Lock()
        self._bytes_done = 0
        self._bytes_total = 0
        self._cases_done = 0
        self._cases_total = 0

    # -- entry point ------------------------------------------------------------------------

    def run(self, cancel: CancelToken | None = None) -> SyncReport:
        """One full sync. Fatal errors (sign-in required, credential store) propagate."""
        cancel = cancel or CancelToken()
        cancel.on_cancel(self.client.cancel)
        self.client.transport.cancelled.clear()
        report = SyncReport()
        # Progress counts this run only: one engine serves every sync of a session.
        with self._lock:
            self._bytes_done = self._bytes_total = self._cases_done = self._cases_total = 0
        requests_before = self.client.transport.requests_sent
        try:
            with self._bulk_scope():
                self.outbox.recover()
                self.sync.purge_expired()
                self.sync.blobs.sweep_interrupted()
                self._list_changes(report, cancel)
                # A 403 not-assigned while delivering: the assignment changed, look again at once.
                if self._deliver_outbox(report, cancel):
                    self._list_changes(report, cancel)
                self._sync_stale_cases(report, cancel)
                self._sync_rulings(report, cancel)
        except SyncCancelled:
            report.cancelled = True
        except TransportError:
            if cancel.cancelled:
                report.cancelled = True
            else:
                raise
        report.requests = self.client.transport.requests_sent - requests_before
        name_cases(report, self.reads)  # "case ARB-2026-000123", not the internal ID, in every list
        self._emit(Progress("done", detail="cancelled" if report.cancelled else "up to date"))
        return report

    # -- step 1: the case list --------------------------------------------------------------

    def _list_changes(self, report: SyncReport, cancel: CancelToken) -> None:
        cursor = self.sync.case_cursor()
        try:
            self._page_through(cursor, report, cancel, listed=None)
        except InvalidCursor:
            listed: set[str] = set()
            self._page_through(None, report, cancel, listed=listed)
            result = self.sync.reconcile_full_listing(listed)
            report.removed += result.deleted
            report.reassigned += result.reassigned

    def _page_through(
        self, cursor: str | None, report: SyncReport, cancel: CancelToken, listed: set[str] | None
    ) -> None:
        while True:
            cancel.check()
            self._emit(Progress("listing", report.cases_listed, detail="listing changed cases"))
            answer = self.client.list_cases(cursor)
            page = answer.data
            items: list[CaseSummary] = []
            for index, raw in enumerate(page["items"]):
                if listed is not None and isinstance(raw, dict) and isinstance(raw.get("id"), str):
                    listed.add(raw["id"])  # listed, even if malformed: not removed
                what = phrase("Sync", "case list item {index}", index=index)
                try:
                    items.append(validate(CASE_SUMMARY, raw, answer.request_id, what))
                except InvalidPayload as exc:
                    case_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
                    report.failures.append(
                        ItemFailure(
                            what=phrase("Sync", "case {case}", case=case_id) if case_id else what,
                            reason=_said(exc),
                            case_id=case_id,
                            request_id=exc.request_id,
                        )
                    )
            result = self.sync.apply_case_page(items, page["removed"], page["next_cursor"])
            report.cases_listed += len(items)
            report.removed += result.deleted
            report.reassigned += result.reassigned
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return

    # -- step 2: the outbox -----------------------------------------------------------------

    def _deliver_outbox(self, report: SyncReport, cancel: CancelToken) -> bool:
        member_id = self.reads.member_id()
        relist = False
        tried: set[int] = set()
        said: dict[int, Phrase | str] = {}  # why an item was not delivered, as the outbox said it
        while True:
            batch = [entry for entry in self.outbox.next(50) if entry.id not in tried]
            if not batch:
                return relist
            for entry in batch:
                cancel.check()
                tried.add(entry.id)
                self._emit(Progress("outbox", len(tried), len(tried) + len(batch), detail=f"sending {entry.kind}"))
                outcome = outbox.deliver(self.outbox, self.client, entry, member_id, reasons=said)
                if outcome is DeliveryOutcome.DELIVERED:
                    report.outbox_delivered += 1
                elif outcome is DeliveryOutcome.NOT_ASSIGNED:
                    relist = True
                else:  # failed, or to be retried
                    reason = said.get(entry.id) or self._recorded_error(entry.case_id, entry.id)
                    if outcome is DeliveryOutcome.RETRY:  # still queued: this sync did not deliver everything
                        reason = phrase(
                            "Sync", "not delivered yet, will be sent at the next sync ({reason})", reason=reason
                        )
                    what = phrase("Sync", "outbox item {item} ({kind})", item=entry.id, kind=str(entry.kind))
                    report.failures.append(ItemFailure(what=what, reason=reason, case_id=entry.case_id))

    def _recorded_error(self, case_id: str, item_id: int) -> Phrase | str:
        """The error an outbox item records (English text, as stored), or a general reason."""
        recorded = [e.last_error for e in self.outbox.unsent_work(case_id) if e.id == item_id and e.last_error]
        return recorded[0] if recorded else phrase("Sync", "refused by the platform")

    # -- step 3: stale cases ----------------------------------------------------------------

    def _sync_stale_cases(self, report: SyncReport, cancel: CancelToken) -> None:
        stale = self.sync.stale_case_ids()
        self._cases_total, self._cases_done = len(stale), 0
        if not stale:
            return
        self._bytes_total = sum(row.size_bytes for row in self.sync.evidence_to_download())
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="sync-case") as pool:
            futures = [pool.submit(self._sync_case_safely, case_id, report, cancel) for case_id in stale]
            for future in futures:
                future.result()
        cancel.check()

    def _sync_case_safely(self, case_id: str, report: SyncReport, cancel: CancelToken) -> None:
        if cancel.cancelled:
            return
        try:
            self._sync_case(case_id, report, cancel)
        except SyncCancelled:
            return
        except SignInRequired as exc:
            self._fail(report, _case_failure(case_id, exc.phrase, exc.request_id))
            cancel.cancel()
        except NotAssigned as exc:
            self._fail(report, _case_failure(case_id, phrase("Sync", "no longer assigned to you"), exc.request_id))
        except PlatformError as exc:
            if cancel.cancelled:
                return
            self._fail(report, _case_failure(case_id, _said(exc), exc.request_id))
        finally:
            with self._lock:
                self._cases_done += 1
            self._emit(Progress("cases", self._cases_done, self._cases_total, self._bytes_done, self._bytes_total))

    def _sync_case(self, case_id: str, report: SyncReport, cancel: CancelToken) -> None:
        state = self.sync.case_sync_state(case_id)
        if state.reassigned:
            return
        # 1. The case, unless unchanged.
        answer = self.client.get_case(case_id, state.etag)
        etag = answer.etag or state.etag
        version = state.version
        if answer.data is not None:
            self.sync.store_case(answer.data)
            version = max(version, int(answer.data["version"]))
        cancel.check()
        # 2. Messages from the stored cursor; page again from the start if some are missing.
        added = self._sync_messages(case_id, state.message_cursor, cancel)
        state = self.sync.case_sync_state(case_id)
        if state.message_count is not None and state.stored_messages < state.message_count:
            self.sync.reset_message_cursor(case_id)
            added += self._sync_messages(case_id, None, cancel)
        with self._lock:
            report.messages_added += added
        # 3. Annotations since the stored as_of (the platform's clock, never ours).
        notes = self.client.list_annotations(case_id, state.annotations_as_of).data
        self.sync.apply_annotations(case_id, notes["items"], notes["deleted"], notes["as_of"])
        # 4. Votes.
        self.sync.store_votes(case_id, self.client.get_votes(case_id).data)
        cancel.check()
        # 5. Evidence not yet verified.
        complete = self._sync_evidence(case_id, report, cancel)
        # 6. Only then the new ETag and version.
        if complete and etag is not None:
            self.sync.record_case_synced(case_id, etag, version)
            with self._lock:
                report.cases_synced += 1

    def _sync_messages(self, case_id: str, cursor: str | None, cancel: CancelToken) -> int:
        added = 0
        while True:
            cancel.check()
            try:
                page = self.client.list_messages(case_id, cursor, MESSAGE_PAGE).data
            except InvalidCursor:
                if cursor is None:
                    raise
                self.sync.reset_message_cursor(case_id)
                cursor = None
                continue
            added += self.sync.store_messages(case_id, page["items"], page["next_cursor"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return added

    def _sync_evidence(self, case_id: str, report: SyncReport, cancel: CancelToken) -> bool:
        complete = True
        verified: list[str] = []
        unsynced: list[Path] = []
        try:
            for row in self.sync.evidence_to_download(case_id):
                cancel.check()
                if not self._download(row, verified, unsynced, report, cancel):
                    complete = False
        finally:
            # The case's verified items are made durable and marked together (one batch of fsyncs
            # and one transaction, not two fsyncs and a transaction per file); their files are in
            # the verified store already, whatever stopped the loop.
            if verified:
                self.sync.blobs.make_durable(unsynced)
                self.sync.mark_evidence_verified(*verified)
                with self._lock:
                    report.evidence_verified += len(verified)
        return complete

    def _download(
        self, row: EvidenceRow, verified: list[str], unsynced: list[Path], report: SyncReport, cancel: CancelToken
    ) -> bool:
        """Downloads one item; False when it failed (listed in the report)."""
        try:
            outcome = download_evidence(
                self.sync, self.client, row, on_bytes=self._count_bytes, cancel=cancel, mark_verified=False
            )
        except PlatformError as exc:  # DownloadRejected among them: the rules of the download broken
            self._fail(report, _evidence_failure(row, _said(exc), exc.request_id))
            return False
        with self._lock:
            report.bytes_downloaded += outcome.bytes_received
        if outcome.state is EvidenceState.VERIFIED:
            verified.append(row.sha256)
            if outcome.pending_durable is not None:
                unsynced.append(outcome.pending_durable)
        elif outcome.state is EvidenceState.FAILED_VERIFICATION:
            reason = phrase(
                "Sync",
                "failed verification twice ({reason}); reported to platform support",
                reason=outcome.reason or "",
            )
            self._fail(report, _evidence_failure(row, reason, outcome.request_id))
        return True

    # -- step 4: recorded rulings ----------------------------------------------------------

    def _sync_rulings(self, report: SyncReport, cancel: CancelToken) -> None:
        try:
            try:
                self._list_rulings(self.sync.rulings_cursor(), report, cancel)
            except InvalidCursor:
                self.sync.reset_rulings_cursor()
                self._list_rulings(None, report, cancel)
            self._list_appealed(report, cancel)
        except SignInRequired:
            raise
        except PlatformError as exc:
            if cancel.cancelled:
                raise SyncCancelled from exc
            what = phrase("Sync", "the list of recorded rulings")
            self._fail(report, ItemFailure(what=what, reason=_said(exc), request_id=exc.request_id))
        for row in self.sync.rulings_without_document():
            cancel.check()
            self._emit(Progress("rulings", detail=f"downloading the signed ruling of {row.case_reference}"))
            self._download_ruling(row, report, cancel)

    def _list_rulings(self, cursor: str | None, report: SyncReport, cancel: CancelToken) -> None:
        while True:
            cancel.check()
            answer = self.client.list_rulings(cursor)
            page = answer.data
            report.rulings_listed += self.sync.apply_ruling_page(page["items"], page["next_cursor"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return

    def _list_appealed(self, report: SyncReport, cancel: CancelToken) -> None:
        """Finds the rulings appealed against that the cursor's listing did not bring, by their date."""
        missing = dict(self.sync.appealed_without_record())
        if not missing:
            return
        since = format_timestamp(min(parse_timestamp(at) for at in missing.values()))
        cursor: str | None = None
        while missing:
            cancel.check()
            page = self.client.list_rulings(cursor, decided_since=since if cursor is None else None).data
            found = [item for item in page["items"] if item["ruling_id"] in missing]
            if found:
                report.rulings_listed += self.sync.apply_appealed_rulings(found)
                for item in found:
                    missing.pop(item["ruling_id"], None)
            if not page["has_more"]:
                break
            cursor = page["next_cursor"]
        for ruling_id in missing:
            self._fail(
                report,
                ItemFailure(
                    what=phrase("Sync", "the ruling appealed against, {ruling}", ruling=ruling_id),
                    reason=phrase(
                        "Sync",
                        "the platform does not list it to this appeal's panel; looked for again at the next sync",
                    ),
                    item_id=ruling_id,
                ),
            )

    def _download_ruling(self, row: RecordedRulingRow, report: SyncReport, cancel: CancelToken) -> None:
        listed = Listed(self.client.ruling_document_path(row.ruling_id), row.document_sha256, row.document_size)
        failure: Phrase | str | None = None
        request_id: str | None = None
        try:
            fetched = fetch_into_blobs(self.sync.blobs, self.client, listed, on_bytes=self._count_bytes, cancel=cancel)
        except SignInRequired:
            raise
        except PlatformError as exc:
            if cancel.cancelled:
                raise SyncCancelled from exc
            failure, request_id = _said(exc), exc.request_id
        else:
            request_id = fetched.request_id
            if fetched.result.verified:
                report.rulings_downloaded += 1
                report.bytes_downloaded += fetched.result.size
            else:
                failure = phrase(
                    "Sync",
                    "the downloaded document's SHA-256 is {actual}, not the listed {listed}; "
                    "it is downloaded again at the next sync",
                    actual=str(fetched.result.actual_sha256),
                    listed=row.document_sha256,
                )
        # The store keeps the English text (a recorded ruling's document error is a text column).
        self.sync.record_ruling_document_error(row.ruling_id, None if failure is None else str(failure))
        if failure is not None:
            self._fail(
                report,
                ItemFailure(
                    what=phrase("Sync", "the signed ruling {ruling}", ruling=row.ruling_id),
                    reason=failure,
                    case_id=row.case_id,
                    item_id=row.ruling_id,
                    request_id=request_id,
                ),
            )

    # -- helpers ----------------------------------------------------------------------------

    def _count_bytes(self, count: int) -> None:
        with self._lock:
            self._bytes_done += count
            done, total = self._bytes_done, max(self._bytes_total, self._bytes_done)
        self._emit(Progress("evidence", self._cases_done, self._cases_total, done, total))

    def _fail(self, report: SyncReport, failure: ItemFailure) -> None:
        with self._lock:
            report.failures.append(failure)

    def _emit(self, progress: Progress) -> None:
        try:
            self.on_progress(progress)
        except Exception:  # a broken listener must not break the sync
            log.exception("progress listener failed")


def _said(error: PlatformError) -> Phrase | str:
    """What a platform error says, without its request ID (an :class:`ItemFailure` carries that apart)."""
    return error.said


def _case_failure(case_id: str, reason: Phrase | str, request_id: str | None) -> ItemFailure:
    return ItemFailure(
        what=phrase("Sync", "case {case}", case=case_id), reason=reason, case_id=case_id, request_id=request_id
    )


def _evidence_failure(row: EvidenceRow, reason: Phrase | str, request_id: str | None) -> ItemFailure:
    return ItemFailure(
        what=phrase("Sync", "evidence {evidence} of case {case}", evidence=row.evidence_id, case=row.case_id),
        reason=reason,
        case_id=row.case_id,
        item_id=row.evidence_id,
        request_id=request_id,
    )
