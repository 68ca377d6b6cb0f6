"""platform/client.py: after a 401, refresh once and retry once; answers are validated; 304 is unchanged.

Over HTTP to the sandbox, through a hostile proxy where an answer must be other than the sandbox's.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import InvalidPayload, Unauthorized
from arbitration_desk.sandbox.server import SandboxServer
from helpers.clock import FakeTime
from helpers.hostile import Answer, HostileProxy
from helpers.sandbox import start_sandbox

PROBLEMS = "https://api.arbitration.example/problems/"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=1) as server:
        yield server


@pytest.fixture
def proxy(sandbox: SandboxServer) -> Iterator[HostileProxy]:
    proxy = HostileProxy(sandbox.url)
    yield proxy
    proxy.stop()


@pytest.fixture
def client(proxy: HostileProxy) -> Iterator[PlatformClient]:
    client = PlatformClient(proxy.url, "chair")
    fake = FakeTime()
    client.transport.sleep, client.transport.clock = fake.sleep, fake.clock
    client.sign_in("demo")
    yield client
    client.close()


def count(proxy: HostileProxy, method: str, path: str, unauthorized: int = 0) -> list[int]:
    """Statuses answered to ``method path``; the first ``unauthorized`` answers become 401."""
    seen: list[int] = []

    def rule(_: str, __: str, answer: Answer) -> Answer:
        if len(seen) < unauthorized:
            answer.status, answer.headers = 401, {"Content-Type": "application/problem+json"}
            answer.set_json({"type": PROBLEMS + "unauthorized", "status": 401})
        seen.append(answer.status)
        return answer

    proxy.on(method, path, rule)
    return seen


def test_a_401_refreshes_once_and_retries_once(client: PlatformClient, proxy: HostileProxy) -> None:
    refreshes = count(proxy, "POST", r"/v1/auth/token")
    me = count(proxy, "GET", r"/v1/me", unauthorized=1)
    before = client.tokens.access_token
    assert client.me().data["member_id"]
    assert me == [401, 200] and refreshes == [200] and client.tokens.access_token != before


def test_a_second_401_is_reported(client: PlatformClient, proxy: HostileProxy) -> None:
    refreshes = count(proxy, "POST", r"/v1/auth/token")
    me = count(proxy, "GET", r"/v1/me", unauthorized=5)
    with pytest.raises(Unauthorized):
        client.me()
    assert me == [401, 401] and refreshes == [200]  # no third try, no second refresh


def test_a_download_refreshes_after_a_401_too(
    sandbox: SandboxServer, client: PlatformClient, proxy: HostileProxy
) -> None:
    case_id = sandbox.control.case_ids("chair")[0]
    evidence_id = sandbox.control.add_evidence(case_id, b"exhibit", "text/plain")
    refreshes = count(proxy, "POST", r"/v1/auth/token")
    downloads = count(proxy, "GET", r"/v1/cases/.+/content", unauthorized=1)
    with client.download(client.evidence_path(case_id, evidence_id)) as response:
        assert response.content == b"exhibit"
    assert downloads == [401, 200] and refreshes == [200]


def test_an_unchanged_case_is_a_304_without_data(sandbox: SandboxServer, client: PlatformClient) -> None:
    case_id = sandbox.control.case_ids("chair")[0]
    first = client.get_case(case_id)
    assert first.data["id"] == case_id and first.etag
    again = client.get_case(case_id, first.etag)
    assert (again.status, again.data, again.etag) == (304, None, first.etag)


def test_an_answer_for_another_case_is_refused(
    sandbox: SandboxServer, client: PlatformClient, proxy: HostileProxy
) -> None:
    case_id = sandbox.control.case_ids("chair")[0]

    def other(_: str, __: str, answer: Answer) -> Answer:
        answer.set_json({**answer.json(), "id": "case_SOMEONE_ELSES"})
        return answer

    proxy.on("GET", r"/v1/cases/[^/]+", other)
    with pytest.raises(InvalidPayload, match="the answer is for another case") as info:
        client.get_case(case_id)
    assert info.value.request_id


def test_an_answer_that_is_not_json_names_its_request(client: PlatformClient, proxy: HostileProxy) -> None:
    def html(_: str, __: str, answer: Answer) -> Answer:
        answer.body = b"<html>maintenance</html>"
        return answer

    proxy.on("GET", r"/v1/me", html)
    with pytest.raises(InvalidPayload, match="member: the answer is not JSON") as info:
        client.me()
    assert info.value.request_id
    said = phrase_of(info.value)  # "… (request ID)", then what was asked and why, each translatable
    assert said is not None and said.template == "{message} (request {request_id})"
    inner = said.values["message"]
    assert str(inner) == "member: the answer is not JSON" and getattr(inner, "template", "") == "{what}: {error}"
    assert [getattr(inner.values[name], "template", "") for name in ("what", "error")] == [  # type: ignore[union-attr]
        "member",
        "the answer is not JSON",
    ]
