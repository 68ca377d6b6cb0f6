"""The sandbox on a real PostgreSQL server (a shared training sandbox): it conforms to the contract,
several desks sync from it at once, `--reset` rebuilds the database with the files, and a database
is never served with another data directory's files.

Needs a server: `ARBITRATION_DESK_TEST_POSTGRES` is a SQLAlchemy URL of a role that may create
databases (`.ci/run` starts Debian's PostgreSQL and sets it); each test gets a database of its own.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from arbitration_desk.sandbox.server import SandboxError
from arbitration_desk.store.states import EvidenceState
from arbitration_desk.sync.report import SyncReport
from helpers.desk import server_view, signed_in, sync
from helpers.sandbox import sandbox_process, start_sandbox
from helpers.schemathesis_run import run_schemathesis

ADMIN_URL = os.environ.get("ARBITRATION_DESK_TEST_POSTGRES", "")
pytestmark = pytest.mark.skipif(
    not ADMIN_URL, reason="no PostgreSQL server: set ARBITRATION_DESK_TEST_POSTGRES (.ci/run does)"
)


@pytest.fixture
def database() -> Iterator[str]:
    """The URL of a new, empty database, dropped afterwards."""
    name = f"sandbox_test_{secrets.token_hex(6)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_conforms_and_serves_several_desks_at_once(database: str, tmp_path: Path) -> None:
    server = start_sandbox(
        tmp_path / "sandbox", cases=6, database_url=database, rate_limit=0, world_options={"appeals": 3}
    )
    try:
        run_schemathesis(server.url, "chair", tmp_path, "examples,coverage", "10")
        members = ("chair", "member1", "member2", "wchen")
        reports: dict[str, SyncReport] = {}
        homes = {name: tmp_path / f"home-{name}" for name in members}
        sessions = {name: signed_in(homes[name], server.url, name) for name in members}

        def run(name: str) -> None:
            store, client = sessions[name]
            reports[name] = sync(store, client)

        threads = [threading.Thread(target=run, args=(name,)) for name in members]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        for name in members:
            assert reports[name].ok, (name, reports[name].failures)
            store, client = sessions[name]
            expected = server_view(server, name)
            assert {row.case_id for row in store.reads.list_cases()} == set(expected), name
            for case_id, data in expected.items():
                assert store.reads.case_detail(case_id).case == data["case"]
                for row in store.reads.evidence(case_id):
                    assert row.state == EvidenceState.VERIFIED
                    assert row.sha256 == data["contents"][row.evidence_id]
            store.close()
            client.close()
    finally:
        server.stop()


def test_reset_rebuilds_the_database_with_the_files(database: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "sandbox"
    first = start_sandbox(data_dir, cases=2, database_url=database)
    old_ca = requests.get(f"{first.url}/v1/pki/ca", timeout=10).content
    first.stop()
    # another data directory: the database's world is never served with new files and a new CA
    with pytest.raises(SandboxError, match=r"not in .*--reset"):
        start_sandbox(tmp_path / "elsewhere", cases=2, database_url=database)
    # `arbitration-desk sandbox --reset` wipes both halves: a new world, consistent, every download answers
    with sandbox_process(data_dir, cases=2, options=("--database-url", database, "--reset")) as url:
        ca = requests.get(f"{url}/v1/pki/ca", timeout=10)
        assert ca.ok and ca.content != old_ca  # a world built anew, with its own CA
        store, client = signed_in(tmp_path / "home", url)
        report = sync(store, client)
        assert report.ok, report.failures
        evidence = [row for case in store.reads.list_cases() for row in store.reads.evidence(case.case_id)]
        assert evidence and all(row.state == EvidenceState.VERIFIED for row in evidence)
        store.close()
        client.close()
    assert (data_dir / "pki").is_dir()  # rebuilt in the same data directory
