"""One case as the desk's panels show it, read in one snapshot.

The case view reads this once when the member switches case and hands it to every panel (header,
summary, evidence, annotations, vote, ruling button), instead of each panel reading the parts it
shows in a job of its own. The chat is not in it: the timeline pages its messages itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from arbitration_desk.domain.appeals import Appeal, AppealError
from arbitration_desk.store import annotation_ops, queries, recorded_rulings, rulings, votes
from arbitration_desk.store.blobs import BlobStore
from arbitration_desk.store.lookup import MEMBER_ID, get_state
from arbitration_desk.store.records import (
    AnnotationRow,
    CaseDetail,
    CaseRow,
    EvidenceRow,
    RecordedRulingRow,
    RulingSubmission,
    VoteBoardRecord,
    VoteDraftRecord,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CaseBundle:
    """Everything of one case but its messages, as stored at one moment.

    Attributes:
        detail: the list row, the case document and its sync state.
        evidence: the evidence items, in submission order.
        annotations: shared annotations and the member's private notes, oldest first.
        vote_board: the board as last received (None before the first sync of votes).
        vote_draft: the member's draft or queued vote (None when there is none).
        ruling_submissions: every signed ruling of the case, oldest first.
        recorded_rulings: the rulings the platform recorded for the case, oldest first, and on an
            appeal case the ruling appealed against.
        member_id: who is signed in, as the sync recorded it (None if nobody is).
        appeal: the appeal this case decides, parsed once for every panel (None on a first-instance
            case, before the case is downloaded, and when the stored ``appeal`` is malformed: then
            nothing is marked as an appeal, rather than the case failing to show).
    """

    detail: CaseDetail
    evidence: tuple[EvidenceRow, ...]
    annotations: tuple[AnnotationRow, ...]
    vote_board: VoteBoardRecord | None
    vote_draft: VoteDraftRecord | None
    ruling_submissions: tuple[RulingSubmission, ...]
    recorded_rulings: tuple[RecordedRulingRow, ...]
    member_id: str | None
    appeal: Appeal | None = None

    @property
    def case_id(self) -> str:
        return self.detail.row.case_id

    @property
    def row(self) -> CaseRow:
        return self.detail.row

    @property
    def ruling_submission(self) -> RulingSubmission | None:
        """The latest submission (None if the chair has not signed one)."""
        return self.ruling_submissions[-1] if self.ruling_submissions else None

    @property
    def recorded_ruling(self) -> RecordedRulingRow | None:
        """The ruling the platform recorded for this case (the latest, should there be more than one)."""
        own = [r for r in self.recorded_rulings if r.case_id == self.case_id]
        return own[-1] if own else None

    def appealed_ruling(self, appeal: Appeal) -> RecordedRulingRow | None:
        """The record of the ruling ``appeal`` is against, once the sync has listed it."""
        return next((r for r in self.recorded_rulings if r.ruling_id == appeal.ruling_id), None)

    def evidence_titles(self) -> dict[str, str]:
        """Evidence ID → title, for links to the evidence (chat attachments, annotation targets)."""
        return {e.evidence_id: e.title for e in self.evidence}


def read(
    session: Session, case_id: str, blobs: BlobStore, on_detail: Callable[[CaseDetail], None] | None = None
) -> CaseBundle:
    """The case's bundle, read in ``session`` (one snapshot); raises CaseNotFoundError.

    Args:
        session: the read session.
        case_id: the case.
        blobs: the blob store (whether each recorded ruling's signed PDF is downloaded).
        on_detail: called with the case's detail as soon as it is read, before the rest (the case
            view shows the header and the summary while the evidence of a large case is read).
    """
    detail = queries.case_detail(session, case_id)
    if on_detail is not None:
        on_detail(detail)
    return CaseBundle(
        detail=detail,
        evidence=tuple(queries.evidence(session, case_id)),
        annotations=tuple(annotation_ops.list_for_case(session, case_id)),
        vote_board=votes.board(session, case_id),
        vote_draft=votes.draft(session, case_id),
        ruling_submissions=tuple(rulings.all_for_case(session, case_id)),
        recorded_rulings=tuple(recorded_rulings.for_case(session, blobs, case_id)),
        member_id=get_state(session, MEMBER_ID),
        appeal=_appeal(detail),
    )


def _appeal(detail: CaseDetail) -> Appeal | None:
    if detail.case is None:
        return None
    try:
        return Appeal.from_case(detail.case)
    except AppealError as exc:
        log.warning("case %s: %s; shown as a first-instance case", detail.row.case_id, exc)
        return None
