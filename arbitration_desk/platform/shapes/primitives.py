"""The contract's primitives: IDs, cursors, timestamps, tags, hashes, money."""

from __future__ import annotations

from arbitration_desk.platform.shapes.base import Int, Obj, Str, Timestamp

OPAQUE_ID = Str(min_len=1, max_len=128)
CURSOR = Str(min_len=1, max_len=2048)
TIMESTAMP = Timestamp(min_len=20, max_len=40)
LANGUAGE = Str(pattern=r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", max_len=64)
COUNTRY = Str(pattern=r"[A-Z]{2}")
SHA256 = Str(pattern=r"[0-9a-f]{64}")
UUID = Str(pattern=r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DATE = Str(pattern=r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TEXT = Str()
COUNT = Int(minimum=0)
MONEY = Obj(
    {"amount": Str(pattern=r"(0|[1-9][0-9]{0,14})\.[0-9]{2}"), "currency": Str(pattern=r"[A-Z]{3}")},
)
