"""The Summary tab: claim, seller's response, parties, order, shipping tracking and procedural history.

Every string from the platform is shown as plain text with bidi controls made visible. The
content is rebuilt for each case (a few dozen labels; the view holds no large lists).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from arbitration_desk.domain.abuse_signals import party_signal
from arbitration_desk.gui.case_view.summary_parts import (
    EventTimeline,
    PartyCard,
    TimelineEntry,
    caption,
    heading,
    value_label,
)
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import translate
from arbitration_desk.store.records import CaseDetail

#: Order lines shown at most (the rest are counted).
MAX_ITEMS = 50
MAX_EVENTS = 200
_TRACKING_COLORS = {
    "delivered": "#2e7d32",
    "delivery_failed": "#c62828",
    "returned": "#c62828",
    "customs": "#b26a00",
    "out_for_delivery": "#1565c0",
}
_HISTORY_COLORS = {"buyer": "#1565c0", "seller": "#6a1b9a", "platform": "#546e7a", "mediator": "#00838f"}


class SummaryView(QScrollArea):
    """Shows the summary of one :class:`CaseDetail` (or a message when there is none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SummaryView", "Case summary"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.sections: dict[str, QWidget] = {}
        self.show_message(translate("SummaryView", "No case selected."))

    # ---- public API ----

    def set_detail(self, detail: CaseDetail | None) -> None:
        """Shows ``detail``; a case whose full document is not synced yet shows what the list knows."""
        if detail is None:
            self.show_message(translate("SummaryView", "No case selected."))
        elif detail.case is None:
            self.show_message(
                translate("SummaryView", "This case has not been downloaded yet. It will be after the next sync.")
            )
        else:
            self._build(detail.case)

    def show_error(self, text: str) -> None:
        self.show_message(text)

    def show_message(self, text: str) -> None:
        """Replaces the content by a centred message (our own text)."""
        self.sections = {}
        page = QLabel(text)
        page.setTextFormat(Qt.TextFormat.PlainText)
        page.setWordWrap(True)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setAccessibleName(translate("SummaryView", "Summary message"))
        self.setWidget(page)

    # ---- building ----

    def _build(self, case: dict[str, Any]) -> None:
        page = QWidget()
        page.setAccessibleName(translate("SummaryView", "Summary content"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(14)
        self.sections = {
            "claim": self._claim(case, page),
            "response": self._response(case, page),
            "parties": self._parties(case, page),
            "order": self._order(case, page),
            "shipping": self._shipping(case, page),
            "history": self._history(case, page),
        }
        for section in self.sections.values():
            layout.addWidget(section)
        layout.addStretch(1)
        self.setWidget(page)

    def _section(self, title: str, parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget(parent)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(heading(title, box))
        return box, layout

    @staticmethod
    def _facts(pairs: list[tuple[str, str]], parent: QWidget, columns: int = 2) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for index, (label, text) in enumerate(pairs):
            row, column = divmod(index, columns)
            grid.addWidget(caption(label, parent), row, column * 2)
            grid.addWidget(value_label(text, parent, label), row, column * 2 + 1)
        for column in range(columns):
            grid.setColumnStretch(column * 2 + 1, 1)
        return grid

    def _claim(self, case: dict[str, Any], parent: QWidget) -> QWidget:
        box, layout = self._section(translate("SummaryView", "Claim"), parent)
        claim = case.get("claim")
        layout.addLayout(
            self._facts(
                [
                    (translate("SummaryView", "Type"), fmt.humanize(fmt.field(claim, "type"))),
                    (translate("SummaryView", "Requested remedy"), fmt.humanize(fmt.field(claim, "requested_remedy"))),
                    (translate("SummaryView", "Amount claimed"), fmt.money(fmt.field(claim, "amount_claimed"))),
                    (translate("SummaryView", "Opened"), fmt.moment(fmt.field(claim, "opened_at"))),
                    (translate("SummaryView", "Escalated"), fmt.moment(case.get("escalated_at"))),
                    (translate("SummaryView", "Messages"), str(case.get("message_count", "—"))),
                ],
                box,
            )
        )
        statement_name = translate("SummaryView", "Buyer's statement")
        statement = value_label(fmt.untrusted(fmt.field(claim, "description")), box, statement_name)
        statement.setFrameShape(QFrame.Shape.StyledPanel)
        statement.setStyleSheet("QLabel { padding: 8px; }")
        layout.addWidget(caption(statement_name, box))
        layout.addWidget(statement)
        return box

    def _response(self, case: dict[str, Any], parent: QWidget) -> QWidget:
        name = translate("SummaryView", "Seller's response")
        box, layout = self._section(name, parent)
        response = case.get("seller_response")
        if not isinstance(response, dict):
            layout.addWidget(value_label(translate("SummaryView", "The seller has not responded formally."), box, name))
            return box
        responded = translate("SummaryView", "Responded {when}").format(when=fmt.moment(response.get("responded_at")))
        layout.addWidget(caption(responded, box))
        text = value_label(fmt.untrusted(response.get("text")), box, name)
        text.setFrameShape(QFrame.Shape.StyledPanel)
        text.setStyleSheet("QLabel { padding: 8px; }")
        layout.addWidget(text)
        return box

    def _parties(self, case: dict[str, Any], parent: QWidget) -> QWidget:
        box, layout = self._section(translate("SummaryView", "Parties"), parent)
        row = QHBoxLayout()
        parties = [p for p in case.get("parties") or [] if isinstance(p, dict)]
        order = {"buyer": 0, "seller": 1}
        for party in sorted(parties, key=lambda p: order.get(str(p.get("role")), 2))[:4]:
            row.addWidget(PartyCard(party, party_signal(party, case), box), 1)
        layout.addLayout(row)
        return box

    def _order(self, case: dict[str, Any], parent: QWidget) -> QWidget:
        box, layout = self._section(translate("SummaryView", "Order"), parent)
        order = case.get("order")
        payment = fmt.field(order, "payment")
        layout.addLayout(
            self._facts(
                [
                    (
                        translate("SummaryView", "Order", "the order's number"),
                        fmt.untrusted(fmt.field(order, "order_id"), 100),
                    ),
                    (translate("SummaryView", "Placed"), fmt.moment(fmt.field(order, "placed_at"))),
                    (translate("SummaryView", "Payment"), fmt.humanize(fmt.field(payment, "method"))),
                    (translate("SummaryView", "Paid"), fmt.moment(fmt.field(payment, "paid_at"))),
                ],
                box,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        titles = (
            translate("SummaryView", "SKU"),
            translate("SummaryView", "Item"),
            translate("SummaryView", "Quantity"),
            translate("SummaryView", "Unit price"),
        )
        sku, item_name, quantity, unit_price = titles
        for column, title in enumerate(titles):
            grid.addWidget(caption(title, box), 0, column)
        items = fmt.field(order, "items")
        items = items if isinstance(items, list) else []
        for index, item in enumerate(items[:MAX_ITEMS], start=1):
            grid.addWidget(value_label(fmt.untrusted(fmt.field(item, "sku"), 100), box, sku), index, 0)
            grid.addWidget(value_label(fmt.untrusted(fmt.field(item, "title"), 500), box, item_name), index, 1)
            grid.addWidget(value_label(str(fmt.field(item, "quantity")), box, quantity), index, 2)
            grid.addWidget(value_label(fmt.money(fmt.field(item, "unit_price")), box, unit_price), index, 3)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        if len(items) > MAX_ITEMS:
            more = translate("SummaryView", "… and %n more item(s)", n=len(items) - MAX_ITEMS)
            layout.addWidget(caption(more, box))
        paid = translate("SummaryView", "Total paid {amount}").format(amount=fmt.money(fmt.field(order, "total")))
        total = value_label(paid, box, translate("SummaryView", "Total paid"))
        total.setStyleSheet("QLabel { font-weight: 600; }")
        layout.addWidget(total)
        return box

    def _shipping(self, case: dict[str, Any], parent: QWidget) -> QWidget:
        box, layout = self._section(translate("SummaryView", "Shipping"), parent)
        shipping = fmt.field(case, "order", "shipping")
        layout.addLayout(
            self._facts(
                [
                    (translate("SummaryView", "Carrier"), fmt.untrusted(fmt.field(shipping, "carrier"), 200)),
                    (
                        translate("SummaryView", "Tracking number"),
                        fmt.untrusted(fmt.field(shipping, "tracking_number"), 200),
                    ),
                    (translate("SummaryView", "Shipped"), fmt.moment(fmt.field(shipping, "shipped_at"))),
                    (translate("SummaryView", "Delivered (carrier)"), fmt.moment(fmt.field(shipping, "delivered_at"))),
                    (
                        translate("SummaryView", "Destination"),
                        fmt.untrusted(fmt.field(shipping, "destination_country"), 10),
                    ),
                ],
                box,
            )
        )
        events = fmt.field(shipping, "events")
        entries = [
            TimelineEntry(
                fmt.moment(fmt.field(event, "at")),
                fmt.humanize(fmt.field(event, "status"))
                + (f"  ·  {fmt.untrusted(loc, 200)}" if (loc := fmt.field(event, "location")) else ""),
                fmt.untrusted(fmt.field(event, "description"), 1000),
                _TRACKING_COLORS.get(str(fmt.field(event, "status")), "#78909c"),
            )
            for event in (events if isinstance(events, list) else [])[:MAX_EVENTS]
        ]
        name = translate("SummaryView", "Tracking events")
        if entries:
            layout.addWidget(EventTimeline(entries, name, box))
        else:
            layout.addWidget(
                value_label(translate("SummaryView", "The carrier reported no tracking events."), box, name)
            )
        return box

    def _history(self, case: dict[str, Any], parent: QWidget) -> QWidget:
        name = translate("SummaryView", "Procedural history")
        box, layout = self._section(name, parent)
        history = case.get("history")
        by = translate("SummaryView", "{event}  ·  by {actor}")
        entries = [
            TimelineEntry(
                fmt.moment(fmt.field(event, "at")),
                by.format(
                    event=fmt.humanize(fmt.field(event, "kind")), actor=fmt.untrusted(fmt.field(event, "actor"), 60)
                ),
                fmt.untrusted(fmt.field(event, "note"), 2000) if fmt.field(event, "note") else "",
                _HISTORY_COLORS.get(str(fmt.field(event, "actor")), "#78909c"),
            )
            for event in (history if isinstance(history, list) else [])[:MAX_EVENTS]
        ]
        if entries:
            layout.addWidget(EventTimeline(entries, name, box))
        else:
            layout.addWidget(value_label(translate("SummaryView", "No procedural events recorded."), box, name))
        return box
