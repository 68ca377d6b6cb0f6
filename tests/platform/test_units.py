"""Platform-client pieces that need no server: addresses, credentials, shapes, backoff."""

from __future__ import annotations

import random

import pytest
from keyring.backends import fail

from arbitration_desk.platform import credentials, shapes
from arbitration_desk.platform.credentials import SecretStore
from arbitration_desk.platform.errors import (
    CredentialStoreUnavailable,
    InsecureUrlError,
    InvalidCursor,
    RulingRejected,
    ServerError,
    Unavailable,
    UnexpectedAnswer,
    problem_class,
)
from arbitration_desk.platform.shapes import ShapeError
from arbitration_desk.platform.transport import RateLimiter, RetryPolicy
from arbitration_desk.platform.urls import normalize_api_url


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://api.arbitration.example/", "https://api.arbitration.example"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://127.5.6.7:80/", "http://127.5.6.7:80"),
        ("http://localhost:9000", "http://localhost:9000"),
        ("http://[::1]:8765", "http://[::1]:8765"),
    ],
)
def test_accepted_addresses(url: str, normal: str) -> None:
    assert normalize_api_url(url) == normal


@pytest.mark.parametrize(
    "url",
    [
        "http://api.arbitration.example",
        "http://10.0.0.5:8765",
        "http://192.168.1.2",
        "ftp://127.0.0.1",
        "https://user:pw@api.example",
        "api.example",
        "http://127.0.0.1.evil.example",
    ],
)
def test_refused_addresses(url: str) -> None:
    with pytest.raises(InsecureUrlError):
        normalize_api_url(url)


def test_secrets_go_to_the_keyring_only(memory_keyring: object, tmp_path: object) -> None:
    store = SecretStore("http://127.0.0.1:1|chair")
    store.set("refresh_token", "rt_secret")
    assert store.get("refresh_token") == "rt_secret"
    assert ("arbitration-desk", "http://127.0.0.1:1|chair/refresh_token") in memory_keyring.secrets  # type: ignore[attr-defined]
    store.delete("refresh_token")
    store.delete("refresh_token")  # absent: no error
    assert store.get("refresh_token") is None


def test_missing_credential_store_is_reported_not_bypassed() -> None:
    credentials.use_backend(fail.Keyring())
    store = SecretStore("x")
    with pytest.raises(CredentialStoreUnavailable, match="credential store"):
        store.set("refresh_token", "rt")
    with pytest.raises(CredentialStoreUnavailable):
        store.check_available()


def test_problem_classes_switch_on_type_not_title() -> None:
    base = "https://api.arbitration.example/problems/"
    assert problem_class(base + "invalid-cursor", 400) is InvalidCursor
    assert problem_class(base + "ruling-rejected", 422) is RulingRejected
    assert problem_class(base + "something-new", 418) is UnexpectedAnswer
    assert problem_class(None, 503) is Unavailable
    assert problem_class(None, 502) is ServerError
    error = RulingRejected("x", problem={"failed_checks": ["signature_invalid", 3], "errors": [{"field": "document"}]})
    assert error.failed_checks == ["signature_invalid"]
    assert error.field_errors == [("document", "")]


def test_backoff_is_bounded_random_and_respects_retry_after() -> None:
    policy = RetryPolicy(rng=random.Random(1))
    for retry in range(1, 10):
        waits = [policy.delay(retry, None) for _ in range(200)]
        assert all(0 <= wait <= min(60, 2**retry) for wait in waits)
        assert max(waits) > min(60, 2**retry) * 0.8  # really spread over the range
    assert policy.delay(1, 7) >= 7


def test_rate_limiter_allows_burst_then_paces() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(20, clock=lambda: now[0])
    for _ in range(20):
        limiter.acquire(sleep)
    assert slept == []
    for _ in range(20):
        limiter.acquire(sleep)
    assert now[0] == pytest.approx(1.0, abs=0.06)


MESSAGE = {
    "message_id": "msg_1",
    "channel": "buyer_seller",
    "sender": {"role": "buyer", "display_name": "Camille D."},
    "sent_at": "2026-01-26T08:20:41Z",
    "language": "fr-FR",
    "text": "<b>Bonjour</b>\u202e",
    "translations": {"en": "Hello"},
    "attachments": [],
    "unknown_field": {"ignored": True},
}


def test_shapes_drop_unknown_fields_and_keep_unknown_enums() -> None:
    message = dict(MESSAGE, channel="marketplace_support")
    clean = shapes.MESSAGE.check(message)
    assert "unknown_field" not in clean
    assert clean["channel"] == "marketplace_support"
    assert clean["text"] == "<b>Bonjour</b>\u202e"


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        ({"sent_at": "yesterday"}, "/sent_at"),
        ({"sent_at": None}, "/sent_at"),
        ({"attachments": "ev_1"}, "/attachments"),
        ({"translations": {"not a tag!": "x"}}, "/translations/not a tag!"),
        ({"sender": {"role": "buyer"}}, "/sender/display_name"),
        ({"text": 5}, "/text"),
        ({"message_id": ""}, "/message_id"),
        ({"text": "x" * (shapes.MAX_STRING + 1)}, "/text"),
    ],
)
def test_shapes_reject_wrong_types_with_a_pointer(change: dict[str, object], pointer: str) -> None:
    with pytest.raises(ShapeError) as info:
        shapes.MESSAGE.check({**MESSAGE, **change})
    assert info.value.pointer == pointer


def test_money_and_counts_are_strict() -> None:
    with pytest.raises(ShapeError):
        shapes.MONEY.check({"amount": 10.5, "currency": "EUR"})
    with pytest.raises(ShapeError):
        shapes.MONEY.check({"amount": "10.5", "currency": "EUR"})
    with pytest.raises(ShapeError):
        shapes.COUNT.check(True)
    with pytest.raises(ShapeError):
        shapes.REGION.check({"x": 0.1, "y": 0.1, "width": 0, "height": 0.2})
