"""Fixtures of the rulings tests: the sandbox PKI in-process, a chair identity, signed sample rulings."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from rulings.samples import CHAIR_ID, make_draft

from arbitration_desk.rulings.compose import compose_ruling
from arbitration_desk.rulings.csr import SigningIdentity, build_csr
from arbitration_desk.rulings.keys import SoftwareKey
from arbitration_desk.rulings.sign import sign_pdf
from arbitration_desk.sandbox.pki import SandboxPki


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> SandboxPki:
    return SandboxPki.load_or_create(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def foreign_pki(tmp_path_factory: pytest.TempPathFactory) -> SandboxPki:
    return SandboxPki.load_or_create(tmp_path_factory.mktemp("foreign-pki"))


def identity_from(pki: SandboxPki, member_id: str = CHAIR_ID, **bounds: datetime) -> SigningIdentity:
    key = SoftwareKey(ec.generate_private_key(ec.SECP256R1()))
    issued = pki.issue_certificate(build_csr(key), member_id, "Ana Ribeiro", **bounds)
    return SigningIdentity(key, issued.certificate_pem, tuple(issued.chain_pem))


@pytest.fixture(scope="session")
def identity(pki: SandboxPki) -> SigningIdentity:
    return identity_from(pki)


@pytest.fixture(scope="session")
def signed_ruling(pki: SandboxPki, identity: SigningIdentity) -> Callable[[str], bytes]:
    """Signed (B-T) sample rulings by language, made once per session."""
    cache: dict[str, bytes] = {}

    def make(lang: str) -> bytes:
        if lang not in cache:
            cache[lang] = sign_pdf(compose_ruling(make_draft(lang)), identity, pki.timestamp)
        return cache[lang]

    return make


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def _write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write


def now() -> datetime:
    return datetime.now(UTC)


def next_second() -> None:
    """Waits for the next whole second: CRL and time-stamp times have whole seconds, so a revocation
    made after this falls in a later second than a signature made before it."""
    start = datetime.now().second
    while datetime.now().second == start:
        time.sleep(0.01)
