"""Stores with generated chats for the timeline tests and the benchmark (built with the Store API)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from arbitration_desk.store import testing as t
from arbitration_desk.store.store import Store
from helpers.stores import open_store

HOSTILE_HTML = '<b>x</b> <img src="file:///etc/passwd">'
HOSTILE_BIDI = "invoice\u202etxt.exe"
CHANNELS = ("buyer_seller", "buyer_platform", "seller_platform")


#: Long lines in Arabic (right to left, with a Latin order number), Chinese and Russian, each with an
#: English translation: what a cross-border chat holds, and the costliest text to lay out.
FOREIGN = (
    (
        "ar",
        "الطرد لم يصل بعد، التتبع يقول تم التسليم لكنني لم أستلم شيئا. الطلب ORD-{n}، أرجو استرداد المبلغ كاملا. ",
        "The parcel has not come yet; tracking says delivered but I got nothing. Order ORD-{n}, full refund please.",
    ),
    (
        "zh-CN",
        "您好，包裹一直没有送到，物流显示已签收，但是我什么也没收到。订单号{n}，请尽快退款，谢谢。",
        "Hello, the parcel still has not been delivered; tracking shows it signed for. Order {n}, refund please.",
    ),
    (
        "ru",
        "Посылка так и не пришла, трекинг показывает «доставлено», но я ничего не получил. Заказ {n}. ",
        "The parcel did not come, tracking shows delivered, but I received nothing. Order {n}.",
    ),
)


def chat(count: int, *, every_minutes: float = 97.0) -> list[dict[str, Any]]:
    """``count`` messages over the three channels: a quarter in French with translations into
    German and English, a quarter in Arabic, Chinese or Russian (one to three sentences long) with
    an English one, the rest in English."""
    messages = []
    for n in range(count):
        m = t.message(
            f"msg_{n:06d}",
            f"Message number {n}: the parcel status is still unknown, tracking says in transit." * (1 + n % 3),
            minutes=n * every_minutes,
            channel=CHANNELS[n % 3],
        )
        if n % 4 == 1:
            m["language"] = "fr-FR"
            m["text"] = f"Message numéro {n} : le colis n'est jamais arrivé."
            m["translations"] = {"de": f"Nachricht {n}", "en": f"Message number {n}: the parcel never arrived."}
        elif n % 4 == 3:
            language, text, english = FOREIGN[n // 4 % 3]
            m["language"] = language
            m["text"] = (text * (1 + n % 3)).format(n=n).strip()
            m["translations"] = {"en": english.format(n=n)}
        if n % 50 == 7:
            m["attachments"] = ["ev_1"]
        messages.append(m)
    if count > 3:
        messages[2]["text"] = HOSTILE_HTML
        messages[3]["text"] = HOSTILE_BIDI
    return messages


def make_store(home: Path, count: int, *, case_id: str = "cs_1", status: str = "in_deliberation") -> Store:
    store = open_store(home)
    store.sync.set_member("m_me")
    store.sync.apply_case_page([t.case_summary(case_id, status=status)], [], "c1")
    store.sync.store_case(t.full_case(case_id, status=status, evidence=[t.evidence_item("ev_1", b"x", title="Photo")]))
    page = chat(count)
    for start in range(0, len(page), 5_000):
        store.sync.store_messages(case_id, page[start : start + 5_000], None)
    return store
