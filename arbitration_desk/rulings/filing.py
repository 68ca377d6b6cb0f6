"""The chair's ruling, from draft to filed: the service behind the ruling dialog and the CLI.

States (:class:`~arbitration_desk.store.states.SubmissionState`)::

    drafted (the dialog's RulingDraft) -> signed (queued) -> filing (in flight) -> filed
                                                                                -> rejected (failed checks)
                                                                                -> failed (reason)

Every method talks to the platform or signs, so the GUI calls them off the GUI thread (pyHanko's
helpers run their own event loop: a worker thread without one is right).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID

from arbitration_desk.documents.compose import compose_ruling
from arbitration_desk.documents.draft import ChatQuote, RulingDraft, SignerInfo, draft_from_case, translation_of
from arbitration_desk.documents.labels import clip
from arbitration_desk.domain.deliberation import RulingBlocker, is_chair, votes_open
from arbitration_desk.domain.money import Money
from arbitration_desk.domain.phrases import Phrase, phrase, said
from arbitration_desk.domain.rules import tally
from arbitration_desk.domain.timeutil import format_timestamp, utcnow
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.rulings.ca import pki_dir
from arbitration_desk.rulings.csr import SigningIdentity, check_certificate, load_identity, request_certificate
from arbitration_desk.rulings.errors import CertificateError, KeyNotFound, RulingError
from arbitration_desk.rulings.keys import KeyStore, SigningKey, SoftwareKeyStore
from arbitration_desk.rulings.ruling import make_ruling
from arbitration_desk.rulings.trust import platform_trust_roots
from arbitration_desk.rulings.verify import VerificationReport
from arbitration_desk.store.errors import InvalidStateError, StoreError
from arbitration_desk.store.outbox_facet import OutboxStore
from arbitration_desk.store.reads_facet import CaseReads
from arbitration_desk.store.records import OutboxEntry, RulingSubmission, SubmissionState
from arbitration_desk.store.sync_facet import SyncStore
from arbitration_desk.store.work_facet import MemberWork

#: ``Submission`` is the store's record; re-exported for the GUI.
Submission = RulingSubmission
#: Delivers one outbox item: ``arbitration_desk.sync.outbox.deliver`` (passed in: rulings may not import sync).
#: What it returns is not used: the submission's state, read again, says where the ruling stands.
Deliver = Callable[[OutboxStore, PlatformClient, OutboxEntry, str | None], object]
KEY_FILE = "signing-key.pem"
#: A certificate with less validity left than this is renewed before signing.
RENEW_BEFORE = timedelta(days=1)
MAX_QUOTE = 2000


class FilingError(RulingError):
    """The ruling cannot be prepared, signed or queued; the message says why."""


class VotesChanged(FilingError):
    """The votes on the platform differ from those in the draft: prepare the draft again."""


class SubmissionPending(FilingError):
    """A ruling of this case is already queued, being filed, or filed."""


def _vote_key(items: Iterable[Mapping[str, Any]]) -> set[tuple[str, str, str, str]]:
    return {
        (str(i["member_id"]), str(i["outcome"]), Money.from_json(i["award"]).amount_text, str(i["rationale"]))
        for i in items
        if i.get("has_voted", True) and "outcome" in i
    }


class RulingService:
    """Prepares, signs, queues and files the chair's ruling for one signed-in member.

    Args:
        reads: the member's stored cases (``store.reads``; the case must be synced).
        work: queues the signed ruling (``store.work``).
        sync: stores the fresh vote board read before drafting and signing (``store.sync``).
        outbox: the queued ruling and its signed PDF, for :meth:`file_now` (``store.outbox``).
        client: the signed-in platform client.
        home: the desk's home; the key, certificate and pinned CA live in ``<home>/pki/``.
        ca_fingerprints: extra pinned CA fingerprints (see :mod:`arbitration_desk.rulings.trust`).
        deliver: ``arbitration_desk.sync.outbox.deliver``, needed by :meth:`file_now` only.
        key_store: where the signing key lives (default: an encrypted software key in ``<home>/pki/``).
    """

    def __init__(
        self,
        reads: CaseReads,
        work: MemberWork,
        sync: SyncStore,
        outbox: OutboxStore,
        client: PlatformClient,
        home: Path,
        *,
        ca_fingerprints: Iterable[str] = (),
        deliver: Deliver | None = None,
        key_store: KeyStore | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.reads = reads
        self.work = work
        self.sync = sync
        self.outbox = outbox
        self.client = client
        self.home = Path(home)
        self._fingerprints = tuple(ca_fingerprints)
        self._deliver = deliver
        self._keys = key_store or SoftwareKeyStore(pki_dir(self.home) / KEY_FILE, client.secrets)
        self._clock = clock
        self._identity: SigningIdentity | None = None
        self._roots: list[x509.Certificate] | None = None
        #: The local verification of the last ruling :meth:`sign_and_queue` signed (None before).
        self.last_report: VerificationReport | None = None

    # -- identity ---------------------------------------------------------------------------

    def trust_roots(self) -> list[x509.Certificate]:
        """The pinned platform CA (fetched once per service)."""
        if self._roots is None:
            self._roots = platform_trust_roots(self.client, self.home, self._fingerprints)
        return self._roots

    def _key(self) -> SigningKey:
        if self._keys.exists():
            try:
                return self._keys.open()
            except KeyNotFound:
                pass  # its secret is gone: a new key (and certificate) replaces it
        return self._keys.create()

    def ensure_identity(self) -> SigningIdentity:
        """The chair's key and a valid certificate for it, requesting one (CSR) when needed.

        Raises:
            UntrustedCa: no pinned CA (see :mod:`~arbitration_desk.rulings.trust`).
            KeyStoreError: no credential store for the key's passphrase.
            CertificateError: the platform refused, or the certificate is not for this member.
        """
        roots = self.trust_roots()
        if self._identity is not None and self._usable(self._identity, roots):
            return self._identity
        key = self._key()
        try:
            identity = load_identity(pki_dir(self.home), key)
            if not self._usable(identity, roots):
                raise CertificateError(
                    phrase("RulingError", "the saved certificate is expiring, or not for this member")
                )
        except CertificateError:
            identity = request_certificate(self.client, key, roots, pki_dir(self.home))
        member = self.reads.member_id()
        if member is not None and identity.member_id != member:
            raise CertificateError(
                phrase(
                    "RulingError",
                    "the certificate is for {holder}, not for you ({member})",
                    holder=repr(identity.member_id),
                    member=repr(member),
                )
            )
        self._identity = identity
        return identity

    def _usable(self, identity: SigningIdentity, roots: list[x509.Certificate]) -> bool:
        try:
            check_certificate(identity.key, identity.certificate_pem, list(identity.chain_pem), roots)
        except CertificateError:
            return False
        member = self.reads.member_id()
        left = identity.certificate.not_valid_after_utc - datetime.now(UTC)
        return left > RENEW_BEFORE and (member is None or identity.member_id == member)

    # -- drafting ---------------------------------------------------------------------------

    def quotes(self, case_id: str, message_ids: Sequence[str]) -> list[ChatQuote]:
        """Chat quotes for the ruling from stored messages (unknown IDs raise FilingError)."""
        found: list[ChatQuote] = []
        for message_id in message_ids:
            row = self._store_call(partial(self.reads.message, case_id, message_id))
            if row is None:
                raise FilingError(
                    phrase("RulingError", "no message {message} in case {case}", message=repr(message_id), case=case_id)
                )
            found.append(
                ChatQuote(
                    row.message_id,
                    row.sender_name,
                    format_timestamp(row.sent_at),
                    clip(row.text, MAX_QUOTE),
                    clip(translation_of(row.translations), MAX_QUOTE),
                )
            )
        return found

    def prepare(
        self,
        case_id: str,
        outcome: str,
        award: Money,
        summary: str,
        evidence_ids: Iterable[str] | None = None,
        chat_quotes: Iterable[ChatQuote] = (),
        findings: str = "",
    ) -> RulingDraft:
        """A draft from the stored case and a FRESH vote board (``GET votes``, stored too).

        Raises:
            FilingError: the case is not synced, or you are not its chair.
            DraftError: votes sealed or incomplete, unknown evidence, or a failing award check.
            PlatformError: the votes could not be read.
        """
        detail = self._store_call(lambda: self.reads.case_detail(case_id))
        if detail.case is None:
            raise FilingError(RulingBlocker.NOT_SYNCED.phrase())
        board = self.client.get_votes(case_id).data
        self._store_call(lambda: self.sync.store_votes(case_id, board))
        draft = draft_from_case(
            detail.case,
            board,
            outcome=outcome,
            award=award,
            summary=summary,
            decided_at=self._clock(),
            evidence_ids=evidence_ids,
            chat=chat_quotes,
            findings=findings,
        )
        member = self.reads.member_id()
        if member is not None and not is_chair(draft.chair_id, member):  # unknown member: the certificate decides
            raise FilingError(RulingBlocker.NOT_CHAIR.phrase())
        return draft

    def preview(self, draft: RulingDraft) -> bytes:
        """The unsigned PDF, exactly as it will be signed (DraftError, FontError, ComposeError)."""
        return compose_ruling(draft)

    # -- signing and filing -----------------------------------------------------------------

    def sign_and_queue(self, draft: RulingDraft) -> Submission:
        """Re-reads the votes, signs (B-T, platform TSA), verifies, and queues with a NEW idempotency key.

        The PDF blob, metadata, key and outbox item are stored together; the outbox delivers it.

        Raises:
            SubmissionPending: a ruling of the case is queued, being filed, or filed.
            VotesChanged: the platform's votes differ from the draft's (prepare again).
            SigningError, CertificateError, KeyStoreError, UntrustedCa: signing is impossible.
            FilingError: the store refused (case reassigned or no longer in deliberation).
            PlatformError: the votes, certificate or time-stamp could not be fetched.
        """
        current = self.submission(draft.case_id)
        if current is not None and current.blocks_new_submission:
            raise SubmissionPending(_already(draft.case_reference, current.state))
        board = self.client.get_votes(draft.case_id).data
        self._store_call(lambda: self.sync.store_votes(draft.case_id, board))
        fresh = _vote_key(board["items"])
        is_open = votes_open(sealed=board["sealed"], cast=board["cast"], quorum=board["quorum"])
        if not is_open or fresh != _vote_key(_draft_votes(draft)):
            raise VotesChanged(
                phrase(
                    "RulingError", "the votes changed since the draft was prepared: review them and prepare it again"
                )
            )
        identity = self.ensure_identity()
        roots = self.trust_roots()
        signer = signer_info(identity, roots)
        signed = make_ruling(
            replace(draft, decided_at=self._clock(), signer=signer), identity, roots, self.client.timestamp
        )
        self.last_report = signed.report
        if signed.metadata["vote_tally"] != tally(str(i["outcome"]) for i in board["items"]):
            raise VotesChanged(phrase("RulingError", "the ruling's vote tally does not match the recorded votes"))
        key = str(uuid.uuid4())
        return self._store_call(lambda: self.work.queue_ruling(draft.case_id, signed.metadata, signed.pdf, key))

    def submission(self, case_id: str) -> Submission | None:
        """The latest submission of the case: state, failed checks, receipt, document hash, error."""
        return self._store_call(lambda: self.reads.ruling_submission(case_id))

    def signed_document(self, case_id: str) -> bytes:
        """The signed PDF of the latest submission (for "open" or "save a copy")."""
        current = self.submission(case_id)
        if current is None:
            raise FilingError(phrase("RulingError", "no signed ruling for case {case}", case=case_id))
        return self._store_call(lambda: self.outbox.ruling_document(current.document_sha256))

    def file_now(self, case_id: str) -> Submission:
        """Delivers the case's queued ruling now (instead of at the next sync); returns its new state.

        Raises:
            FilingError: nothing queued for the case, or no ``deliver`` was given.
        """
        current = self.submission(case_id)
        if current is None:
            raise FilingError(phrase("RulingError", "no signed ruling to file for case {case}", case=case_id))
        if current.state is not SubmissionState.SIGNED:
            return current
        if self._deliver is None:
            raise FilingError(phrase("RulingError", "filing now needs deliver=arbitration_desk.sync.outbox.deliver"))
        entries = self._store_call(lambda: self.outbox.unsent_work(case_id))
        entry = next((e for e in entries if e.id == current.outbox_id), None)
        if entry is not None:
            with contextlib.suppress(InvalidStateError):  # a sync took it first; its state is what counts
                self._deliver(self.outbox, self.client, entry, self.reads.member_id())
        latest = self.submission(case_id)
        assert latest is not None
        return latest

    @staticmethod
    def _store_call(work: Callable[[], Any]) -> Any:
        try:
            return work()
        except StoreError as exc:
            raise FilingError(said(exc)) from exc


def _already(reference: str, state: SubmissionState) -> Phrase:
    """Why a new ruling of case ``reference`` may not be signed: its ruling is already ``state``."""
    if state == SubmissionState.SIGNED:
        return phrase("RulingError", "the ruling of case {case} is already signed", case=reference)
    if state == SubmissionState.FILING:
        return phrase("RulingError", "the ruling of case {case} is already filing", case=reference)
    if state == SubmissionState.FILED:
        return phrase("RulingError", "the ruling of case {case} is already filed", case=reference)
    return phrase("RulingError", "the ruling of case {case} is already {state}", case=reference, state=str(state))


def signer_info(identity: SigningIdentity, roots: Sequence[x509.Certificate]) -> SignerInfo:
    """What the chair's certificate says, for the ruling's signature block."""
    certificate = identity.certificate
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    issuer = certificate.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    root = next((r for r in roots if r.subject == certificate.issuer), roots[0] if len(roots) == 1 else None)
    if root is None and identity.chain_pem:
        top = x509.load_pem_x509_certificate(identity.chain_pem[-1].encode())
        root = next((r for r in roots if r.subject == top.issuer or r.subject == top.subject), None)
    return SignerInfo(
        name=str(names[0].value) if names else identity.member_id,
        member_id=identity.member_id,
        serial=f"{certificate.serial_number:X}",
        issuer=str(issuer[0].value) if issuer else "",
        ca_fingerprint=root.fingerprint(hashes.SHA256()).hex() if root is not None else "",
    )


def _draft_votes(draft: RulingDraft) -> list[dict[str, Any]]:
    return [
        {"member_id": v.member_id, "outcome": v.outcome, "award": v.award.to_json(), "rationale": v.rationale}
        for v in draft.votes
    ]
