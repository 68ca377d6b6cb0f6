"""platform/tokens.py: sign-in, refresh under 60 s, rotation, the 60-s reuse grace, one refresh at a time.

The client talks to the sandbox over HTTP, through a hostile proxy where an answer must get lost.
The token manager's clock and the transport's sleep are injected: no test waits for real.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.credentials import REFRESH_TOKEN
from arbitration_desk.platform.errors import NotSignedIn, SignInRequired, Unavailable
from arbitration_desk.platform.tokens import REFRESH_MARGIN, TokenManager
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.sandbox.tokens import GRACE_SECONDS
from helpers.clock import FakeTime
from helpers.hostile import Answer, HostileProxy
from helpers.keyring_backend import MemoryKeyring
from helpers.sandbox import ApiSession, start_sandbox

TOKEN = r"/v1/auth/token"
TTL = 900  # the sandbox's access-token lifetime (expires_in)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox"), cases=1, access_ttl=TTL) as server:
        yield server


@pytest.fixture
def proxy(sandbox: SandboxServer) -> Iterator[HostileProxy]:
    proxy = HostileProxy(sandbox.url)
    yield proxy
    proxy.stop()
    sandbox.control.set_refresh_grace(GRACE_SECONDS)


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def client(proxy: HostileProxy, fake: FakeTime) -> Iterator[PlatformClient]:
    client = PlatformClient(proxy.url, "chair")
    client.transport.sleep, client.transport.clock = fake.sleep, fake.clock
    client.tokens = TokenManager(client.transport, client.secrets, clock=fake.clock)
    client.sign_in("demo")
    yield client
    client.close()


def token_answers(proxy: HostileProxy, rewrite: Callable[[int, Answer], None] | None = None) -> list[int]:
    """The statuses of the answers to ``POST /v1/auth/token`` from now on (after ``rewrite``)."""
    seen: list[int] = []

    def rule(method: str, path: str, answer: Answer) -> Answer:
        if rewrite is not None:
            rewrite(len(seen), answer)
        seen.append(answer.status)
        return answer

    proxy.on("POST", TOKEN, rule)
    return seen


def test_sign_in_keeps_the_refresh_token_in_the_credential_store_only(
    client: PlatformClient, memory_keyring: MemoryKeyring
) -> None:
    assert list(memory_keyring.secrets.values()) == [client.secrets.get(REFRESH_TOKEN)]
    assert client.tokens.access_token and client.tokens.has_session()  # the access token: in memory
    assert client.me().data["member_id"]


def test_refresh_comes_when_under_60_s_remain_and_rotates(
    client: PlatformClient, proxy: HostileProxy, fake: FakeTime
) -> None:
    first = client.tokens.authorization()
    refresh_token = client.secrets.get(REFRESH_TOKEN)
    seen = token_answers(proxy)
    fake.advance(TTL - REFRESH_MARGIN - 1)  # 61 s left: still good
    assert client.tokens.authorization() == first and seen == []
    fake.advance(2)  # 59 s left: refreshed before use
    second = client.tokens.authorization()
    assert second != first and seen == [200]
    assert client.secrets.get(REFRESH_TOKEN) not in (None, refresh_token)  # rotated and stored
    assert client.me().data["member_id"]


def test_one_refresh_at_a_time_the_others_wait_for_it(
    client: PlatformClient, proxy: HostileProxy, fake: FakeTime
) -> None:
    seen = token_answers(proxy)
    fake.advance(TTL)  # expired
    start = threading.Barrier(8)
    headers: list[dict[str, str]] = []

    def ask() -> None:
        start.wait(5)
        headers.append(client.tokens.authorization())

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [200] and len(headers) == 8 and len({h["Authorization"] for h in headers}) == 1


def test_a_lost_refresh_answer_is_repeated_within_the_grace(
    client: PlatformClient, proxy: HostileProxy, fake: FakeTime
) -> None:
    def lose_the_first(index: int, answer: Answer) -> None:
        if index == 0:
            answer.truncate_to = 0  # the platform rotated the token, the answer never arrived

    seen = token_answers(proxy, lose_the_first)
    fake.advance(TTL)
    client.tokens.authorization()
    assert seen == [200, 200] and len(fake.slept) == 1  # the same refresh token, sent again
    # The platform answered the same pair: the family lives on, the next refresh works.
    fake.advance(TTL)
    client.tokens.authorization()
    assert seen == [200, 200, 200] and client.me().data["member_id"]


def test_a_refresh_repeated_after_the_grace_ends_the_session(
    sandbox: SandboxServer, client: PlatformClient, proxy: HostileProxy, fake: FakeTime
) -> None:
    def lose_the_first(index: int, answer: Answer) -> None:
        if index == 0:
            answer.truncate_to = 0

    sandbox.control.set_refresh_grace(0)  # the repeat comes too late: the platform sees theft
    seen = token_answers(proxy, lose_the_first)
    fake.advance(TTL)
    with pytest.raises(SignInRequired, match="sign in again") as info:
        client.tokens.authorization()
    assert seen == [200, 400] and info.value.request_id
    assert client.secrets.get(REFRESH_TOKEN) is None and not client.tokens.has_session()
    with pytest.raises(NotSignedIn):
        client.tokens.authorization()


def test_refresh_retries_stay_inside_the_grace(client: PlatformClient, proxy: HostileProxy, fake: FakeTime) -> None:
    def busy(wait: str) -> Callable[[int, Answer], None]:
        def rewrite(index: int, answer: Answer) -> None:
            if index == 0:  # processed, but the answer says 503: the repeat must come within 60 s
                answer.status, answer.headers = 503, {"Retry-After": wait, "Content-Type": "application/problem+json"}
                answer.set_json({"type": "https://api.arbitration.example/problems/unavailable", "status": 503})

        return rewrite

    seen = token_answers(proxy, busy("55"))
    fake.advance(TTL)
    with pytest.raises(Unavailable):  # waiting 55 s would leave the 50-s window: not repeated
        client.tokens.authorization()
    assert seen == [503] and fake.slept == []
    proxy.rules.clear()
    seen = token_answers(proxy, busy("10"))
    client.tokens.authorization()  # the same (unused) refresh token, still within the grace
    assert seen == [503, 200] and fake.slept == [10.0]


def test_a_revoked_session_asks_for_sign_in(sandbox: SandboxServer, client: PlatformClient, fake: FakeTime) -> None:
    access = client.tokens.access_token
    assert access is not None
    session = ApiSession(sandbox.url, access)
    try:
        revoked = session.post("/v1/auth/revoke", json={"token": client.secrets.get(REFRESH_TOKEN)})
    finally:
        session.close()
    assert revoked.status_code in (200, 204)
    fake.advance(TTL)
    with pytest.raises(SignInRequired):
        client.tokens.authorization()
    assert client.secrets.get(REFRESH_TOKEN) is None
