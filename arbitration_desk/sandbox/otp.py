"""Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 6 digits, 30 s step)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import time

STEP = 30
DIGITS = 6


def _decode_secret(secret: str) -> bytes:
    text = secret.strip().replace(" ", "").upper()
    return base64.b32decode(text + "=" * (-len(text) % 8))


def totp(secret: str, at: float | None = None, *, step_offset: int = 0) -> str:
    """The code for ``secret`` at time ``at`` (now by default), ``step_offset`` steps away."""
    counter = int((time.time() if at is None else at) // STEP) + step_offset
    digest = hmac.new(_decode_secret(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**DIGITS).zfill(DIGITS)


def verify(secret: str, code: str, at: float | None = None) -> bool:
    """True when ``code`` matches the current step or one step either side."""
    return any(hmac.compare_digest(totp(secret, at, step_offset=d), code) for d in (-1, 0, 1))
