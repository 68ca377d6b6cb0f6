"""The ruling dialog's background jobs: one service per dialog, its calls serialized by one lock.

Nothing here touches a widget; the dialog hands the jobs to the :class:`Runner`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from arbitration_desk.documents.draft import RulingDraft
from arbitration_desk.documents.labels import excerpt
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.phrases import Phrase, said
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.rulings.errors import RulingError

if TYPE_CHECKING:  # types only: filing and verifying load pyHanko and reportlab, for the chair's dialog alone
    from arbitration_desk.rulings.filing import RulingService, Submission
    from arbitration_desk.rulings.verify import VerificationReport

ServiceFactory = Callable[[], "RulingService"]


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
    #: The findings of fact ("" for none), shown before the reasons.
    findings: str = ""


@dataclass(frozen=True)
class FiledRuling:
    """What "Sign and file" ended with: the submission, why filing waits ("" when it does not), the
    local verification of the signed file, and the signed PDF (b"" when it cannot be read back)."""

    submission: Submission
    offline: Phrase | str
    report: VerificationReport | None
    pdf: bytes


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
        # A passage is widened to whole words, with "…" where the message goes on; the machine translation
        # is of the whole message, so it goes with the whole message only.
        quotes = [
            replace(quote, quote=excerpt(quote.quote, passage), translation="") if passage else quote
            for quote, (_, passage) in zip(found, form.messages, strict=True)
        ]
        return service.prepare(
            form.case_id, form.outcome, form.award, form.reasons, form.evidence_ids, quotes, findings=form.findings
        )

    def preview(self, form: RulingForm) -> bytes:
        """The unsigned PDF of ``form`` (votes read again from the platform)."""
        with self.lock:
            return self._get().preview(self._draft(form))

    def sign_and_file(self, form: RulingForm) -> FiledRuling:
        """Signs, queues and files; returns the submission, why filing waits ("" otherwise), the local
        verification of the signed file and the signed PDF."""
        with self.lock:
            service = self._get()
            service.ensure_identity()
            signed = service.sign_and_queue(self._draft(form))
            report = service.last_report
            offline: Phrase | str
            try:
                submission, offline = service.file_now(form.case_id), ""
            except PlatformError as exc:  # offline: the outbox files it at the next sync
                submission, offline = service.submission(form.case_id) or signed, said(exc)
            try:
                pdf = service.signed_document(form.case_id)
            except RulingError:
                pdf = b""
            return FiledRuling(submission, offline, report, pdf)

    def close(self) -> None:
        """Closes the client (after the jobs still holding the lock); later jobs fail."""
        with self.lock:
            self._closed = True
            if self._service is not None:
                self._service.client.close()
                self._service = None
