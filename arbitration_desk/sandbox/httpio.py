"""HTTP plumbing: request and response values, the router, and the stdlib request handler."""

from __future__ import annotations

import json
import re
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from arbitration_desk.domain.text import escape_controls
from arbitration_desk.sandbox.problems import ApiError

if TYPE_CHECKING:
    from arbitration_desk.sandbox.app import Sandbox

CHUNK = 64 * 1024
#: Bodies above this are drained and refused without being kept in memory.
MAX_READ = 22 * 1024 * 1024
#: Bodies above this are not even drained: the connection is closed after the answer.
MAX_DRAIN = 256 * 1024 * 1024


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Message
    body: bytes
    body_size: int
    request_id: str
    params: dict[str, str] = field(default_factory=dict)
    member_id: str | None = None
    token_hash: str | None = None

    def header(self, name: str) -> str | None:
        value = self.headers.get(name)
        return None if value is None else str(value)

    def query_one(self, name: str) -> str | None:
        """A query parameter given at most once (400 bad-request otherwise)."""
        values = self.query.get(name)
        if not values:
            return None
        if len(values) > 1:
            raise ApiError("bad-request", f"Query parameter {name} is given more than once.")
        return values[0]

    def query_int(self, name: str, low: int, high: int, default: int) -> int:
        text = self.query_one(name)
        if text is None:
            return default
        if not re.fullmatch(r"[0-9]{1,6}", text) or not low <= int(text) <= high:
            raise ApiError(
                "bad-request",
                f"{name} must be an integer from {low} to {high}.",
                errors=[(name, f"Must be an integer from {low} to {high}.")],
            )
        return int(text)

    def json(self) -> Any:
        """The body parsed as JSON (400 bad-request for another content type or bad JSON)."""
        ctype = (self.header("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/json" and not (ctype.startswith("application/") and ctype.endswith("+json")):
            raise ApiError("bad-request", "The body must be application/json.")
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ApiError("bad-request", "The body is not valid JSON in UTF-8.") from exc


@dataclass
class Response:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    file: Path | None = None
    offset: int = 0
    length: int = 0

    @classmethod
    def json(cls, status: int, data: Any, headers: dict[str, str] | None = None) -> Response:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return cls(status, {"Content-Type": "application/json", **(headers or {})}, body)

    @classmethod
    def raw_json(cls, status: int, body: bytes, headers: dict[str, str] | None = None) -> Response:
        return cls(status, {"Content-Type": "application/json", **(headers or {})}, body)

    @classmethod
    def problem(cls, error: ApiError, instance: str) -> Response:
        body = json.dumps(error.body(instance), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/problem+json", **error.headers}
        if error.status == 401:
            headers.setdefault("WWW-Authenticate", 'Bearer error="invalid_token"')
        return cls(error.status, headers, body)

    @property
    def content_length(self) -> int:
        return self.length if self.file is not None else len(self.body)


Handler = Callable[["Sandbox", Request], Response]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: bool = True
    counted: bool = True  # counts toward the JSON API rate
    max_body: int = 1024 * 1024


class Router:
    """(method, path pattern) → handler; ``{name}`` in a pattern matches one path segment."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler, **options: Any) -> None:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self.routes.append(Route(method, re.compile(f"^{regex}$"), handler, **options))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """The route and path parameters; ApiError 404 or 405 (with ``Allow``) otherwise."""
        allowed: list[str] = []
        for route in self.routes:
            found = route.pattern.match(path)
            if found is None:
                continue
            if route.method == method:
                return route, found.groupdict()
            allowed.append(route.method)
        if allowed:
            raise ApiError(
                "method-not-allowed",
                f"{method} is not allowed here.",
                headers={"Allow": ", ".join(sorted(set(allowed)))},
            )
        raise ApiError("not-found", "No such resource.")


def new_request_id() -> str:
    return "req_" + secrets.token_hex(8)


class SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: Sandbox) -> None:
        self.app = app
        super().__init__(address, SandboxRequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up (a cancelled download, a refused body) is not the sandbox's
        # error: the standard server would print a traceback for each one.
        if isinstance(sys.exc_info()[1], ConnectionError):  # reset, aborted, broken pipe
            return
        super().handle_error(request, client_address)


class SandboxRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SandboxHTTPServer
    # Headers and body leave in one buffered write, with Nagle off: the default unbuffered writer
    # sent them apart and each small answer waited for the client's delayed ACK
    # (docs/decisions/0009-sandbox-answers-in-one-write-with-nagle-off.md).
    wbufsize = 64 * 1024
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        # The request line is the client's text: the base class escapes it, this override must too.
        if self.server.app.verbose:
            sys.stderr.write(f"{self.address_string()} {escape_controls(format % args)}\n")

    def do_GET(self) -> None:
        self._handle()

    def __getattr__(self, name: str) -> Any:
        # Every method (PUT, TRACE, or any other token) is routed, so unknown ones get a 405 problem.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def _read_body(self) -> tuple[bytes, int]:
        """(body, size); a body larger than MAX_READ is drained and returned empty with its size."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        try:
            size = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            size = 0
        if size <= MAX_READ:
            return self.rfile.read(size), size
        if size > MAX_DRAIN:
            self.close_connection = True
            return b"", size
        left = size
        while left > 0:
            got = self.rfile.read(min(CHUNK, left))
            if not got:
                break
            left -= len(got)
        return b"", size

    def _read_chunked(self) -> tuple[bytes, int]:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024).split(b";")[0].strip()
            try:
                length = int(line, 16)
            except ValueError:
                self.close_connection = True
                return b"", total
            if length == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass
                return (b"".join(parts) if total <= MAX_READ else b""), total
            data = self.rfile.read(length)
            self.rfile.readline(16)
            total += len(data)
            if total <= MAX_READ:
                parts.append(data)

    def _handle(self) -> None:
        body, size = self._read_body()
        split = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers=self.headers,
            body=body,
            body_size=size,
            request_id=new_request_id(),
        )
        response, fault = self.server.app.dispatch(request)
        if fault == "drop":
            self.close_connection = True
            return
        self._write(response, truncate=fault == "truncate", head=self.command == "HEAD")

    def _write(self, response: Response, *, truncate: bool, head: bool) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.status not in (204, 304):
            self.send_header("Content-Length", str(response.content_length))
        if truncate or head:
            self.close_connection = True
            self.send_header("Connection", "close")
        self.end_headers()
        if head or response.status in (204, 304):
            return
        limit = response.content_length // 2 if truncate else response.content_length
        try:
            if response.file is None:
                self.wfile.write(response.body[:limit])
            else:
                self._write_file(response.file, response.offset, limit)
            self.wfile.flush()
        except OSError:
            self.close_connection = True

    def _write_file(self, path: Path, offset: int, length: int) -> None:
        with path.open("rb") as handle:
            handle.seek(offset)
            left = length
            while left > 0:
                chunk = handle.read(min(CHUNK, left))
                if not chunk:
                    break
                self.wfile.write(chunk)
                left -= len(chunk)
