"""platform/download.py: the contract's resumable, verified download, against the sandbox over HTTP.

Answers the sandbox does not give by itself (a lost connection, a wrong header) come from a
hostile proxy in front of it (tests/helpers/hostile.py), or from a scripted server.

Most tests stage in a plain file (:class:`FileStaging`, as the export does); the last ones stage in
the blob store, sealed under a home's key as the sync does and plain, where a partial file keeps
whole sealed chunks only and the download must resume exactly where that leaves it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from arbitration_desk.domain.phrases import Phrase
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.download import (
    RESUME_ATTEMPTS,
    FileStaging,
    Listed,
    download_file,
    fetch_resumable,
    fetch_whole,
)
from arbitration_desk.platform.errors import DownloadRejected, PlatformError, TransportError
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.store.blobs import BlobStore, StagingWriter
from arbitration_desk.store.keys import DataKey
from arbitration_desk.store.sealed import DEFAULT_CHUNK_SIZE
from helpers.clock import FakeTime
from helpers.hostile import Answer, HostileProxy
from helpers.sandbox import start_sandbox
from helpers.scripted import Reply, ScriptedServer, Seen, json_reply

CONTENT = bytes(range(256)) * 2400  # 600 KiB: more than two 256-KiB chunks
SHA = hashlib.sha256(CONTENT).hexdigest()
EVIDENCE = r"/v1/cases/[^/]+/evidence/[^/]+/content"


@dataclass(frozen=True)
class World:
    server: SandboxServer
    case_id: str

    def add(self, content: bytes = CONTENT) -> str:
        return self.server.control.add_evidence(self.case_id, content, "application/octet-stream")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=2) as server:
        yield World(server, server.control.case_ids("chair")[0])


def _client(url: str, fake: FakeTime) -> PlatformClient:
    client = PlatformClient(url, "chair")
    client.transport.sleep, client.transport.clock = fake.sleep, fake.clock
    client.sign_in("demo")
    return client


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(world: World, fake: FakeTime) -> Iterator[PlatformClient]:
    client = _client(world.server.url, fake)
    yield client
    client.close()


@pytest.fixture
def proxy(world: World) -> Iterator[HostileProxy]:
    proxy = HostileProxy(world.server.url)
    yield proxy
    proxy.stop()


@pytest.fixture
def via_proxy(proxy: HostileProxy, fake: FakeTime) -> Iterator[PlatformClient]:
    client = _client(proxy.url, fake)
    yield client
    client.close()


def listed(client: PlatformClient, world: World, evidence_id: str, content: bytes = CONTENT) -> Listed:
    return Listed(client.evidence_path(world.case_id, evidence_id), hashlib.sha256(content).hexdigest(), len(content))


def statuses(proxy: HostileProxy, rewrite: Callable[[Answer], None] | None = None) -> list[int]:
    """Records the status of every evidence download through the proxy (after ``rewrite``)."""
    seen: list[int] = []

    def rule(method: str, path: str, answer: Answer) -> Answer:
        if rewrite is not None:
            rewrite(answer)
        seen.append(answer.status)
        return answer

    proxy.on("GET", EVIDENCE, rule)
    return seen


# -- what arrives whole, resumed, replaced ----------------------------------------------------------


def test_a_download_is_verified_and_names_its_request(client: PlatformClient, world: World, tmp_path: Path) -> None:
    target = listed(client, world, world.add())
    data, request_id = download_file(client, target, tmp_path / "file.part")
    assert data == CONTENT == (tmp_path / "file.part").read_bytes()
    assert request_id is not None and request_id.startswith("req_")


def test_a_partial_file_is_resumed_with_range(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World, tmp_path: Path
) -> None:
    target = listed(via_proxy, world, world.add())
    staging = tmp_path / "file.part"
    staging.write_bytes(CONTENT[:100_000])
    seen = statuses(proxy)
    received: list[int] = []
    fetch_resumable(via_proxy, target, FileStaging(staging), on_bytes=received.append)
    assert seen == [206] and sum(received) == len(CONTENT) - 100_000
    assert staging.read_bytes() == CONTENT


def test_a_200_to_a_range_request_replaces_the_partial_file(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World, tmp_path: Path
) -> None:
    def whole(answer: Answer) -> None:  # a server that ignores Range
        answer.status, answer.body = 200, CONTENT
        answer.headers.pop("Content-Range", None)

    target = listed(via_proxy, world, world.add())
    staging = tmp_path / "file.part"
    staging.write_bytes(b"junk that is no prefix of the file")
    seen = statuses(proxy, whole)
    fetch_resumable(via_proxy, target, FileStaging(staging))
    assert seen == [200] and staging.read_bytes() == CONTENT


def test_a_connection_that_breaks_is_resumed_where_it_stopped(
    via_proxy: PlatformClient, proxy: HostileProxy, fake: FakeTime, world: World, tmp_path: Path
) -> None:
    def cut_the_first(answer: Answer) -> None:
        if not seen:
            answer.truncate_to = 400_000

    target = listed(via_proxy, world, world.add())
    seen = statuses(proxy, cut_the_first)
    data, _ = download_file(via_proxy, target, tmp_path / "file.part")
    assert data == CONTENT and seen == [200, 206]
    assert len(fake.slept) == 1  # the contract's backoff before resuming, not a real wait


def test_a_connection_that_keeps_breaking_gives_up(
    via_proxy: PlatformClient, proxy: HostileProxy, fake: FakeTime, world: World, tmp_path: Path
) -> None:
    def cut(answer: Answer) -> None:
        answer.truncate_to = 0

    target = listed(via_proxy, world, world.add())
    seen = statuses(proxy, cut)
    with pytest.raises(TransportError, match="the download kept failing: cannot reach") as info:
        fetch_resumable(via_proxy, target, FileStaging(tmp_path / "file.part"))
    assert len(seen) == RESUME_ATTEMPTS and len(fake.slept) == RESUME_ATTEMPTS - 1
    assert info.value.request_id is not None
    said = info.value.said  # the last failure goes in as a phrase of its own, translated in its turn
    assert isinstance(said, Phrase) and said.template == "the download kept failing: {error}"
    assert getattr(said.values["error"], "context", None) == "Network"


def test_fetch_whole_hands_back_what_arrived_when_the_connection_breaks(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World
) -> None:
    def cut(answer: Answer) -> None:
        answer.truncate_to = 400_000

    target = listed(via_proxy, world, world.add())
    statuses(proxy, cut)
    data, request_id = fetch_whole(via_proxy, target)
    assert 0 < len(data) <= 400_000 and CONTENT.startswith(data) and request_id


def test_a_checkpoint_stops_the_download_between_chunks(client: PlatformClient, world: World, tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    calls: list[int] = []

    def checkpoint() -> None:
        calls.append(1)
        if len(calls) > 2:  # before the attempt, before the first chunk: then stop
            raise Stop

    staging = tmp_path / "file.part"
    with pytest.raises(Stop):
        fetch_resumable(client, listed(client, world, world.add()), FileStaging(staging), checkpoint=checkpoint)
    assert 0 < staging.stat().st_size < len(CONTENT)  # what arrived stays for the next time


# -- 416 ------------------------------------------------------------------------------------------


def _unsatisfiable(answer: Answer) -> None:
    """The proxy's fault: a range request (206) answered 416, as for a file that changed size."""
    if answer.status == 206:
        answer.status = 416
        answer.headers = {"Content-Type": "application/problem+json", "Content-Range": f"bytes */{len(CONTENT)}"}
        answer.set_json({"type": "https://api.arbitration.example/problems/range-not-satisfiable", "status": 416})


def test_416_discards_the_partial_file_and_downloads_in_full(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World, tmp_path: Path
) -> None:
    target = listed(via_proxy, world, world.add())
    staging = tmp_path / "file.part"
    staging.write_bytes(CONTENT[:100_000])
    seen = statuses(proxy, _unsatisfiable)
    data, _ = download_file(via_proxy, target, staging)
    assert seen == [416, 200] and data == CONTENT


def test_416_from_the_sandbox_then_the_full_download_is_checked(
    client: PlatformClient, world: World, tmp_path: Path
) -> None:
    # The platform now serves 1,000 bytes for an item listed with 600 KiB: resuming at 100,000
    # gets a real 416; the download in full that follows names the other content by its ETag.
    evidence_id = world.add()
    short = b"s" * 1000
    world.server.control.corrupt_evidence(world.case_id, evidence_id, short)
    staging = tmp_path / "file.part"
    staging.write_bytes(CONTENT[:100_000])
    with pytest.raises(DownloadRejected) as info:
        fetch_resumable(client, listed(client, world, evidence_id), FileStaging(staging))
    assert info.value.other_sha256 == hashlib.sha256(short).hexdigest()
    assert not staging.exists()  # discarded on the 416; nothing of the other content was kept


# -- the ETag, Content-Range and size rules -------------------------------------------------------


def test_an_etag_naming_other_content_is_refused_before_the_body(
    client: PlatformClient, world: World, tmp_path: Path
) -> None:
    evidence_id = world.add()
    world.server.faults.serve_wrong_etag(world.case_id, evidence_id)
    staging = tmp_path / "file.part"
    with pytest.raises(DownloadRejected) as info:
        fetch_resumable(client, listed(client, world, evidence_id), FileStaging(staging))
    assert info.value.other_sha256 not in (None, SHA)
    assert info.value.request_id == world.server.faults.wrong_etag_requests(world.case_id, evidence_id)[-1]
    assert not staging.exists()


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda answer: answer.headers.pop("ETag"), "ETag None does not name the expected content"),
        (lambda answer: answer.headers.update(ETag='"v3"'), "ETag '\"v3\"' does not name the expected content"),
        (lambda answer: answer.headers.update({"Content-Range": "bytes 0-9/10"}), "Content-Range does not continue"),
        (lambda answer: setattr(answer, "body", answer.body + b"\0" * 10), "differs from the listed"),
    ],
    ids=["no-etag", "other-etag", "content-range", "declared-size"],
)
def test_answers_breaking_the_rules_are_refused(
    via_proxy: PlatformClient,
    proxy: HostileProxy,
    world: World,
    tmp_path: Path,
    change: Callable[[Answer], object],
    says: str,
) -> None:
    target = listed(via_proxy, world, world.add())
    staging = tmp_path / "file.part"
    staging.write_bytes(CONTENT[:10])  # a 206 for the Content-Range case, a 200 replacing it otherwise
    if "Content-Range" not in says:
        staging.unlink()
    statuses(proxy, change)
    with pytest.raises(DownloadRejected, match=re.escape(says)) as info:
        fetch_resumable(via_proxy, target, FileStaging(staging))
    assert info.value.other_sha256 is None and info.value.request_id


def test_no_byte_beyond_the_listed_size_is_kept(tmp_path: Path, fake: FakeTime) -> None:
    # A body without Content-Length that runs past the listed size (the sandbox always declares it).
    def answer(seen: Seen) -> Reply:
        if seen.path == "/v1/auth/token":
            return json_reply({"access_token": "a", "refresh_token": "r", "token_type": "Bearer", "expires_in": 900})
        return Reply(200, {"ETag": f'"sha256:{SHA}"'}, CONTENT + b"more", chunked=True)

    with ScriptedServer(answer) as server:
        client = _client(server.url, fake)
        target = Listed("/v1/rulings/rl_1/document", SHA, len(CONTENT))
        staging = tmp_path / "file.part"
        with pytest.raises(DownloadRejected, match=f"more bytes than the listed {len(CONTENT)}"):
            fetch_resumable(client, target, FileStaging(staging))
        assert staging.stat().st_size <= len(CONTENT)
        with pytest.raises(DownloadRejected, match="more bytes than the listed"):
            fetch_whole(client, target)
        client.close()


# -- the hash -------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad_answers", [1, 2])
def test_a_hash_mismatch_is_downloaded_once_more_in_full(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World, tmp_path: Path, bad_answers: int
) -> None:
    def flip(answer: Answer) -> None:  # same length, same ETag, other bytes
        if len(seen) < bad_answers:
            answer.body = bytes(b ^ 0xFF for b in answer.body)

    target = listed(via_proxy, world, world.add())
    seen = statuses(proxy, flip)
    if bad_answers == 1:
        data, _ = download_file(via_proxy, target, tmp_path / "file.part")
        assert data == CONTENT
    else:
        with pytest.raises(DownloadRejected, match=f"SHA-256 is [0-9a-f]{{64}}, not the listed {SHA}") as info:
            download_file(via_proxy, target, tmp_path / "file.part")
        assert info.value.request_id and isinstance(info.value, PlatformError)
    assert seen == [200, 200]


def test_a_file_already_whole_is_not_downloaded_again(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World, tmp_path: Path
) -> None:
    target = listed(via_proxy, world, world.add())
    (tmp_path / "file.part").write_bytes(CONTENT)
    seen = statuses(proxy)
    assert download_file(via_proxy, target, tmp_path / "file.part") == (CONTENT, None)
    assert seen == []


def test_the_problem_of_a_refused_download_is_the_platforms(client: PlatformClient, world: World) -> None:
    target = Listed(client.evidence_path(world.case_id, "ev_NOSUCHITEM"), SHA, len(CONTENT))
    with pytest.raises(PlatformError) as info:
        fetch_whole(client, target)
    assert info.value.status == 404 and not isinstance(info.value, DownloadRejected)
    assert str(info.value.problem["type"]).endswith("/not-found")  # the problem document as received


# -- staging in the blob store (the sync's), sealed and plain --------------------------------------


@dataclass(frozen=True)
class BlobStaging:
    """The blob store's staging file ``key`` as a Staging (what the sync hands the download)."""

    blobs: BlobStore
    key: str
    limit: int

    def held(self) -> int:
        return self.blobs.bytes_held(self.key)

    def discard(self) -> None:
        self.blobs.reset(self.key)

    def appending(self) -> StagingWriter:
        return self.blobs.open_append(self.key, limit=self.limit)


@pytest.fixture(params=[True, False], ids=["sealed", "plain"])
def blobs(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs", DataKey.generate()[0] if request.param else None)


def ranges_asked(proxy: HostileProxy, rewrite: Callable[[Answer], None]) -> list[int | None]:
    """The first byte each evidence answer starts at (None for a whole body), after ``rewrite``."""
    starts: list[int | None] = []

    def rule(method: str, path: str, answer: Answer) -> Answer:
        content_range = answer.headers.get("Content-Range", "")
        starts.append(int(content_range.split()[1].split("-")[0]) if answer.status == 206 else None)
        rewrite(answer)
        return answer

    proxy.on("GET", EVIDENCE, rule)
    return starts


def test_a_broken_download_resumes_where_the_blob_store_kept_it(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World, blobs: BlobStore
) -> None:
    def cut_the_first(answer: Answer) -> None:
        if len(starts) == 1:
            answer.truncate_to = 400_000

    target = listed(via_proxy, world, world.add())
    staging = BlobStaging(blobs, SHA, len(CONTENT))
    received: list[int] = []
    starts = ranges_asked(proxy, cut_the_first)
    fetch_resumable(via_proxy, target, staging, on_bytes=received.append)
    [first, resumed] = starts
    assert first is None and resumed is not None and 0 < resumed < 400_000
    if blobs.key is not None:  # whole sealed chunks only: the tail that was in memory comes again
        assert resumed % DEFAULT_CHUNK_SIZE == 0 and sum(received) > len(CONTENT)
    else:
        assert sum(received) == len(CONTENT)
    assert staging.held() == len(CONTENT)
    assert blobs.finalize(SHA, SHA).verified
    with blobs.open_verified(SHA) as handle:
        assert handle.read() == CONTENT


def test_a_stopped_download_into_the_blob_store_resumes_at_the_next_run(
    client: PlatformClient, world: World, blobs: BlobStore
) -> None:
    class Stop(Exception):
        pass

    calls: list[int] = []

    def checkpoint() -> None:
        calls.append(1)
        if len(calls) == 4:  # before the attempt, then after two chunks of 256 KiB: stop
            raise Stop

    target = listed(client, world, world.add())
    staging = BlobStaging(blobs, SHA, len(CONTENT))
    with pytest.raises(Stop):
        fetch_resumable(client, target, staging, checkpoint=checkpoint)
    held = staging.held()
    assert 0 < held <= 2 * 256 * 1024 and (blobs.key is None or held % DEFAULT_CHUNK_SIZE == 0)
    fetch_resumable(client, target, staging)  # the next sync
    assert blobs.finalize(SHA, SHA).verified


def test_a_416_discards_the_blob_stores_partial_file(
    via_proxy: PlatformClient, proxy: HostileProxy, world: World, blobs: BlobStore
) -> None:
    target = listed(via_proxy, world, world.add())
    staging = BlobStaging(blobs, SHA, len(CONTENT))
    with pytest.raises(ConnectionError), staging.appending() as partial:
        partial.write(b"bytes of another file " * 10_000)  # a partial file that is no prefix of this one
        raise ConnectionError
    assert staging.held() > 0
    seen = statuses(proxy, _unsatisfiable)
    fetch_resumable(via_proxy, target, staging)
    assert seen == [416, 200]
    assert blobs.finalize(SHA, SHA).verified
