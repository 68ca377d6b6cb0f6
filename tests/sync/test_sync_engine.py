"""The sync engine against the sandbox over real HTTP: completeness, incremental syncs, faults."""

from __future__ import annotations

import gc
import hashlib
from pathlib import Path

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import EvidenceState
from arbitration_desk.sync import gc_policy
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.report import CancelToken, Progress
from helpers.desk import server_view, signed_in, sync
from helpers.sandbox import start_sandbox


@pytest.fixture
def server(tmp_path: Path) -> SandboxServer:
    server = start_sandbox(tmp_path / "sandbox", cases=12, seed=3)
    yield server
    server.stop()


def test_full_sync_equals_the_server_byte_for_byte(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    events: list[Progress] = []
    report = SyncEngine(store.sync, store.outbox, store.reads, client, on_progress=events.append).run()
    assert report.ok, report.failures
    expected = server_view(server, "chair")
    assert {row.case_id for row in store.reads.list_cases()} == set(expected)
    for case_id, data in expected.items():
        detail = store.reads.case_detail(case_id)
        assert detail.case == data["case"], case_id
        stored = store.reads.messages_page(case_id, limit=100_000)
        assert [m.message_id for m in stored] == [m["message_id"] for m in data["messages"]]
        assert [m.text for m in stored] == [m["text"] for m in data["messages"]]
        assert [m.translations for m in stored] == [m["translations"] for m in data["messages"]]
        for row in store.reads.evidence(case_id):
            assert row.state == EvidenceState.VERIFIED
            with store.blobs.open_verified(row.sha256) as handle:
                content = handle.read()
            assert hashlib.sha256(content).hexdigest() == row.sha256 == data["contents"][row.evidence_id]
            assert len(content) == row.size_bytes
    assert events[-1].phase == "done"
    assert max(e.bytes_done for e in events) == report.bytes_downloaded > 0
    store.close()


def test_second_sync_is_cheap_and_picks_up_changes(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    assert sync(store, client).ok
    again = sync(store, client)
    assert again.ok and again.cases_synced == 0 and again.bytes_downloaded == 0
    case_id = store.reads.list_cases()[0].case_id
    new_ids = server.control.add_messages(case_id, 3)
    changed = sync(store, client)
    assert changed.ok and changed.cases_synced == 1 and changed.messages_added == 3
    stored = [m.message_id for m in store.reads.messages_page(case_id, limit=100_000)]
    assert stored[-3:] == new_ids and len(stored) == len(set(stored))
    store.close()


def test_removed_case_is_deleted_or_kept_read_only_with_unsent_work(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    assert sync(store, client).ok
    member = server.control.member("chair")["member_id"]
    cases = [row for row in store.reads.list_cases() if row.can_annotate]
    quiet, busy = cases[0].case_id, cases[1].case_id
    store.work.create_note(busy, {"type": "case"}, "private thoughts")
    store.work.create_annotation(busy, {"type": "case"}, "shared, but not yet sent")
    # Unassign while offline: the annotation cannot be delivered any more.
    server.control.unassign(quiet, member)
    server.control.unassign(busy, member)
    report = sync(store, client)
    assert quiet in report.removed and busy in report.reassigned
    remaining = {row.case_id: row for row in store.reads.list_cases()}
    assert quiet not in remaining
    assert remaining[busy].reassigned_at is not None
    assert [e.payload["body"] for e in store.outbox.unsent_work(busy) if e.payload] == ["shared, but not yet sent"]
    assert server.control.counts().get("annotation_put", 0) == 0
    store.work.dismiss_reassigned(busy)
    assert busy not in {row.case_id for row in store.reads.list_cases()}
    store.close()


def test_invalid_cursor_lists_everything_and_drops_the_rest(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    assert sync(store, client).ok
    before = {row.case_id for row in store.reads.list_cases()}
    gone = sorted(before)[0]
    server.control.unassign(gone, server.control.member("chair")["member_id"])
    server.control.expire_cursors()
    report = sync(store, client)
    assert report.ok, report.failures
    assert {row.case_id for row in store.reads.list_cases()} == before - {gone}
    store.close()


def test_outbox_delivers_annotations_and_votes_once(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    assert sync(store, client).ok
    case = next(row for row in store.reads.list_cases() if row.can_vote)
    created = store.work.create_annotation(case.case_id, {"type": "case"}, "The seller never answered the question.")
    store.work.create_note(case.case_id, {"type": "case"}, "private: do not send")
    from arbitration_desk.domain.money import Money

    store.work.save_vote_draft(case.case_id, "favor_seller", Money.parse("0.00", case.value.currency), "No proof.")
    store.work.submit_vote(case.case_id)
    report = sync(store, client)
    assert report.ok, report.failures
    assert report.outbox_delivered == 2
    counts = server.control.counts()
    assert counts.get("annotation_put") == 1 and counts.get("vote") == 1
    shared = {a.annotation_id: a for a in store.reads.annotations(case.case_id) if not a.private}
    assert shared[created.annotation_id].etag and not shared[created.annotation_id].pending
    store.work.edit_annotation(case.case_id, created.annotation_id, "Edited: the seller never answered.")
    assert sync(store, client).ok  # the edit carries If-Match with the etag of the delivered version
    assert server.control.counts().get("annotation_put") == 2
    store.work.delete_annotation(case.case_id, created.annotation_id)
    assert sync(store, client).ok
    counts = server.control.counts()
    assert counts.get("annotation_put") == 2 and counts.get("annotation_delete") == 1
    assert store.outbox.count() == 0
    store.close()


def test_sync_under_faults_completes_with_nothing_lost_or_doubled(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    client.transport.retry.cap = 0.2  # keep the backoff short in tests; the policy's shape is unchanged
    case_ids = server.control.case_ids("chair")
    votable = [c for c in case_ids if server.control.case_row(c)["status"] == "in_deliberation"]
    server.faults.rate = 0.1
    first = sync(store, client)
    for case_id in votable[:3]:
        store.work.create_annotation(case_id, {"type": "case"}, f"note on {case_id}")
    runs = [first, sync(store, client)]
    if not runs[-1].ok:
        runs.append(sync(store, client))  # at most one extra run
    server.faults.rate = 0.0
    assert runs[-1].ok, runs[-1].failures
    expected = server_view(server, "chair")
    for case_id, data in expected.items():
        stored = store.reads.messages_page(case_id, limit=100_000)
        assert [m.message_id for m in stored] == [m["message_id"] for m in data["messages"]]
        for row in store.reads.evidence(case_id):
            assert row.state == EvidenceState.VERIFIED
    assert server.control.counts().get("annotation_put", 0) == min(3, len(votable))
    assert store.outbox.count() == 0
    store.close()


def test_content_under_a_wrong_etag_is_refused_and_never_verified(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    case_id = server.control.case_ids("chair")[0]
    evidence_id = client.get_case(case_id).data["evidence"][0]["evidence_id"]
    server.control.corrupt_evidence(case_id, evidence_id, b"tampered bytes that hash differently")
    report = sync(store, client)
    failed = [f for f in report.failures if f.item_id == evidence_id]
    assert failed and "ETag" in str(failed[0].reason) and failed[0].request_id
    row = next(r for r in store.reads.evidence(case_id) if r.evidence_id == evidence_id)
    assert row.state == EvidenceState.QUARANTINED  # other content: a mismatch, downloaded once more next time
    assert row.request_id == failed[0].request_id
    assert not store.blobs.has_verified(row.sha256)
    assert store.blobs.bytes_held(row.sha256) == 0  # the refused bytes are not kept
    store.close()


def test_cancel_stops_at_a_safe_point_and_the_next_sync_resumes(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    cancel = CancelToken()

    def stop_after_some_bytes(progress: Progress) -> None:
        if progress.bytes_done > 2_000_000:
            cancel.cancel()

    report = SyncEngine(store.sync, store.outbox, store.reads, client, on_progress=stop_after_some_bytes).run(cancel)
    assert report.cancelled
    resumed = sync(store, client)
    assert resumed.ok, resumed.failures
    assert all(
        row.state == EvidenceState.VERIFIED for c in store.reads.list_cases() for row in store.reads.evidence(c.case_id)
    )
    store.close()


def test_a_sync_raises_the_collector_threshold_while_it_runs(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    before = gc.get_threshold()
    seen: dict[str, set[int]] = {}
    report = SyncEngine(
        store.sync,
        store.outbox,
        store.reads,
        client,
        on_progress=lambda event: seen.setdefault(event.phase, set()).add(gc.get_threshold()[0]),
        bulk_scope=gc_policy.bulk_allocations,  # as the entry points pass it (tests/sync/test_gc_policy.py)
    ).run()
    assert report.ok, report.failures
    assert seen.pop("done") == {before[0]}  # the last event: the sync's work is over
    assert seen and set().union(*seen.values()) == {max(before[0], gc_policy.BULK_THRESHOLD)}
    assert gc.get_threshold() == before
    store.close()


def test_each_run_counts_its_own_bytes(server: SandboxServer, tmp_path: Path) -> None:
    store, client = signed_in(tmp_path / "home", server.url)
    events: list[Progress] = []
    engine = SyncEngine(store.sync, store.outbox, store.reads, client, on_progress=events.append)
    first = engine.run()
    assert first.ok and first.bytes_downloaded > 0, first.failures
    case_id = store.reads.list_cases()[0].case_id
    server.control.add_evidence(case_id, b"a late exhibit" * 100, "application/octet-stream")
    events.clear()
    second = engine.run()  # the same engine: the desk keeps one per session
    assert second.ok and second.bytes_downloaded == 1400, second.failures
    assert max(event.bytes_done for event in events) == second.bytes_downloaded  # not the first run's too
    store.close()
