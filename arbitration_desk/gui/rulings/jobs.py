"""The ruling dialog's background jobs: one service per dialog, its calls serialized by one lock.

Nothing here touches a widget; the dialog hands the jobs to the :class:`Runner`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from arbitration_desk.domain.money import Money
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.rulings.draft import RulingDraft
from arbitration_desk.rulings.filing import RulingService, Submission

ServiceFactory = Callable[[], RulingService]


@dataclass(frozen=True)
class RulingForm:
    """What the chair entered: the inputs of :meth:`RulingService.prepare`."""

    case_id: str
    outcome: str
    award: Money
    reasons: str
    evidence_ids: tuple[str, ...]
    #: (message ID, the annotated passage or "" for the whole message)
    messages: tuple[tuple[str, str], ...]


class ServiceHolder:
    """The dialog's one service, made on first use in a worker (the factory may touch the keyring)."""

    def __init__(self, factory: ServiceFactory) -> None:
        self.lock = threading.Lock()
        self._factory = factory
        self._service: RulingService | None = None
        self._closed = False

    def _get(self) -> RulingService:
        if self._closed:
            raise RuntimeError("the ruling dialog was closed")
        if self._service is None:
            self._service = self._factory()
        return self._service

    def _draft(self, form: RulingForm) -> RulingDraft:
        service = self._get()
        found = service.quotes(form.case_id, [message_id for message_id, _ in form.messages])
        quotes = [
            replace(quote, quote=passage) if passage else quote
            for quote, (_, passage) in zip(found, form.messages, strict=True)
        ]
        return service.prepare(form.case_id, form.outcome, form.award, form.reasons, form.evidence_ids, quotes)

    def preview(self, form: RulingForm) -> bytes:
        """The unsigned PDF of ``form`` (votes read again from the platform)."""
        with self.lock:
            return self._get().preview(self._draft(form))

    def sign_and_file(self, form: RulingForm) -> tuple[Submission, str]:
        """Signs, queues and files; returns the submission and, when filing must wait, why ("" otherwise)."""
        with self.lock:
            service = self._get()
            service.ensure_identity()
            signed = service.sign_and_queue(self._draft(form))
            try:
                return service.file_now(form.case_id), ""
            except PlatformError as exc:  # offline: the outbox files it at the next sync
                return service.submission(form.case_id) or signed, str(exc)

    def close(self) -> None:
        """Closes the client (after the jobs still holding the lock); later jobs fail."""
        with self.lock:
            self._closed = True
            if self._service is not None:
                self._service.client.close()
                self._service = None
