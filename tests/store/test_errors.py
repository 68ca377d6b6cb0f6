"""store/errors.py: every failure that leaves the store is a StoreError, worded for the member."""

from __future__ import annotations

import pytest

from arbitration_desk.store.errors import CaseNotFoundError, SchemaError, SchemaTooNewError, StoreError
from arbitration_desk.store.store import Store


@pytest.mark.usefixtures("member_cases")
def test_errors_are_store_errors(store: Store) -> None:
    for call in (
        lambda: store.work.edit_annotation("cs_404", "a", "b"),
        lambda: store.outbox.delivered(12345),
        lambda: store.work.submit_vote("cs_404"),
    ):
        with pytest.raises(StoreError):
            call()


def test_the_messages_say_what_is_wrong_and_what_to_do() -> None:
    too_new = SchemaTooNewError(9, 6)
    assert isinstance(too_new, SchemaError) and isinstance(too_new, StoreError)
    assert (too_new.found, too_new.supported) == (9, 6)
    assert str(too_new) == (
        "the local database has schema version 9, newer than this application supports (6);"
        " update the application or sign out to start afresh"
    )
    missing = CaseNotFoundError("cs_\n1")
    assert missing.case_id == "cs_\n1" and str(missing) == "case not in the local store: 'cs_\\n1'"
