"""Test-wide setup: offscreen Qt, an in-memory keyring, and `tests/` on sys.path for `helpers`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Must be set before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

TESTS_DIR = Path(__file__).resolve().parent
if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))

import pytest  # noqa: E402

from helpers.exclusive import held, lock_dir  # noqa: E402
from helpers.keyring_backend import MemoryKeyring  # noqa: E402
from helpers.keyring_swap import installed_keyring  # noqa: E402


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    """Under pytest-xdist, a test marked ``exclusive`` (it measures time) runs with no other beside it."""
    workerinput = getattr(item.config, "workerinput", None)
    if workerinput is None:
        return (yield)
    with held(lock_dir(str(workerinput["testrunuid"])), exclusive=item.get_closest_marker("exclusive") is not None):
        return (yield)


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Every test gets a fresh in-memory credential store (headless machines have none)."""
    with installed_keyring(MemoryKeyring()) as backend:
        yield backend
