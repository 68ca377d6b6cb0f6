"""Access and refresh tokens: opaque, stored as SHA-256 hashes, rotating refresh tokens in families.

The grace window (a refresh token reused within ``grace_seconds`` of its first use returns the SAME
new pair) needs the plaintext of that pair. It is kept only in memory, keyed by the used token's
hash, and forgotten when the window ends: plaintext tokens never reach the database. After a
restart a reuse inside the window therefore cannot be replayed; it gets ``invalid-grant`` without
revoking the family (the client signs in again), which is the safe side of the trade.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from arbitration_desk.sandbox import db
from arbitration_desk.sandbox.problems import ApiError
from arbitration_desk.sandbox.state import Store

REFRESH_TTL = 14 * 24 * 3600
GRACE_SECONDS = 60.0


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int

    def to_json(self) -> dict[str, object]:
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
        }


def _invalid(detail: str) -> ApiError:
    return ApiError("invalid-grant", detail)


class TokenService:
    def __init__(self, store: Store, access_ttl: int = 900, grace_seconds: float = GRACE_SECONDS) -> None:
        self.store = store
        self.access_ttl = access_ttl
        self.grace_seconds = grace_seconds
        self._replays: dict[str, tuple[TokenPair, float]] = {}
        self._lock = threading.Lock()

    def _issue(self, conn: Connection, member_id: str, family_id: str, family_expires: float) -> TokenPair:
        now = time.time()
        pair = TokenPair("at_" + secrets.token_urlsafe(32), "rt_" + secrets.token_urlsafe(32), self.access_ttl)
        conn.execute(
            db.tokens.insert(),
            [
                {
                    "token_hash": token_hash(pair.access_token),
                    "kind": "access",
                    "member_id": member_id,
                    "family_id": family_id,
                    "expires_at": now + self.access_ttl,
                    "revoked": False,
                },
                {
                    "token_hash": token_hash(pair.refresh_token),
                    "kind": "refresh",
                    "member_id": member_id,
                    "family_id": family_id,
                    "expires_at": family_expires,
                    "revoked": False,
                },
            ],
        )
        return pair

    def sign_in(self, member_id: str) -> TokenPair:
        """A new token family for a password sign-in."""
        family_id = secrets.token_hex(16)
        expires = time.time() + REFRESH_TTL
        with self.store.write() as conn:
            conn.execute(
                db.families.insert().values(family_id=family_id, member_id=member_id, expires_at=expires, revoked=False)
            )
            return self._issue(conn, member_id, family_id, expires)

    def refresh(self, refresh_token: str) -> TokenPair:
        """Rotates ``refresh_token`` (ApiError invalid-grant when it cannot be used)."""
        digest = token_hash(refresh_token)
        now = time.time()
        with self.store.write() as conn:
            row = conn.execute(
                select(db.tokens, db.families.c.revoked.label("family_revoked"), db.families.c.expires_at.label("fx"))
                .join(db.families, db.families.c.family_id == db.tokens.c.family_id)
                .where(db.tokens.c.token_hash == digest, db.tokens.c.kind == "refresh")
            ).first()
            if row is None or row.family_revoked or row.revoked or row.fx <= now:
                raise _invalid("The refresh token is unknown, expired or revoked. Sign in again.")
            if row.used_at is None:
                conn.execute(update(db.tokens).where(db.tokens.c.token_hash == digest).values(used_at=now))
                pair = self._issue(conn, row.member_id, row.family_id, row.fx)
                with self._lock:
                    self._replays = {k: v for k, v in self._replays.items() if v[1] > now - self.grace_seconds}
                    self._replays[digest] = (pair, now)
                return pair
            if now - row.used_at <= self.grace_seconds:
                with self._lock:
                    replay = self._replays.get(digest)
                if replay is not None:
                    return replay[0]
                raise _invalid("The refresh token was already used. Sign in again.")
            self._revoke_family(conn, row.family_id)
        raise _invalid("The refresh token was reused; all tokens of this sign-in are revoked.")

    @staticmethod
    def _revoke_family(conn: Connection, family_id: str) -> None:
        conn.execute(update(db.families).where(db.families.c.family_id == family_id).values(revoked=True))
        conn.execute(update(db.tokens).where(db.tokens.c.family_id == family_id).values(revoked=True))

    def authenticate(self, access_token: str) -> tuple[str, str] | None:
        """(member_id, token hash) for a live access token, else None."""
        digest = token_hash(access_token)
        with self.store.read() as conn:
            row = conn.execute(
                select(db.tokens.c.member_id, db.tokens.c.expires_at, db.tokens.c.revoked, db.families.c.revoked)
                .join(db.families, db.families.c.family_id == db.tokens.c.family_id)
                .where(db.tokens.c.token_hash == digest, db.tokens.c.kind == "access")
            ).first()
        if row is None or row[2] or row[3] or row[1] <= time.time():
            return None
        return str(row[0]), digest

    def revoke(self, token: str, member_id: str) -> None:
        """Revokes a token of ``member_id``: a refresh token ends its family. Others are ignored."""
        digest = token_hash(token)
        with self.store.write() as conn:
            row = conn.execute(select(db.tokens).where(db.tokens.c.token_hash == digest)).first()
            if row is None or row.member_id != member_id:
                return
            if row.kind == "refresh":
                self._revoke_family(conn, row.family_id)
            else:
                conn.execute(update(db.tokens).where(db.tokens.c.token_hash == digest).values(revoked=True))
