"""Start an in-process sandbox platform on 127.0.0.1 and talk to it (shared by every test layer)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from arbitration_desk.sandbox.server import SandboxServer

DEMO_PASSWORD = "demo"


def start_sandbox(data_dir: Path, *, cases: int = 6, seed: int = 1, **options: Any) -> SandboxServer:
    """A started SandboxServer on a free port with a small demo world in ``data_dir``.

    Extra keyword arguments go to SandboxServer (faults, rate_limit, access_ttl, world_options, ...).
    The caller stops it (``server.stop()``) or uses it as a context manager.
    """
    options.setdefault("quiet", True)
    return SandboxServer(data_dir, cases=cases, seed=seed, **options).start()


def sign_in(server: SandboxServer, username: str, password: str = DEMO_PASSWORD) -> dict[str, Any]:
    """Signs ``username`` in over HTTP (filling in the one-time password when the account needs one)."""
    body: dict[str, Any] = {"grant_type": "password", "username": username, "password": password}
    if server.control.member(username).get("otp_secret"):
        body["otp"] = server.control.otp_code(username)
    with requests.Session() as session:
        response = session.post(f"{server.url}/v1/auth/token", json=body, timeout=10)
    response.raise_for_status()
    tokens: dict[str, Any] = response.json()
    return tokens


@dataclass
class ApiSession:
    """A requests session bound to one sandbox and one member's access token."""

    url: str
    access_token: str
    refresh_token: str = ""
    session: requests.Session = field(default_factory=requests.Session)

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.access_token}", **kwargs.pop("headers", {})}
        kwargs.setdefault("timeout", 10)
        return self.session.request(method, self.url + path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", path, **kwargs)

    def close(self) -> None:
        self.session.close()


def api_session(server: SandboxServer, username: str) -> ApiSession:
    tokens = sign_in(server, username)
    return ApiSession(server.url, tokens["access_token"], tokens["refresh_token"])


PROBLEMS = "https://api.arbitration.example/problems/"


def expect_problem(response: requests.Response, status: int, name: str) -> dict[str, Any]:
    """Asserts an RFC 9457 problem of type ``name`` with ``status`` and a request ID; returns its body."""
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.headers["X-Request-Id"].startswith("req_")
    body: dict[str, Any] = response.json()
    assert body["type"] == PROBLEMS + name
    assert body["status"] == status
    return body


def issue_certificate(session: ApiSession) -> x509.Certificate:
    """A fresh signing certificate for the session's member (a chair), over HTTP."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(x509.Name([])).sign(key, hashes.SHA256())
    answer = session.post(
        "/v1/me/signing-certificate", json={"csr_pem": csr.public_bytes(serialization.Encoding.PEM).decode()}
    )
    assert answer.status_code == 201, answer.text
    return x509.load_pem_x509_certificate(answer.json()["certificate_pem"].encode())


@contextmanager
def sandbox_process(
    data_dir: Path,
    *,
    cases: int = 6,
    seed: int = 1,
    rate_limit: float | None = None,
    appeals: int = 0,
    options: Sequence[str] = (),
    **world: int,
) -> Iterator[str]:
    """The sandbox in a process of its own, as a platform is (its work does not share the caller's
    interpreter lock); yields its URL once it answers.

    Args:
        rate_limit: requests per second per token (None: the contract's; 0: no limit).
        appeals: appeal scenarios after the cases (the command's default is 3; here none unless asked).
        options: more of the command's arguments, as given (``("--database-url", url, "--reset")``).
        world: more of the sandbox's world options (``messages_per_case=5`` → ``--messages-per-case 5``).
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "arbitration_desk", "sandbox", "--port", str(port), "--data-dir", str(data_dir)]
    command += ["--cases", str(cases), "--seed", str(seed), "--appeals", str(appeals)]
    if rate_limit is not None:
        command += ["--rate-limit", str(rate_limit)]
    for name, value in world.items():
        command += [f"--{name.replace('_', '-')}", str(value)]
    command += list(options)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 900  # a large world takes minutes to build
        while True:
            try:
                requests.get(f"{url}/v1/pki/ca", timeout=2)
                break
            except (requests.ConnectionError, requests.Timeout):  # not bound yet, or still loading its world
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the sandbox process did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(30)
