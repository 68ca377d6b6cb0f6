"""A compact in-memory index of a case's chat for filtering and search (built off the GUI thread).

Per message it keeps the row ID, message ID, channel, time sent and the case-folded text with its
translations, so a channel filter, a message lookup and a search over 50,000 messages are plain
list scans taking milliseconds, with no widget and no database access.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from arbitration_desk.store.store import Store

#: Messages read at a time: short stretches of Python, since the GUI thread waits for the GIL.
CHUNK = 500
#: A pause between chunks: a GUI thread waiting for the GIL gets it then (a bare release is
#: usually won back by the reading thread before the waiting one wakes up).
PAUSE_S = 0.0005


@dataclass(frozen=True)
class TimelineIndex:
    """Chat-order columns of one case's messages."""

    case_id: str
    row_ids: tuple[int, ...]
    message_ids: tuple[str, ...]
    channels: tuple[str, ...]
    folded: tuple[str, ...]
    attachments: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sent_at: tuple[datetime, ...] = ()

    @classmethod
    def build(cls, store: Store, case_id: str) -> TimelineIndex:
        """Reads every message of ``case_id`` in chunks, pausing between them (run this in a worker)."""
        ids = store.reads.message_row_ids(case_id)
        row_ids: list[int] = []
        message_ids: list[str] = []
        channels: list[str] = []
        folded: list[str] = []
        sent_at: list[datetime] = []
        attachments: dict[str, list[int]] = {}
        for start in range(0, len(ids), CHUNK):
            if start:
                time.sleep(PAUSE_S)
            for m in store.reads.messages_by_row_ids(ids[start : start + CHUNK]):
                row_ids.append(m.row_id)
                message_ids.append(m.message_id)
                channels.append(m.channel)
                sent_at.append(m.sent_at)
                folded.append("\n".join((m.text, *m.translations.values())).casefold())
                for evidence_id in m.attachments:
                    attachments.setdefault(evidence_id, []).append(m.row_id)
        return cls(
            case_id,
            tuple(row_ids),
            tuple(message_ids),
            tuple(channels),
            tuple(folded),
            {k: tuple(v) for k, v in attachments.items()},
            tuple(sent_at),
        )

    def channel_names(self) -> list[str]:
        """The channels present, in order of first appearance."""
        return list(dict.fromkeys(self.channels))

    def rows_in(self, channels: Collection[str] | None, sent: Callable[[datetime], bool] | None = None) -> list[int]:
        """Row IDs of the messages in ``channels`` (all when None) and, with ``sent``, sent at a moment
        it accepts (e.g. the appeal's "new on appeal" rule), in chat order."""
        if channels is None and sent is None:
            return list(self.row_ids)
        return [
            rid
            for rid, ch, at in zip(self.row_ids, self.channels, self.sent_at, strict=True)
            if (channels is None or ch in channels) and (sent is None or sent(at))
        ]

    def row_ids_of(self, message_ids: Sequence[str]) -> list[int]:
        """Row IDs of these message IDs (unknown ones skipped), in chat order."""
        wanted = set(message_ids)
        return [rid for rid, mid in zip(self.row_ids, self.message_ids, strict=True) if mid in wanted]

    def row_id_of(self, message_id: str) -> int | None:
        found = self.row_ids_of([message_id])
        return found[0] if found else None

    def search(self, text: str) -> list[int]:
        """Row IDs of messages whose text or a translation contains ``text`` (case-insensitive)."""
        needle = text.strip().casefold()
        if not needle:
            return []
        return [rid for rid, hay in zip(self.row_ids, self.folded, strict=True) if needle in hay]
