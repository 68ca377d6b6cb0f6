"""sync/outbox.py: one delivery against the sandbox, its DeliveryOutcome and what the item records."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.domain.phrases import Phrase, phrase, phrase_of
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import OutboxEntry, OutboxState, SubmissionState
from arbitration_desk.store.store import Store
from arbitration_desk.sync.outbox import deliver
from arbitration_desk.sync.outbox_results import DeliveryOutcome, RulingConflict
from helpers.desk import signed_in, sync
from helpers.sandbox import api_session, start_sandbox


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[tuple[SandboxServer, Store, PlatformClient]]:
    server = start_sandbox(tmp_path / "sandbox", cases=4, seed=5)
    store, client = signed_in(tmp_path / "home", server.url)
    try:
        assert sync(store, client).ok
        yield server, store, client
    finally:
        store.close()
        client.close()
        server.stop()


def _votable_case(store: Store) -> str:
    return next(row.case_id for row in store.reads.list_cases() if row.can_vote)


def _only_queued(store: Store) -> OutboxEntry:
    (entry,) = store.outbox.next()
    return entry


def test_an_annotation_changed_elsewhere_is_refused_for_good(
    desk: tuple[SandboxServer, Store, PlatformClient],
) -> None:
    server, store, client = desk
    member = store.reads.member_id()
    case_id = _votable_case(store)
    created = store.work.create_annotation(case_id, {"type": "case"}, "The parcel was never scanned.")
    assert deliver(store.outbox, client, _only_queued(store), member) is DeliveryOutcome.DELIVERED
    # The chair changes it on another device, then edits the older version here.
    elsewhere = api_session(server, "chair")
    try:
        listed = elsewhere.get(f"/v1/cases/{case_id}/annotations").json()["items"]
        current = next(a for a in listed if a["annotation_id"] == created.annotation_id)
        body = {key: current[key] for key in ("target", "created_at", "updated_at")} | {"body": "Changed elsewhere."}
        answer = elsewhere.put(
            f"/v1/cases/{case_id}/annotations/{created.annotation_id}", json=body, headers={"If-Match": current["etag"]}
        )
        assert answer.status_code == 200, answer.text
    finally:
        elsewhere.close()
    store.work.edit_annotation(case_id, created.annotation_id, "Edited here, on the old version.")
    reasons: dict[int, Phrase | str] = {}
    assert deliver(store.outbox, client, _only_queued(store), member, reasons=reasons) is DeliveryOutcome.FAILED
    (failed,) = store.outbox.unsent_work(case_id)
    assert failed.state is OutboxState.FAILED
    assert failed.last_error == "the annotation was changed elsewhere since you edited it"
    # the item records the English text; the caller that asked gets the phrase, for the member's language
    said = reasons[failed.id]
    assert isinstance(said, Phrase) and said.context == "Outbox"
    assert said.template == "the annotation was changed elsewhere since you edited it"
    assert str(said) == failed.last_error


def test_outbox_errors_carry_their_phrase() -> None:
    error = RulingConflict(
        phrase(
            "Outbox",
            "ruling {ruling} (document {sha256}) is already recorded for this case with a different document "
            "than the one you signed; yours was not filed",
            ruling="rl_1",
            sha256="ab" * 32,
        )
    )
    said = phrase_of(error)
    assert said is not None and said.template.startswith("ruling {ruling} (document {sha256})")
    assert str(error) == (
        f"ruling rl_1 (document {'ab' * 32}) is already recorded for this case with a different document "
        "than the one you signed; yours was not filed"
    )


def test_a_case_no_longer_assigned_keeps_the_item_queued(desk: tuple[SandboxServer, Store, PlatformClient]) -> None:
    server, store, client = desk
    member = store.reads.member_id()
    case_id = _votable_case(store)
    store.work.create_annotation(case_id, {"type": "case"}, "Written before the panel changed.")
    server.control.unassign(case_id, server.control.member("chair")["member_id"])
    assert deliver(store.outbox, client, _only_queued(store), member) is DeliveryOutcome.NOT_ASSIGNED
    (queued,) = store.outbox.unsent_work(case_id)
    assert queued.state is OutboxState.QUEUED and queued.attempts == 1 and queued.last_error
    assert server.control.counts().get("annotation_put", 0) == 0


def test_a_ruling_whose_signed_pdf_is_gone_fails_without_a_request(
    desk: tuple[SandboxServer, Store, PlatformClient],
) -> None:
    server, store, client = desk
    case_id = _votable_case(store)
    pdf = b"%PDF-1.7 a ruling as it was signed"
    sha = hashlib.sha256(pdf).hexdigest()
    store.work.queue_ruling(case_id, {"outcome": "favor_buyer", "document_sha256": sha}, pdf, str(uuid.uuid4()))
    assert store.sync.blobs.release(sha)  # lost locally after signing
    sent = client.transport.requests_sent
    assert deliver(store.outbox, client, _only_queued(store), store.reads.member_id()) is DeliveryOutcome.FAILED
    assert client.transport.requests_sent == sent
    submission = store.reads.ruling_submission(case_id)
    assert submission is not None and submission.state is SubmissionState.FAILED
    assert submission.error is not None and submission.error.endswith("; sign again")
    assert submission.error.startswith("the signed ruling is no longer stored intact (")
    assert server.control.counts().get("ruling", 0) == 0
