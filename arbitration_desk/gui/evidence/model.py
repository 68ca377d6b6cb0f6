"""A list model over a case's evidence rows (loaded by the gallery from the store).

Texts are prepared once in :meth:`EvidenceModel.set_rows`, so :meth:`EvidenceModel.data` is O(1).
Thumbnails come from a :class:`ThumbnailCache`; asking for one that is not in memory starts its
decoding and the row's decoration updates when it is ready.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Slot

from arbitration_desk.domain.appeals import Appeal, is_new_on_appeal
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.gui.evidence.thumbnails import ThumbnailCache
from arbitration_desk.store.records import EvidenceRow, EvidenceState

Index = QModelIndex | QPersistentModelIndex

#: Badge text (English: shown as ``translate("EvidenceModel", text)``) and colours (background,
#: text) per evidence state.
BADGES: dict[EvidenceState, tuple[str, str, str]] = {
    EvidenceState.VERIFIED: (QT_TRANSLATE_NOOP("EvidenceModel", "Verified"), "#e3f4e8", "#17692f"),
    EvidenceState.PENDING: (QT_TRANSLATE_NOOP("EvidenceModel", "Not downloaded"), "#eceff1", "#455a64"),
    EvidenceState.QUARANTINED: (QT_TRANSLATE_NOOP("EvidenceModel", "Quarantined"), "#fff2d6", "#7a4b00"),
    EvidenceState.FAILED_VERIFICATION: (
        QT_TRANSLATE_NOOP("EvidenceModel", "Failed verification"),
        "#fdecea",
        "#b3261e",
    ),
}
UNKNOWN_BADGE = (QT_TRANSLATE_NOOP("EvidenceModel", "Unknown state"), "#eceff1", "#455a64")
#: The mark of an item added on appeal: text (English: shown as ``translate("EvidenceModel", text)``,
#: see :func:`new_on_appeal_text`), background, text colour, border.
NEW_ON_APPEAL_CHIP = (QT_TRANSLATE_NOOP("EvidenceModel", "New on appeal"), "#e0f2f1", "#00695c", "#00897b")


def new_on_appeal_text() -> str:
    """The words of the "New on appeal" mark, in the desk's language (the gallery's and the chat's)."""
    return translate("EvidenceModel", NEW_ON_APPEAL_CHIP[0])


def translated_badge(badge: tuple[str, str, str]) -> tuple[str, str, str]:
    """A badge of :data:`BADGES` with its text in the desk's language."""
    text, background, foreground = badge
    return translate("EvidenceModel", text), background, foreground


def new_on_appeal_tip(appeal: Appeal, zone: tzinfo | None = None) -> str:
    """The tooltip of the "New on appeal" mark (the gallery's and the chat's); the filing time in
    ``zone`` (default: the computer's, as :func:`~arbitration_desk.gui.common.case_format.moment`)."""
    filed = fmt.moment(appeal.filed_at, zone)
    return translate("EvidenceModel", "Added on appeal, after the appeal was filed on {when}").format(when=filed)


class EvidenceRole(IntEnum):
    ROW = Qt.ItemDataRole.UserRole + 1  # the EvidenceRow
    STATE = Qt.ItemDataRole.UserRole + 2  # its state string
    SUBTITLE = Qt.ItemDataRole.UserRole + 3  # "Buyer · 17 Feb 2026, 10:00"
    BADGE = Qt.ItemDataRole.UserRole + 4  # (text, background, foreground)
    THUMBNAIL_NOTE = Qt.ItemDataRole.UserRole + 5  # why there is no thumbnail ("" when there is one)
    NEW_ON_APPEAL = Qt.ItemDataRole.UserRole + 6  # the mark's tooltip when added on appeal, else ""
    APPEAL_CASE = Qt.ItemDataRole.UserRole + 7  # whether the case is an appeal case (every row the same)


@dataclass(frozen=True, slots=True)
class _Prepared:
    row: EvidenceRow
    title: str
    subtitle: str
    description: str  # plain text (accessibility)
    tooltip: str  # the description as literal tooltip markup
    accessible: str  # the title, the state and whether it is new on appeal (accessibility)
    badge: tuple[str, str, str]  # translated
    new_on_appeal: str  # the mark's tooltip (plain text) when the item was added on appeal, else ""


def _prepare(row: EvidenceRow, appeal: Appeal | None = None) -> _Prepared:
    title = fmt.untrusted(row.title, 300) or translate("EvidenceModel", "(untitled)")
    submitter, when = fmt.humanize(row.submitted_by), fmt.moment(row.submitted_at)
    subtitle = f"{submitter}  ·  {when}"
    badge = translated_badge(BADGES.get(row.state, UNKNOWN_BADGE))
    lines = [
        title,
        translate("EvidenceModel", "{kind} submitted by {submitter}, {when}").format(
            kind=fmt.humanize(row.kind), submitter=submitter, when=when
        ),
        translate("EvidenceModel", "File name (as submitted): {filename}").format(
            filename=fmt.untrusted(row.filename, 300)
        ),
        translate("EvidenceModel", "Declared type: {media_type}  ·  {size}").format(
            media_type=fmt.untrusted(row.media_type, 100), size=fmt.size(row.size_bytes)
        ),
        translate("EvidenceModel", "{state}  ·  SHA-256 {sha256}").format(state=badge[0], sha256=row.sha256),
    ]
    new = new_on_appeal_tip(appeal) if appeal is not None and is_new_on_appeal(appeal, row.submitted_at) else ""
    if new:
        lines.append(new)
        accessible = translate("EvidenceModel", "{title}, {state}, new on appeal").format(title=title, state=badge[0])
    else:
        accessible = translate("EvidenceModel", "{title}, {state}").format(title=title, state=badge[0])
    description = "\n".join(lines)
    return _Prepared(row, title, subtitle, description, plain_tooltip(description), accessible, badge, new)


class EvidenceModel(QAbstractListModel):
    """One row per evidence item, in the order given.

    Args:
        thumbnails: where decorations come from.
        parent: the owning QObject.
    """

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._items: list[_Prepared] = []
        self._rows_by_hash: dict[str, list[int]] = {}
        self._rows_by_id: dict[str, int] = {}
        self._appeal: Appeal | None = None
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_rows(self, rows: Sequence[EvidenceRow], appeal: Appeal | None = None) -> None:
        """Replaces the content; on an appeal case (``appeal``), the items added on appeal are marked."""
        self.beginResetModel()
        self._appeal = appeal
        self._items = [_prepare(row, appeal) for row in rows]
        self._rows_by_hash = {}
        self._rows_by_id = {}
        for number, row in enumerate(rows):
            self._rows_by_hash.setdefault(row.sha256, []).append(number)
            self._rows_by_id.setdefault(row.evidence_id, number)
        self.endResetModel()

    def request_thumbnails(self, first: int, count: int) -> None:
        """Asks for the thumbnails of ``count`` rows from ``first`` that are not in memory yet, as
        painting them would (the gallery asks for its first screen before the list paints it)."""
        rows = self._items[max(first, 0) : max(first, 0) + count]
        self._thumbnails.request_now(
            item.row.sha256
            for item in rows
            if item.row.state == EvidenceState.VERIFIED and self._thumbnails.pixmap(item.row.sha256) is None
        )

    def row_of(self, evidence_id: str) -> int | None:
        """The row of an evidence ID (None when not in the model)."""
        return self._rows_by_id.get(evidence_id)

    def evidence(self, row: int) -> EvidenceRow | None:
        return self._items[row].row if 0 <= row < len(self._items) else None

    @property
    def appeal(self) -> Appeal | None:
        """The appeal of the case shown (None at first instance)."""
        return self._appeal

    # ---- QAbstractItemModel ----

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return item.description
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item.accessible
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(item.row)
        if role == EvidenceRole.ROW:
            return item.row
        if role == EvidenceRole.STATE:
            return item.row.state
        if role == EvidenceRole.SUBTITLE:
            return item.subtitle
        if role == EvidenceRole.BADGE:
            return item.badge
        if role == EvidenceRole.THUMBNAIL_NOTE:
            return self._thumbnail_note(item.row)
        if role == EvidenceRole.NEW_ON_APPEAL:
            return item.new_on_appeal
        if role == EvidenceRole.APPEAL_CASE:
            return self._appeal is not None
        return None

    def _decoration(self, row: EvidenceRow) -> Any:
        if row.state != EvidenceState.VERIFIED:
            return None
        pixmap = self._thumbnails.pixmap(row.sha256)
        if pixmap is None:
            self._thumbnails.request(row.sha256)
        return pixmap

    def _thumbnail_note(self, row: EvidenceRow) -> str:
        if row.state != EvidenceState.VERIFIED:
            return translate("EvidenceModel", "No preview")
        if self._thumbnails.pixmap(row.sha256) is not None:
            return ""
        if self._thumbnails.failure(row.sha256) is not None:
            return translate("EvidenceModel", "No preview")
        return translate("EvidenceModel", "Loading…")

    @Slot(str)
    def _thumbnail_ready(self, sha256: str) -> None:
        for number in self._rows_by_hash.get(sha256, ()):
            index = self.index(number, 0)
            roles = [Qt.ItemDataRole.DecorationRole, int(EvidenceRole.THUMBNAIL_NOTE)]
            self.dataChanged.emit(index, index, roles)
