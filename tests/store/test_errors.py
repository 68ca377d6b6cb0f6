"""store/errors.py: every failure that leaves the store is a StoreError, worded for the member."""

from __future__ import annotations

import sqlite3

import pytest

from arbitration_desk.domain.phrases import phrase, phrase_of
from arbitration_desk.store import db
from arbitration_desk.store.blobs import check_sha256
from arbitration_desk.store.errors import (
    CaseNotFoundError,
    InvalidBlobNameError,
    NotFoundError,
    SchemaError,
    SchemaTooNewError,
    StoreError,
)
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


def test_the_errors_carry_their_phrase_and_the_same_english() -> None:
    """The GUI shows a store error in the desk's language (``explain``); the CLI its English ``str``."""
    missing = CaseNotFoundError("cs_1")
    assert phrase_of(missing) == phrase("StoreError", "case not in the local store: {case}", case="'cs_1'")
    too_new = phrase_of(SchemaTooNewError(9, 6))
    assert too_new is not None and too_new.values == {"found": 9, "supported": 6}
    with pytest.raises(InvalidBlobNameError) as bad_name:
        check_sha256("ABC")
    said = phrase_of(bad_name.value)
    assert said is not None and said.template == "not a lowercase hex SHA-256: {text}"
    assert str(bad_name.value) == "not a lowercase hex SHA-256: 'ABC'"
    assert phrase_of(StoreError("not ours")) is None


def test_a_database_failure_names_the_action_as_a_phrase_and_the_library_text_as_it_is() -> None:
    action = phrase("StoreError", "storing a case")
    with pytest.raises(StoreError) as info, db.translate_errors(action):
        raise sqlite3.OperationalError("database is locked")
    said = phrase_of(info.value)
    assert said == phrase("StoreError", "{action} failed: {error}", action=action, error="database is locked")
    assert str(info.value) == "storing a case failed: database is locked"


@pytest.mark.usefixtures("member_cases")
def test_a_refusal_of_the_store_is_a_phrase(store: Store) -> None:
    with pytest.raises(StoreError) as info:
        store.work.submit_vote("cs_404")
    assert phrase_of(info.value) is not None
    with pytest.raises(NotFoundError) as missing:
        store.outbox.delivered(12345)
    said = phrase_of(missing.value)
    assert said is not None and said.template == "no outbox item {item}" and said.values == {"item": 12345}
    assert str(missing.value) == "no outbox item 12345"
