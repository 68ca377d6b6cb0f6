"""The decision-record manifest links an appeal ruling to the ruling it decides on, and says which is final."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from arbitration_desk.rulings.records import DecisionRecord, Manifest


def record(ruling_id: str, reference: str, outcome: str, amount: str, appeal_of: str = "") -> DecisionRecord:
    return DecisionRecord(
        ruling_id=ruling_id,
        case_id="cs_" + ruling_id,
        case_reference=reference,
        outcome=outcome,
        award_amount=amount,
        award_currency="EUR",
        decided_at=f"2026-0{3 if appeal_of else 2}-01T10:00:00Z",
        received_at="2026-03-01T10:07:00Z",
        chair_id="mb_1",
        sha256="ab" * 32,
        size=100,
        appeal_of=appeal_of,
    )


def test_appeal_rulings_are_linked_and_final(tmp_path: Path) -> None:
    manifest = Manifest(
        records={
            r.ruling_id: r
            for r in (
                record("rl_first", "ARB-1", "favor_buyer", "40.00"),
                record("rl_appeal", "ARB-2", "split", "20.00", appeal_of="rl_first"),
                record("rl_alone", "ARB-3", "favor_seller", "0.00"),
                record("rl_kept", "ARB-4", "favor_seller", "0.00"),
                record("rl_upheld", "ARB-5", "favor_seller", "0.00", appeal_of="rl_kept"),
            )
        }
    )
    manifest.save(tmp_path)
    saved = {r["ruling_id"]: r for r in json.loads((tmp_path / "manifest.json").read_text())["records"]}
    assert saved["rl_appeal"]["appeal_of"] == "rl_first" and saved["rl_appeal"]["appeal_effect"] == "replaces"
    assert saved["rl_upheld"]["appeal_effect"] == "upholds"
    assert saved["rl_first"]["appealed_by"] == "rl_appeal" and saved["rl_first"]["final"] is False
    assert {saved[r]["dispute"] for r in ("rl_first", "rl_appeal")} == {"ARB-1"}
    assert {saved[r]["final_ruling_id"] for r in ("rl_first", "rl_appeal")} == {"rl_appeal"}
    assert saved["rl_appeal"]["final"] is True and saved["rl_alone"]["final"] is True
    assert saved["rl_alone"]["final_ruling_id"] == "rl_alone" and saved["rl_alone"]["dispute"] == "ARB-3"
    rows = {row["ruling_id"]: row for row in csv.DictReader(io.StringIO((tmp_path / "manifest.csv").read_text()))}
    assert rows["rl_first"]["final"] == "no" and rows["rl_appeal"]["final"] == "yes"
    assert rows["rl_appeal"]["appeal_of"] == "rl_first" and rows["rl_first"]["appealed_by"] == "rl_appeal"
    # a manifest written before appeals reads back, and links again when saved
    assert Manifest.load(tmp_path).records["rl_appeal"].appeal_of == "rl_first"
