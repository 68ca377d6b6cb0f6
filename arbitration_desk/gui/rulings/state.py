"""What the ruling dialog shows, without widgets: who may rule, what was relied on, states and errors.

Everything here runs either in a worker (:func:`load_ruling_case`) or is a pure function of data,
so the dialog stays a thin layer of widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from arbitration_desk.domain.deliberation import ruling_block, votes_open
from arbitration_desk.domain.money import Money, MoneyError
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import explain, say, translate
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
    """Why this member may not record the ruling of the case, in the desk's language ("" when they may)."""
    block = ruling_block(
        synced=detail.case is not None,
        chair_id=((detail.case or {}).get("panel") or {}).get("chair_id"),
        member_id=member_id,
        reassigned=detail.row.reassigned,
        status=detail.row.status,
        votes_are_open=board is not None and votes_open(sealed=board.sealed, cast=board.cast, quorum=board.quorum),
    )
    if block is None:
        return ""
    return say(block.phrase or block.reason)  # the domain's sentence, in the desk's language


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
            label = translate("RulingDialog", "Evidence: {title}").format(title=titles.get(item_id, item_id))
            relied.append(ReliedItem(EVIDENCE, item_id, label))
            continue
        message = store.reads.message(case_id, item_id)
        quote = str(note.target.get("quote") or (message.text if message else ""))
        sender = message.sender_name if message else translate("RulingDialog", "unknown sender")
        label = translate("RulingDialog", "Chat, {sender}: “{quote}”").format(sender=sender, quote=quote.strip()[:160])
        relied.append(ReliedItem(MESSAGE, item_id, label, quote))
    return RulingCase(case_id, detail.row.reference, _claimed(detail), blocked, tuple(relied), bundle.ruling_submission)


def describe_submission(submission: RulingSubmission | None) -> str:
    """The chair-facing sentence for a submission's state (the platform's error and checks as received)."""
    if submission is None:
        return translate("RulingDialog", "Drafted — not signed yet.")
    state = submission.state
    if state == SubmissionState.SIGNED:
        if submission.error:
            return translate(
                "RulingDialog",
                "Signed and queued — it will be filed at the next sync. The last attempt failed: {error}",
            ).format(error=submission.error)
        return translate("RulingDialog", "Signed and queued — it will be filed at the next sync.")
    if state == SubmissionState.FILING:
        return translate("RulingDialog", "Filing — the platform is receiving the ruling.")
    if state == SubmissionState.FILED:
        sha = submission.document_sha256[:16]
        if submission.ruling_id:
            return translate(
                "RulingDialog",
                "Filed — the platform recorded the ruling. Ruling ID: {ruling}. Document SHA-256: {sha}…",
            ).format(ruling=submission.ruling_id, sha=sha)
        return translate("RulingDialog", "Filed — the platform recorded the ruling. Document SHA-256: {sha}…").format(
            sha=sha
        )
    if state == SubmissionState.REJECTED:
        checks = ", ".join(submission.failed_checks) or translate("RulingDialog", "unspecified")
        return translate(
            "RulingDialog", "Rejected by the platform — failed checks: {checks}. {error} Fix them and sign again."
        ).format(checks=checks, error=submission.error or "")
    if state == SubmissionState.FAILED:
        error = submission.error or translate("RulingDialog", "no reason given")
        return translate("RulingDialog", "Failed — {error}. You may sign again.").format(error=error)
    return translate("RulingDialog", "Unknown state “{state}”.").format(state=state)


def verdict_text(report: VerificationReport | None) -> str:
    """The local verification of the signed file, in words (the report's problems as received)."""
    if report is None:
        return translate("RulingDialog", "Verification: not available.")
    if report.ok:
        name = report.signer.split("Common Name: ")[-1].split(",")[0]  # the signer's DN, read by a person
        signer = name
        if name and report.signer_member_id:
            signer = translate("RulingDialog", "{name} (member ID {member})").format(
                name=name, member=report.signer_member_id
            )
        stamp = fmt.utc_moment(report.timestamp_time) if report.timestamp_time else ""
        if signer and stamp:
            text = translate(
                "RulingDialog", "Verification: valid — signature intact and trusted by {signer}, time-stamped {time}."
            )
        elif signer:
            text = translate("RulingDialog", "Verification: valid — signature intact and trusted by {signer}.")
        elif stamp:
            text = translate("RulingDialog", "Verification: valid — signature intact and trusted, time-stamped {time}.")
        else:
            text = translate("RulingDialog", "Verification: valid — signature intact and trusted.")
        return text.format(signer=signer, time=stamp)
    # Not at the top (loads pyHanko): a report exists only once signing or verifying has loaded it.
    from arbitration_desk.rulings.ruling import joined

    return translate("RulingDialog", "Verification: NOT valid — {problems}.").format(
        problems=say(joined(report.problems))
    )


def filing_result_text(result: FiledRuling) -> str:
    """What "Sign and file" ended with: filed or queued, the ruling ID and document hash, labelled, and
    the verdict of the local verification."""
    submission = result.submission
    state = submission.state
    if result.offline and state == SubmissionState.SIGNED:
        head = translate(
            "RulingDialog",
            "Signed and queued — the platform cannot be reached ({reason}); it will be filed at the next sync.",
        ).format(reason=say(result.offline))
    elif state == SubmissionState.FILED:
        head = translate("RulingDialog", "Filed — the platform recorded the signed ruling.")
    else:
        head = describe_submission(submission)
    lines = [head]
    if submission.ruling_id:
        lines.append(translate("RulingDialog", "Ruling ID: {ruling}").format(ruling=submission.ruling_id))
    if submission.document_sha256:
        lines.append(translate("RulingDialog", "Document SHA-256: {sha}…").format(sha=submission.document_sha256[:16]))
    lines.append(verdict_text(result.report))
    if not result.pdf:
        lines.append(translate("RulingDialog", "The signed document cannot be shown."))
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
        return translate(
            "RulingDialog",
            "No usable credential store: the signing key is protected by a secret kept only in the operating "
            "system's credential store, and none is available. ({error})",
        ).format(error=explain(exc))
    if isinstance(exc, VotesChanged):
        return translate(
            "RulingDialog", "The votes changed since the draft: {error}. Review the preview and sign again."
        ).format(error=explain(exc))
    if isinstance(exc, SubmissionPending):
        return explain(exc)
    if isinstance(exc, UntrustedCa):
        return translate(
            "RulingDialog", "The platform's CA is not pinned on this machine, so nothing can be signed: {error}"
        ).format(error=explain(exc))
    if isinstance(exc, DraftError):
        checks = getattr(exc, "checks", None)
        if checks:
            return translate("RulingDialog", "The ruling is not complete: {error} (checks: {checks})").format(
                error=explain(exc), checks=", ".join(checks)
            )
        return translate("RulingDialog", "The ruling is not complete: {error}").format(error=explain(exc))
    if isinstance(exc, TransportError):
        return translate(
            "RulingDialog",
            "The platform cannot be reached (offline?): {error}. Signing needs it; try again when online.",
        ).format(error=explain(exc))
    if isinstance(exc, PlatformError | RulingError):
        return explain(exc)
    return translate("RulingDialog", "Unexpected error ({kind}): {error}").format(
        kind=type(exc).__name__, error=explain(exc)
    )
