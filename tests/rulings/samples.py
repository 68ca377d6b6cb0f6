"""Sample cases and vote boards in the contract's shapes, in the demo world's languages."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from arbitration_desk.domain.money import Money
from arbitration_desk.rulings.draft import ChatQuote, RulingDraft, draft_from_case

CHAIR_ID = "mb_4RZ81KQ7"

#: language -> (seller name, claim description, a rationale, the summary)
TEXTS: dict[str, tuple[str, str, str, str]] = {
    "en": (
        "Bright Harbor Electronics",
        "The tracking says delivered on 19 January but nothing was in my mailbox.",
        "The carrier's proof of delivery shows house number 14; the order says 41.",
        "The parcel was delivered to the wrong address. The panel orders a full refund of 104.90 EUR.",
    ),
    "zh": (
        "明港电子有限公司",
        "物流显示1月19日已签收，但我的信箱里什么也没有。邻居也没有收到包裹。",
        "承运商的签收证明显示门牌号为14号，而订单和买家地址均为41号。卖家未对此作出解释。",
        "包裹被投递到错误的地址。仲裁庭裁定卖家全额退款104.90欧元。卖家应在十四天内完成退款，逾期将按平台规则处理。",
    ),
    "ar": (
        "متجر النيل للحرف",
        "يقول التتبع إن الطرد تم تسليمه في 19 يناير لكن صندوق بريدي كان فارغاً.",
        "يُظهر إثبات التسليم من شركة الشحن رقم المنزل 14، بينما يذكر الطلب الرقم 41. "
        "لم يقدم البائع أي تفسير لهذا الاختلاف.",
        "تم تسليم الطرد إلى عنوان خاطئ. تقرر اللجنة استرداد المبلغ كاملاً وقدره 104.90 يورو "
        "خلال أربعة عشر يوماً من تاريخ هذا القرار، وعلى البائع الالتزام بذلك.",
    ),
    "ru": (
        "Магазин «Светлая гавань»",
        "Трекинг показывает «доставлено», но в моём почтовом ящике ничего не было.",
        "Подтверждение доставки указывает дом 14, а в заказе указан дом 41.",
        "Посылка доставлена по неверному адресу. Коллегия постановляет вернуть 104.90 EUR.",
    ),
    "fr": (
        "Électronique Bréhat",
        "Le suivi indique « livré » le 19 janvier, mais ma boîte aux lettres était vide.",
        "La preuve de livraison indique le numéro 14 ; la commande indique le 41.",
        "Le colis a été livré à une mauvaise adresse : remboursement intégral de 104.90 EUR.",
    ),
}


def case_dict(lang: str = "en", chair_id: str = CHAIR_ID) -> dict[str, Any]:
    seller, claim, _rationale, _summary = TEXTS[lang]
    return {
        "id": "cs_01J9Y8K3Q7M2",
        "reference": "ARB-2026-000123",
        "status": "in_deliberation",
        "parties": [
            {"party_id": "pt_B7K2M9X4", "role": "buyer", "display_name": "Camille D.", "country": "FR"},
            {"party_id": "pt_S3Q8W1Z6", "role": "seller", "display_name": seller, "country": "CN"},
        ],
        "order": {
            "order_id": "or_88213374",
            "items": [
                {
                    "sku": "BHE-EB-220-BLK",
                    "title": "Wireless earbuds, black",
                    "quantity": 1,
                    "unit_price": {"amount": "89.90", "currency": "EUR"},
                },
                {
                    "sku": "BHE-CC-07-SIL",
                    "title": "Silicone case cover",
                    "quantity": 2,
                    "unit_price": {"amount": "7.50", "currency": "EUR"},
                },
            ],
            "total": {"amount": "104.90", "currency": "EUR"},
        },
        "claim": {
            "type": "not_received",
            "description": claim,
            "requested_remedy": "full_refund",
            "amount_claimed": {"amount": "104.90", "currency": "EUR"},
        },
        "history": [
            {"at": "2026-01-26T08:14:03Z", "actor": "buyer", "kind": "opened"},
            {"at": "2026-01-28T02:05:19Z", "actor": "seller", "kind": "seller_responded", "note": claim},
            {"at": "2026-02-17T10:00:00Z", "actor": "platform", "kind": "escalated"},
        ],
        "evidence": [
            {
                "evidence_id": "ev_01J9Y9A1B2C3",
                "submitted_by": "buyer",
                "title": claim[:30],
                "sha256": "b0c82a3ade3497964cb8034be915da179459287823d92b5717e6d642784c50e6",
            },
            {
                "evidence_id": "ev_01J9YC7D8E9F",
                "submitted_by": "seller",
                "title": "Carrier proof of delivery",
                "sha256": "1248b7c394ca668965c78ca5d6f28406098181e5d99ea9424f39c4d7cbacf376",
            },
        ],
        "panel": {
            "chair_id": chair_id,
            "members": [
                {"member_id": chair_id, "display_name": "Ana Ribeiro", "role": "chair"},
                {"member_id": "mb_9TQ25LM3", "display_name": "Jonas Weber", "role": "member"},
                {"member_id": "mb_2HX67PV0", "display_name": "Priya Natarajan", "role": "member"},
            ],
        },
    }


def board_dict(lang: str = "en", chair_id: str = CHAIR_ID) -> dict[str, Any]:
    rationale = TEXTS[lang][2]
    full = {"amount": "104.90", "currency": "EUR"}
    return {
        "quorum": 3,
        "cast": 3,
        "sealed": False,
        "items": [
            {
                "member_id": chair_id,
                "has_voted": True,
                "display_name": "Ana Ribeiro",
                "outcome": "favor_buyer",
                "award": full,
                "rationale": rationale,
                "cast_at": "2026-02-26T08:40:00Z",
            },
            {
                "member_id": "mb_9TQ25LM3",
                "has_voted": True,
                "display_name": "Jonas Weber",
                "outcome": "favor_buyer",
                "award": full,
                "rationale": rationale,
                "cast_at": "2026-02-25T10:03:12Z",
            },
            {
                "member_id": "mb_2HX67PV0",
                "has_voted": True,
                "display_name": "Priya Natarajan",
                "outcome": "favor_seller",
                "award": {"amount": "0.00", "currency": "EUR"},
                "rationale": "Dissent: " + rationale,
                "cast_at": "2026-02-27T14:18:33Z",
            },
        ],
    }


def make_draft(lang: str = "en", chair_id: str = CHAIR_ID, **changes: Any) -> RulingDraft:
    case = copy.deepcopy(case_dict(lang, chair_id))
    return draft_from_case(
        case,
        board_dict(lang, chair_id),
        outcome=changes.pop("outcome", "favor_buyer"),
        award=changes.pop("award", Money.parse("104.90", "EUR")),
        summary=changes.pop("summary", TEXTS[lang][3]),
        decided_at=changes.pop("decided_at", datetime(2026, 3, 2, 9, 12, tzinfo=UTC)),
        chat=[ChatQuote("msg_01J7Q2V4N8D1", "Camille D.", "2026-01-26T08:20:41Z", TEXTS[lang][1])],
        **changes,
    )
