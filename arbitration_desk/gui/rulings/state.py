"""What the ruling dialog shows, without widgets: who may rule, what was relied on, states and errors.

Everything here runs either in a worker (:func:`load_ruling_case`) or is a pure function of data,
so the dialog stays a thin layer of widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from arbitration_desk.documents.labels import human_time
from arbitration_desk.domain.deliberation import ruling_block, votes_open
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.gui.rulings.jobs import FiledRuling
from arbitration_desk.platform.errors import CredentialStoreUnavailable, PlatformError, TransportError
from arbitration_desk.rulings.errors import DraftError, KeyStoreError, RulingError, UntrustedCa
from arbitration_desk.store.records import CaseDetail, RulingSubmission, SubmissionState, VoteBoardRecord
from arbitration_desk.store.store import Store

if TYPE_CHECKING:  # a type only: verifying loads pyHanko (the desk's start-up does not need it)
    from arbitration_desk.rulings.verify import VerificationReport

EVIDENCE, MESSAGE = "evidence", "message"


@dataclass(frozen=True)
class ReliedItem:
    """One annotated evidence item or quoted chat line the ruling may cite."""

    kind: str
    item_id: str
    label: str
    quote: str = ""


@dataclass(frozen=True)
class RulingCase:
    """The case as the dialog needs it (read off the GUI thread)."""

    case_id: str
    reference: str
    claimed: Money | None
    blocked: str
    relied: tuple[ReliedItem, ...] = ()
    submission: RulingSubmission | None = None


def block_reason(detail: CaseDetail, board: VoteBoardRecord | None, member_id: str | None) -> str:
    """Why this member may not record the ruling of the case ("" when they may)."""
    block = ruling_block(
        synced=detail.case is not None,
        chair_id=((detail.case or {}).get("panel") or {}).get("chair_id"),
        member_id=member_id,
        reassigned=detail.row.reassigned,
        status=detail.row.status,
        votes_are_open=board is not None and votes_open(sealed=board.sealed, cast=board.cast, quorum=board.quorum),
    )
    return "" if block is None else block.reason


def _claimed(detail: CaseDetail) -> Money | None:
    claim = ((detail.case or {}).get("claim") or {}).get("amount_claimed")
    try:
        return Money.from_json(claim) if claim else detail.row.value
    except MoneyError:
        return None


def load_ruling_case(store: Store, case_id: str) -> RulingCase:
    """Reads the case, its board, annotations and latest submission in one read, then the quoted
    messages (call it in a worker)."""
    bundle = store.reads.case_bundle(case_id)
    detail = bundle.detail
    blocked = block_reason(detail, bundle.vote_board, bundle.member_id)
    titles = {
        str(e.get("evidence_id")): str(e.get("title") or e.get("evidence_id"))
        for e in (detail.case or {}).get("evidence", [])
    }
    relied: list[ReliedItem] = []
    seen: set[tuple[str, str]] = set()
    for note in (a for a in bundle.annotations if not a.private):
        kind, item_id = note.target.get("type"), note.target.get("id")
        if kind not in (EVIDENCE, MESSAGE) or not isinstance(item_id, str) or (kind, item_id) in seen:
            continue
        seen.add((kind, item_id))
        if kind == EVIDENCE:
            relied.append(ReliedItem(EVIDENCE, item_id, f"Evidence: {titles.get(item_id, item_id)}"))
            continue
        message = store.reads.message(case_id, item_id)
        quote = str(note.target.get("quote") or (message.text if message else ""))
        sender = message.sender_name if message else "unknown sender"
        relied.append(ReliedItem(MESSAGE, item_id, f"Chat, {sender}: “{quote.strip()[:160]}”", quote))
    return RulingCase(case_id, detail.row.reference, _claimed(detail), blocked, tuple(relied), bundle.ruling_submission)


def describe_submission(submission: RulingSubmission | None) -> str:
    """The chair-facing sentence for a submission's state."""
    if submission is None:
        return "Drafted — not signed yet."
    state = submission.state
    if state == SubmissionState.SIGNED:
        why = f" The last attempt failed: {submission.error}" if submission.error else ""
        return f"Signed and queued — it will be filed at the next sync.{why}"
    if state == SubmissionState.FILING:
        return "Filing — the platform is receiving the ruling."
    if state == SubmissionState.FILED:
        ruling = f" Ruling ID: {submission.ruling_id}." if submission.ruling_id else ""
        return f"Filed — the platform recorded the ruling.{ruling} Document SHA-256: {submission.document_sha256[:16]}…"
    if state == SubmissionState.REJECTED:
        checks = ", ".join(submission.failed_checks) or "unspecified"
        return f"Rejected by the platform — failed checks: {checks}. {submission.error or ''} Fix them and sign again."
    if state == SubmissionState.FAILED:
        return f"Failed — {submission.error or 'no reason given'}. You may sign again."
    return f"Unknown state “{state}”."


def verdict_text(report: VerificationReport | None) -> str:
    """The local verification of the signed file, in words."""
    if report is None:
        return "Verification: not available."
    if report.ok:
        name = report.signer.split("Common Name: ")[-1].split(",")[0]  # the signer's DN, read by a person
        member = f" (member ID {report.signer_member_id})" if report.signer_member_id else ""
        who = f" by {name}{member}" if name else ""
        stamp = f", time-stamped {human_time(report.timestamp_time)}" if report.timestamp_time else ""
        return f"Verification: valid — signature intact and trusted{who}{stamp}."
    return f"Verification: NOT valid — {'; '.join(report.problems) or 'not trusted'}."


def filing_result_text(result: FiledRuling) -> str:
    """What "Sign and file" ended with: filed or queued, the ruling ID and document hash, labelled, and
    the verdict of the local verification."""
    submission = result.submission
    state = submission.state
    if result.offline and state == SubmissionState.SIGNED:
        head = (
            f"Signed and queued — the platform cannot be reached ({result.offline}); it will be filed at the next sync."
        )
    elif state == SubmissionState.FILED:
        head = "Filed — the platform recorded the signed ruling."
    else:
        head = describe_submission(submission)
    lines = [head]
    if submission.ruling_id:
        lines.append(f"Ruling ID: {submission.ruling_id}")
    if submission.document_sha256:
        lines.append(f"Document SHA-256: {submission.document_sha256[:16]}…")
    lines.append(verdict_text(result.report))
    if not result.pdf:
        lines.append("The signed document cannot be shown.")
    return "\n".join(lines)


def can_sign(submission: RulingSubmission | None) -> bool:
    """Whether a new signature is allowed (none yet, or the last one was rejected or failed)."""
    return submission is None or not submission.blocks_new_submission


def error_text(exc: BaseException) -> str:
    """What went wrong, in words for the chair."""
    # Not at the top: filing loads pyHanko and reportlab. Its errors come from its own service, which
    # the dialog has loaded by then, so this costs nothing when it matters.
    from arbitration_desk.rulings.filing import SubmissionPending, VotesChanged

    if isinstance(exc, CredentialStoreUnavailable | KeyStoreError):
        return (
            "No usable credential store: the signing key is protected by a secret kept only in the operating "
            f"system's credential store, and none is available. ({exc})"
        )
    if isinstance(exc, VotesChanged):
        return f"The votes changed since the draft: {exc}. Review the preview and sign again."
    if isinstance(exc, SubmissionPending):
        return str(exc)
    if isinstance(exc, UntrustedCa):
        return f"The platform's CA is not pinned on this machine, so nothing can be signed: {exc}"
    if isinstance(exc, DraftError):
        checks = getattr(exc, "checks", None)
        return f"The ruling is not complete: {exc}" + (f" (checks: {', '.join(checks)})" if checks else "")
    if isinstance(exc, TransportError):
        return f"The platform cannot be reached (offline?): {exc}. Signing needs it; try again when online."
    if isinstance(exc, PlatformError | RulingError):
        return str(exc)
    return f"Unexpected error ({type(exc).__name__}): {exc}"
