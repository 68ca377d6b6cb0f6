"""SummaryView, CaseHeader and the formatting helpers, on contract payloads (hostile ones included)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.abuse_signals import CAVEAT
from arbitration_desk.gui.case_view.header import CaseHeader
from arbitration_desk.gui.case_view.summary import SummaryView
from arbitration_desk.gui.case_view.summary_parts import PartyCard
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.sandbox.world_case import opaque
from arbitration_desk.store import testing
from arbitration_desk.store.records import CaseDetail
from arbitration_desk.store.store import Store
from helpers.stores import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOSTILE = '<b>Refund</b><img src="file:///etc/passwd"> \u202etxt.exe'


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        yield opened


def _case(**changes: Any) -> dict[str, Any]:
    case = testing.full_case("cs_1", description=HOSTILE)
    case["parties"][0]["stats_12m"].update({"disputes_opened": 9, "rulings_lost": 7, "rulings_won": 2})
    case["parties"][1]["stats_12m"].update({"late_responses": 11, "disputes_against": 37})
    case["parties"][1]["display_name"] = HOSTILE
    case["order"]["shipping"]["events"] = [
        {"at": testing.ts(-900), "location": "Shenzhen", "status": "in_transit", "description": "Accepted"},
        {"at": testing.ts(-100), "location": "Lyon", "status": "delivered", "description": HOSTILE},
        {"at": testing.ts(-50), "status": "teleported", "description": "A status the platform added later"},
    ]
    case["history"] = [
        {"at": testing.ts(-1000), "actor": "buyer", "kind": "opened"},
        {"at": testing.ts(-900), "actor": "seller", "kind": "seller_responded", "note": HOSTILE},
    ]
    case["seller_response"] = {"text": "Delivered, see scan.", "responded_at": testing.ts(-900)}
    case.update(changes)
    return case


def _detail(store: Store, case: dict[str, Any]) -> CaseDetail:
    store.sync.apply_case_page([testing.case_summary("cs_1")], [], "c1")
    store.sync.store_case(case)
    return store.reads.case_detail("cs_1")


def _texts(widget: SummaryView) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_summary_shows_every_section_with_plain_untrusted_text(qtbot: QtBot, store: Store) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.set_detail(_detail(store, _case()))
    assert set(view.sections) == {"claim", "response", "parties", "order", "shipping", "history"}
    literal = '<b>Refund</b><img src="file:///etc/passwd"> ⟦RLO⟧txt.exe'
    texts = _texts(view)
    assert texts.count(literal) >= 1  # the buyer's statement
    assert any(literal in text for text in texts if text != literal)  # carrier wording, history note, name
    for label in view.findChildren(QLabel):
        assert label.textFormat().name == "PlainText", label.accessibleName()
    assert "Delivered, see scan." in texts
    assert any(text.startswith("Teleported") for text in texts)  # unknown enum value shown as it is
    assert "Total paid 104.90 EUR" in texts
    view.show()
    view.grab().save("/tmp/summary.png")


def _number(card: PartyCard, label: str) -> QLabel:
    found = [w for w in card.findChildren(QLabel) if w.accessibleName().startswith(f"{label} (")]
    assert len(found) == 1
    return found[0]


def test_serial_complainant_and_stalling_seller_stand_out(qtbot: QtBot, store: Store) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.set_detail(_detail(store, _case()))
    cards = {card.accessibleName(): card for card in view.findChildren(PartyCard)}
    buyer, seller = cards["Buyer party"], cards["Seller party"]
    assert buyer.warning is not None and seller.warning is not None
    assert buyer.warning.text() == (
        "⚠ Possible serial complainant — opened 9 disputes in 12 months, lost 7 rulings and won 2.\n" + str(CAVEAT)
    )
    assert seller.warning.text() == (
        "⚠ Possible stalling — missed 11 dispute deadlines in 12 months, with 37 disputes against it.\n" + str(CAVEAT)
    )
    assert buyer.warning.textFormat() == Qt.TextFormat.PlainText
    # The statistics the signal rests on stand out; the others (context in the reason) do not.
    hot = {"Disputes opened", "Rulings lost"}
    for label in ("Disputes opened", "Rulings lost", "Rulings won"):
        assert ("font-weight: 700" in _number(buyer, label).styleSheet()) == (label in hot)
    assert "font-weight: 700" in _number(seller, "Missed deadlines").styleSheet()
    assert _number(seller, "Disputes against").styleSheet() == ""


@pytest.mark.usefixtures("chinese")
def test_in_chinese_the_signal_its_reasons_and_the_caveat_are_translated(qtbot: QtBot, store: Store) -> None:
    """The domain's phrases (``abuse_signals``), nested and with their counts, in the desk's language."""
    view = SummaryView()
    qtbot.addWidget(view)
    view.set_detail(_detail(store, _case()))
    cards = {card.signal.role: card for card in view.findChildren(PartyCard) if card.signal is not None}
    assert cards["buyer"].warning is not None and cards["seller"].warning is not None
    assert cards["buyer"].warning.text() == (
        "⚠ 疑似惯性投诉者——近12个月发起争议9起，败诉裁决7项、胜诉裁决2项。\n此提示仅供权衡证据参考，并非认定结论。"
    )
    assert cards["seller"].warning.text().startswith("⚠ 疑似拖延——近12个月错过争议处理截止时间11次，同期被诉争议37起")


def test_ordinary_and_malformed_parties_have_no_signal(qtbot: QtBot, store: Store) -> None:
    case = _case()
    case["parties"][0]["stats_12m"] = {"disputes_opened": 1}
    case["parties"][1]["stats_12m"] = {"late_responses": "many", "disputes_against": True}
    view = SummaryView()
    qtbot.addWidget(view)
    view.set_detail(_detail(store, case))
    cards = view.findChildren(PartyCard)
    assert len(cards) == 2 and all(card.signal is None and card.warning is None for card in cards)
    assert not any(text.startswith("⚠") for text in _texts(view))


def test_the_worlds_serial_complainant_and_stalling_seller_in_the_summary(qtbot: QtBot, case_demo_home: Path) -> None:
    """The sandbox's demo world (the chair's home, seed 1): its two known parties get their line, nobody else."""
    known = {"buyer": opaque("pt_", 1, "serial-buyer"), "seller": opaque("pt_", 1, "stalling-seller")}
    view = SummaryView()
    qtbot.addWidget(view)
    lines: dict[str, list[str]] = {"buyer": [], "seller": []}
    with open_store(case_demo_home) as world:
        details = [world.reads.case_detail(row.case_id) for row in world.reads.list_cases()]
    ordinary = 0
    for detail in details:
        assert detail.case is not None
        ids = {party["role"]: party["party_id"] for party in detail.case["parties"]}
        flagged = {role for role in known if ids[role] == known[role]}
        assert {signal.role for signal in detail.row.signals} == flagged, detail.row.reference  # the list's
        if not flagged and ordinary:
            continue  # one ordinary case is enough for the summary (each build costs)
        ordinary += not flagged
        view.set_detail(detail)
        for card in view.findChildren(PartyCard):
            role = card.accessibleName().split()[0].lower()
            assert (card.warning is not None) == (role in flagged), (detail.row.reference, role)
            if card.warning is not None:
                lines[role].append(card.warning.text())
    assert lines["buyer"] and lines["seller"]
    assert all(text.startswith("⚠ Possible serial complainant — opened ") for text in lines["buyer"])
    assert all(text.startswith("⚠ Possible stalling — missed ") for text in lines["seller"])
    assert all(text.endswith(str(CAVEAT)) for text in lines["buyer"] + lines["seller"])


def test_case_not_downloaded_yet(qtbot: QtBot, store: Store) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    store.sync.apply_case_page([testing.case_summary("cs_2")], [], "c1")
    view.set_detail(store.reads.case_detail("cs_2"))
    assert view.sections == {}
    assert any("not been downloaded" in text for text in _texts(view))
    view.set_detail(None)
    assert any("No case selected" in text for text in _texts(view))


def test_header_shows_time_left_and_overdue_in_red(qtbot: QtBot, store: Store) -> None:
    header = CaseHeader()
    qtbot.addWidget(header)
    now = datetime.now(UTC)
    store.sync.apply_case_page(
        [
            testing.case_summary("cs_late", due=now - timedelta(hours=5), reference=HOSTILE),
            testing.case_summary("cs_ok", due=now + timedelta(days=3, hours=2)),
            testing.case_summary("cs_done", due=now - timedelta(days=3), status="decided"),
        ],
        [],
        "c1",
    )
    header.set_row(store.reads.case_detail("cs_late").row)
    assert header.ui.timeLeftLabel.text().startswith("Overdue by 5 h")
    assert "#c62828" in header.ui.timeLeftLabel.styleSheet()
    assert header.ui.referenceLabel.text() == '<b>Refund</b><img src="file:///etc/passwd"> ⟦RLO⟧txt.exe'
    header.set_row(store.reads.case_detail("cs_ok").row, read_only_reason="")
    assert header.ui.timeLeftLabel.text().startswith("3 d 1 h") or header.ui.timeLeftLabel.text().startswith("3 d 2 h")
    assert header.ui.readOnlyLabel.isHidden()
    header.set_row(store.reads.case_detail("cs_done").row, read_only_reason="Closed case: read-only")
    assert header.ui.timeLeftLabel.text() == "Ruling recorded"
    assert header.ui.deadlineLabel.text().startswith("Ruling was due ")  # never "due" and "decided" at once
    assert not header.ui.readOnlyLabel.isHidden()
    header.set_row(None)
    assert header.ui.referenceLabel.text() == ""


def test_formatting_helpers() -> None:
    assert fmt.humanize("not_as_described") == "Not as described"
    assert fmt.duration(timedelta(days=2, hours=3, minutes=4)) == "2 d 3 h"
    assert fmt.duration(timedelta(minutes=-75)) == "1 h 15 min"
    assert fmt.money({"amount": "1.5", "currency": "EUR"}) == "{'amount': '1.5', 'currency': 'EUR'}"
    assert fmt.money({"amount": "1.50", "currency": "EUR"}) == "1.50 EUR"
    assert fmt.size(2_483_112) == "2.5 MB"
    assert fmt.moment("yesterday") == "yesterday"
    assert fmt.untrusted("a" * 20, limit=5) == "aaaaa…"
