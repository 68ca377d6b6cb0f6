"""platform/urls.py: which platform addresses are accepted (HTTPS, or plain HTTP on loopback only)."""

from __future__ import annotations

import pytest

from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.platform.errors import InsecureUrlError
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


def test_a_refusal_is_a_phrase_with_the_address_as_typed() -> None:
    with pytest.raises(InsecureUrlError) as info:
        normalize_api_url("http://api.arbitration.example")
    said = phrase_of(info.value)
    assert said is not None and said.context == "PlatformError"
    assert said.template.startswith("Refusing plain http:// to {host}: ") and said.values == {
        "host": "api.arbitration.example"
    }
    assert str(info.value).startswith("Refusing plain http:// to api.arbitration.example: the platform must be")
    with pytest.raises(InsecureUrlError) as info:
        normalize_api_url("ftp://{x}")
    assert str(info.value) == "Not a platform address: 'ftp://{x}'. Use https://host[:port]."
    assert phrase_of(info.value) is not None
