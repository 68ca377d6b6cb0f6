"""The chat timeline as a thin list model over the store: row i of N, messages fetched in blocks.

The row count comes from :meth:`Store.message_row_ids`; a row's message is read with its block
(:meth:`Store.messages_by_row_ids`) the first time it is shown and kept in a small LRU cache, so
``data()`` is O(1) after the first touch of a block and a case of 50,000 messages opens at once.
A channel filter or a "messages referring to this evidence" selection narrows the visible rows.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimeZone

from arbitration_desk.gui.plaintext import visible_controls
from arbitration_desk.store.records import MessageRow
from arbitration_desk.store.store import Store

BLOCK = 200
CACHED_BLOCKS = 12
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_BREAK_ROLE = Qt.ItemDataRole.UserRole + 2
LOCAL_TIME_ROLE = Qt.ItemDataRole.UserRole + 3
ROLE_LABELS = {"buyer": "Buyer", "seller": "Seller", "agent": "Platform agent", "system": "System"}
CHANNEL_LABELS = {
    "buyer_seller": "Buyer ↔ Seller",
    "buyer_platform": "Buyer ↔ Platform",
    "seller_platform": "Seller ↔ Platform",
}
_Index = QModelIndex | QPersistentModelIndex


def local_zone() -> tzinfo:
    """The member's time zone: ``TZ``, else the operating system's zone, as a ``zoneinfo`` zone."""
    for name in (os.environ.get("TZ", "").lstrip(":"), bytes(QTimeZone.systemTimeZoneId().data()).decode()):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or UTC


def role_label(role: str) -> str:
    """A sender role for display (an unknown role is shown as received)."""
    return ROLE_LABELS.get(role, visible_controls(role))


def channel_label(channel: str) -> str:
    """A channel for display (an unknown channel is shown as received)."""
    return CHANNEL_LABELS.get(channel, visible_controls(channel))


def pick_translation(message: MessageRow, ui_language: str = "en") -> tuple[str, str] | None:
    """The platform's translation to show: the UI language, else English, else the first one.

    Returns ``(language tag, text)``, or None when there is none (or the message is already in
    the UI language).
    """
    if not message.translations or message.language.split("-")[0] == ui_language:
        return None
    for wanted in (ui_language, "en"):
        for tag, text in message.translations.items():
            if tag == wanted or tag.split("-")[0] == wanted:
                return tag, text
    tag = next(iter(message.translations))
    return tag, message.translations[tag]


class TimelineModel(QAbstractListModel):
    """Messages of one case in chat order (all channels merged by time).

    Args:
        store: the local store.
        zone: time zone for display (default: :func:`local_zone`).
        parent: owner.
    """

    def __init__(self, store: Store, zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.zone = zone or local_zone()
        self.case_id: str | None = None
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._blocks: OrderedDict[int, list[MessageRow]] = OrderedDict()
        self.block_reads = 0

    # ---- content ----

    def set_rows(self, case_id: str | None, row_ids: Sequence[int]) -> None:
        """Shows ``row_ids`` (store row IDs in chat order) of ``case_id``."""
        self.beginResetModel()
        self.case_id = case_id
        self._ids = list(row_ids)
        self._positions = None
        self._blocks.clear()
        self.endResetModel()

    def row_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, row_id: int) -> int | None:
        """The row showing store row ``row_id``, or None when it is not visible."""
        if self._positions is None:
            self._positions = {rid: i for i, rid in enumerate(self._ids)}
        return self._positions.get(row_id)

    def message_at(self, row: int) -> MessageRow | None:
        """The message of ``row`` (its block is read on first use)."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            block = self._read_block(number)
        else:
            self._blocks.move_to_end(number)
        offset = row - number * BLOCK
        return block[offset] if offset < len(block) else None

    def _read_block(self, number: int) -> list[MessageRow]:
        ids = self._ids[number * BLOCK : (number + 1) * BLOCK]
        found = {m.row_id: m for m in self.store.messages_by_row_ids(ids)}
        # A message deleted meanwhile leaves a hole; keep the row count stable until the next reset.
        block = [found.get(i, _GONE) for i in ids]
        self.block_reads += 1
        self._blocks[number] = block
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    # ---- formatting ----

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def local_day(self, row: int) -> date | None:
        message = self.message_at(row)
        return None if message is None else self.local(message.sent_at).date()

    def starts_day(self, row: int) -> bool:
        """Whether ``row`` is the first visible message of its local day (a separator goes above)."""
        return row == 0 or self.local_day(row) != self.local_day(row - 1)

    # ---- QAbstractListModel ----

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self or not 0 <= index.row() < len(self._ids):
            return None
        message = self.message_at(index.row())
        if message is None:
            return None
        if role == MESSAGE_ROLE:
            return message
        if role == Qt.ItemDataRole.DisplayRole:
            return visible_controls(message.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Sent " + message.sent_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = self.local(message.sent_at).strftime("%d %b %Y %H:%M")
            sender = f"{role_label(message.sender_role)} {visible_controls(message.sender_name)}"
            return f"{sender}, {when}: {visible_controls(message.text)}"
        if role == LOCAL_TIME_ROLE:
            return self.local(message.sent_at)
        if role == DAY_BREAK_ROLE:
            return self.starts_day(index.row())
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Called twice per row when the view lays out 50,000 rows: a constant, no enum arithmetic.
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS


_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_GONE = MessageRow(-1, "", datetime(1970, 1, 1, tzinfo=UTC), "", "system", "", "en", "(message removed)", {}, ())
