"""The hits of a full-text search, as a list model (snippets are plain text, matches marked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from arbitration_desk.gui.common.case_format import moment, untrusted
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.store.records import SearchHit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a hit is in (English; shown through ``translate("SearchHitsModel", ...)``).
KIND_LABELS = {
    "case": QT_TRANSLATE_NOOP("SearchHitsModel", "Case"),
    "message": QT_TRANSLATE_NOOP("SearchHitsModel", "Message"),
    "annotation": QT_TRANSLATE_NOOP("SearchHitsModel", "Annotation"),
    "note": QT_TRANSLATE_NOOP("SearchHitsModel", "Private note"),
}
#: Which part of it matched, around the kind (English; shown through ``translate("SearchHitsModel", ...)``).
FIELD_LABELS = {
    "translation": QT_TRANSLATE_NOOP("SearchHitsModel", "{kind} (translation)"),
    "quote": QT_TRANSLATE_NOOP("SearchHitsModel", "{kind} (quoted)"),
    "description": QT_TRANSLATE_NOOP("SearchHitsModel", "{kind} (description)"),
}
SNIPPET_LIMIT = 300


def hit_text(hit: SearchHit) -> str:
    """``"ARB-2026-000101 · Message: …I would like a full [refund], please."``; matches in brackets."""
    label = KIND_LABELS.get(hit.kind)
    kind = untrusted(hit.kind, 40) if label is None else translate("SearchHitsModel", label)
    if (field := FIELD_LABELS.get(hit.field)) is not None:
        kind = translate("SearchHitsModel", field).format(kind=kind)
    snippet = "".join(f"«{untrusted(text)}»" if matched else untrusted(text) for text, matched in hit.parts)
    snippet = " ".join(snippet.split())
    if len(snippet) > SNIPPET_LIMIT:
        snippet = snippet[:SNIPPET_LIMIT] + "…"
    text = translate("SearchHitsModel", "{reference} · {kind}: {snippet}")
    return text.format(reference=untrusted(hit.reference, 80), kind=kind, snippet=snippet)


class SearchHitsModel(QAbstractListModel):
    """One row per :class:`SearchHit`, in the store's order.

    Args:
        parent: the owning QObject.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._texts: list[str] = []
        self._tips: list[str] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._texts = [hit_text(hit) for hit in self._hits]
        self._tips = [self._tip(hit, text) for hit, text in zip(self._hits, self._texts, strict=True)]
        self.endResetModel()

    @staticmethod
    def _tip(hit: SearchHit, text: str) -> str:
        if hit.sent_at is None:
            return plain_tooltip(text)
        return plain_tooltip(text + "\n" + translate("SearchHitsModel", "Sent {when}").format(when=moment(hit.sent_at)))

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def case_ids(self) -> frozenset[str]:
        return frozenset(hit.case_id for hit in self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row]
        if role == HIT_ROLE:
            return self._hits[row]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
