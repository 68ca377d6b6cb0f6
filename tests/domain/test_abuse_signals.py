"""Signals of abuse: the sandbox world's serial complainant and stalling seller, the thresholds, hostile cases."""

from __future__ import annotations

import copy
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from arbitration_desk.domain.abuse_signals import (
    CAVEAT,
    FIELDS_READ,
    SELLER_RESPONSE_LIMIT,
    SERIAL_MIN_DISPUTES_OPENED,
    SERIAL_MIN_RULINGS_LOST,
    STALLER_MIN_EXTENSIONS,
    STALLER_MIN_LATE_PERCENT,
    STALLER_MIN_LATE_RESPONSES,
    AbuseSignal,
    SignalKind,
    case_signals,
    describe,
    party_signal,
    span,
)
from arbitration_desk.domain.phrases import Phrase
from arbitration_desk.domain.timeutil import format_timestamp, parse_timestamp
from arbitration_desk.sandbox.world_case import build_case, opaque

SEED = 7
NOW = datetime(2026, 3, 1, tzinfo=UTC)
OPENED = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
#: The world's recurring parties (``world_case._recurring``): the only ones it makes abusive.
SERIAL_BUYER = opaque("pt_", SEED, "serial-buyer")
STALLING_SELLER = opaque("pt_", SEED, "stalling-seller")


@pytest.fixture(scope="module")
def world() -> list[dict[str, Any]]:
    """The default world's 40 case documents as ``build_world`` starts them (``world._case_seed``: case
    ``i`` from ``Random(f"{seed}:{i}")``): parties and history, without the panel, messages and
    evidence the signals do not read (20 ms instead of seconds of pictures and PDFs)."""
    return [build_case(random.Random(f"{SEED}:{i}"), SEED, i, NOW, case_number=100 + i).case for i in range(40)]


def _at(hours: float) -> str:
    return format_timestamp(OPENED + timedelta(hours=hours))


def _stats(**values: Any) -> dict[str, Any]:
    stats = {"disputes_opened": 0, "disputes_against": 0, "rulings_won": 0, "rulings_lost": 0, "late_responses": 0}
    stats.update(values)
    return stats


def _case(buyer: dict[str, Any] | None = None, seller: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """A case whose seller responded after a day, ordinary parties unless told otherwise."""
    case: dict[str, Any] = {
        "opened_at": _at(0),
        "escalated_at": _at(24 * 20),
        "claim": {"opened_at": _at(0)},
        "parties": [
            {"party_id": "pt_b", "role": "buyer", "stats_12m": _stats(**{"disputes_opened": 1, **(buyer or {})})},
            {"party_id": "pt_s", "role": "seller", "stats_12m": _stats(**{"disputes_against": 4, **(seller or {})})},
        ],
        "history": [
            {"at": _at(0), "actor": "buyer", "kind": "opened"},
            {"at": _at(24), "actor": "seller", "kind": "seller_responded", "note": "Seller disputes the claim."},
            {"at": _at(24 * 20), "actor": "platform", "kind": "escalated"},
        ],
        "seller_response": {"text": "No.", "responded_at": _at(24)},
    }
    case.update(fields)
    return case


def _english(reasons: tuple[Phrase, ...]) -> tuple[str, ...]:
    return tuple(str(reason) for reason in reasons)


def _only(case: Any) -> AbuseSignal:
    signals = case_signals(case)
    assert len(signals) == 1, signals
    return signals[0]


# -- the sandbox world ---------------------------------------------------------------------------


def test_the_world_flags_its_serial_complainant_and_stalling_seller_and_nobody_else(
    world: list[dict[str, Any]],
) -> None:
    flagged = {
        (index, signal.role, signal.party_id) for index, case in enumerate(world) for signal in case_signals(case)
    }
    buyers = {
        (i, "buyer", SERIAL_BUYER) for i, case in enumerate(world) if case["parties"][0]["party_id"] == SERIAL_BUYER
    }
    sellers = {
        (i, "seller", STALLING_SELLER)
        for i, case in enumerate(world)
        if case["parties"][1]["party_id"] == STALLING_SELLER
    }
    assert len(buyers) == 4 and len(sellers) == 7  # cases 4, 13, 22, 31 and 1, 7, 13, ..., 37
    assert flagged == buyers | sellers
    # Ordinary parties, a shop that shares the stalling seller's name among them, are not flagged.
    namesakes = [
        case
        for case in world
        if case["parties"][1]["display_name"] == "Bright Harbor Electronics"
        and case["parties"][1]["party_id"] != STALLING_SELLER
    ]
    assert namesakes and not any(case_signals(case) for case in namesakes)


def test_the_serial_complainants_reasons_are_its_numbers(world: list[dict[str, Any]]) -> None:
    for case in world:
        buyer = case["parties"][0]
        if buyer["party_id"] != SERIAL_BUYER:
            continue
        stats = buyer["stats_12m"]
        signal = party_signal(buyer, case)
        assert signal is not None and signal.kind is SignalKind.SERIAL_COMPLAINANT
        assert _english(signal.reasons) == (
            f"opened {stats['disputes_opened']} disputes in 12 months, lost {stats['rulings_lost']} rulings "
            f"and won {stats['rulings_won']}",
        )
        assert signal.statistics == {"disputes_opened", "rulings_lost"}
    case_4 = world[4]
    assert str(party_signal(case_4["parties"][0], case_4).sentence) == (  # type: ignore[union-attr]
        "Possible serial complainant — opened 21 disputes in 12 months, lost 8 rulings and won 3. " + str(CAVEAT)
    )


def test_the_stalling_sellers_reasons_are_its_numbers_and_this_cases_delay(world: list[dict[str, Any]]) -> None:
    silent = responded = 0
    for case in world:
        seller = case["parties"][1]
        if seller["party_id"] != STALLING_SELLER:
            continue
        stats = seller["stats_12m"]
        signal = party_signal(seller, case)
        assert signal is not None and signal.kind is SignalKind.STALLER and signal.role == "seller"
        yearly, here = _english(signal.reasons)
        assert yearly == (
            f"missed {stats['late_responses']} dispute deadlines in 12 months, "
            f"with {stats['disputes_against']} disputes against it"
        )
        kinds = {event["kind"]: parse_timestamp(event["at"]) for event in reversed(case["history"])}
        if "seller_response" in case:
            responded += 1
            took = parse_timestamp(case["seller_response"]["responded_at"]) - kinds["opened"]
            assert took > SELLER_RESPONSE_LIMIT
            assert here == f"took {span(took)} to respond to the claim here, limit 3 days"
        else:
            silent += 1
            assert here == f"did not respond to the claim here in the {span(kinds['escalated'] - kinds['opened'])} " + (
                "before escalation, limit 3 days"
            )
        assert signal.statistics == {"late_responses"}
    assert silent and responded
    assert world[7]["parties"][1]["party_id"] == STALLING_SELLER
    assert str(_only(world[7]).sentence) == (
        "Possible stalling — missed 15 dispute deadlines in 12 months, with 48 disputes against it; "
        "took 4 days 18 hours to respond to the claim here, limit 3 days. " + str(CAVEAT)
    )


def test_the_fields_read_are_enough(world: list[dict[str, Any]]) -> None:
    """The store hands the list only ``FIELDS_READ``: the signals come out the same."""
    for case in world:
        subset: dict[str, Any] = {}
        for keys in FIELDS_READ:
            *parents, last = keys
            source: Any = case
            node = subset
            for key in parents:
                source = source.get(key, {})
                node = node.setdefault(key, {})
            node[last] = source.get(last)
        assert case_signals(subset) == case_signals(case)


def test_an_appeal_case_carries_the_same_signals(world: list[dict[str, Any]]) -> None:
    """An appeal case: the same parties, the first instance's history repeated, then the appeal's events."""
    for first in (world[4], world[7], world[1], world[0]):
        appeal = copy.deepcopy(first)
        appeal["appeal"] = {"of_case_id": first["id"], "appellant": "seller", "filed_at": format_timestamp(NOW)}
        appeal["history"] += [
            {"at": format_timestamp(NOW), "actor": "seller", "kind": "appeal_filed"},
            {"at": format_timestamp(NOW + timedelta(days=2)), "actor": "platform", "kind": "appeal_admitted"},
        ]
        assert case_signals(appeal) == case_signals(first)


# -- the thresholds --------------------------------------------------------------------------


def test_the_thresholds() -> None:
    assert (SERIAL_MIN_DISPUTES_OPENED, SERIAL_MIN_RULINGS_LOST) == (5, 3)
    assert (STALLER_MIN_LATE_RESPONSES, STALLER_MIN_LATE_PERCENT, STALLER_MIN_EXTENSIONS) == (3, 10, 2)
    assert timedelta(days=3) == SELLER_RESPONSE_LIMIT


@pytest.mark.parametrize(
    ("stats", "flagged"),
    [
        ({"disputes_opened": 5, "rulings_lost": 3, "rulings_won": 3}, True),  # at every threshold
        ({"disputes_opened": 9, "rulings_lost": 7}, True),
        ({"disputes_opened": 4, "rulings_lost": 4}, False),  # few disputes
        ({"disputes_opened": 9, "rulings_lost": 2}, False),  # few lost
        ({"disputes_opened": 9, "rulings_lost": 3, "rulings_won": 4}, False),  # won more than lost
        ({"disputes_opened": 40, "rulings_lost": 0}, False),
    ],
)
def test_serial_complainant_thresholds(stats: dict[str, int], flagged: bool) -> None:
    signals = case_signals(_case(buyer=stats))
    assert [s.kind for s in signals] == ([SignalKind.SERIAL_COMPLAINANT] if flagged else [])


def test_a_serial_complainants_sentence() -> None:
    signal = _only(_case(buyer={"disputes_opened": 9, "rulings_lost": 7, "rulings_won": 2}))
    assert str(signal.sentence) == (
        "Possible serial complainant — opened 9 disputes in 12 months, lost 7 rulings and won 2. "
        "A prompt to weigh the evidence, not a finding."
    )
    assert signal.party_id == "pt_b"


@pytest.mark.parametrize(
    ("stats", "flagged"),
    [
        ({"late_responses": 3, "disputes_against": 30}, True),  # 10 %
        ({"late_responses": 3, "disputes_against": 31}, False),  # under 10 %: a punctual large seller
        ({"late_responses": 2, "disputes_against": 2}, False),  # few
        ({"late_responses": 4, "disputes_against": 0}, True),  # no count to compare with: the count decides
        ({"late_responses": 11, "disputes_against": 37}, True),  # the contract's example seller
    ],
)
def test_staller_thresholds_on_the_statistics(stats: dict[str, int], flagged: bool) -> None:
    signals = case_signals(_case(seller=stats))
    assert [s.kind for s in signals] == ([SignalKind.STALLER] if flagged else [])
    if flagged:
        assert str(signals[0].reasons[0]).startswith(f"missed {stats['late_responses']} dispute deadlines in 12 months")


@pytest.mark.parametrize(
    ("hours", "reason"),
    [
        (72, None),  # exactly the limit
        (72.01, "took 3 days 1 hour to respond to the claim here, limit 3 days"),  # rounded up, never "3 days"
        (24 * 6, "took 6 days to respond to the claim here, limit 3 days"),
    ],
)
def test_a_slow_response_here(hours: float, reason: str | None) -> None:
    case = _case()
    case["history"][1]["at"] = case["seller_response"]["responded_at"] = _at(hours)
    signals = case_signals(case)
    assert [_english(s.reasons) for s in signals] == ([(reason,)] if reason else [])


def test_the_response_time_without_a_history_event_comes_from_the_formal_response() -> None:
    case = _case(history=[])
    case["seller_response"]["responded_at"] = _at(100)
    assert _english(_only(case).reasons) == ("took 4 days 4 hours to respond to the claim here, limit 3 days",)


def test_no_response_counts_only_when_the_history_shows_the_opening_and_the_escalation() -> None:
    silent = _case()
    del silent["seller_response"]
    del silent["history"][1]
    assert _english(_only(silent).reasons) == (
        "did not respond to the claim here in the 20 days before escalation, limit 3 days",
    )
    assert case_signals({**silent, "history": []}) == ()  # cannot tell from the claim's dates alone
    assert case_signals({**silent, "history": silent["history"][:1]}) == ()  # not escalated: still running
    quick = copy.deepcopy(silent)
    quick["history"][1]["at"] = _at(48)  # escalated within the limit
    assert case_signals(quick) == ()


def test_extensions_the_seller_asked_for() -> None:
    def extended(*actors: str) -> dict[str, Any]:
        events = [{"at": _at(30 + i), "actor": actor, "kind": "deadline_extended"} for i, actor in enumerate(actors)]
        return _case(history=_case()["history"] + events)

    assert _english(_only(extended("seller", "seller")).reasons) == ("asked for 2 deadline extensions here",)
    assert case_signals(extended("seller")) == ()
    assert case_signals(extended("platform", "mediator", "buyer")) == ()  # not the seller's asking


def test_all_reasons_together_and_the_list_text() -> None:
    case = _case(seller={"late_responses": 5, "disputes_against": 20}, buyer={"disputes_opened": 6, "rulings_lost": 3})
    case["history"][1]["at"] = case["seller_response"]["responded_at"] = _at(24 * 6)
    case["history"] += [{"at": _at(200 + i), "actor": "seller", "kind": "deadline_extended"} for i in range(3)]
    buyer, seller = case_signals(case)
    assert _english(seller.reasons) == (
        "missed 5 dispute deadlines in 12 months, with 20 disputes against it",
        "took 6 days to respond to the claim here, limit 3 days",
        "asked for 3 deadline extensions here",
    )
    assert [str(line) for line in describe((buyer, seller))] == [
        "Possible serial complainant (buyer):",
        "  • opened 6 disputes in 12 months, lost 3 rulings and won 0",
        "Possible stalling (seller):",
        "  • missed 5 dispute deadlines in 12 months, with 20 disputes against it",
        "  • took 6 days to respond to the claim here, limit 3 days",
        "  • asked for 3 deadline extensions here",
        str(CAVEAT),
    ]
    assert describe(()) == ()


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(0), "0 hours"),
        (timedelta(minutes=1), "1 hour"),
        (timedelta(hours=24), "1 day"),
        (timedelta(hours=49), "2 days 1 hour"),
        (timedelta(days=6, hours=23), "6 days 23 hours"),
        (timedelta(days=21, hours=1), "22 days"),
        (timedelta(days=-3), "0 hours"),
    ],
)
def test_span(delta: timedelta, text: str) -> None:
    assert str(span(delta)) == text


# -- hostile input ---------------------------------------------------------------------------


HOSTILE_CASES: list[Any] = [
    None,
    [],
    "case",
    {},
    {"parties": "both"},
    {"parties": [None, 1, "buyer", []]},
    {"parties": [{"role": "buyer"}, {"role": "seller", "stats_12m": "many"}]},
    {"parties": [{"role": ["buyer"], "stats_12m": {"disputes_opened": 99, "rulings_lost": 99}}]},
    {"parties": [{"role": "broker", "stats_12m": {"disputes_opened": 99, "rulings_lost": 99}}]},
    {"parties": [{"role": "buyer", "stats_12m": {"disputes_opened": True, "rulings_lost": True}}]},
    {"parties": [{"role": "buyer", "stats_12m": {"disputes_opened": 9.5, "rulings_lost": "7"}}]},
    {"parties": [{"role": "seller", "stats_12m": {"late_responses": -5, "disputes_against": -1}}]},
    {"parties": [{"role": "seller", "stats_12m": {1: 2}}], "history": "long"},
    {
        "parties": [{"role": "seller", "party_id": 7}],
        "history": [None, 3, {"at": 5, "kind": "opened"}, {"at": "2026-13-45T99:00:00Z", "kind": "opened"}],
        "claim": "x",
        "seller_response": [],
    },
    {
        "parties": [{"role": "seller"}],
        "history": [{"at": "0001-01-01T00:00:00Z", "kind": "opened"}, {"at": "9999-12-31T23:59:59Z", "kind": {}}],
        "claim": {"opened_at": ["x"]},
        "seller_response": {"responded_at": "soon"},
    },
]


@pytest.mark.parametrize("case", HOSTILE_CASES)
def test_malformed_cases_never_raise_and_flag_nothing(case: Any) -> None:
    assert case_signals(case) == ()


def test_what_parses_still_counts_beside_what_does_not() -> None:
    case = _case(seller={"late_responses": 6, "disputes_against": "lots"})
    case["history"] = [None, {"at": "yesterday", "kind": "opened"}, *case["history"]]
    case["parties"].append({"role": "seller", "party_id": ["odd"], "stats_12m": {"late_responses": 3}})
    first, second = case_signals(case)
    assert _english(first.reasons) == ("missed 6 dispute deadlines in 12 months",) and first.party_id == "pt_s"
    assert second.party_id == ""
    huge = _case(buyer={"disputes_opened": 10**30, "rulings_lost": 10**29})
    assert "opened 1000000000000000000000000000000 disputes" in str(_only(huge).reasons[0])


def test_the_reasons_are_phrases_whose_english_follows_the_counts() -> None:
    """Every word is a phrase for the desk's language; the English of a count of one is singular."""
    case = _case(seller={"late_responses": 3, "disputes_against": 1})
    case["history"][1]["at"] = case["seller_response"]["responded_at"] = _at(24 * 3 + 1)
    (signal,) = case_signals(case)
    yearly, here = signal.reasons
    assert yearly.context == "AbuseSignals" and yearly.count == 1
    assert str(yearly) == "missed 3 dispute deadlines in 12 months, with 1 dispute against it"
    assert here.template == "took {time} to respond to the claim here, limit {limit}"
    assert str(here) == "took 3 days 1 hour to respond to the claim here, limit 3 days"
    assert signal.kind.label.template == "Possible stalling" and CAVEAT.context == "AbuseSignals"
    assert str(signal.headline).startswith("Possible stalling — missed 3 dispute deadlines")
