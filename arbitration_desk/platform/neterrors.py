"""A failed connection, said as one sentence: what went wrong reaching which host, and what to check.

requests reports a refused connection as ``ConnectionError: HTTPSConnectionPool(host=…): Max
retries exceeded … [Errno 111]``. Nobody should read that: :func:`transport_error` looks through
the exception's causes for the first thing that explains it (a refused connection, an unknown
name, a timeout, a rejected certificate, a dropped connection) and builds a
:class:`TransportError` whose message is "cannot reach HOST: what happened; check …". The raw
text stays on the error's ``detail`` for logs.
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

_CHECK_RUNNING = "check the address and port, and that the platform is running"
_CHECK_NAME = "check the spelling of the address and your network connection"
_CHECK_NETWORK = "check your network connection and that the platform is up, then try again"
_CHECK_CERTIFICATE = (
    "check the address; if it is right, the server's certificate is not trusted by this computer "
    "(ask your platform operator)"
)
_CHECK_TLS = "check the address and port: the server there may not be an HTTPS server"


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


def _tls_certificate_reason(causes: list[BaseException]) -> str | None:
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = cause.verify_message or cause.reason or "certificate verify failed"
            return escape_controls(str(detail))[:200]
    return None


def _tls_reason(causes: list[BaseException]) -> str:
    for cause in causes:
        if isinstance(cause, ssl.SSLError) and cause.reason:
            return escape_controls(str(cause.reason).replace("_", " ").lower())[:200]
    return "handshake failed"


def classify(exc: BaseException) -> tuple[str, str, str]:
    """(kind, what happened, what to check) for a failed request."""
    causes = list(_causes(exc))
    invalid = (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema, requests.exceptions.MissingSchema)
    if any(isinstance(c, invalid) for c in causes):
        return INVALID_ADDRESS, "the address is not valid", "check the platform address (https://host[:port])"
    if any(isinstance(c, requests.exceptions.SSLError | ssl.SSLError) for c in causes):
        certificate = _tls_certificate_reason(causes)
        if certificate is not None:
            return TLS_CERTIFICATE, f"TLS certificate not accepted ({certificate})", _CHECK_CERTIFICATE
        return TLS, f"the secure (TLS) connection failed ({_tls_reason(causes)})", _CHECK_TLS
    if any(isinstance(c, requests.exceptions.ConnectTimeout) for c in causes):
        return CONNECT_TIMEOUT, "timed out while connecting", _CHECK_NETWORK
    if any(isinstance(c, requests.exceptions.ReadTimeout) for c in causes):
        return READ_TIMEOUT, "timed out waiting for an answer", _CHECK_NETWORK
    if any(isinstance(c, NameResolutionError | socket.gaierror) for c in causes):
        return NAME_NOT_RESOLVED, "name not resolved (no such host)", _CHECK_NAME
    if _errno_in(causes, _REFUSED):
        return REFUSED, "connection refused", _CHECK_RUNNING
    if _errno_in(causes, _UNREACHABLE):
        return UNREACHABLE, "network unreachable", _CHECK_NETWORK
    if any(isinstance(c, TimeoutError) for c in causes):
        return READ_TIMEOUT, "timed out", _CHECK_NETWORK
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
        return DROPPED, "the connection was reset or dropped", _CHECK_NETWORK
    return OTHER, f"the request failed ({type(exc).__name__})", _CHECK_NETWORK


def transport_error(exc: BaseException, url: str, *, what: str = "") -> TransportError:
    """The :class:`TransportError` for ``exc``, raised while requesting ``url``.

    Args:
        exc: what requests (or urllib3) raised.
        url: the address requested; only its host and port are named.
        what: the request, e.g. ``"POST /v1/auth/token"``, kept on ``detail`` for logs.
    """
    kind, happened, check = classify(exc)
    message = f"cannot reach {host_of(url)}: {happened}; {check}"
    detail = f"{what} failed: {type(exc).__name__}: {exc}"[:1000]
    return TransportError(message, kind=kind, detail=detail)
