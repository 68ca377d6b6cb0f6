"""A scripted HTTP server on 127.0.0.1, for answers the sandbox never gives.

The sandbox keeps the contract; a few client rules are about answers outside it (a ``Retry-After``
date sent by a proxy, a body without ``Content-Length`` that runs past the listed size, a 503 that
never ends). :class:`ScriptedServer` answers each request with the next :class:`Reply` of its
script (the last one repeats) and records what it was asked (:class:`Seen`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from helpers.quiet_server import QuietServer

PROBLEMS = "https://api.arbitration.example/problems/"


@dataclass
class Reply:
    """One answer. ``chunked`` sends the body without ``Content-Length``, in chunks of ``chunk`` bytes."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    chunked: bool = False
    chunk: int = 64 * 1024


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]


def problem(status: int, name: str, **headers: str) -> Reply:
    """An RFC 9457 problem answer of type ``name``."""
    body = json.dumps({"type": PROBLEMS + name, "title": name, "status": status}).encode()
    return Reply(status, {"Content-Type": "application/problem+json", **headers}, body)


def json_reply(data: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status, {"Content-Type": "application/json", **headers}, json.dumps(data).encode())


class ScriptedServer:
    """Answers requests from a script: a list of replies in order, or a function of the request.

    Use as a context manager; ``url`` is its base address and ``seen`` every request received.
    """

    def __init__(self, script: Sequence[Reply] | Callable[[Seen], Reply]) -> None:
        self.seen: list[Seen] = []
        self._script = script
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                reply = server._next(Seen(self.command, self.path, dict(self.headers.items())))
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if not reply.chunked:
                    self.wfile.write(reply.body)
                    return
                for start in range(0, len(reply.body), reply.chunk):
                    piece = reply.body[start : start + reply.chunk]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")

            do_GET = do_POST = do_PUT = do_DELETE = _answer

        self._server = QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _next(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
            if callable(self._script):
                return self._script(seen)
            return self._script[min(len(self.seen), len(self._script)) - 1]

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> ScriptedServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
