"""Committee members of the demo world and the panels they sit on."""

from __future__ import annotations

from arbitration_desk.sandbox.world_types import MemberSeed

DEMO_PASSWORD = "demo"  # noqa: S105 - the published demo password
#: RFC 6238 secret of the "otpmember" demo account (base32 of "arbitration-desk-otp").
OTP_SECRET = "MFZGE2LUOJQXI2LPNYWWIZLTNMWW65DQ"  # noqa: S105 - published demo secret

_PM, _CHAIR, _LEGAL = "panel_member", "chair", "legal"


def _member(
    member_id: str, username: str, name: str, roles: tuple[str, ...], locale: str, zone: str, otp: str | None = None
) -> MemberSeed:
    return MemberSeed(
        member_id=member_id,
        username=username,
        password=DEMO_PASSWORD,
        display_name=name,
        email=f"{username}@committee.example",
        roles=roles,
        locale=locale,
        timezone=zone,
        otp_secret=otp,
    )


MEMBERS: tuple[MemberSeed, ...] = (
    _member("mb_4RZ81KQ7", "chair", "Ana Ribeiro", (_PM, _CHAIR), "pt-PT", "Europe/Lisbon"),
    _member("mb_9TQ25LM3", "member1", "Jonas Weber", (_PM,), "de-DE", "Europe/Berlin"),
    _member("mb_2HX67PV0", "member2", "Priya Natarajan", (_PM,), "en-IN", "Asia/Kolkata"),
    _member("mb_7LG30DS5", "legal", "Hélène Marchand", (_LEGAL,), "fr-FR", "Europe/Paris"),
    _member("mb_5OT84PW1", "otpmember", "Kenji Sato", (_PM,), "ja-JP", "Asia/Tokyo", OTP_SECRET),
    _member("mb_3CH19WN8", "wchen", "Wei Chen", (_PM, _CHAIR), "zh-CN", "Asia/Shanghai"),
    _member("mb_8FS52RB4", "fsilva", "Fernanda Silva", (_PM,), "pt-BR", "America/Sao_Paulo"),
    _member("mb_6OA73TJ9", "oadeyemi", "Olumide Adeyemi", (_PM,), "en-NG", "Africa/Lagos"),
    _member("mb_1EI46VX2", "eivanova", "Elena Ivanova", (_PM, _CHAIR), "ru-RU", "Europe/Moscow"),
    _member("mb_0KA88QZ5", "kalrashid", "Khalid Al-Rashid", (_PM,), "ar-AE", "Asia/Dubai"),
)
BY_USERNAME = {m.username: m for m in MEMBERS}

#: Panels as usernames, chair first. Panel 0 is the demo panel (chair, member1, member2).
PANELS: tuple[tuple[str, ...], ...] = (
    ("chair", "member1", "member2"),
    ("chair", "member1", "otpmember"),
    ("wchen", "fsilva", "oadeyemi"),
    ("wchen", "member2", "otpmember"),
    ("eivanova", "member1", "kalrashid"),
)


def panel_for(index: int, status: str) -> tuple[MemberSeed, ...]:
    """The panel of case ``index``: decided cases and most others sit with the demo panel."""
    slot = index % 10
    number = 0 if status == "decided" else {5: 1, 7: 2, 8: 3, 9: 4}.get(slot, 0)
    return tuple(BY_USERNAME[name] for name in PANELS[number])
