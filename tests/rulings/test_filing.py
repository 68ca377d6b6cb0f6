"""Filing the chair's ruling exactly once, over HTTP against the sandbox (nothing of ours mocked)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from arbitration_desk.domain.money import Money
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.transport import RetryPolicy
from arbitration_desk.rulings.filing import RulingService, SubmissionPending, VotesChanged
from arbitration_desk.rulings.ruling import make_ruling
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import SubmissionState
from arbitration_desk.store.store import Store
from arbitration_desk.sync.outbox import deliver
from helpers.desk import signed_in, sync
from helpers.keyring_backend import MemoryKeyring
from helpers.keyring_swap import installed_keyring
from helpers.sandbox import api_session, start_sandbox
from helpers.stores import open_store

SHARED_KEYRING = MemoryKeyring()
VOTERS = ("chair", "member1", "member2", "otpmember")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """One credential store for the module: the chair signs in (and makes a key) once."""
    with installed_keyring(SHARED_KEYRING):
        yield SHARED_KEYRING


@dataclass
class Desk:
    server: SandboxServer
    store: Store
    client: PlatformClient
    service: RulingService
    used: set[str]

    def ready_case(self) -> str:
        """An unused in-deliberation case chaired by ``chair`` with every vote cast (favor_seller)."""
        member = self.store.reads.member_id()
        for row in self.store.reads.list_cases():
            case = self.store.reads.case_detail(row.case_id).case
            if row.status != "in_deliberation" or row.case_id in self.used or case is None:
                continue
            if case["panel"]["chair_id"] != member:
                continue
            self.used.add(row.case_id)
            cast_votes(self.server, row.case_id, "favor_seller")
            sync(self.store, self.client)
            return row.case_id
        raise AssertionError("the demo world has no unused case left")

    def draft(self, case_id: str, outcome: str = "favor_seller"):  # type: ignore[no-untyped-def]
        currency = self.store.reads.case_detail(case_id).row.value.currency
        return self.service.prepare(case_id, outcome, Money.parse("0.00", currency), "The seller delivered.")


def cast_votes(server: SandboxServer, case_id: str, outcome: str, only: str | None = None) -> None:
    """Every panel member (or ``only``) votes ``outcome`` with award 0.00."""
    panel = {server.control.member(name)["member_id"]: name for name in VOTERS}
    case = server.control.case_row(case_id)
    for member_id, name in panel.items():
        if only not in (None, name):
            continue
        session = api_session(server, name)
        try:
            claimed = session.get(f"/v1/cases/{case_id}").json()
            if member_id not in {m["member_id"] for m in claimed.get("panel", {}).get("members", [])}:
                continue
            currency = claimed["claim"]["amount_claimed"]["currency"]
            body = {"outcome": outcome, "award": {"amount": "0.00", "currency": currency}, "rationale": f"{name}."}
            assert session.put(f"/v1/cases/{case_id}/votes/me", json=body).status_code == 200
        finally:
            session.close()
    assert case


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with installed_keyring(SHARED_KEYRING):
        server = start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=24, rate_limit=0)
        home = tmp_path_factory.mktemp("home")
        store, client = signed_in(home, server.url, "chair")
        fast = PlatformClient(server.url, "chair", retry=RetryPolicy(attempts=6, base=0.05))
        sync(store, fast)
        service = RulingService(
            store.reads,
            store.work,
            store.sync,
            store.outbox,
            fast,
            home,
            ca_fingerprints=[server.ca_fingerprint],
            deliver=deliver,
        )
        try:
            yield Desk(server, store, fast, service, set())
        finally:
            client.close()
            fast.close()
            store.close()
            server.stop()


def rulings(desk: Desk) -> int:
    return desk.server.control.counts()["ruling"]


def test_filed_once_end_to_end(desk: Desk) -> None:
    case_id = desk.ready_case()
    before = rulings(desk)
    draft = desk.draft(case_id)
    assert desk.service.preview(draft).startswith(b"%PDF-")
    submission = desk.service.sign_and_queue(draft)
    assert submission.state == SubmissionState.SIGNED
    assert str(uuid.UUID(submission.idempotency_key)) == submission.idempotency_key
    assert submission.metadata["vote_tally"]["favor_seller"] == len(draft.votes)
    with pytest.raises(SubmissionPending):
        desk.service.sign_and_queue(draft)
    report = sync(desk.store, desk.client)
    assert report.outbox_delivered == 1, report.failures
    filed = desk.service.submission(case_id)
    assert filed is not None and filed.state == SubmissionState.FILED
    assert filed.receipt is not None and filed.receipt["document_sha256"] == filed.document_sha256
    assert filed.ruling_id and filed.error is None
    assert rulings(desk) == before + 1
    sync(desk.store, desk.client)  # the next listing shows the case decided
    assert desk.store.reads.case_detail(case_id).row.status == "decided"
    assert len(desk.service.signed_document(case_id)) == filed.document_size


@pytest.mark.parametrize("run", range(3))
def test_filing_under_faults_records_one_ruling(desk: Desk, run: int) -> None:
    case_id = desk.ready_case()
    before = rulings(desk)
    desk.service.sign_and_queue(desk.draft(case_id))
    desk.server.faults.rate = 0.3
    try:
        for _ in range(10):
            state = desk.service.file_now(case_id).state
            if state != SubmissionState.SIGNED:
                break
    finally:
        desk.server.faults.rate = 0.0
    submission = desk.service.submission(case_id)
    assert submission is not None and submission.state == SubmissionState.FILED, submission
    assert rulings(desk) == before + 1


def test_rejected_shows_failed_checks_and_resigning_uses_a_new_key(desk: Desk) -> None:
    case_id = desk.ready_case()
    first = desk.service.sign_and_queue(desk.draft(case_id))
    cast_votes(desk.server, case_id, "split", only="member1")  # a vote changes after signing
    rejected = desk.service.file_now(case_id)
    assert rejected.state == SubmissionState.REJECTED
    assert rejected.failed_checks == ("vote_tally_mismatch",)
    assert rejected.error and "vote_tally_mismatch" in rejected.error
    again = desk.service.sign_and_queue(desk.draft(case_id))
    assert again.idempotency_key != first.idempotency_key
    assert again.metadata["vote_tally"]["split"] == 1
    assert desk.service.file_now(case_id).state == SubmissionState.FILED
    history = desk.store.reads.ruling_submissions(case_id)
    assert [s.state for s in history] == [SubmissionState.REJECTED, SubmissionState.FILED]


def test_votes_changed_before_signing_refuses_to_sign(desk: Desk) -> None:
    case_id = desk.ready_case()
    draft = desk.draft(case_id)
    cast_votes(desk.server, case_id, "favor_buyer", only="member2")
    with pytest.raises(VotesChanged):
        desk.service.sign_and_queue(draft)
    assert desk.service.submission(case_id) is None


def test_ruling_exists_with_our_document_counts_as_filed(desk: Desk) -> None:
    case_id = desk.ready_case()
    before = rulings(desk)
    queued = desk.service.sign_and_queue(desk.draft(case_id))
    pdf = desk.store.outbox.ruling_document(queued.document_sha256)
    direct = desk.client.submit_ruling(case_id, str(uuid.uuid4()), queued.metadata, pdf)  # e.g. another device
    filed = desk.service.file_now(case_id)
    assert filed.state == SubmissionState.FILED
    assert filed.ruling_id == direct.data["ruling_id"]
    assert rulings(desk) == before + 1


def _other_signing(desk: Desk, case_id: str) -> tuple[dict[str, object], bytes]:
    identity = desk.service.ensure_identity()
    signed = make_ruling(desk.draft(case_id), identity, desk.service.trust_roots(), desk.client.timestamp)
    return signed.metadata, signed.pdf


def test_ruling_exists_with_another_document_tells_the_chair(desk: Desk) -> None:
    case_id = desk.ready_case()
    desk.service.sign_and_queue(desk.draft(case_id))
    metadata, pdf = _other_signing(desk, case_id)
    other = desk.client.submit_ruling(case_id, str(uuid.uuid4()), metadata, pdf).data
    failed = desk.service.file_now(case_id)
    assert failed.state == SubmissionState.FAILED
    assert failed.error and other["ruling_id"] in failed.error and "different document" in failed.error


def test_idempotency_key_reused_is_a_client_defect_not_retried(desk: Desk) -> None:
    case_id = desk.ready_case()
    queued = desk.service.sign_and_queue(desk.draft(case_id))
    metadata, pdf = _other_signing(desk, case_id)
    desk.client.submit_ruling(case_id, queued.idempotency_key, metadata, pdf)  # binds our key to other parts
    failed = desk.service.file_now(case_id)
    assert failed.state == SubmissionState.FAILED
    assert failed.attempts == 1
    assert failed.error and "client defect" in failed.error
    assert desk.store.outbox.next() == []  # not retried by the next sync


def test_queued_ruling_survives_reopening_the_store(desk: Desk, tmp_path: Path) -> None:
    case_id = desk.ready_case()
    queued = desk.service.sign_and_queue(desk.draft(case_id))
    with open_store(desk.store.home) as again:
        found = again.reads.ruling_submission(case_id)
        assert found == queued
        entry = next(e for e in again.outbox.next() if e.id == queued.outbox_id)
        assert entry.idempotency_key == queued.idempotency_key
        assert entry.payload is not None and entry.payload["document"]["sha256"] == queued.document_sha256
    assert desk.service.file_now(case_id).state == SubmissionState.FILED
