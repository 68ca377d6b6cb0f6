"""The hits of a full-text search, as a list model (snippets are plain text, matches marked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from arbitration_desk.gui.common.case_format import moment, untrusted
from arbitration_desk.gui.common.plaintext import plain_tooltip
from arbitration_desk.store.records import SearchHit

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_LABELS = {"case": "Case", "message": "Message", "annotation": "Annotation", "note": "Private note"}
FIELD_LABELS = {"translation": " (translation)", "quote": " (quoted)", "description": " (description)"}
SNIPPET_LIMIT = 300


def hit_text(hit: SearchHit) -> str:
    """``"ARB-2026-000101 · Message: …I would like a full [refund], please."``; matches in brackets."""
    kind = KIND_LABELS.get(hit.kind, untrusted(hit.kind, 40)) + FIELD_LABELS.get(hit.field, "")
    snippet = "".join(f"«{untrusted(text)}»" if matched else untrusted(text) for text, matched in hit.parts)
    snippet = " ".join(snippet.split())
    if len(snippet) > SNIPPET_LIMIT:
        snippet = snippet[:SNIPPET_LIMIT] + "…"
    return f"{untrusted(hit.reference, 80)} · {kind}: {snippet}"


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
        when = f"\nSent {moment(hit.sent_at)}" if hit.sent_at is not None else ""
        return plain_tooltip(text + when)

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
