"""Signals of abuse: a buyer who looks like a serial complainant, a seller who looks like a staller.

Computed from what the platform sends about a case (product issue #18): each party's ``stats_12m``
(the 12 months before the escalation) and the case's ``history`` (when the claim was opened, when
the seller responded, the deadline extensions and who asked for them). The thresholds below are
the desk's only rule for it: the case list's badge and filter, the summary's party cards and an
appeal case (same ``parties`` and ``history``; its history repeats the first instance's) all use
:func:`case_signals` or :func:`party_signal`.

A signal is a prompt to weigh the evidence, never an outcome: its wording says so
(:data:`CAVEAT`), and nothing here touches a vote. Every value is untrusted: a malformed case never
raises, what does not parse is ignored, and a reason holds only our words and numbers (never a
name or a note from the platform).

Everything said here is a :class:`~arbitration_desk.domain.phrases.Phrase` (context
``"AbuseSignals"``): ``str()`` is the English, the GUI shows it with ``say()``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from arbitration_desk.domain.enums import HistoryActor, HistoryKind, PartyRole
from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.domain.timeutil import parse_timestamp

#: A buyer is a possible serial complainant from this many disputes opened in 12 months. An ordinary
#: buyer opens none to two a year (the contract's example buyer: one); five is one every ten weeks.
SERIAL_MIN_DISPUTES_OPENED = 5
#: ... and only if at least this many rulings went against them in those 12 months, and no fewer
#: than they won: many disputes that panels upheld are a buyer unlucky with sellers, not one who
#: complains without grounds.
SERIAL_MIN_RULINGS_LOST = 3
#: A seller is a possible staller from this many missed dispute deadlines (``late_responses``) in
#: 12 months: one or two happen to anyone (holidays, a lost e-mail); three is a habit.
STALLER_MIN_LATE_RESPONSES = 3
#: ... and only if that is at least this share (in percent) of the disputes opened against the
#: seller (``disputes_against``, when the platform gives a positive number): a large seller with
#: 200 disputes and 3 missed deadlines is punctual. The contract's example seller: 11 of 37 (30 %).
STALLER_MIN_LATE_PERCENT = 10
#: The seller's time to respond formally to a claim, from the claim's opening. The contract (1.1)
#: carries no response deadline; three days is the marketplace's response period as the sandbox
#: models it (its "missed the response deadline" event comes three days after the opening). When
#: the contract gains the deadline, read it instead of this constant.
SELLER_RESPONSE_LIMIT = timedelta(days=3)
#: A seller who asked for this many deadline extensions in one case is a possible staller: one
#: extension is an ordinary request, a second one in the same dispute is a pattern. Extensions the
#: platform, a mediator or the panel asked for (``actor`` not ``seller``) do not count.
STALLER_MIN_EXTENSIONS = 2

#: The fields of a case the signals read (paths of keys): the store hands the case list only these.
FIELDS_READ: tuple[tuple[str, ...], ...] = (
    ("parties",),
    ("history",),
    ("claim", "opened_at"),
    ("seller_response", "responded_at"),
)

#: Said with every signal, wherever it is shown.
CAVEAT = phrase("AbuseSignals", "A prompt to weigh the evidence, not a finding.")


class SignalKind(StrEnum):
    SERIAL_COMPLAINANT = "serial_complainant"
    STALLER = "staller"

    @property
    def label(self) -> Phrase:
        """The signal in words, as a possibility ("Possible serial complainant")."""
        return _LABELS[self]

    @property
    def heading(self) -> Phrase:
        """The signal and whom it is about, as a list's heading ("Possible stalling (seller):")."""
        return _TITLES[self]


_LABELS = {
    SignalKind.SERIAL_COMPLAINANT: phrase("AbuseSignals", "Possible serial complainant"),
    SignalKind.STALLER: phrase("AbuseSignals", "Possible stalling"),
}
#: One kind, one role: a serial complainant is the buyer, a staller the seller.
_TITLES = {
    SignalKind.SERIAL_COMPLAINANT: phrase("AbuseSignals", "Possible serial complainant (buyer):"),
    SignalKind.STALLER: phrase("AbuseSignals", "Possible stalling (seller):"),
}


@dataclass(frozen=True, slots=True)
class AbuseSignal:
    """What the desk noticed about one party of a case, with the reasons in numbers.

    Attributes:
        kind: serial complainant (a buyer) or staller (a seller).
        role: the party's role, ``"buyer"`` or ``"seller"``.
        party_id: the party's ID as received ("" when missing or not a string); never shown.
        reasons: sentences with the numbers ("opened 9 disputes in 12 months, lost 7 rulings
            and won 2"), our words only, as phrases.
        statistics: the ``stats_12m`` keys the reasons rest on (the summary highlights them).
    """

    kind: SignalKind
    role: str
    party_id: str
    reasons: tuple[Phrase, ...]
    statistics: frozenset[str] = frozenset()

    @property
    def headline(self) -> Phrase:
        """The signal and its reasons: "Possible serial complainant — opened 9 disputes …"."""
        return phrase("AbuseSignals", "{signal} — {reasons}.", signal=self.kind.label, reasons=_joined(self.reasons))

    @property
    def sentence(self) -> Phrase:
        """The signal as one line: title, reasons, and the caveat."""
        return phrase("AbuseSignals", "{headline} {caveat}", headline=self.headline, caveat=CAVEAT)


def _joined(reasons: tuple[Phrase, ...]) -> Phrase:
    """The reasons one after the other ("…; …"), each a sentence of its own for the translator."""
    joined = reasons[0]
    for reason in reasons[1:]:
        joined = phrase("AbuseSignals", "{reasons}; {reason}", reasons=joined, reason=reason)
    return joined


def describe(signals: Iterable[AbuseSignal]) -> tuple[Phrase, ...]:
    """The signals of a case as lines (the case list's tooltip): for each, its title and role, then
    one line per reason ("  • …"); the caveat once at the end. () without a signal.

    ``"\n".join(map(str, lines))`` is the English text; the GUI joins ``say(line)``.
    """
    lines: list[Phrase] = []
    for signal in signals:
        lines.append(signal.kind.heading)
        lines.extend(phrase("AbuseSignals", "  • {reason}", reason=reason) for reason in signal.reasons)
    return () if not lines else (*lines, CAVEAT)


def case_signals(case: object) -> tuple[AbuseSignal, ...]:
    """The signals of every party of ``case`` (a contract ``Case``, first instance or appeal).

    Reads the :data:`FIELDS_READ` only; any may be missing or malformed. Never raises.
    """
    if not isinstance(case, dict):
        return ()
    parties = case.get("parties")
    if not isinstance(parties, list):
        return ()
    found = (party_signal(party, case) for party in parties)
    return tuple(signal for signal in found if signal is not None)


def party_signal(party: object, case: object) -> AbuseSignal | None:
    """The signal about ``party`` (one of ``case``'s parties), or None when nothing stands out."""
    if not isinstance(party, dict):
        return None
    role = party.get("role")
    stats = party.get("stats_12m")
    stats = stats if isinstance(stats, dict) else {}
    party_id = party.get("party_id")
    party_id = party_id if isinstance(party_id, str) else ""
    case = case if isinstance(case, dict) else {}
    if role == PartyRole.BUYER:
        return _serial_complainant(party_id, stats)
    if role == PartyRole.SELLER:
        return _staller(party_id, stats, case)
    return None  # a role this version does not know: no rule for it


def _count(stats: Mapping[str, Any], key: str) -> int | None:
    value = stats.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def _serial_complainant(party_id: str, stats: Mapping[str, Any]) -> AbuseSignal | None:
    opened = _count(stats, "disputes_opened")
    lost = _count(stats, "rulings_lost")
    won = _count(stats, "rulings_won")
    if opened is None or lost is None or opened < SERIAL_MIN_DISPUTES_OPENED or lost < SERIAL_MIN_RULINGS_LOST:
        return None
    if won is not None and lost < won:
        return None
    # "rulings": never one (SERIAL_MIN_RULINGS_LOST)
    if won is None:
        reason = phrase("AbuseSignals", "opened %n dispute(s) in 12 months, lost {lost} rulings", n=opened, lost=lost)
    else:
        reason = phrase(
            "AbuseSignals",
            "opened %n dispute(s) in 12 months, lost {lost} rulings and won {won}",
            n=opened,
            lost=lost,
            won=won,
        )
    keys = frozenset({"disputes_opened", "rulings_lost"})
    return AbuseSignal(SignalKind.SERIAL_COMPLAINANT, PartyRole.BUYER.value, party_id, (reason,), keys)


def _staller(party_id: str, stats: Mapping[str, Any], case: Mapping[str, Any]) -> AbuseSignal | None:
    reasons: list[Phrase] = []
    keys: set[str] = set()
    late = _count(stats, "late_responses")
    against = _count(stats, "disputes_against")
    if late is not None and late >= STALLER_MIN_LATE_RESPONSES:
        share_ok = not against or late * 100 >= against * STALLER_MIN_LATE_PERCENT
        if share_ok:
            if against:  # "deadlines": never one (STALLER_MIN_LATE_RESPONSES)
                reason = phrase(
                    "AbuseSignals",
                    "missed {late} dispute deadlines in 12 months, with %n dispute(s) against it",
                    n=against,
                    late=late,
                )
            else:
                reason = phrase("AbuseSignals", "missed %n dispute deadline(s) in 12 months", n=late)
            reasons.append(reason)
            keys.add("late_responses")
    history = _events(case.get("history"))
    response = _response_reason(case, history)
    if response is not None:
        reasons.append(response)
    extensions = sum(
        1 for _at, actor, kind in history if kind == HistoryKind.DEADLINE_EXTENDED and actor == HistoryActor.SELLER
    )
    if extensions >= STALLER_MIN_EXTENSIONS:
        reasons.append(phrase("AbuseSignals", "asked for %n deadline extension(s) here", n=extensions))
    if not reasons:
        return None
    return AbuseSignal(SignalKind.STALLER, PartyRole.SELLER.value, party_id, tuple(reasons), frozenset(keys))


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_timestamp(value)
    except (ValueError, OverflowError):
        return None


#: The history events the signals look at (the others' times are not even parsed).
_KINDS = frozenset(
    {HistoryKind.OPENED, HistoryKind.SELLER_RESPONDED, HistoryKind.ESCALATED, HistoryKind.DEADLINE_EXTENDED}
)


def _events(history: object) -> list[tuple[datetime, object, object]]:
    """(at, actor, kind) of each event of ``history`` the signals look at whose time parses, in order."""
    if not isinstance(history, list):
        return []
    events: list[tuple[datetime, object, object]] = []
    for event in history:
        if not isinstance(event, dict):
            continue
        kind = event.get("kind")
        if isinstance(kind, str) and kind in _KINDS and (at := _moment(event.get("at"))) is not None:
            events.append((at, event.get("actor"), kind))
    return events


def _field(case: Mapping[str, Any], *path: str) -> object:
    value: object = case
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _first(history: list[tuple[datetime, object, object]], kind: str, after: datetime) -> datetime | None:
    return min((at for at, _actor, k in history if k == kind and at >= after), default=None)


def _response_reason(case: Mapping[str, Any], history: list[tuple[datetime, object, object]]) -> Phrase | None:
    """Why the seller's formal response here looks slow (None when it does not, or cannot be told).

    The time taken runs from the claim's opening (the history's ``opened`` event, else
    ``claim.opened_at``) to the seller's response (the ``seller_responded`` event, else
    ``seller_response.responded_at``). No response at all counts only when the history itself shows
    the opening and the escalation: a short or missing history cannot tell a silent seller.
    """
    opened_event = min((at for at, _actor, kind in history if kind == HistoryKind.OPENED), default=None)
    opened = opened_event or _moment(_field(case, "claim", "opened_at"))
    if opened is None:
        return None
    responded = _first(history, HistoryKind.SELLER_RESPONDED, opened)
    formal = _moment(_field(case, "seller_response", "responded_at"))
    if responded is None and formal is not None and formal >= opened:
        responded = formal
    limit = span(SELLER_RESPONSE_LIMIT)
    if responded is not None:
        took = responded - opened
        if took <= SELLER_RESPONSE_LIMIT:
            return None
        return phrase(
            "AbuseSignals", "took {time} to respond to the claim here, limit {limit}", time=span(took), limit=limit
        )
    escalated = _first(history, HistoryKind.ESCALATED, opened)
    if opened_event is None or escalated is None or formal is not None:
        return None
    silent = escalated - opened
    if silent <= SELLER_RESPONSE_LIMIT:
        return None
    return phrase(
        "AbuseSignals",
        "did not respond to the claim here in the {time} before escalation, limit {limit}",
        time=span(silent),
        limit=limit,
    )


def span(delta: timedelta) -> Phrase:
    """A duration rounded up to the hour ("4 days 3 hours", "1 day", "20 hours"), from a week on to
    the day ("22 days"): rounded up, a time just over a limit never reads as the limit itself."""
    hours = max(math.ceil(delta.total_seconds() / 3600), 0)
    days, hours = divmod(hours, 24)
    if days >= 7 and hours:
        days, hours = days + 1, 0
    if days and hours:
        return phrase(
            "AbuseSignals",
            "{days} {hours}",
            days=phrase("AbuseSignals", "%n day(s)", n=days),
            hours=phrase("AbuseSignals", "%n hour(s)", n=hours),
        )
    if days:
        return phrase("AbuseSignals", "%n day(s)", n=days)
    return phrase("AbuseSignals", "%n hour(s)", n=hours)
