"""Signed opaque cursors: ``<prefix>`` + base64url(JSON) + ``.`` + HMAC-SHA-256."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any

from arbitration_desk.sandbox.problems import ApiError

#: Cursors older than this are rejected with invalid-cursor.
RETENTION_SECONDS = 30 * 24 * 3600


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class CursorCodec:
    """Issues and checks cursors with a server secret; ``not_before`` invalidates older cursors."""

    def __init__(self, secret: bytes, not_before: float = 0.0) -> None:
        self._secret = secret
        self.not_before = not_before

    def _mac(self, prefix: str, payload: str) -> str:
        mac = hmac.new(self._secret, f"{prefix}{payload}".encode(), hashlib.sha256).digest()
        return _b64(mac[:18])

    def encode(self, prefix: str, data: dict[str, Any]) -> str:
        body = dict(data, issued=time.time())
        payload = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
        return f"{prefix}{payload}.{self._mac(prefix, payload)}"

    def decode(self, prefix: str, text: str) -> dict[str, Any]:
        """The cursor's data; raises ApiError invalid-cursor when malformed, forged or expired."""
        if not text.startswith(prefix) or text.count(".") != 2:
            raise ApiError("invalid-cursor", "The cursor is malformed. Start again without a cursor.")
        payload, mac = text[len(prefix) :].split(".")
        if not hmac.compare_digest(mac, self._mac(prefix, payload)):
            raise ApiError("invalid-cursor", "The cursor is not valid. Start again without a cursor.")
        try:
            data = json.loads(_unb64(payload))
        except (ValueError, binascii.Error) as exc:
            raise ApiError("invalid-cursor", "The cursor is malformed.") from exc
        issued = data.get("issued") if isinstance(data, dict) else None
        if not isinstance(issued, int | float):
            raise ApiError("invalid-cursor", "The cursor is malformed.")
        if issued < self.not_before or issued < time.time() - RETENTION_SECONDS:
            raise ApiError("invalid-cursor", "The cursor has expired. Start again without a cursor.")
        return data
