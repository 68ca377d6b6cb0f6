"""A corpus of bad payloads from a hostile platform: clear per-item errors, no crash, nothing outside home.

The platform is the sandbox behind :class:`HostileProxy`, which rewrites chosen answers.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.records import EvidenceState
from helpers.desk import signed_in, sync
from helpers.hostile import Answer, HostileProxy
from helpers.sandbox import start_sandbox

CASE = r"/v1/cases/[^/]+"
CASES = r"/v1/cases"
MESSAGES = r"/v1/cases/[^/]+/messages"
CONTENT = r"/v1/cases/[^/]+/evidence/[^/]+/content"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("hostile-sandbox"), cases=6, seed=5)
    yield server
    server.stop()


@pytest.fixture
def proxy(sandbox: SandboxServer) -> Iterator[HostileProxy]:
    proxy = HostileProxy(sandbox.url)
    yield proxy
    proxy.stop()


def _files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)  # a relative path trick would land here
    return tmp_path / "home"


def _first_case_only(rewrite):  # type: ignore[no-untyped-def]
    """Applies ``rewrite`` to the first case seen, so the others show the rest of the sync goes on."""
    seen: list[str] = []

    def rule(method: str, path: str, answer: Answer) -> Answer | None:
        case_id = path.split("?")[0].split("/")[3]
        if not seen:
            seen.append(case_id)
        if case_id != seen[0] or answer.status != 200:
            return None
        return rewrite(answer)

    rule.seen = seen  # type: ignore[attr-defined]
    return rule


@pytest.mark.parametrize(
    ("label", "mutate"),
    [
        ("version is a string", lambda c: c.update(version="forty-two")),
        ("missing claim", lambda c: c.pop("claim")),
        ("money as a float", lambda c: c["value"].update(amount=104.9)),
        ("three parties", lambda c: c["parties"].append(dict(c["parties"][0]))),
        ("huge string", lambda c: c["claim"].update(description="x" * (5 * 1024 * 1024))),
        ("evidence sha not hex", lambda c: c["evidence"][0].update(sha256="../../../../etc/passwd")),
        ("negative size", lambda c: c["evidence"][0].update(size_bytes=-1)),
    ],
)
def test_a_malformed_case_fails_alone(proxy: HostileProxy, home: Path, label: str, mutate) -> None:  # type: ignore[no-untyped-def]
    def rewrite(answer: Answer) -> Answer:
        data = answer.json()
        mutate(data)
        answer.set_json(data)
        return answer

    rule = _first_case_only(rewrite)
    proxy.on("GET", CASE, rule)
    store, client = signed_in(home, proxy.url)
    report = sync(store, client)
    bad = rule.seen[0]
    assert [f.case_id for f in report.failures] == [bad], label
    failure = report.failures[0]
    reference = {row.case_id: row.reference for row in store.reads.list_cases()}[bad]
    assert failure.request_id and str(failure.what) == f"case {reference}"  # named as people know it
    synced = [row for row in store.reads.list_cases() if row.synced_version is not None]
    assert bad not in {row.case_id for row in synced}
    assert len(synced) == len(store.reads.list_cases()) - 1  # the rest synced
    store.close()


def test_unknown_enums_html_and_bidi_are_kept_as_they_are(proxy: HostileProxy, home: Path) -> None:
    hostile = '<img src="file:///etc/passwd"> <b>URGENT</b> \u202egnp.exe'

    def case_rule(method: str, path: str, answer: Answer) -> Answer:
        if answer.status == 200:
            data = answer.json()
            data["status"] = "on_hold" if data["status"] == "in_deliberation" else data["status"]
            data["claim_type"] = "gift_card_fraud"
            data["claim"]["description"] = hostile
            data["evidence"] and data["evidence"][0].update(filename="../../../.bashrc", kind="hologram")
            answer.set_json(data)
        return answer

    def list_rule(method: str, path: str, answer: Answer) -> Answer:
        data = answer.json()
        for item in data["items"]:
            if item["status"] == "in_deliberation":
                item["status"] = "on_hold"
            item["claim_type"] = "gift_card_fraud"
        answer.set_json(data)
        return answer

    def message_rule(method: str, path: str, answer: Answer) -> Answer:
        data = answer.json()
        for item in data["items"]:
            item["text"] = hostile
            item["channel"] = "carrier_chat"
        answer.set_json(data)
        return answer

    proxy.on("GET", CASE, case_rule)
    proxy.on("GET", CASES, list_rule)
    proxy.on("GET", MESSAGES, message_rule)
    store, client = signed_in(home, proxy.url)
    report = sync(store, client)
    assert report.ok, report.failures
    rows = store.reads.list_cases()
    assert {row.claim_type for row in rows} == {"gift_card_fraud"}
    assert "on_hold" in {row.status for row in rows}
    on_hold = next(row for row in rows if row.status == "on_hold")
    assert not on_hold.can_annotate and not on_hold.can_vote  # unknown status: read-only
    detail = store.reads.case_detail(rows[0].case_id)
    assert detail.case["claim"]["description"] == hostile
    message = store.reads.messages_page(rows[0].case_id, limit=1)[0]
    assert message.text == hostile and message.channel == "carrier_chat"
    store.close()


def test_a_bad_message_page_fails_its_case_alone(proxy: HostileProxy, home: Path) -> None:
    def rewrite(answer: Answer) -> Answer:
        data = answer.json()
        data["items"][0]["sent_at"] = "last Tuesday"
        answer.set_json(data)
        return answer

    rule = _first_case_only(rewrite)
    proxy.on("GET", MESSAGES, rule)
    store, client = signed_in(home, proxy.url)
    report = sync(store, client)
    assert [f.case_id for f in report.failures] == [rule.seen[0]]
    assert "sent_at" in str(report.failures[0].reason) and report.failures[0].request_id
    store.close()


def test_hash_mismatch_is_quarantined_downloaded_again_then_failed(proxy: HostileProxy, home: Path) -> None:
    def swap_bytes(method: str, path: str, answer: Answer) -> Answer:
        if answer.status in (200, 206):
            answer.body = bytes(b ^ 0xFF for b in answer.body)  # same length, same ETag, other content
        return answer

    proxy.on("GET", CONTENT, swap_bytes)
    store, client = signed_in(home, proxy.url)
    report = sync(store, client)
    assert report.failures and all("failed verification" in str(f.reason) for f in report.failures)
    assert all(f.request_id for f in report.failures)
    for row in store.reads.list_cases():
        for evidence in store.reads.evidence(row.case_id):
            assert evidence.state == EvidenceState.FAILED_VERIFICATION
            assert not store.blobs.has_verified(evidence.sha256)
            assert len(store.blobs.quarantined(evidence.sha256)) == 2  # downloaded once more in full
    hits = proxy.hits[f"GET {CONTENT}"]
    assert hits == 2 * sum(len(store.reads.evidence(r.case_id)) for r in store.reads.list_cases())
    store.close()


def test_truncated_bodies_are_resumed(proxy: HostileProxy, home: Path) -> None:
    cut: set[str] = set()
    resumed: set[str] = set()

    def truncate_once(method: str, path: str, answer: Answer) -> Answer:
        if answer.status == 206:
            resumed.add(path)  # a Range request continuing what arrived
        if answer.status == 200 and path not in cut and len(answer.body) > 1000:
            cut.add(path)
            answer.truncate_to = len(answer.body) // 2
        return answer

    proxy.on("GET", CONTENT, truncate_once)
    proxy.on("GET", MESSAGES, truncate_once)
    store, client = signed_in(home, proxy.url)
    client.transport.retry.cap = 0.1
    report = sync(store, client)
    assert report.ok, report.failures
    assert cut
    # Evidence is fetched whole into memory, yet what arrived of a body cut short is kept and
    # resumed with Range (a body cut inside the first 256 KB read leaves nothing to keep).
    cut_evidence = {path for path in cut if "/evidence/" in path}
    assert cut_evidence & resumed
    for row in store.reads.list_cases():
        for evidence in store.reads.evidence(row.case_id):
            assert evidence.state == EvidenceState.VERIFIED
            with store.blobs.open_verified(evidence.sha256) as handle:
                data = handle.read()
            assert hashlib.sha256(data).hexdigest() == evidence.sha256
    store.close()


def test_more_bytes_than_listed_are_refused(proxy: HostileProxy, home: Path) -> None:
    def pad(method: str, path: str, answer: Answer) -> Answer:
        answer.body += b"\0" * 4096
        return answer

    proxy.on("GET", CONTENT, pad)
    store, client = signed_in(home, proxy.url)
    report = sync(store, client)
    assert report.failures and all(f.item_id for f in report.failures)
    for row in store.reads.list_cases():
        for evidence in store.reads.evidence(row.case_id):
            assert evidence.state != EvidenceState.VERIFIED
    store.close()


def test_nothing_is_written_outside_home(proxy: HostileProxy, home: Path, tmp_path: Path) -> None:
    def hostile_names(method: str, path: str, answer: Answer) -> Answer:
        if answer.status == 200:
            data = answer.json()
            for index, item in enumerate(data["evidence"]):
                item["filename"] = ["../../escaped.txt", "/tmp/absolute.txt", "C:\\\\win.txt", "con", "a\0b"][index % 5]
            answer.set_json(data)
        return answer

    proxy.on("GET", CASE, hostile_names)
    before = _files_under(tmp_path) - _files_under(home) if home.exists() else _files_under(tmp_path)
    store, client = signed_in(home, proxy.url)
    report = sync(store, client)
    assert report.ok, report.failures
    store.close()
    after = _files_under(tmp_path) - _files_under(home)
    assert after == before
    assert not os.path.exists("/tmp/absolute.txt")
    names = {p.name for p in _files_under(home)}
    assert not any("escaped" in name or "win" in name for name in names)


def test_a_lost_answer_to_a_write_is_not_written_twice(sandbox: SandboxServer, proxy: HostileProxy, home: Path) -> None:
    """The platform applied the PUT but its answer never arrived: the outbox looks before sending again."""
    lost: list[str] = []

    def lose_first_answer(method: str, path: str, answer: Answer) -> Answer:
        if not lost:
            lost.append(path)
            answer.truncate_to = 0
        return answer

    proxy.on("PUT", r"/v1/cases/[^/]+/annotations/[^/]+", lose_first_answer)
    proxy.on("PUT", r"/v1/cases/[^/]+/votes/me", lose_first_answer)
    store, client = signed_in(home, proxy.url)
    client.transport.retry.cap = 0.1
    assert sync(store, client).ok
    before = sandbox.control.counts()
    case = next(row for row in store.reads.list_cases() if row.can_vote)
    store.work.create_annotation(case.case_id, {"type": "case"}, "Written once, even though the answer is lost.")
    report = sync(store, client)
    assert report.ok, report.failures
    assert lost
    after = sandbox.control.counts()
    assert after["annotation_put"] - before["annotation_put"] == 1
    assert store.outbox.count() == 0
    lost.clear()
    from arbitration_desk.domain.money import Money

    store.work.save_vote_draft(case.case_id, "split", Money.parse("1.00", case.value.currency), "Both partly right.")
    store.work.submit_vote(case.case_id)
    report = sync(store, client)
    assert report.ok, report.failures
    assert lost
    assert sandbox.control.counts()["vote"] - after["vote"] == 1
    store.close()


# -- bodies no parser may choke on -------------------------------------------------------------

DEEP = b"[" * 100_000  # the json module's RecursionError; orjson's depth limit
HUGE = 65 * 1024 * 1024  # over the transport's 64 MiB


def _nested(levels: int) -> object:
    value: object = "bottom"
    for _ in range(levels):
        value = [value]
    return value


def _deep_extension(answer: Answer) -> Answer:
    """The real case with an extension member 200 levels deep (valid JSON, under orjson's own limit)."""
    data = answer.json()
    data["x_extension"] = _nested(200)
    answer.set_json(data)
    return answer


def _body(status: int, body: bytes) -> Answer:
    return Answer(status, {"Content-Type": "application/problem+json" if status >= 400 else "application/json"}, body)


HOSTILE_BODIES = [
    ("200 nested 100,000 deep", lambda a: _body(200, DEEP), "nested too deeply"),
    ("200 with a member 200 deep", _deep_extension, "nested too deeply"),
    ("500 nested 100,000 deep", lambda a: _body(500, DEEP), "500"),
    ("200 over the size limit", lambda a: _body(200, b" " * HUGE), "larger than allowed"),
    ("500 over the size limit", lambda a: _body(500, b" " * HUGE), "larger than allowed"),
    ("500 with a 2 MiB problem", lambda a: _body(500, b'{"title": "' + b"p" * 2**21 + b'"}'), "500"),
]


@pytest.mark.parametrize(("label", "rewrite", "says"), HOSTILE_BODIES, ids=[body[0] for body in HOSTILE_BODIES])
@pytest.mark.parametrize("path", [CASE, MESSAGES], ids=["case", "messages"])
def test_a_hostile_body_fails_its_case_alone(
    proxy: HostileProxy, home: Path, monkeypatch: pytest.MonkeyPatch, label: str, rewrite, says: str, path: str
) -> None:  # type: ignore[no-untyped-def]
    """Deep nesting and huge bodies, on success and error answers: one failure, the sync goes on."""
    monkeypatch.setenv("ARBITRATION_DESK_ATTEMPTS", "2")  # a 500 is retried once, not six times
    rule = _first_case_only(rewrite)
    proxy.on("GET", path, rule)
    store, client = signed_in(home, proxy.url)
    report = sync(store, client)
    bad = rule.seen[0]
    assert [f.case_id for f in report.failures] == [bad], (label, report.failures)
    assert says in str(report.failures[0].reason), (label, report.failures[0].reason)
    others = [row for row in store.reads.list_cases() if row.case_id != bad]
    assert others and all(row.synced_version is not None for row in others), label
    assert report.cases_synced == len(others), label
    store.close()
