"""What a sync tells its caller: progress while it runs, a report when it ends."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Progress:
    """A progress event.

    Attributes:
        phase: "listing", "outbox", "cases", "evidence" or "done".
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


@dataclass(frozen=True, slots=True)
class ItemFailure:
    """One item that failed alone; the rest of the sync went on."""

    what: str  # e.g. "case ARB-2026-000123", "evidence ev_01 of case cs_1", "outbox item 7"
    reason: str
    case_id: str | None = None
    item_id: str | None = None
    request_id: str | None = None

    def __str__(self) -> str:
        suffix = f" [request {self.request_id}]" if self.request_id else ""
        return f"{self.what}: {self.reason}{suffix}"


@dataclass
class SyncReport:
    cases_listed: int = 0
    cases_synced: int = 0
    messages_added: int = 0
    evidence_verified: int = 0
    bytes_downloaded: int = 0
    outbox_delivered: int = 0
    removed: list[str] = field(default_factory=list)
    reassigned: list[str] = field(default_factory=list)
    failures: list[ItemFailure] = field(default_factory=list)
    cancelled: bool = False
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.cancelled


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
