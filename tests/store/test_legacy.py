"""store/legacy.py: a home from before encryption is converted on first start, and survives kill -9."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from arbitration_desk.domain.enums import VoteOutcome
from arbitration_desk.domain.money import Money
from arbitration_desk.store import testing as t
from arbitration_desk.store.home import HomeMarker
from arbitration_desk.store.legacy import is_plain_database
from arbitration_desk.store.states import EvidenceState
from arbitration_desk.store.store import DB_NAME, HomeOpening, Store
from helpers.desk import cli_env
from helpers.home_scan import readable_traces
from helpers.keyring_swap import file_keyring
from helpers.stores import open_plain_store, open_store

NOTE = "private note: the seller's tracking number looks reused"
MESSAGE = "Mi extracto bancario muestra el cargo duplicado"
PDF = b"%PDF-1.7 signed ruling of the chair"


def _photo(n: int, size: int) -> bytes:
    head = b"\x89PNG\r\n\x1a\n" + n.to_bytes(4, "big")
    return head + random.Random(n).randbytes(size - len(head))


def _plain_home(home: Path, evidence: int = 3, size: int = 20_000) -> dict[str, object]:
    """A home as the previous version left it, with unsent work of every kind; returns what to check."""
    photos = [_photo(n, size) for n in range(evidence)]
    items = [t.evidence_item(f"ev{n}", photo, title=f"Receipt photo {n}") for n, photo in enumerate(photos)]
    with open_plain_store(home) as store:
        store.sync.set_member("m_me")
        store.sync.apply_case_page([t.case_summary("cs_1")], [], "c")
        store.sync.store_case(t.full_case("cs_1", evidence=items))
        store.sync.store_messages("cs_1", [t.message("m1", MESSAGE)], "mc")
        assert store.search.index_messages() == 1
        for photo in photos:
            sha = hashlib.sha256(photo).hexdigest()
            assert store.blobs.store_complete(sha, photo).verified
            store.sync.mark_evidence_verified(sha)
        store.work.create_note("cs_1", {"type": "case"}, NOTE)
        store.work.create_annotation("cs_1", {"type": "case"}, "Shared point for the panel")
        store.work.save_vote_draft("cs_1", VoteOutcome.FAVOR_BUYER, Money(Decimal("12.50"), "EUR"), "Draft reason")
        store.work.queue_ruling(
            "cs_1",
            {"outcome": "favor_buyer", "document_sha256": hashlib.sha256(PDF).hexdigest()},
            PDF,
            str(uuid.uuid4()),
        )
        outbox = store.outbox.count()
    (home / "blobs" / "staging").mkdir(exist_ok=True)
    (home / "blobs" / "staging" / "partial").write_bytes(photos[0][:5000])  # a download under way
    (home / "cache" / "thumbnails").mkdir(parents=True)
    (home / "cache" / "thumbnails" / "x-96.png").write_bytes(b"\x89PNG\r\n\x1a\nthumbnail")
    assert is_plain_database(home / DB_NAME)
    return {"photos": photos, "outbox": outbox}


def _check_converted(store: Store, expected: dict[str, object]) -> None:
    assert [row.case_id for row in store.reads.list_cases()] == ["cs_1"]
    assert store.outbox.count() == expected["outbox"]
    notes = [a.body for a in store.reads.annotations("cs_1") if a.private]
    assert notes == [NOTE]
    draft = store.reads.vote_draft("cs_1")
    assert draft is not None and draft.rationale == "Draft reason"
    photos = expected["photos"]
    assert isinstance(photos, list)
    for photo in photos:
        with store.blobs.open_verified(hashlib.sha256(photo).hexdigest()) as handle:
            assert handle.read() == photo
    assert [hit.item_id for hit in store.search.search("extracto")] == ["m1"]


def test_a_plain_home_is_converted_with_all_unsent_work_and_nothing_readable_is_left(tmp_path: Path) -> None:
    home = tmp_path / "home"
    expected = _plain_home(home)
    with open_store(home) as store:
        assert store.opening is HomeOpening.MIGRATED
        _check_converted(store, expected)
    marker = HomeMarker.load(home)
    assert marker is not None and not marker.migrating
    assert not is_plain_database(home / DB_NAME)
    assert readable_traces(home, [NOTE, MESSAGE, "Receipt photo", "Draft reason"]) == []
    with open_store(home) as store:
        assert store.opening is HomeOpening.OPENED


def test_a_damaged_plain_evidence_file_is_deleted_and_its_item_fetched_again(tmp_path: Path) -> None:
    """A plain file whose content no longer has its name's hash cannot be sealed as that content;
    it must not stay readable in the converted home, and its item must not claim a file it lacks."""
    home = tmp_path / "home"
    expected = _plain_home(home)
    photos = expected["photos"]
    assert isinstance(photos, list)
    damaged_sha = hashlib.sha256(photos[1]).hexdigest()
    damaged = home / "blobs" / "verified" / damaged_sha[:2] / damaged_sha
    damaged.write_bytes(photos[1][:-1] + b"!")  # one byte flipped on disk, PNG magic intact
    with open_store(home) as store:
        assert store.opening is HomeOpening.MIGRATED
        states = {row.sha256: row.state for row in store.reads.evidence("cs_1")}
        assert states[damaged_sha] is EvidenceState.PENDING
        assert [row.sha256 for row in store.sync.evidence_to_download("cs_1")] == [damaged_sha]
        for photo in (photos[0], photos[2]):
            sha = hashlib.sha256(photo).hexdigest()
            assert states[sha] is EvidenceState.VERIFIED
            with store.blobs.open_verified(sha) as handle:
                assert handle.read() == photo
    assert not damaged.exists()
    assert readable_traces(home, [NOTE, MESSAGE, "Receipt photo"]) == []


CONVERT = """
import sys
from pathlib import Path
from arbitration_desk.platform.credentials import HomeKeyring
from arbitration_desk.store.store import Store
Store.open(Path(sys.argv[1]), HomeKeyring()).close()
"""


@pytest.mark.slow
def test_the_conversion_survives_kill_9_at_any_moment(tmp_path: Path) -> None:
    template = tmp_path / "template"
    expected = _plain_home(template, evidence=60, size=400_000)
    keyring_file = tmp_path / "keyring.json"
    env = cli_env(keyring_file)

    def convert(home: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-c", CONVERT, str(home)], env=env, stderr=subprocess.DEVNULL)

    timing = tmp_path / "timing"
    shutil.copytree(template, timing)
    started = time.monotonic()
    assert convert(timing).wait(120) == 0
    whole = time.monotonic() - started
    rng = random.Random(20261207)
    for attempt in range(4):
        home = tmp_path / f"home{attempt}"
        shutil.copytree(template, home)
        for _kill in range(3):  # killed up to three times in a row, each time further in
            process = convert(home)
            time.sleep(rng.uniform(0.05, whole))
            os.kill(process.pid, signal.SIGKILL)
            process.wait(30)
        assert convert(home).wait(120) == 0, f"attempt {attempt}"
        with file_keyring(keyring_file), open_store(home) as store:
            assert store.opening is HomeOpening.OPENED
            _check_converted(store, expected)
        assert readable_traces(home, [NOTE, MESSAGE, "Receipt photo"]) == [], f"attempt {attempt}"
