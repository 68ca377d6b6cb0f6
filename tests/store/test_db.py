"""store/db.py: database errors become StoreError, bugs in our own code stay what they are."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from arbitration_desk.store import db
from arbitration_desk.store.errors import StoreError


@pytest.mark.parametrize(
    "failure",
    [
        sqlite3.OperationalError("database is locked"),
        OperationalError("UPDATE cases", {}, sqlite3.OperationalError("disk I/O error")),
        KeyError("version"),  # a payload without a field the store needs
        ValueError("invalid literal for int() with base 10: 'x'"),
    ],
)
def test_database_and_data_errors_become_a_store_error(failure: Exception) -> None:
    with pytest.raises(StoreError, match="storing the case failed") as info, db.translate_errors("storing the case"):
        raise failure
    assert info.value.__cause__ is failure


@pytest.mark.parametrize("bug", [AttributeError("'NoneType' object has no attribute 'id'"), TypeError("bad operand")])
def test_bugs_propagate_as_themselves(bug: Exception) -> None:
    # An AttributeError or TypeError is a defect of the desk's code: calling it "malformed data"
    # would send the member looking at the platform for a fault that is ours.
    with pytest.raises(type(bug)) as info, db.translate_errors("storing the case"):
        raise bug
    assert info.value is bug
