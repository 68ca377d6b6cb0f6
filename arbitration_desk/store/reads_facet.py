"""Reads of the stored cases, for the GUI, the CLI and the ruling service.

Each method reads one consistent snapshot in a session of its own, so the GUI may read from its
thread while the sync engine writes from a worker; every result is an immutable record of
:mod:`arbitration_desk.store.records`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from arbitration_desk.domain.deliberation import MemberPart
from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store import annotation_ops, case_bundle, messages, queries, rulings, votes
from arbitration_desk.store.case_bundle import CaseBundle
from arbitration_desk.store.database import Database
from arbitration_desk.store.lookup import MEMBER_ID, get_state
from arbitration_desk.store.records import (
    AnnotationRow,
    CaseDetail,
    CaseRow,
    EvidenceRow,
    MessageKey,
    MessageRow,
    RulingSubmission,
    VoteBoardRecord,
    VoteDraftRecord,
)


class CaseReads:
    """The store's reads of case data (``store.reads``)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def member_id(self) -> str | None:
        """Who is signed in, as the sync recorded it (``store.sync.set_member``); None if nobody is."""
        return self._db.read(phrase("StoreError", "reading the member"), lambda s: get_state(s, MEMBER_ID))

    def list_cases(self) -> list[CaseRow]:
        return self._db.read(phrase("StoreError", "listing cases"), queries.list_cases)

    def member_parts(self) -> dict[str, MemberPart]:
        """Case ID → the signed-in member's part in it ("needs my vote", "ready to rule", …)."""
        return self._db.read(phrase("StoreError", "reading your part in the cases"), queries.member_parts)

    def case_detail(self, case_id: str) -> CaseDetail:
        return self._db.read(phrase("StoreError", "reading a case"), lambda s: queries.case_detail(s, case_id))

    def case_bundle(self, case_id: str, *, on_detail: Callable[[CaseDetail], None] | None = None) -> CaseBundle:
        """Everything of the case but its messages, in one snapshot (what the case view's panels
        show); ``on_detail`` gets the case's detail as soon as it is read, before the rest."""
        blobs = self._db.blobs
        return self._db.read(
            phrase("StoreError", "reading a case"), lambda s: case_bundle.read(s, case_id, blobs, on_detail)
        )

    def messages_page(
        self, case_id: str, after: MessageKey | None = None, limit: int = 200, *, descending: bool = False
    ) -> list[MessageRow]:
        """Keyset page of the chat log ordered by (sent_at, message_id)."""
        return self._db.read(
            phrase("StoreError", "reading messages"),
            lambda s: messages.page(s, case_id, after, limit, descending=descending),
        )

    def message_row_ids(self, case_id: str) -> list[int]:
        """Row IDs of all messages in chat order: row i of N for a list model."""
        return self._db.read(phrase("StoreError", "reading message order"), lambda s: messages.row_ids(s, case_id))

    def messages_by_row_ids(self, row_ids: Sequence[int]) -> list[MessageRow]:
        """The messages with these row IDs in the order given (a block of a list model)."""
        return self._db.read(phrase("StoreError", "reading messages"), lambda s: messages.by_row_ids(s, row_ids))

    def message(self, case_id: str, message_id: str) -> MessageRow | None:
        return self._db.read(
            phrase("StoreError", "reading a message"), lambda s: messages.by_message_id(s, case_id, message_id)
        )

    def evidence(self, case_id: str) -> list[EvidenceRow]:
        return self._db.read(phrase("StoreError", "listing evidence"), lambda s: queries.evidence(s, case_id))

    def verified_hashes(self) -> list[str]:
        """The hashes of verified evidence on the member's cases (not reassigned ones), each once,
        in the case list's order (:func:`queries.verified_hashes`)."""
        return self._db.read(phrase("StoreError", "listing evidence"), queries.verified_hashes)

    def annotations(self, case_id: str, *, include_private: bool = True) -> list[AnnotationRow]:
        return self._db.read(
            phrase("StoreError", "listing annotations"),
            lambda s: annotation_ops.list_for_case(s, case_id, include_private=include_private),
        )

    def vote_board(self, case_id: str) -> VoteBoardRecord | None:
        return self._db.read(phrase("StoreError", "reading votes"), lambda s: votes.board(s, case_id))

    def vote_draft(self, case_id: str) -> VoteDraftRecord | None:
        return self._db.read(phrase("StoreError", "reading the vote draft"), lambda s: votes.draft(s, case_id))

    def ruling_submission(self, case_id: str) -> RulingSubmission | None:
        """The case's latest ruling submission (None if the chair has not signed one)."""
        return self._db.read(
            phrase("StoreError", "reading the ruling submission"), lambda s: rulings.latest(s, case_id)
        )

    def ruling_submissions(self, case_id: str) -> list[RulingSubmission]:
        """Every submission of the case, oldest first (rejected ones before the re-signed one)."""
        return self._db.read(
            phrase("StoreError", "reading ruling submissions"), lambda s: rulings.all_for_case(s, case_id)
        )

    def signed_ruling(self, sha256: str) -> bytes:
        """A signed ruling PDF held by the store (a recorded ruling's or a submission's), checked
        against its hash. Raises BlobError when it is missing or damaged."""
        return rulings.read_document(self._db.blobs, sha256)
