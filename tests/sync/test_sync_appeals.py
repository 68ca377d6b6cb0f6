"""Appeals in the sync (contract 1.1): the ruling appealed against is kept with the appeal case and its
signed PDF downloaded, also when the member joined the appeal panel after the rulings cursor passed it.

Against the sandbox over real HTTP, with its demo appeal scenarios and an appeal filed during the test.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from arbitration_desk.domain.appeals import is_new_on_appeal
from arbitration_desk.domain.timeutil import parse_timestamp
from arbitration_desk.sandbox.appeal_filing import AppealEvidence
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.store import Store
from helpers.desk import signed_in, sync
from helpers.sandbox import api_session, start_sandbox


@pytest.fixture(scope="module")
def appeals_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("appeals"), cases=2, world_options={"appeals": 3}, rate_limit=0)
    yield server
    server.stop()


def _appealed_pdf(store: Store, case_id: str) -> bytes:
    bundle = store.reads.case_bundle(case_id)
    appeal = bundle.appeal
    assert appeal is not None
    ruling = bundle.appealed_ruling(appeal)
    assert ruling is not None and ruling.case_reference == appeal.of_reference
    assert ruling.document_sha256 == appeal.document_sha256 and ruling.document_stored
    document = store.reads.signed_ruling(ruling.document_sha256)
    assert hashlib.sha256(document).hexdigest() == appeal.document_sha256
    return document


def test_the_chair_syncs_appeals_with_the_rulings_they_are_against(
    appeals_world: SandboxServer, tmp_path: Path
) -> None:
    store, client = signed_in(tmp_path / "home", appeals_world.url)
    report = sync(store, client)
    assert report.ok, report.failures
    rows = {row.case_id: row for row in store.reads.list_cases()}
    appeals = [row for row in rows.values() if row.is_appeal]
    assert len(appeals) == 2  # the open appeal the chair presides, and the decided one
    open_appeal = next(row for row in appeals if row.status == "in_deliberation")
    decided_appeal = next(row for row in appeals if row.status == "decided")
    assert _appealed_pdf(store, open_appeal.case_id).startswith(b"%PDF-")
    bundle = store.reads.case_bundle(decided_appeal.case_id)
    assert bundle.appeal is not None
    own = bundle.recorded_ruling
    assert own is not None and own.case_id == decided_appeal.case_id and own.appeal_of == bundle.appeal.ruling_id
    assert _appealed_pdf(store, decided_appeal.case_id) != store.reads.signed_ruling(own.document_sha256)
    # the case the chair decided, now under appeal: read-only, its ruling still shown
    under = next(row for row in rows.values() if row.status == "under_appeal")
    assert not under.can_vote and not under.can_annotate
    assert store.reads.case_bundle(under.case_id).recorded_ruling is not None
    # evidence carried over from the first instance keeps its hash; what came after the filing is new
    open_bundle = store.reads.case_bundle(open_appeal.case_id)
    assert open_bundle.appeal is not None
    new = [e for e in open_bundle.evidence if is_new_on_appeal(open_bundle.appeal, e.submitted_at)]
    assert 0 < len(new) < len(open_bundle.evidence)
    again = sync(store, client)
    assert again.ok and again.rulings_listed == 0 and again.rulings_downloaded == 0
    store.close()
    client.close()


def test_a_ruling_behind_the_cursor_is_found_by_its_date(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path / "sandbox", cases=4, rate_limit=0)
    try:
        store, client = signed_in(tmp_path / "home", server.url, "fsilva")
        first = sync(store, client)  # fsilva sits on no panel yet: the listing's cursor passes every ruling
        assert first.ok and store.reads.list_cases() == []
        decided = server.control.case_ids("chair")
        case_id = next(c for c in decided if server.control.case_row(c)["status"] == "decided")
        row = server.control.case_row(case_id)
        appeal_id = server.control.file_appeal(
            case_id,
            "seller",
            "The carrier's proof of delivery was not available at first instance.",
            new_evidence=[AppealEvidence(b"proof of delivery, signed", "text/plain", "Proof of delivery")],
            at=_decided_at(server, case_id) + timedelta(days=2),
            panel=["mb_3CH19WN8", "mb_8FS52RB4", "mb_6OA73TJ9", "mb_1EI46VX2", "mb_0KA88QZ5"],
        )
        assert row["status"] == "decided" and server.control.case_row(case_id)["status"] == "under_appeal"
        report = sync(store, client)
        assert report.ok, report.failures
        assert [r.case_id for r in store.reads.list_cases()] == [appeal_id]
        assert report.rulings_listed == 1 and report.rulings_downloaded == 1
        _appealed_pdf(store, appeal_id)
        store.close()
        client.close()
    finally:
        server.stop()


def _decided_at(server: SandboxServer, case_id: str) -> datetime:
    """When the platform recorded the case's ruling as decided (legal staff see every ruling)."""
    legal = api_session(server, "legal")
    try:
        items = legal.get("/v1/rulings").json()["items"]
    finally:
        legal.close()
    return parse_timestamp(next(i["decided_at"] for i in items if i["case_id"] == case_id))
