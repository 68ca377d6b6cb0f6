"""The chat log of a demo case: three channels, several languages, platform translations."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from arbitration_desk.sandbox.world_case import CaseContext, ts
from arbitration_desk.sandbox.world_text import (
    AGENT_LINES,
    BUYER_FOLLOW_UPS,
    BUYER_OPENING,
    HOSTILE_LINES,
    PHRASES,
    SELLER_LINES,
    STALLING_LINES,
    SYSTEM_LINES,
)

AGENT_NAME = "Marketplace Support"
SYSTEM_NAME = "Marketplace"


def _base(language: str) -> str:
    return language.split("-")[0]


class _Phrasebook:
    """Renders phrases with translations; caches per (intent, sender language, audience)."""

    def __init__(self, ctx: CaseContext) -> None:
        self._values = {"order": ctx.order_id, "tracking": ctx.tracking}
        self._cache: dict[tuple[str, str, str], tuple[str, dict[str, str]]] = {}

    def render(self, intent: str, language: str, audience: str) -> tuple[str, dict[str, str]]:
        key = (intent, language, audience)
        cached = self._cache.get(key)
        if cached is None:
            table = PHRASES[intent]
            text = table[_base(language)].format(**self._values)
            translations: dict[str, str] = {}
            for target in ("en", audience):
                if _base(target) != _base(language) and target not in translations:
                    translations[target] = table[_base(target)].format(**self._values)
            cached = (text, translations)
            self._cache[key] = cached
        return cached[0], dict(cached[1])


def build_messages(ctx: CaseContext, count: int) -> list[dict[str, Any]]:
    """``count`` messages between the dispute opening and the end of the case, oldest first."""
    rng = ctx.rng
    if count <= 0:
        return []
    buyer, seller = ctx.buyer, ctx.seller
    book = _Phrasebook(ctx)
    span = max(60, int((ctx.end - ctx.opened).total_seconds()) - 120)
    offsets = sorted(rng.randrange(span) for _ in range(count))
    offsets[0] = 0
    opening = list(BUYER_OPENING[ctx.claim_type])
    seller_lines = STALLING_LINES if ctx.stalling else SELLER_LINES
    hostile_at = rng.randrange(count) if ctx.hostile and count > 3 else -1
    messages: list[dict[str, Any]] = []
    translations: dict[str, str]
    for number, offset in enumerate(offsets):
        if number == 0:
            channel, role = "buyer_platform", "system"
        elif opening:
            channel, role = "buyer_seller", "buyer"
        else:
            draw = rng.random()
            if draw < 0.6:
                channel, role = "buyer_seller", ("buyer" if rng.random() < 0.5 else "seller")
            elif draw < 0.8:
                channel, role = "buyer_platform", ("buyer" if rng.random() < 0.6 else "agent")
            else:
                channel, role = "seller_platform", ("seller" if rng.random() < 0.6 else "agent")
        if role == "system":
            language, text, translations = "en", SYSTEM_LINES["opened"], {}
            name = SYSTEM_NAME
        else:
            if role == "agent":
                party = buyer if channel == "buyer_platform" else seller
                language, name, audience = party.language, AGENT_NAME, "en"
                intent = rng.choice(AGENT_LINES)
            elif role == "buyer":
                language, name = buyer.language, buyer.name
                audience = seller.language if channel == "buyer_seller" else "en"
                intent = opening.pop(0) if opening else rng.choice(BUYER_FOLLOW_UPS)
            else:
                language, name = seller.language, seller.name
                audience = buyer.language if channel == "buyer_seller" else "en"
                intent = rng.choice(seller_lines)
            text, translations = book.render(intent, language, audience)
            if number == hostile_at:
                channel, role, name = "buyer_seller", "seller", seller.name
                language, text, translations = "en", rng.choice(HOSTILE_LINES), {}
        messages.append(
            {
                "message_id": f"msg_{ctx.tag}{number:07d}",
                "channel": channel,
                "sender": {"role": role, "display_name": name},
                "sent_at": ts(ctx.opened + timedelta(seconds=60 + offset)),
                "language": language,
                "text": text,
                "translations": translations,
                "attachments": [],
            }
        )
    return messages
