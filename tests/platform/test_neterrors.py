"""A request that cannot reach the platform fails with one sentence naming the host and what to check.

Every case talks to a real loopback endpoint (tests/helpers/badnet.py) through the real client.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import InsecureUrlError, TransportError
from arbitration_desk.platform.transport import ATTEMPTS_ENV, TIMEOUT_ENV, RetryPolicy, Transport
from helpers import badnet

#: Library wording that must never reach a person.
RAW = ("Max retries", "ConnectionPool", "urllib3", "Errno", "NewConnectionError", "Caused by")


@pytest.fixture(autouse=True)
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TIMEOUT_ENV, "0.5")


def _sign_in_error(url: str) -> TransportError:
    client = PlatformClient(url, "chair", retry=RetryPolicy(attempts=1))
    try:
        with pytest.raises(TransportError) as caught:
            client.sign_in("demo")
    finally:
        client.close()
    return caught.value


def _assert_readable(error: TransportError, host: str, happened: str, check: str) -> None:
    message = str(error)
    assert message.startswith(f"cannot reach {host}: {happened}"), message
    assert check in message, message
    assert not any(raw in message for raw in RAW), message
    assert "\n" not in message
    assert error.detail  # the library's own text is kept for logs
    said = phrase_of(error)  # one whole sentence for the translator, the host a field as it is
    assert said is not None and said.context == "Network" and str(said) == message
    assert said.template.startswith("cannot reach {host}: ") and said.values["host"] == host


def test_connection_refused() -> None:
    port = badnet.closed_port()
    for scheme in ("http", "https"):
        error = _sign_in_error(f"{scheme}://127.0.0.1:{port}")
        _assert_readable(error, f"127.0.0.1:{port}", "connection refused", "that the platform is running")
        assert error.kind == "refused"


def test_timed_out_waiting_for_an_answer() -> None:
    with badnet.silent_server() as url:
        started = time.monotonic()
        error = _sign_in_error(url)
        assert time.monotonic() - started < 5  # the environment's timeout applied
    _assert_readable(error, url.removeprefix("http://"), "timed out", "network connection")
    assert error.kind == "read-timeout"


def test_connection_reset() -> None:
    with badnet.resetting_server() as url:
        error = _sign_in_error(url)
    _assert_readable(error, url.removeprefix("http://"), "the connection was reset or dropped", "try again")
    assert error.kind == "dropped"


def test_self_signed_certificate_is_refused(tmp_path: Path) -> None:
    with badnet.self_signed_server(tmp_path) as url:
        error = _sign_in_error(url)
    _assert_readable(error, url.removeprefix("https://"), "TLS certificate not accepted", "not trusted")
    assert "self-signed" in str(error) and error.kind == "tls-certificate"


def test_https_to_a_plain_http_server() -> None:
    with badnet.plain_http_server() as url:
        error = _sign_in_error(url)
    _assert_readable(error, url.removeprefix("https://"), "the secure (TLS) connection failed", "HTTPS server")
    assert error.kind == "tls"


def test_name_not_resolved() -> None:
    host = "no-such-platform.invalid"  # .invalid never resolves (RFC 6761)
    try:
        socket.getaddrinfo(host, 443)
    except OSError:
        pass
    else:  # pragma: no cover - a resolver that answers for anything
        pytest.skip("this resolver answers for .invalid names")
    error = _sign_in_error(f"https://{host}")
    _assert_readable(error, host, "name not resolved", "spelling of the address")
    assert error.kind == "name-not-resolved"


def test_the_host_is_printed_literally() -> None:
    error = _sign_in_error("https://exa\x1bmple.com")  # requests refuses the name before any traffic
    assert "\x1b" not in str(error) and "exa\\x1bmple.com" in str(error)
    assert error.kind == "invalid-address"


@pytest.mark.parametrize("url", ["https://[bad", "https://host:99999", "https://host:port"])
def test_malformed_addresses_are_refused_in_words(url: str) -> None:
    with pytest.raises(InsecureUrlError, match="Not a platform address"):
        PlatformClient(url, "chair")


def test_attempts_and_timeout_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ATTEMPTS_ENV, "2")
    transport = Transport(f"http://127.0.0.1:{badnet.closed_port()}", sleep=lambda _: None)
    assert transport.timeout == (0.5, 0.5) and transport.retry.attempts == 2
    with pytest.raises(TransportError):
        transport.request("GET", "/v1/me", retriable=True)
    assert transport.requests_sent == 2
    assert Transport("http://127.0.0.1:1", retry=RetryPolicy(attempts=5)).retry.attempts == 5  # explicit wins
    transport.close()


@pytest.mark.parametrize("value", ["", "soon", "-1", "0", "1e9"])
def test_unusable_environment_values_leave_the_defaults(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(TIMEOUT_ENV, value)
    monkeypatch.setenv(ATTEMPTS_ENV, value)
    transport = Transport("http://127.0.0.1:1")
    assert transport.timeout == (10.0, 60.0) and transport.retry.attempts == 6


def test_retried_requests_end_with_the_same_sentence() -> None:
    url = f"http://127.0.0.1:{badnet.closed_port()}"
    transport = Transport(url, retry=RetryPolicy(attempts=3), sleep=lambda _: None)
    with pytest.raises(TransportError, match="connection refused; check") as caught:
        transport.request("GET", "/v1/cases", retriable=True)
    assert transport.requests_sent == 3 and caught.value.kind == "refused"
    transport.close()
