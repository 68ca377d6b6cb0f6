"""A hostile platform for tests: a real HTTP proxy in front of the sandbox that rewrites answers.

The client under test talks HTTP to this proxy on 127.0.0.1 exactly as to a platform; a rule
``(method, path) -> rewrite`` may replace the status, headers or body of the sandbox's answer,
for example to send a malformed case, a truncated body or other bytes under a correct ETag.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

import requests

from helpers.quiet_server import QuietServer


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    truncate_to: int | None = None  # send the full Content-Length but only this many bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def set_json(self, data: Any) -> None:
        self.body = json.dumps(data).encode("utf-8")


Rewrite = Callable[[str, str, Answer], Answer | None]


@dataclass
class HostileProxy:
    upstream: str
    rules: list[tuple[str, re.Pattern[str], Rewrite]] = field(default_factory=list)
    hits: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _relay(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                upstream = requests.request(
                    self.command,
                    proxy.upstream + self.path,
                    headers=headers,
                    data=body,
                    timeout=30,
                    allow_redirects=False,
                )
                answer = Answer(
                    upstream.status_code,
                    {
                        k: v
                        for k, v in upstream.headers.items()
                        if k.lower() not in ("content-length", "connection", "transfer-encoding", "content-encoding")
                    },
                    upstream.content,
                )
                path = self.path.split("?", 1)[0]
                for method, pattern, rewrite in proxy.rules:
                    if method == self.command and pattern.fullmatch(path):
                        key = f"{method} {pattern.pattern}"
                        proxy.hits[key] = proxy.hits.get(key, 0) + 1
                        answer = rewrite(self.command, self.path, answer) or answer
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if answer.truncate_to is not None:
                    self.wfile.write(answer.body[: answer.truncate_to])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_DELETE = _relay

        self._server = QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def on(self, method: str, path_regex: str, rewrite: Rewrite) -> None:
        self.rules.append((method, re.compile(path_regex), rewrite))

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
