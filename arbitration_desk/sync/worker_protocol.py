"""How the desk and its sync process talk: one JSON object per line, each way, over the child's
standard input and output (docs/decisions/0022-the-desk-syncs-in-a-worker-process.md).

The desk to the worker:

* ``{"t": "sync", "id": n, "home": …, "api_url": …, "username": …, "key_source": …, "options": {…}}``:
  run one sync;
* ``{"t": "cancel", "id": n}``: stop sync ``n`` at its next safe point (at once if it has not started;
  a cancel that arrives after its sync ended stops no other);
* ``{"t": "answer", "id": n, "value": …}`` or ``{"t": "answer", "id": n, "error": <phrase>}``: the
  answer to the worker's question ``n``.

The worker to the desk:

* ``{"t": "progress", …}``: a :class:`~arbitration_desk.sync.report.Progress`;
* ``{"t": "ask", "id": n, "what": "secret" | "key", …}``: a credential the desk holds (the worker
  never reads the credential store itself: the desk's store may be the demo's or a test's);
* ``{"t": "done", "report": {…}, "facts": {…}}`` or ``{"t": "failed", "kind": …, "error": <phrase>}``.

The worker is ours, but what it says carries the platform's words: every message is decoded into
our own types with their types checked, and a line longer than :data:`MAX_LINE` ends the worker.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict
from typing import IO, Any

from arbitration_desk.domain.phrases import Field, Phrase, PhrasedError, phrase
from arbitration_desk.platform.errors import (
    CredentialStoreUnavailable,
    NotSignedIn,
    PlatformError,
    SignInRequired,
    TransportError,
)
from arbitration_desk.sync.report import ItemFailure, Progress, SyncReport

#: The failures of a sync the desk reacts to each in its own way, by the name they cross under; the
#: desk raises the same class again (anything else crosses as "error": SyncProcessError).
FAILURES: dict[str, type[PlatformError]] = {
    "offline": TransportError,
    "sign-in-required": SignInRequired,
    "not-signed-in": NotSignedIn,
    "credential-store": CredentialStoreUnavailable,
}


def failure_kind(error: BaseException) -> str:
    """The name ``error`` crosses under (a key of :data:`FAILURES`, else ``"error"``)."""
    return next((name for name, cls in FAILURES.items() if isinstance(error, cls)), "error")


#: The longest line either side reads (a report of many failures is the longest message).
MAX_LINE = 64 * 1024 * 1024
#: Phrases nest this deep at most (an error said inside another, inside a failure).
MAX_DEPTH = 32


class ProtocolError(PhrasedError):
    """A message that is not what the protocol says (the other side is ended)."""


class ChannelClosed(ProtocolError):
    """The other side closed its end (it ended, or was ended)."""


def _malformed(where: str) -> Phrase:
    """The phrase for a message malformed ``where`` (a place in the message, not a sentence: ``report.failures``)."""
    return phrase("SyncProcess", "the sync process sent a malformed message (at {where})", where=where)


# -- lines -----------------------------------------------------------------------------------------


class Channel:
    """Writes and reads messages on a pair of byte streams; writing is safe from several threads."""

    def __init__(self, reading: IO[bytes], writing: IO[bytes]) -> None:
        self._reading = reading
        self._writing = writing
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        """Sends ``message``; raises :class:`ChannelClosed` when the other side is gone."""
        line = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
        with self._lock:
            try:
                self._writing.write(line)
                self._writing.flush()
            except (OSError, ValueError) as exc:  # ValueError: the stream was closed here
                raise ChannelClosed(phrase("SyncProcess", "the sync process is gone")) from exc

    def receive(self) -> dict[str, Any]:
        """The next message; raises :class:`ChannelClosed` at the end of the stream."""
        try:
            line = self._reading.readline(MAX_LINE + 1)
        except (OSError, ValueError) as exc:
            raise ChannelClosed(phrase("SyncProcess", "the sync process is gone")) from exc
        if not line:
            raise ChannelClosed(phrase("SyncProcess", "the sync process is gone"))
        if len(line) > MAX_LINE or not line.endswith(b"\n"):
            raise ProtocolError(_malformed("line"))
        try:
            message = json.loads(line)
        except (ValueError, RecursionError):
            raise ProtocolError(_malformed("json")) from None
        if not isinstance(message, dict) or not isinstance(message.get("t"), str):
            raise ProtocolError(_malformed("t"))
        return message


# -- phrases ---------------------------------------------------------------------------------------


def phrase_to_json(said: Phrase | str) -> Any:
    """A phrase (or a plain string) as JSON: nested phrases stay phrases."""
    if isinstance(said, str):
        return said
    return {
        "context": said.context,
        "template": said.template,
        "count": said.count,
        "fields": [
            [name, phrase_to_json(value) if isinstance(value, Phrase) else value] for name, value in said.fields
        ],
    }


def phrase_from_json(value: Any, depth: int = 0) -> Phrase | str:
    """The phrase (or string) :func:`phrase_to_json` wrote; raises :class:`ProtocolError` on anything else."""
    if isinstance(value, str):
        return value
    if depth > MAX_DEPTH or not isinstance(value, dict):
        raise ProtocolError(_malformed("phrase"))
    context, template, count, pairs = (value.get(key) for key in ("context", "template", "count", "fields"))
    if not isinstance(context, str) or not isinstance(template, str) or not isinstance(pairs, list):
        raise ProtocolError(_malformed("phrase"))
    if count is not None and (not isinstance(count, int) or isinstance(count, bool)):
        raise ProtocolError(_malformed("phrase.count"))
    decoded: list[tuple[str, Field]] = []
    for pair in pairs:
        if not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], str):
            raise ProtocolError(_malformed("phrase.fields"))
        name, field = pair
        if isinstance(field, dict):
            field = phrase_from_json(field, depth + 1)
        elif isinstance(field, bool) or not isinstance(field, str | int | float):
            raise ProtocolError(_malformed("phrase.fields"))
        decoded.append((name, field))
    return Phrase(context, template, tuple(decoded), count)


# -- progress and reports --------------------------------------------------------------------------

_PROGRESS_TYPES = {"phase": str, "done": int, "total": int, "bytes_done": int, "bytes_total": int, "detail": str}


def progress_to_json(progress: Progress) -> dict[str, Any]:
    return {"t": "progress", **asdict(progress)}


def progress_from_json(message: dict[str, Any]) -> Progress:
    for name, kind in _PROGRESS_TYPES.items():
        value = message.get(name)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ProtocolError(_malformed(f"progress.{name}"))
    return Progress(**{name: message[name] for name in _PROGRESS_TYPES})


_COUNTS = (
    "cases_listed",
    "cases_synced",
    "messages_added",
    "evidence_verified",
    "bytes_downloaded",
    "outbox_delivered",
    "rulings_listed",
    "rulings_downloaded",
    "requests",
)
_OPTIONAL_TEXT = ("case_id", "item_id", "request_id", "case_reference")


def report_to_json(report: SyncReport) -> dict[str, Any]:
    failures = [
        {
            "what": phrase_to_json(failure.what),
            "reason": phrase_to_json(failure.reason),
            **{name: getattr(failure, name) for name in _OPTIONAL_TEXT},
        }
        for failure in report.failures
    ]
    counts = {name: getattr(report, name) for name in _COUNTS}
    return {
        **counts,
        "removed": list(report.removed),
        "reassigned": list(report.reassigned),
        "failures": failures,
        "cancelled": report.cancelled,
    }


def _strings(value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ProtocolError(_malformed(what))
    return list(value)


def report_from_json(value: Any) -> SyncReport:
    if not isinstance(value, dict):
        raise ProtocolError(_malformed("report"))
    report = SyncReport()
    for name in _COUNTS:
        count = value.get(name)
        if not isinstance(count, int) or isinstance(count, bool):
            raise ProtocolError(_malformed(f"report.{name}"))
        setattr(report, name, count)
    report.removed = _strings(value.get("removed"), "report.removed")
    report.reassigned = _strings(value.get("reassigned"), "report.reassigned")
    if not isinstance(value.get("cancelled"), bool) or not isinstance(value.get("failures"), list):
        raise ProtocolError(_malformed("report"))
    report.cancelled = value["cancelled"]
    for item in value["failures"]:
        if not isinstance(item, dict):
            raise ProtocolError(_malformed("report.failures"))
        optional = {name: item.get(name) for name in _OPTIONAL_TEXT}
        if not all(text is None or isinstance(text, str) for text in optional.values()):
            raise ProtocolError(_malformed("report.failures"))
        what, reason = phrase_from_json(item.get("what")), phrase_from_json(item.get("reason"))
        report.failures.append(ItemFailure(what=what, reason=reason, **optional))
    return report
