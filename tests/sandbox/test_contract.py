"""The contract copy in docs/platform-api/ is the one the platform publishes, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers.contract import CONTRACT_DIR

#: Where the platform publishes the contract, next to this repository (absent from a lone clone).
SHARED_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "platform-api"
#: Our note in the copy saying where it comes from; not part of the contract.
POINTER = "SOURCE.md"


def _files(directory: Path) -> dict[str, Path]:
    """The files under ``directory`` by relative POSIX path."""
    return {path.relative_to(directory).as_posix(): path for path in directory.rglob("*") if path.is_file()}


def test_the_copy_travels_with_the_code() -> None:
    spec = yaml.safe_load((CONTRACT_DIR / "openapi.yaml").read_text(encoding="utf-8"))
    assert spec["openapi"].startswith("3.")
    assert "/v1/pki/crl" in spec["paths"]
    assert (CONTRACT_DIR / "README.md").read_text(encoding="utf-8").startswith("# Arbitration Platform API")
    assert (CONTRACT_DIR / POINTER).is_file()


def test_the_copy_is_identical_to_the_published_contract() -> None:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"no published contract at {SHARED_DIR} to compare the copy with (a clone on its own)")
    published = _files(SHARED_DIR)
    copied = {name: path for name, path in _files(CONTRACT_DIR).items() if name != POINTER}
    assert sorted(copied) == sorted(published), f"the files of {CONTRACT_DIR} differ from those of {SHARED_DIR}"
    differing = [name for name, path in published.items() if path.read_bytes() != copied[name].read_bytes()]
    assert not differing, f"copy {', '.join(differing)} from {SHARED_DIR} to {CONTRACT_DIR} unchanged"
