"""store/case_bundle.py: a case's panels' data in one read, equal to the separate reads it replaces."""

from __future__ import annotations

import pytest

from arbitration_desk.domain.money import Money
from arbitration_desk.store import testing as t
from arbitration_desk.store.errors import CaseNotFoundError
from arbitration_desk.store.records import CaseDetail
from arbitration_desk.store.store import Store
from helpers.case_world import add_verified
from helpers.store_reads import ReadCounter

NOW = t.BASE_TIME


@pytest.mark.usefixtures("member_cases")
def test_bundle_holds_what_the_separate_reads_return(store: Store) -> None:
    content = b"a photo"
    store.sync.store_case(t.full_case("cs_1", evidence=[t.evidence_item("ev_1", content, title="Label")]))
    add_verified(store, content)
    store.sync.store_votes("cs_1", t.vote_board(cast=2), now=NOW)
    store.sync.apply_annotations("cs_1", [t.annotation("an_1", "Seen.")], [], t.ts())
    store.work.create_note("cs_1", {"type": "evidence", "id": "ev_1"}, "Mine.", now=NOW)
    store.work.save_vote_draft("cs_1", "split", Money.parse("10", "EUR"), "Both.", now=NOW)
    read_ahead: list[CaseDetail] = []
    with ReadCounter(store) as counter:
        bundle = store.reads.case_bundle("cs_1", on_detail=read_ahead.append)
    assert len(counter.reads) == 1
    assert read_ahead == [bundle.detail]  # handed over before the rest, in the same read
    assert bundle.detail == store.reads.case_detail("cs_1")
    assert list(bundle.evidence) == store.reads.evidence("cs_1")
    assert list(bundle.annotations) == store.reads.annotations("cs_1") and len(bundle.annotations) == 2
    assert bundle.vote_board == store.reads.vote_board("cs_1")
    assert bundle.vote_draft == store.reads.vote_draft("cs_1")
    assert list(bundle.ruling_submissions) == store.reads.ruling_submissions("cs_1") == []
    assert bundle.ruling_submission is None
    assert bundle.member_id == "m_me" and bundle.case_id == "cs_1" and bundle.row.case_id == "cs_1"
    assert bundle.evidence_titles() == {"ev_1": "Label"}


@pytest.mark.usefixtures("member_cases")
def test_bundle_of_a_listed_case_not_yet_synced(store: Store) -> None:
    bundle = store.reads.case_bundle("cs_2")
    assert bundle.detail.case is None and bundle.evidence == () and bundle.vote_board is None


def test_bundle_of_an_unknown_case(store: Store) -> None:
    with pytest.raises(CaseNotFoundError):
        store.reads.case_bundle("cs_missing")
