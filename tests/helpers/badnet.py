"""Loopback endpoints that fail the way real networks do: refused, silent, resetting, bad TLS.

Each is a context manager yielding a base URL on 127.0.0.1; threads stop on exit. Nothing here
leaves the loopback interface.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import socket
import ssl
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released: a connection is refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextlib.contextmanager
def silent_server(port: int = 0) -> Iterator[str]:
    """Accepts connections (the kernel completes the handshake) and never answers: a read times out.

    Args:
        port: a port to take over (e.g. one a stopped server used), else a free one.
    """
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(16)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


@contextlib.contextmanager
def _serving(handle: object, *, tls: ssl.SSLContext | None = None) -> Iterator[int]:
    """Runs ``handle(conn)`` for each connection on a loopback port until the block ends."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with contextlib.suppress(OSError, ssl.SSLError):
                conn.settimeout(5)
                if tls is not None:
                    conn = tls.wrap_socket(conn, server_side=True)
                handle(conn)  # type: ignore[operator]
            with contextlib.suppress(OSError):
                conn.close()

    thread = threading.Thread(target=loop, name="badnet", daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _reset(conn: socket.socket) -> None:
    """Reads the request, then closes with SO_LINGER 0: the client sees a connection reset."""
    conn.recv(65536)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


@contextlib.contextmanager
def resetting_server() -> Iterator[str]:
    with _serving(_reset) as port:
        yield f"http://127.0.0.1:{port}"


def _http_answer(conn: socket.socket) -> None:
    conn.recv(65536)
    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


@contextlib.contextmanager
def plain_http_server() -> Iterator[str]:
    """A plain HTTP server, addressed with https:// (the TLS handshake meets an HTTP answer)."""
    with _serving(_http_answer) as port:
        yield f"https://127.0.0.1:{port}"


def self_signed_context(directory: Path) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate for 127.0.0.1."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    cert_file, key_file = directory / "self-signed.pem", directory / "self-signed.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


@contextlib.contextmanager
def self_signed_server(directory: Path) -> Iterator[str]:
    """An HTTPS server whose certificate no CA vouches for: the client must refuse it."""
    with _serving(_http_answer, tls=self_signed_context(directory)) as port:
        yield f"https://127.0.0.1:{port}"
