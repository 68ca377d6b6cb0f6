"""What a sync tells its caller: progress while it runs, a report when it ends."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from arbitration_desk.domain.phrases import Field, Phrase, phrase
from arbitration_desk.store.errors import StoreError

if TYPE_CHECKING:
    from arbitration_desk.store.reads_facet import CaseReads


@dataclass(frozen=True, slots=True)
class Progress:
    """A progress event.

    Attributes:
        phase: "listing", "outbox", "cases", "evidence", "rulings" or "done".
        done: items finished in this phase.
        total: items in this phase (0 when unknown).
        bytes_done: evidence bytes received in this sync so far.
        bytes_total: evidence bytes known to be due in this sync.
        detail: what is happening, for a status line (plain text).
    """

    phase: str
    done: int = 0
    total: int = 0
    bytes_done: int = 0
    bytes_total: int = 0
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemFailure:
    """One item that failed alone; the rest of the sync went on.

    Built with keywords only: three of its fields are optional strings, easy to swap by position.
    ``what`` and ``reason`` are phrases (context "Sync", "Outbox") where the words are ours, shown
    with ``say()`` by the desk; ``str()`` gives the English line the command line prints. A reason
    read back from the store (an outbox item's recorded error) is the English ``str`` it was stored as.
    """

    what: Phrase | str  # e.g. "case ARB-2026-000123", "evidence ev_01 of case ARB-2026-000123", "outbox item 7"
    reason: Phrase | str
    case_id: str | None = None
    item_id: str | None = None
    request_id: str | None = None
    case_reference: str | None = None

    def __str__(self) -> str:
        suffix = f" [request {self.request_id}]" if self.request_id else ""
        return f"{self.what}: {self.reason}{suffix}"

    def with_reference(self, reference: str) -> ItemFailure:
        """This failure with its case named by ``reference`` (``ARB-…``), the name people know.

        The engine names a case by its internal ID, at the end of ``what`` ("case cs_1",
        "evidence ev_3 of case cs_1"); that ID becomes the reference. A ``what`` that names no
        case ("outbox item 7 (vote)") gets "of case ARB-…" added. The client's own messages in
        ``reason`` ("case cs_1: /version: expected an integer") name it the same way. A phrase
        stays a phrase (its fields renamed) whenever that gives the same English as renaming its text.
        """
        if not self.case_id or not reference:
            return self
        by_id, by_reference = f"case {self.case_id}", f"case {reference}"
        english = str(self.what)
        named = english.endswith(by_id)
        what_text = english.removesuffix(by_id) + by_reference if named else f"{english} of {by_reference}"
        what: Phrase | str = what_text
        if isinstance(self.what, Phrase):
            candidate = (
                _renamed(self.what, self.case_id, reference, ids=True)
                if named
                else phrase("Sync", "{what} of case {case}", what=self.what, case=reference)
            )
            what = candidate if str(candidate) == what_text else what_text
        reason_text = str(self.reason).replace(by_id + ":", by_reference + ":")
        reason: Phrase | str = reason_text
        if isinstance(self.reason, Phrase):
            for ids, ends in ((False, False), (True, False), (False, True), (True, True)):
                candidate = _renamed(self.reason, self.case_id, reference, ids=ids, ends=ends)
                if str(candidate) == reason_text:
                    reason = candidate
                    break
        return dataclasses.replace(self, what=what, reason=reason, case_reference=reference)


def _renamed(said: Phrase, case_id: str, reference: str, *, ids: bool = False, ends: bool = False) -> Phrase:
    """``said`` with the case named by ``reference`` in its text fields (nested phrases too): "case ID:"
    within a text; with ``ids`` a field that is the ID itself; with ``ends`` a text that ends with
    "case ID" (the colon after it is the template's)."""
    by_id, by_reference = f"case {case_id}", f"case {reference}"

    def rename(value: Field) -> Field:
        if isinstance(value, Phrase):
            return _renamed(value, case_id, reference, ids=ids, ends=ends)
        if not isinstance(value, str):
            return value
        if ids and value == case_id:
            return reference
        if ends and value.endswith(by_id):
            value = value.removesuffix(by_id) + by_reference
        return value.replace(by_id + ":", by_reference + ":")

    return dataclasses.replace(said, fields=tuple((name, rename(value)) for name, value in said.fields))


@dataclass
class SyncReport:
    cases_listed: int = 0
    cases_synced: int = 0
    messages_added: int = 0
    evidence_verified: int = 0
    bytes_downloaded: int = 0
    outbox_delivered: int = 0
    #: Recorded rulings of the member's cases newly listed, and their signed PDFs downloaded.
    rulings_listed: int = 0
    rulings_downloaded: int = 0
    removed: list[str] = field(default_factory=list)
    reassigned: list[str] = field(default_factory=list)
    failures: list[ItemFailure] = field(default_factory=list)
    cancelled: bool = False
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.cancelled


def case_references(reads: CaseReads, case_ids: Iterable[str | None]) -> dict[str, str]:
    """Case ID -> reference (``ARB-…``) for those of ``case_ids`` the store knows.

    A store that cannot be read gives an empty mapping: naming cases is a courtesy, never a reason
    for a report to fail.
    """
    wanted = {case_id for case_id in case_ids if case_id}
    if not wanted:
        return {}
    try:
        rows = reads.list_cases()
    except StoreError:
        return {}
    return {row.case_id: row.reference for row in rows if row.case_id in wanted and row.reference}


def name_cases(report: SyncReport, reads: CaseReads) -> None:
    """Names each failure's case by its reference where the store knows it (the ID otherwise)."""
    references = case_references(reads, (failure.case_id for failure in report.failures))
    report.failures[:] = [
        failure.with_reference(references[failure.case_id]) if failure.case_id in references else failure
        for failure in report.failures
    ]


#: Progress is passed on at most this often (and at every change of phase, and at the end).
PROGRESS_EVERY_S = 0.1


class ProgressThrottle:
    """Passes the engine's progress (from any of its threads) to ``deliver`` at most every
    :data:`PROGRESS_EVERY_S`, a new phase and the end at once: for a status line, a terminal's bar
    or the desk's pipe from its sync worker."""

    def __init__(self, deliver: Callable[[Progress], None], every: float = PROGRESS_EVERY_S) -> None:
        self.deliver = deliver
        self.every = every
        self._lock = threading.Lock()
        self._last = -every
        self._phase = ""

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        with self._lock:
            if progress.phase == self._phase and now - self._last < self.every and progress.phase != "done":
                return
            self._last, self._phase = now, progress.phase
        self.deliver(progress)


class SyncCancelled(Exception):
    """Raised inside the engine when the member cancels; the engine stops at a safe point."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()
        self._hooks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        self._event.set()
        for hook in self._hooks:
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> None:
        self._hooks.append(hook)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise SyncCancelled()
