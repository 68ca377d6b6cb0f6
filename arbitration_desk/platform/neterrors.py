"""A failed connection, said as one sentence: what went wrong reaching which host, and what to check.

requests reports a refused connection as ``ConnectionError: HTTPSConnectionPool(host=…): Max
retries exceeded … [Errno 111]``. Nobody should read that: :func:`transport_error` looks through
the exception's causes for the first thing that explains it (a refused connection, an unknown
name, a timeout, a rejected certificate, a dropped connection) and builds a
:class:`TransportError` whose message is "cannot reach HOST: what happened; check …", a
translatable phrase (context "Network"), one whole sentence per case. The raw text stays on the
error's ``detail`` for logs.
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import NameResolutionError, ProtocolError

from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.domain.text import escape_controls
from arbitration_desk.platform.errors import TransportError

#: TransportError.kind values.
REFUSED = "refused"
NAME_NOT_RESOLVED = "name-not-resolved"
CONNECT_TIMEOUT = "connect-timeout"
READ_TIMEOUT = "read-timeout"
TLS_CERTIFICATE = "tls-certificate"
TLS = "tls"
DROPPED = "dropped"
UNREACHABLE = "unreachable"
INVALID_ADDRESS = "invalid-address"
OTHER = "other"

_REFUSED = {errno.ECONNREFUSED}
_RESET = {errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE}
_UNREACHABLE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN, errno.EADDRNOTAVAIL}


def host_of(url: str) -> str:
    """``host[:port]`` of ``url``, printable as it is (it may come from what somebody typed)."""
    try:
        netloc = urlsplit(url).netloc or url
    except ValueError:
        netloc = url
    return escape_controls(netloc[:200])


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and everything behind it: wrapped exceptions, ``reason``, ``__cause__``, ``__context__``."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 50:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None)
        linked = [reason, current.__cause__, current.__context__, *current.args]
        todo += [item for item in linked if isinstance(item, BaseException)]


def _errno_in(causes: list[BaseException], numbers: set[int]) -> bool:
    return any(isinstance(c, OSError) and c.errno in numbers for c in causes)


def _tls_certificate_reason(causes: list[BaseException]) -> Phrase | str | None:
    """The library's reason for refusing the certificate (its own words), if a certificate was refused."""
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = cause.verify_message or cause.reason
            return escape_controls(str(detail))[:200] if detail else phrase("Network", "certificate verify failed")
    return None


def _tls_reason(causes: list[BaseException]) -> Phrase | str:
    for cause in causes:
        if isinstance(cause, ssl.SSLError) and cause.reason:
            return escape_controls(str(cause.reason).replace("_", " ").lower())[:200]
    return phrase("Network", "handshake failed")


def classify(exc: BaseException, host: str) -> tuple[str, Phrase]:
    """(kind, the sentence) for a failed request to ``host``.

    One whole sentence per case ("cannot reach HOST: what happened; what to check"), so that a
    translator sees each as a whole; the library's own words (a TLS reason, an exception's class)
    go in as fields, as they are.
    """
    causes = list(_causes(exc))
    invalid = (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema, requests.exceptions.MissingSchema)
    if any(isinstance(c, invalid) for c in causes):
        return INVALID_ADDRESS, phrase(
            "Network",
            "cannot reach {host}: the address is not valid; check the platform address (https://host[:port])",
            host=host,
        )
    if any(isinstance(c, requests.exceptions.SSLError | ssl.SSLError) for c in causes):
        certificate = _tls_certificate_reason(causes)
        if certificate is not None:
            return TLS_CERTIFICATE, phrase(
                "Network",
                "cannot reach {host}: TLS certificate not accepted ({reason}); check the address; if it is right, "
                "the server's certificate is not trusted by this computer (ask your platform operator)",
                host=host,
                reason=certificate,
            )
        return TLS, phrase(
            "Network",
            "cannot reach {host}: the secure (TLS) connection failed ({reason}); check the address and port: "
            "the server there may not be an HTTPS server",
            host=host,
            reason=_tls_reason(causes),
        )
    if any(isinstance(c, requests.exceptions.ConnectTimeout) for c in causes):
        return CONNECT_TIMEOUT, phrase(
            "Network",
            "cannot reach {host}: timed out while connecting; check your network connection and that the "
            "platform is up, then try again",
            host=host,
        )
    if any(isinstance(c, requests.exceptions.ReadTimeout) for c in causes):
        return READ_TIMEOUT, phrase(
            "Network",
            "cannot reach {host}: timed out waiting for an answer; check your network connection and that the "
            "platform is up, then try again",
            host=host,
        )
    if any(isinstance(c, NameResolutionError | socket.gaierror) for c in causes):
        return NAME_NOT_RESOLVED, phrase(
            "Network",
            "cannot reach {host}: name not resolved (no such host); check the spelling of the address and your "
            "network connection",
            host=host,
        )
    if _errno_in(causes, _REFUSED):
        return REFUSED, phrase(
            "Network",
            "cannot reach {host}: connection refused; check the address and port, and that the platform is running",
            host=host,
        )
    if _errno_in(causes, _UNREACHABLE):
        return UNREACHABLE, phrase(
            "Network",
            "cannot reach {host}: network unreachable; check your network connection and that the platform is "
            "up, then try again",
            host=host,
        )
    if any(isinstance(c, TimeoutError) for c in causes):
        return READ_TIMEOUT, phrase(
            "Network",
            "cannot reach {host}: timed out; check your network connection and that the platform is up, then try again",
            host=host,
        )
    dropped = (
        requests.exceptions.ChunkedEncodingError,
        requests.exceptions.ContentDecodingError,
        http.client.RemoteDisconnected,
        http.client.IncompleteRead,
        ProtocolError,
        ConnectionResetError,
        ConnectionAbortedError,
        BrokenPipeError,
    )
    if _errno_in(causes, _RESET) or any(isinstance(c, dropped) for c in causes):
        return DROPPED, phrase(
            "Network",
            "cannot reach {host}: the connection was reset or dropped; check your network connection and that "
            "the platform is up, then try again",
            host=host,
        )
    return OTHER, phrase(
        "Network",
        "cannot reach {host}: the request failed ({error}); check your network connection and that the "
        "platform is up, then try again",
        host=host,
        error=type(exc).__name__,
    )


def transport_error(exc: BaseException, url: str, *, what: str = "") -> TransportError:
    """The :class:`TransportError` for ``exc``, raised while requesting ``url``.

    Args:
        exc: what requests (or urllib3) raised.
        url: the address requested; only its host and port are named.
        what: the request, e.g. ``"POST /v1/auth/token"``, kept on ``detail`` for logs.
    """
    kind, sentence = classify(exc, host_of(url))
    detail = f"{what} failed: {type(exc).__name__}: {exc}"[:1000]
    return TransportError(sentence, kind=kind, detail=detail)
