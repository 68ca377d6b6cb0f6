"""store/home.py and Store.open: the home's key, a gone key, a key kept elsewhere, erasing that fails closed."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from keyring.backends import fail

from arbitration_desk.domain.phrases import Phrase, phrase, phrase_of
from arbitration_desk.platform.credentials import HomeKeyring
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.home import MARKER, EraseReport, HomeMarker, HomeMarkerError, erase_case_data
from arbitration_desk.store.keys import KeyUnavailableError
from arbitration_desk.store.legacy import is_plain_database
from arbitration_desk.store.store import DB_NAME, EraseIncompleteError, HomeOpening, Store
from helpers.keyring_backend import MemoryKeyring
from helpers.keyring_swap import installed_keyring
from helpers.stores import open_store

SECRET = "the buyer's bank statement says 4411"


def _fill(store: Store) -> None:
    store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
    store.sync.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev1", b"%PDF-1.7 statement")]))
    store.sync.store_messages("cs_1", [t.message("m1", SECRET)], "mc")


def test_a_new_home_gets_a_key_in_the_credential_store_and_an_encrypted_database(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        assert store.opening is HomeOpening.NEW
        _fill(store)
    marker = HomeMarker.load(home)
    assert marker is not None and marker.key_source == "credential-store" and not marker.migrating
    entries = [name for (service, name) in memory_keyring.secrets if service == "arbitration-desk"]
    assert entries == [f"home/{marker.home_id}/data-key"]
    assert not is_plain_database(home / DB_NAME)
    assert SECRET.encode() not in (home / DB_NAME).read_bytes()
    assert set(json.loads((home / MARKER).read_text())) == {"format", "home_id", "key_source", "migrating"}
    with open_store(home) as store:
        assert store.opening is HomeOpening.OPENED
        assert store.reads.case_detail("cs_1").row.case_id == "cs_1"


def test_a_home_whose_key_is_gone_is_recognised_erased_and_starts_afresh(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
    memory_keyring.secrets.clear()  # the keyring was reset, or the home came from another machine
    with open_store(home) as store:
        assert store.opening is HomeOpening.KEY_GONE
        assert store.reads.list_cases() == []
        _fill(store)  # usable at once, under a new key
    assert len(memory_keyring.secrets) == 1


def test_a_lost_marker_makes_the_data_unreadable_and_it_is_erased(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
    (home / MARKER).unlink()
    with open_store(home) as store:
        assert store.opening is HomeOpening.KEY_GONE and store.reads.list_cases() == []


def test_without_a_credential_store_nothing_is_opened_or_changed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
    before = {path: path.read_bytes() for path in home.rglob("*") if path.is_file()}
    with installed_keyring(fail.Keyring(), named=False), pytest.raises(KeyUnavailableError, match="credential store"):
        open_store(home)
    assert {path: path.read_bytes() for path in home.rglob("*") if path.is_file()} == before


def test_a_home_whose_key_is_kept_elsewhere_is_refused_not_erased(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
    marker = HomeMarker.load(home)
    assert marker is not None
    HomeMarker(marker.home_id, "demo-file").save(home)
    with pytest.raises(HomeMarkerError, match="a demo home opens only with --demo"):
        open_store(home)
    HomeMarker(marker.home_id, "credential-store").save(home)
    with open_store(home) as store:
        assert [row.case_id for row in store.reads.list_cases()] == ["cs_1"]


def test_erase_deletes_the_key_first_then_the_files_and_the_store_goes_on_under_a_new_key(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
        first = HomeMarker.load(home)
        store.erase()
        second = HomeMarker.load(home)
        assert first is not None and second is not None and first.home_id != second.home_id
        assert HomeKeyring().load(first.home_id) is None
        assert store.reads.list_cases() == []
        _fill(store)
        assert [row.case_id for row in store.reads.list_cases()] == ["cs_1"]


def test_erasing_without_a_credential_store_still_leaves_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
    with installed_keyring(fail.Keyring(), named=False):
        report = erase_case_data(home, HomeKeyring())
    assert report.complete and not report.key_deleted and report.remaining == []
    assert "could not be deleted from the credential store" in str(report.describe())
    assert "Nothing readable remains" in str(report.describe())
    assert sorted(path.name for path in home.iterdir()) == []


def test_erasing_a_home_with_a_damaged_marker_removes_the_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
    (home / MARKER).write_text("{not json")
    report = erase_case_data(home, HomeKeyring())
    assert report.complete and not any(home.iterdir())


def test_when_files_cannot_be_removed_the_deleted_key_leaves_them_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    with open_store(home) as store:
        _fill(store)
    marker = HomeMarker.load(home)
    assert marker is not None

    def read_only(path: object, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(os, "unlink", read_only)
    monkeypatch.setattr(os, "rmdir", read_only)
    report = erase_case_data(home, HomeKeyring())
    monkeypatch.undo()
    assert report.key_deleted and report.remaining and report.complete
    assert HomeKeyring().load(marker.home_id) is None
    text = str(report.describe())
    assert "Read-only file system" in text and "encrypted with a key that no longer exists" in text
    with open_store(home) as store:  # the next start recognises the gone key and clears up
        assert store.opening is HomeOpening.KEY_GONE


def test_a_report_of_neither_key_nor_files_removed_says_the_data_is_still_readable() -> None:
    report = EraseReport(key_deleted=False, key_problem="no keyring", remaining=[Path("/h/desk.sqlite3")])
    assert not report.complete
    text = str(report.describe())
    assert "still readable" in text and "/h/desk.sqlite3" in text


def test_the_report_is_whole_sentences_to_translate_and_the_same_english() -> None:
    """Each sentence of the report is a phrase of its own (Chinese joins them without a space); the
    system's words go in as fields; the English is the sentences joined with spaces, as it always was."""
    files = [Path(f"/h/f{index}") for index in range(7)]
    report = EraseReport(key_deleted=False, key_problem="no keyring", remaining=files, file_problem="Permission denied")
    said = report.describe()
    assert said.template == "{first} {second}"
    first, outcome = said.values["first"], said.values["second"]
    assert isinstance(first, Phrase) and isinstance(outcome, Phrase)
    key, removed = first.values["first"], first.values["second"]
    assert isinstance(key, Phrase) and key.values == {"problem": "no keyring"}
    assert isinstance(removed, Phrase) and removed.count == 2
    assert removed.template == "These files could not be removed ({problem}): {files} and %n more."
    assert outcome.template.startswith("The case data is still readable with that key.")
    assert str(said) == (
        "The home's data key could not be deleted from the credential store (no keyring). "
        "These files could not be removed (Permission denied): /h/f0, /h/f1, /h/f2, /h/f3, /h/f4 and 2 more. "
        "The case data is still readable with that key. Make the home writable and sign out again, "
        "or delete the folder by hand and remove the entry 'arbitration-desk' from the credential store."
    )
    assert str(EraseReport(key_deleted=True).describe()) == "The local case data was erased."
    one = EraseReport(key_deleted=True, remaining=files[:1], file_problem="Permission denied")
    assert str(one.describe()) == (
        "These files could not be removed (Permission denied): /h/f0. Nothing readable remains: the files "
        "left are encrypted with a key that no longer exists; the desk removes them at its next start, or "
        "delete them by hand."
    )
    incomplete = EraseIncompleteError(one, also=["the session file could not be removed (Busy); it holds no secret"])
    assert phrase_of(incomplete) == phrase(
        "StoreError",
        "{first} Also: {more}.",
        first=one.describe(),
        more="the session file could not be removed (Busy); it holds no secret",
    )
    assert str(incomplete) == (
        f"{one.describe()} Also: the session file could not be removed (Busy); it holds no secret."
    )


def test_a_key_problem_of_ours_stays_a_phrase_in_the_report(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / MARKER).write_text("{not json")
    report = erase_case_data(home, None)
    assert isinstance(report.key_problem, Phrase) and report.key_problem.template == "{path} cannot be read ({error})"
    assert str(report.key_problem).startswith(f"{home / MARKER} cannot be read (")


def test_an_incomplete_erase_of_an_open_store_raises_and_says_what_remains(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    store = open_store(home)
    _fill(store)

    def read_only(path: object, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(os, "unlink", read_only)
    with pytest.raises(EraseIncompleteError, match="Read-only file system") as caught:
        store.erase()
    monkeypatch.undo()
    assert caught.value.report.key_deleted
    with pytest.raises(StoreError, match="closed"):
        store.reads.list_cases()
    store.close()
