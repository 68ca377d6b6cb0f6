"""The sandbox conforms to the platform contract, checked by schemathesis against the contract file.

The reference is the contract file itself (`docs/platform-api/openapi.yaml`, the copy of
`../shared/platform-api/` that travels with the code), never a schema generated from our code.
Schemathesis generates requests from it (examples, boundary values, random and invalid data, and
link-driven sequences) and checks every answer's status, headers, content type and body against the
contract.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arbitration_desk.sandbox.server import SandboxServer
from helpers.schemathesis_run import run_schemathesis


@pytest.fixture(scope="module")
def conformance_server(tmp_path_factory: pytest.TempPathFactory) -> SandboxServer:
    data_dir = tmp_path_factory.mktemp("conformance-sandbox")
    # A generous rate limit: the limit itself is tested elsewhere, and 429s would hide other answers.
    # With the appeal scenarios: appeal cases, under_appeal cases and appeal_of on rulings are checked too.
    server = SandboxServer(data_dir, cases=6, rate_limit=10_000, seed=7, world_options={"appeals": 3})
    server.start()
    try:
        yield server
    finally:
        server.stop()


#: The chair's run goes through every phase; legal staff's (the same operations and checks, other
#: rows visible) through the examples and the boundary values only: fuzzing and stateful sequences
#: a second time cost half a minute of the CI budget for requests of the same shapes.
PHASES = {"chair": ("examples,coverage,fuzzing,stateful", "25"), "legal": ("examples,coverage", "10")}


@pytest.mark.slow
@pytest.mark.parametrize("username", ["chair", "legal"])
def test_sandbox_conforms_to_the_contract(conformance_server: SandboxServer, username: str, tmp_path: Path) -> None:
    run_schemathesis(conformance_server.url, username, tmp_path, *PHASES[username])
