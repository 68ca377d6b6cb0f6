"""Fixtures of the store tests: a real store (SQLite and blob files) in the test's tmp_path.

* ``store``: an empty store in ``tmp_path / "home"``, closed after the test. A test module whose
  tests all need the same data overrides it with a fixture of its own.
* ``member_cases``: the member ``m_me`` signed in, with ``cs_1`` in deliberation and ``cs_2``
  decided (the world of the member's own changes); ask for it with
  ``@pytest.mark.usefixtures("member_cases")``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from arbitration_desk.store import testing as t
from arbitration_desk.store.store import Store
from helpers.stores import open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        yield opened


@pytest.fixture
def member_cases(store: Store) -> None:
    store.sync.set_member("m_me")
    store.sync.apply_case_page([t.case_summary("cs_1"), t.case_summary("cs_2", status="decided")], [], "c")
