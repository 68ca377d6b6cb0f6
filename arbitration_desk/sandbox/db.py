"""The sandbox's database schema (SQLAlchemy Core tables) and engine set-up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

members = Table(
    "members",
    metadata,
    Column("member_id", String(128), primary_key=True),
    Column("username", String(128), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("display_name", Text, nullable=False),
    Column("email", Text, nullable=False),
    Column("roles", Text, nullable=False),  # JSON list
    Column("locale", String(64), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("otp_secret", String(128)),
)

cases = Table(
    "cases",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("reference", Text, nullable=False),
    Column("data", Text, nullable=False),  # the seed's Case JSON (static fields)
    Column("status", String(32), nullable=False),
    Column("version", Integer, nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("change_seq", Integer, nullable=False, index=True),
    Column("chair_id", String(128), nullable=False),
    Column("message_count", Integer, nullable=False),
    Column("last_message_key", String(40), nullable=False, default=""),
)

panel = Table(
    "panel",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("member_id", String(128), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("position", Integer, nullable=False),
    Column("active", Boolean, nullable=False),
    Column("assigned_seq", Integer, nullable=False),
    Column("unassigned_seq", Integer, nullable=False, default=0),
    Index("ix_panel_member", "member_id", "active"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("evidence_id", String(128), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("item", Text, nullable=False),  # EvidenceItem JSON
    Column("media_type", Text, nullable=False),
    Column("served_sha256", String(64), nullable=False),
    Column("served_size", Integer, nullable=False),
    Column("removed", Boolean, nullable=False, default=False),
)

messages = Table(
    "messages",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("sort_key", String(40), primary_key=True),  # sent_at normalised to microseconds
    Column("message_id", String(128), primary_key=True),
    Column("data", Text, nullable=False),  # Message JSON, served as is
)

annotation_rows = Table(
    "annotations",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("annotation_id", String(64), primary_key=True),
    Column("author_id", String(128), nullable=False),
    Column("data", Text, nullable=False),  # AnnotationWrite JSON
    Column("etag", String(64), nullable=False),
    Column("written_at", String(40), nullable=False),
    Column("deleted_at", String(40)),
)

votes = Table(
    "votes",
    metadata,
    Column("case_id", String(128), primary_key=True),
    Column("member_id", String(128), primary_key=True),
    Column("outcome", String(32), nullable=False),
    Column("award", Text, nullable=False),
    Column("rationale", Text, nullable=False),
    Column("cast_at", String(40), nullable=False),
)

rulings = Table(
    "rulings",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("ruling_id", String(128), nullable=False, unique=True),
    Column("case_id", String(128), nullable=False, unique=True),
    Column("record", Text, nullable=False),  # RulingRecord JSON
    Column("decided_key", String(40), nullable=False),
    Column("panel_ids", Text, nullable=False),  # JSON list of member ids at recording time
    Column("idempotency_key", String(64), unique=True),
    Column("fingerprint", String(64)),
    Column("receipt", Text, nullable=False),
)

appeals = Table(
    "appeals",
    metadata,
    Column("case_id", String(128), primary_key=True),  # the appeal case
    Column("of_case_id", String(128), nullable=False, unique=True),  # the first-instance case
    Column("ruling_id", String(128), nullable=False, index=True),  # the ruling appealed against
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("kind", String(8), nullable=False),  # access | refresh
    Column("member_id", String(128), nullable=False),
    Column("family_id", String(64), nullable=False, index=True),
    Column("expires_at", Float, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
    Column("used_at", Float),
)

families = Table(
    "families",
    metadata,
    Column("family_id", String(64), primary_key=True),
    Column("member_id", String(128), nullable=False),
    Column("expires_at", Float, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

certificates = Table(
    "certificates",
    metadata,
    Column("serial", String(64), primary_key=True),
    Column("member_id", String(128), nullable=False),
    Column("not_after", String(40), nullable=False),
    Column("certificate_pem", Text, nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

counters = Table(
    "counters",
    metadata,
    Column("kind", String(64), primary_key=True),
    Column("n", Integer, nullable=False),
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a busy timeout and cross-thread connections."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    metadata.create_all(engine)
    return engine
