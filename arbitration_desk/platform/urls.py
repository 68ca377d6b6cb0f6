"""The platform address: HTTPS always, plain HTTP only for loopback addresses."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.platform.errors import InsecureUrlError


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _not_an_address(url: str) -> Phrase:
    return phrase("PlatformError", "Not a platform address: {address}. Use https://host[:port].", address=repr(url))


def normalize_api_url(url: str) -> str:
    """Checks and normalises a platform base URL (no trailing slash, no path beyond a prefix).

    Raises:
        InsecureUrlError: for anything but ``https://…``, or ``http://`` to a loopback address.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
    except ValueError:
        raise InsecureUrlError(_not_an_address(url)) from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InsecureUrlError(_not_an_address(url))
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InsecureUrlError(
            phrase("PlatformError", "The platform address must not contain credentials, a query or a fragment.")
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureUrlError(
            phrase(
                "PlatformError",
                "Refusing plain http:// to {host}: the platform must be reached over HTTPS "
                "(plain HTTP is accepted only for loopback addresses such as 127.0.0.1).",
                host=parts.hostname,
            )
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
