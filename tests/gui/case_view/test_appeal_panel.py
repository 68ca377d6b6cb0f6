"""An appeal case says so above the tabs: the ruling appealed against, the appellant, the grounds and
their machine translation side by side, and the state of the appealed ruling's document."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.payloads import RulingRecord
from arbitration_desk.gui.case_view.view import CaseView
from arbitration_desk.store import testing
from arbitration_desk.store.store import Store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GROUNDS = "第一次裁决忽略了签收照片。<b>包裹</b>已按订单地址投递。\u202e"
TRANSLATION = "The first ruling ignored the signed delivery photo. The parcel went to the order's address."


def store_appeal(store: Store, case_id: str, *, listed_sha: str | None = None) -> RulingRecord:
    """An appeal case against ARB-2026-000099, and (with ``listed_sha``) its appealed ruling as listed."""
    appeal = testing.appeal_of(grounds=GROUNDS, translation=TRANSLATION, document_sha256="cd" * 32)
    store.sync.apply_case_page([testing.case_summary(case_id)], [], f"cursor-{case_id}")
    store.sync.store_case(testing.full_case(case_id, appeal=appeal))
    record: RulingRecord = {
        "ruling_id": appeal["ruling_id"],
        "case_id": appeal["of_case_id"],
        "case_reference": appeal["of_reference"],
        "outcome": appeal["outcome"],
        "award": appeal["award"],
        "decided_at": appeal["decided_at"],
        "received_at": appeal["decided_at"],
        "chair_id": "mb_first_chair",
        "document_sha256": listed_sha or appeal["document_sha256"],
        "document_size": 1234,
    }
    if listed_sha is not None:
        store.sync.apply_appealed_rulings([record])
    return record


def test_an_appeal_case_shows_its_appeal_and_grounds(qtbot: QtBot, view: CaseView, store: Store) -> None:
    store_appeal(store, "cs_appeal_1", listed_sha="cd" * 32)
    view.resize(1366, 700)
    view.show_case("cs_appeal_1")
    panel = view.appeal_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.title.text() != "")
    assert panel.title.text() == "Appeal against the ruling of ARB-2026-000099 of 28 January 2026, by the seller"
    assert "First ruling by a panel of 3: In favour of the buyer; award" in panel.facts.text()
    assert panel.grounds.toPlainText() == GROUNDS.replace("\u202e", "⟦RLO⟧")  # literal, controls visible
    assert panel.translation.toPlainText() == TRANSLATION and panel.translation.isVisible()
    assert panel.grounds.y() == panel.translation.y() and panel.grounds.x() < panel.translation.x()  # side by side
    appealed = panel.appealed
    assert appealed.summary.text().startswith("Ruling appealed against: ARB-2026-000099, recorded")
    assert "downloaded at the next sync" in appealed.signature.text()
    assert not appealed.open_button.isEnabled()
    assert not view.ruling_panel.isVisible()  # the appeal's own ruling is not recorded yet
    view.grab().save("/tmp/appeal_panel.png")


def test_a_listing_that_names_another_document_is_not_relied_on(qtbot: QtBot, view: CaseView, store: Store) -> None:
    store_appeal(store, "cs_appeal_2", listed_sha="ef" * 32)
    view.show_case("cs_appeal_2")
    appealed = view.appeal_panel.appealed
    qtbot.waitUntil(lambda: "NOT relied on" in appealed.signature.text())
    assert "ef" * 32 in appealed.signature.text() and "cd" * 32 in appealed.signature.text()
    assert not appealed.open_button.isEnabled()


def test_before_the_listing_and_on_a_first_instance_case(qtbot: QtBot, view: CaseView, store: Store) -> None:
    store_appeal(store, "cs_appeal_3")
    view.show_case("cs_appeal_3")
    panel = view.appeal_panel
    qtbot.waitUntil(lambda: panel.isVisible() and "not listed" in panel.appealed.summary.text())
    first = next(r for r in store.reads.list_cases() if not r.is_appeal)
    view.show_case(first.case_id)
    qtbot.waitUntil(lambda: not panel.isVisible())
