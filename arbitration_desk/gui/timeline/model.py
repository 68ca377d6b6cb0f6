"""The chat timeline as a thin list model over the store: row i of N, messages fetched in blocks.

The row count comes from :meth:`CaseReads.message_row_ids`; messages are read in blocks
(:meth:`CaseReads.messages_by_row_ids`) kept in a small LRU cache, so a case of 50,000 messages opens
at once. With a :class:`Runner`, ``data()`` never reads: a row whose block is not cached yet has
no data (the delegate paints a placeholder), its block is read in the background together with the
neighbouring blocks in the direction of scrolling, and ``dataChanged`` repaints the placeholder
rows when it arrives. :meth:`TimelineModel.message_at` reads synchronously (for actions, not paint).
A channel filter, "new on appeal only" or a "messages referring to this evidence" selection narrows
the visible rows. On an appeal case (:meth:`TimelineModel.set_appeal`), the messages sent after the
appeal was filed answer :data:`NEW_ON_APPEAL_ROLE` with the tooltip of their "New on appeal" mark.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict
from collections.abc import Sequence
from datetime import UTC, date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimeZone

from arbitration_desk.domain.appeals import Appeal, is_new_on_appeal
from arbitration_desk.gui.case_view.jobs import guarded
from arbitration_desk.gui.common.case_format import moment
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import visible_controls
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.model import new_on_appeal_tip
from arbitration_desk.gui.timeline import prefetch
from arbitration_desk.gui.timeline.prefetch import BLOCK, CACHED_BLOCKS, READS_IN_FLIGHT
from arbitration_desk.store.records import MessageRow
from arbitration_desk.store.store import Store

MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_BREAK_ROLE = Qt.ItemDataRole.UserRole + 2
LOCAL_TIME_ROLE = Qt.ItemDataRole.UserRole + 3
#: The "New on appeal" mark's tooltip when the message was sent on appeal, else "".
NEW_ON_APPEAL_ROLE = Qt.ItemDataRole.UserRole + 4
#: Sender roles for display (English; shown through ``translate("TimelineModel", ...)``: :func:`role_label`).
ROLE_LABELS = {
    "buyer": QT_TRANSLATE_NOOP("TimelineModel", "Buyer"),
    "seller": QT_TRANSLATE_NOOP("TimelineModel", "Seller"),
    "agent": QT_TRANSLATE_NOOP("TimelineModel", "Platform agent"),
    "system": QT_TRANSLATE_NOOP("TimelineModel", "System"),
}
#: Channels for display (English; shown through ``translate("TimelineModel", ...)``: :func:`channel_label`).
CHANNEL_LABELS = {
    "buyer_seller": QT_TRANSLATE_NOOP("TimelineModel", "Buyer ↔ Seller"),
    "buyer_platform": QT_TRANSLATE_NOOP("TimelineModel", "Buyer ↔ Platform"),
    "seller_platform": QT_TRANSLATE_NOOP("TimelineModel", "Seller ↔ Platform"),
}
_Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


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
    label = ROLE_LABELS.get(role)
    return visible_controls(role) if label is None else translate("TimelineModel", label)


def channel_label(channel: str) -> str:
    """A channel for display (an unknown channel is shown as received)."""
    label = CHANNEL_LABELS.get(channel)
    return visible_controls(channel) if label is None else translate("TimelineModel", label)


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
        runner: reads blocks in the background (None: ``data()`` reads a missing block at once).
    """

    def __init__(
        self, store: Store, zone: tzinfo | None = None, parent: QObject | None = None, *, runner: Runner | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.zone = zone or local_zone()
        self.runner = runner
        self.case_id: str | None = None
        #: The appeal of the case shown (None at first instance).
        self.appeal: Appeal | None = None
        self._appeal_tip = ""
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._blocks: OrderedDict[int, list[MessageRow]] = OrderedDict()
        self._generation = 0
        self._visible: tuple[int, int] | None = None  # rows the view shows (see show_rows)
        self._direction = 1
        self._wanted: OrderedDict[int, None] = OrderedDict()  # most recently wanted last
        self._reading: set[int] = set()
        self._placeholders: dict[int, tuple[int, int]] = {}  # block → rows answered without it
        self.block_reads = 0
        #: Blocks read on the GUI thread (:meth:`message_at`, or ``data()`` without a runner).
        self.blocking_reads = 0

    # ---- content ----

    def set_rows(self, case_id: str | None, row_ids: Sequence[int], first_block: Sequence[MessageRow] = ()) -> None:
        """Shows ``row_ids`` (store row IDs in chat order) of ``case_id``.

        ``first_block``: the first block's messages when the caller read them already
        (:func:`read_block` of ``row_ids`` and block 0, e.g. in the job that listed the rows).
        """
        self.beginResetModel()
        self.case_id = case_id
        self._ids = list(row_ids)
        self._positions = None
        self._blocks.clear()
        self._generation += 1
        self._visible, self._direction = None, 1
        self._wanted.clear()
        self._reading.clear()
        self._placeholders.clear()
        if first_block and len(first_block) == len(self._ids[:BLOCK]):
            self._blocks[0] = list(first_block)
        self.endResetModel()

    def set_appeal(self, appeal: Appeal | None) -> None:
        """The appeal the case decides (None at first instance): which messages are new on appeal.

        No ``dataChanged``: a tree view would measure every row of it; the view repaints instead
        (the mark does not change a row's height).
        """
        self.appeal = appeal
        self._appeal_tip = "" if appeal is None else new_on_appeal_tip(appeal, self.zone)

    def new_on_appeal(self, message: MessageRow) -> str:
        """The "New on appeal" mark's tooltip when ``message`` was sent on appeal, else ""."""
        return self._appeal_tip if is_new_on_appeal(self.appeal, message.sent_at) else ""

    def cached_blocks(self) -> list[int]:
        """Numbers of the blocks in memory (least recently used first)."""
        return list(self._blocks)

    def row_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, row_id: int) -> int | None:
        """The row showing store row ``row_id``, or None when it is not visible."""
        if self._positions is None:
            self._positions = {rid: i for i, rid in enumerate(self._ids)}
        return self._positions.get(row_id)

    def message_at(self, row: int) -> MessageRow | None:
        """The message of ``row``, its block read now if it is not cached (blocks the caller)."""
        if not 0 <= row < len(self._ids):
            return None
        number = row // BLOCK
        if number not in self._blocks:
            self.blocking_reads += 1
            self._store_block(number, read_block(self.store, self._ids, number))
        return self._cached(row)

    def show_rows(self, first: int, last: int) -> None:
        """The view shows rows ``first`` to ``last``: reads their blocks, the next two in the
        direction of scrolling and the one behind, in the background (nothing without a runner)."""
        self._direction = prefetch.scroll_direction(self._visible, first, self._direction)
        self._visible = prefetch.shown_rows(first, last, len(self._ids))
        if self.runner is None or not self._ids:
            return
        for number in prefetch.blocks_to_read(self._visible, self._direction, len(self._ids)):
            self._want(number)
        self._read_wanted()
        self._repaint_placeholders()

    def _cached(self, row: int) -> MessageRow | None:
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            return None
        self._blocks.move_to_end(number)
        offset = row - number * BLOCK
        return block[offset] if offset < len(block) else None

    def _peek(self, row: int, shown: int | None = None) -> MessageRow | None:
        """The message of ``row`` if its block is cached; otherwise None, and the block is wanted.

        ``shown``: the row being painted (default ``row``); it is repainted when the block arrives.
        """
        message = self._cached(row)
        number = row // BLOCK
        if message is None and number not in self._blocks:
            if self.runner is None:
                return self.message_at(row)
            shown = row if shown is None else shown
            lo, hi = self._placeholders.get(number, (shown, shown))
            self._placeholders[number] = (min(lo, shown), max(hi, shown))
            self._want(number)
            self._read_wanted()
        return message

    def _want(self, number: int) -> None:
        if number not in self._blocks and number not in self._reading:
            self._wanted[number] = None
            self._wanted.move_to_end(number)

    def _read_wanted(self) -> None:
        while self._wanted and len(self._reading) < READS_IN_FLIGHT:
            number, _ = self._wanted.popitem()
            if number not in self._blocks and self._still_wanted(number):
                self._start_read(number)

    def _still_wanted(self, number: int) -> bool:
        return prefetch.still_wanted(number, self._visible, len(self._ids))

    def _start_read(self, number: int) -> None:
        assert self.runner is not None
        self._reading.add(number)
        store, ids, generation = self.store, self._ids, self._generation

        def arrived(block: list[MessageRow]) -> None:
            if generation == self._generation:
                self._reading.discard(number)
                if number not in self._blocks:
                    self._store_block(number, block)
                self._read_wanted()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._reading.discard(number)
                log.warning("could not read messages %d–%d: %s", number * BLOCK, (number + 1) * BLOCK - 1, exc)

        self.runner.run(lambda: read_block(store, ids, number), guarded(self, arrived), guarded(self, failed))

    def _store_block(self, number: int, block: list[MessageRow]) -> None:
        self.block_reads += 1
        self._blocks[number] = block
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        self._repaint_placeholders()

    def _repaint_placeholders(self) -> None:
        """Emits ``dataChanged`` for rows answered without their block, once it is cached and near
        the rows shown. (For rows far away it waits: a tree view measures every row between the
        top one and a changed one, which would mean measuring thousands of rows not read yet.)"""
        for number in [n for n in self._placeholders if n in self._blocks and self._near(n)]:
            first, last = self._placeholders.pop(number)
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def _near(self, number: int) -> bool:
        return prefetch.near(number, self._visible)

    # ---- formatting ----

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def local_day(self, row: int) -> date | None:
        message = self.message_at(row)
        return None if message is None else self.local(message.sent_at).date()

    def starts_day(self, row: int) -> bool:
        """Whether ``row`` is the first visible message of its local day (a separator goes above)."""
        return row == 0 or self.local_day(row) != self.local_day(row - 1)

    def _starts_day_now(self, row: int, message: MessageRow) -> bool:
        """:meth:`starts_day` without reading: False while the row above is not cached (the row is
        repainted when that block arrives)."""
        if row == 0:
            return True
        above = self._peek(row - 1, shown=row)
        return above is not None and self._new_day(above, message)

    def _new_day(self, above: MessageRow, message: MessageRow) -> bool:
        return self.local(message.sent_at).date() != self.local(above.sent_at).date()

    def cached_row(self, row: int) -> tuple[MessageRow, bool] | None:
        """The message of ``row`` and whether a day separator goes above it, when the blocks of
        the row and of the row above are cached; None otherwise (reads and wants nothing)."""
        message = self._cached(row) if 0 <= row < len(self._ids) else None
        if message is None or row == 0:
            return None if message is None else (message, True)
        above = self._cached(row - 1)
        return None if above is None else (message, self._new_day(above, message))

    # ---- QAbstractListModel ----

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self or not 0 <= index.row() < len(self._ids):
            return None
        message = self._peek(index.row())
        if message is None:
            return None
        if role == MESSAGE_ROLE:
            return message
        if role == Qt.ItemDataRole.DisplayRole:
            return visible_controls(message.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            utc = message.sent_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            sent = translate("TimelineModel", "Sent {when}").format(when=utc)
            tip = self.new_on_appeal(message)
            return f"{sent}\n{tip}" if tip else sent
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = moment(message.sent_at, self.zone)
            if self.new_on_appeal(message):
                text = translate("TimelineModel", "{role} {name}, {when}, new on appeal: {text}")
            else:
                text = translate("TimelineModel", "{role} {name}, {when}: {text}")
            return text.format(
                role=role_label(message.sender_role),
                name=visible_controls(message.sender_name),
                when=when,
                text=visible_controls(message.text),
            )
        if role == NEW_ON_APPEAL_ROLE:
            return self.new_on_appeal(message)
        if role == LOCAL_TIME_ROLE:
            return self.local(message.sent_at)
        if role == DAY_BREAK_ROLE:
            return self._starts_day_now(index.row(), message)
        return None

    # No flags(): QAbstractListModel's own (enabled, selectable, never has children) is the one
    # wanted, and a Python override costs two calls per row each time the view lays out 50,000 rows.


def read_block(store: Store, ids: list[int], number: int) -> list[MessageRow]:
    """The messages of block ``number`` of ``ids`` (thread-safe: runs in a worker for prefetch).

    A message deleted meanwhile leaves a hole; the row count stays stable until the next reset.
    """
    wanted = ids[number * BLOCK : (number + 1) * BLOCK]
    found = {m.row_id: m for m in store.reads.messages_by_row_ids(wanted)}
    gone = _gone()
    return [found.get(i, gone) for i in wanted]


def _gone() -> MessageRow:
    """What a hole left by a message deleted meanwhile shows (``translate`` is thread-safe)."""
    removed = translate("TimelineModel", "(message removed)")
    return MessageRow(-1, "", datetime(1970, 1, 1, tzinfo=UTC), "", "system", "", "en", removed, {}, ())
