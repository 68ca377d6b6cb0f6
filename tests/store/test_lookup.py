"""store/lookup.py: the small lookups every store module shares (cases by ID, sync-state values)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from arbitration_desk.store import db, lookup
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import CaseNotFoundError
from arbitration_desk.store.store import DB_NAME, Store


@pytest.fixture
def engine(store: Store) -> Iterator[Engine]:
    """An engine on the store's database, with ``cs_1`` stored."""
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    engine = db.create_sqlite_engine(store.home / DB_NAME, store.key, connections=1)
    try:
        yield engine
    finally:
        engine.dispose()


def test_a_case_is_found_by_its_id_or_reported_missing(engine: Engine) -> None:
    with db.read_session(engine) as session:
        case = lookup.case_by_id(session, "cs_1")
        assert case.case_id == "cs_1" and lookup.find_case(session, "cs_1") is case
        assert lookup.find_case(session, "cs_2") is None
        with pytest.raises(CaseNotFoundError) as missing:
            lookup.case_by_id(session, "cs_2")
        assert missing.value.case_id == "cs_2"
        assert lookup.unsent_count(session, case.id) == 0
        row_id = case.id
    with db.read_connection(engine) as connection:
        assert lookup.case_pk(connection, "cs_1") == row_id
        with pytest.raises(CaseNotFoundError):
            lookup.case_pk(connection, "cs_2")


def test_a_state_value_is_set_replaced_and_removed(engine: Engine) -> None:
    with db.write_session(engine) as session:
        assert lookup.get_state(session, "probe") is None
        lookup.set_state(session, "probe", "one")
        lookup.set_state(session, "probe", "two")
    with db.write_session(engine) as session:
        assert lookup.get_state(session, "probe") == "two"
        lookup.set_state(session, "probe", None)
        lookup.set_state(session, "absent", None)  # removing what is not there: no error
    with db.read_session(engine) as session:
        assert lookup.get_state(session, "probe") is None and lookup.get_state(session, "absent") is None
