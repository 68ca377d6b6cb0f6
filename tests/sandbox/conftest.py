"""One shared sandbox per test session (the world loads once); tests that mutate use their own cases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from helpers.sandbox import ApiSession, api_session, start_sandbox


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A running sandbox with a 6-case world and no rate limit (shared; do not mutate case state)."""
    server = start_sandbox(Path(tmp_path_factory.mktemp("sandbox")), cases=6, rate_limit=0)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sessions(sandbox: SandboxServer) -> Iterator[dict[str, ApiSession]]:
    """Signed-in sessions of chair, member1, member2, legal and otpmember on the shared sandbox."""
    found = {name: api_session(sandbox, name) for name in ("chair", "member1", "member2", "legal", "otpmember")}
    try:
        yield found
    finally:
        for session in found.values():
            session.close()


@pytest.fixture
def own_sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    """A private 3-case sandbox for tests that change state."""
    server = start_sandbox(tmp_path / "sandbox", cases=3, rate_limit=0)
    try:
        yield server
    finally:
        server.stop()
