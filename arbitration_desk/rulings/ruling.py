"""Compose, sign and verify one ruling: the signed bytes and the filing metadata, ready to file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography import x509

from arbitration_desk.documents.compose import compose_ruling
from arbitration_desk.documents.draft import RulingDraft, filing_metadata
from arbitration_desk.domain.deliberation import is_chair
from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.rulings.csr import SigningIdentity
from arbitration_desk.rulings.errors import SigningError
from arbitration_desk.rulings.sign import sign_pdf
from arbitration_desk.rulings.verify import VerificationReport, verify_pdf


@dataclass(frozen=True)
class SignedRuling:
    pdf: bytes
    metadata: dict[str, Any]
    report: VerificationReport


def make_ruling(
    draft: RulingDraft,
    identity: SigningIdentity,
    trust_roots: Sequence[x509.Certificate],
    timestamp: Callable[[bytes], bytes] | None,
) -> SignedRuling:
    """Composes, signs (B-T when ``timestamp`` is given) and verifies the ruling locally.

    Raises:
        DraftError: the award or votes fail the checks (nothing is signed).
        SigningError: signing failed, or the signed file does not verify (or is not by the chair).
    """
    signed = sign_pdf(compose_ruling(draft), identity, timestamp)
    report = verify_pdf(signed, trust_roots)
    if report.signer_member_id and not is_chair(draft.chair_id, report.signer_member_id):
        raise SigningError(
            phrase(
                "RulingError",
                "the certificate is for {signer}, not the chair {chair}",
                signer=repr(report.signer_member_id),
                chair=repr(draft.chair_id),
            )
        )
    if not report.ok:
        raise SigningError(
            phrase("RulingError", "the signed ruling does not verify: {problems}", problems=joined(report.problems))
        )
    return SignedRuling(signed, filing_metadata(draft, signed), report)


def joined(problems: Sequence[Phrase | str]) -> Phrase | str:
    """The problems of a verification as one phrase, "first; second; …" ("not trusted" for none): each
    problem stays a phrase of its own, translated in its turn."""
    if not problems:
        return phrase("RulingError", "not trusted")
    said = problems[0]
    for problem in problems[1:]:
        said = phrase("RulingError", "{problems}; {problem}", problems=said, problem=problem)
    return said
