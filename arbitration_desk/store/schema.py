"""Schema versions: ``PRAGMA user_version`` and the migration steps that lead to :data:`LATEST`.

Each step is frozen DDL: once released, a step never changes; a change to the schema is a new step
appended to :data:`MIGRATIONS`. A fresh database runs every step; an existing one runs the steps
above its version; all pending steps and the new version are committed in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.store.errors import SchemaError, SchemaTooNewError

_TOKENIZER = "unicode61 remove_diacritics 2"


def _fts_statements(source: str, columns: dict[str, tuple[str, str]]) -> list[str]:
    """View, FTS5 table and triggers indexing ``source``.

    Args:
        source: The content table (its ``id`` is the FTS rowid).
        columns: FTS column name -> (SQL function preparing the text, source column).
    """
    fts = f"{source}_fts"
    names = ", ".join(columns)
    changed = ", ".join(column for _, column in columns.values())

    def values(row: str) -> str:
        return ", ".join(f"{function}({row}.{column})" for function, column in columns.values())

    view_columns = ", ".join(f"{function}({column}) AS {name}" for name, (function, column) in columns.items())
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {values('old')});"  # noqa: S608 (constants)
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {values('new')});"  # noqa: S608 (constants)
    return [
        f"CREATE VIEW {fts}_source AS SELECT id, {view_columns} FROM {source}",  # noqa: S608 (constants)
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{fts}_source', "
        f"content_rowid='id', tokenize='{_TOKENIZER}')",
        f"CREATE TRIGGER {source}_fts_ai AFTER INSERT ON {source} BEGIN {insert} END",
        f"CREATE TRIGGER {source}_fts_ad AFTER DELETE ON {source} BEGIN {delete} END",
        f"CREATE TRIGGER {source}_fts_au AFTER UPDATE OF {changed} ON {source} BEGIN {delete} {insert} END",
    ]


_V1_TABLES = [
    """CREATE TABLE sync_state (
        "key" VARCHAR NOT NULL PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE cases (
        id INTEGER NOT NULL PRIMARY KEY,
        case_id VARCHAR NOT NULL UNIQUE,
        reference VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        claim_type VARCHAR NOT NULL,
        value_amount VARCHAR(32) NOT NULL,
        value_currency VARCHAR NOT NULL,
        opened_at VARCHAR(27) NOT NULL,
        escalated_at VARCHAR(27) NOT NULL,
        ruling_due_at VARCHAR(27) NOT NULL,
        updated_at VARCHAR(27) NOT NULL,
        version INTEGER NOT NULL,
        synced_version INTEGER,
        etag VARCHAR,
        message_cursor TEXT,
        annotations_as_of VARCHAR,
        message_count INTEGER,
        buyer_country VARCHAR,
        seller_country VARCHAR,
        claim_description TEXT,
        summary_json TEXT NOT NULL,
        case_json TEXT,
        last_viewed_version INTEGER NOT NULL,
        reassigned_at VARCHAR(27),
        delete_after VARCHAR(27))""",
    "CREATE INDEX ix_cases_ruling_due_at ON cases (ruling_due_at)",
    """CREATE TABLE evidence (
        id INTEGER NOT NULL PRIMARY KEY,
        case_pk INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        evidence_id VARCHAR NOT NULL,
        sha256 VARCHAR NOT NULL,
        size_bytes INTEGER NOT NULL,
        media_type VARCHAR NOT NULL,
        filename TEXT NOT NULL,
        title TEXT NOT NULL,
        kind VARCHAR NOT NULL,
        submitted_by VARCHAR NOT NULL,
        submitted_at VARCHAR(27) NOT NULL,
        item_json TEXT NOT NULL,
        state VARCHAR NOT NULL,
        mismatches INTEGER NOT NULL,
        failure_reason TEXT,
        request_id VARCHAR,
        CONSTRAINT uq_evidence_case_item UNIQUE (case_pk, evidence_id))""",
    """CREATE TABLE messages (
        id INTEGER NOT NULL PRIMARY KEY,
        case_pk INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        message_id VARCHAR NOT NULL,
        sent_at VARCHAR(27) NOT NULL,
        channel VARCHAR NOT NULL,
        sender_role VARCHAR NOT NULL,
        sender_name TEXT NOT NULL,
        language VARCHAR NOT NULL,
        text TEXT NOT NULL,
        translations TEXT NOT NULL,
        attachments TEXT NOT NULL,
        CONSTRAINT uq_messages_case_message UNIQUE (case_pk, message_id))""",
    "CREATE INDEX ix_messages_order ON messages (case_pk, sent_at, message_id)",
    """CREATE TABLE annotations (
        id INTEGER NOT NULL PRIMARY KEY,
        case_pk INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        annotation_id VARCHAR NOT NULL,
        private BOOLEAN NOT NULL,
        target_type VARCHAR NOT NULL,
        target_id VARCHAR,
        target_json TEXT NOT NULL,
        quote TEXT,
        body TEXT NOT NULL,
        created_at VARCHAR NOT NULL,
        updated_at VARCHAR NOT NULL,
        author_id VARCHAR,
        author_name TEXT,
        etag VARCHAR,
        own BOOLEAN NOT NULL,
        pending BOOLEAN NOT NULL,
        server_json TEXT,
        remote_deleted BOOLEAN NOT NULL,
        CONSTRAINT uq_annotations_case_annotation UNIQUE (case_pk, annotation_id))""",
    """CREATE TABLE vote_boards (
        case_pk INTEGER NOT NULL PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        quorum INTEGER NOT NULL,
        "cast" INTEGER NOT NULL,
        sealed BOOLEAN NOT NULL,
        board_json TEXT NOT NULL,
        received_at VARCHAR(27) NOT NULL)""",
    """CREATE TABLE vote_drafts (
        case_pk INTEGER NOT NULL PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        outcome VARCHAR,
        award_amount VARCHAR(32),
        award_currency VARCHAR,
        rationale TEXT NOT NULL,
        updated_at VARCHAR(27) NOT NULL,
        outbox_id INTEGER)""",
    """CREATE TABLE outbox (
        id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        case_pk INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind VARCHAR NOT NULL,
        target_id VARCHAR,
        if_match VARCHAR,
        payload TEXT,
        state VARCHAR NOT NULL,
        attempts INTEGER NOT NULL,
        last_error TEXT,
        created_at VARCHAR(27) NOT NULL,
        updated_at VARCHAR(27) NOT NULL)""",
    "CREATE INDEX ix_outbox_state ON outbox (state, id)",
]

_PREPARE = "fts_prepare"
V1_STATEMENTS: tuple[str, ...] = (
    *_V1_TABLES,
    *_fts_statements(
        "messages",
        {"body": (_PREPARE, "text"), "translations": ("fts_prepare_translations", "translations")},
    ),
    *_fts_statements("annotations", {"body": (_PREPARE, "body"), "quote": (_PREPARE, "quote")}),
    *_fts_statements("cases", {"reference": (_PREPARE, "reference"), "description": (_PREPARE, "claim_description")}),
)

V2_STATEMENTS: tuple[str, ...] = (
    # Releasing a blob asks "does any other case use this hash?": answer it from an index.
    "CREATE INDEX ix_evidence_sha256 ON evidence (sha256)",
    # Ruling submissions (a later step) need their Idempotency-Key stored before the first attempt.
    "ALTER TABLE outbox ADD COLUMN idempotency_key VARCHAR",
)

V3_STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE ruling_submissions (
        id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        case_pk INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        outbox_id INTEGER NOT NULL UNIQUE REFERENCES outbox (id) ON DELETE CASCADE,
        idempotency_key VARCHAR NOT NULL UNIQUE,
        document_sha256 VARCHAR NOT NULL,
        document_size INTEGER NOT NULL,
        outcome VARCHAR,
        failed_checks TEXT NOT NULL,
        receipt_json TEXT,
        created_at VARCHAR(27) NOT NULL,
        updated_at VARCHAR(27) NOT NULL)""",
    "CREATE INDEX ix_ruling_submissions_case ON ruling_submissions (case_pk, id)",
)

V4_STATEMENTS: tuple[str, ...] = (
    # A row-level trigger makes FTS5 flush a new index segment for every message (each trigger
    # statement opens a savepoint, and FTS5 flushes on savepoints); messages.store_messages then
    # indexed a whole page with one INSERT ... SELECT instead, and schema v5 moved indexing out of
    # the sync. See docs/decisions/0006-search-index-built-after-the-sync.md.
    "DROP TRIGGER messages_fts_ai",
)

_DELETE_OLD_MESSAGE = (
    "INSERT INTO messages_fts (messages_fts, rowid, body, translations)"
    " VALUES ('delete', old.id, fts_prepare(old.text), fts_prepare_translations(old.translations));"
)
_INSERT_NEW_MESSAGE = (
    "INSERT INTO messages_fts (rowid, body, translations)"
    " VALUES (new.id, fts_prepare(new.text), fts_prepare_translations(new.translations));"
)
_INDEXED_UPTO = "(SELECT CAST(value AS INTEGER) FROM sync_state WHERE \"key\" = 'messages_indexed_upto')"
_WHEN_INDEXED = " WHEN old.id <= " + _INDEXED_UPTO + " "
V5_STATEMENTS: tuple[str, ...] = (
    # Messages are indexed after they are stored (store.indexing): only rows at or below the mark
    # are in the index, so only those may be deleted from it, and only those are its content
    # (FTS5's integrity-check compares the two). Existing rows are all indexed.
    "DROP VIEW messages_fts_source",
    "CREATE VIEW messages_fts_source AS SELECT id, fts_prepare(text) AS body,"  # noqa: S608 (constants)
    " fts_prepare_translations(translations) AS translations FROM messages WHERE id <= " + _INDEXED_UPTO,
    "DROP TRIGGER messages_fts_ad",
    "DROP TRIGGER messages_fts_au",
    "CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages" + _WHEN_INDEXED + "BEGIN " + _DELETE_OLD_MESSAGE + " END",
    "CREATE TRIGGER messages_fts_au AFTER UPDATE OF text, translations ON messages"
    + _WHEN_INDEXED
    + "BEGIN "
    + _DELETE_OLD_MESSAGE
    + " "
    + _INSERT_NEW_MESSAGE
    + " END",
    'INSERT INTO sync_state ("key", value)'
    " SELECT 'messages_indexed_upto', CAST(coalesce(max(id), 0) AS TEXT) FROM messages",
)


V6_STATEMENTS: tuple[str, ...] = (
    # The recorded rulings of the member's cases (``GET /v1/rulings``), their signed PDF a blob
    # under ``document_sha256`` once downloaded; they go with their case.
    """CREATE TABLE recorded_rulings (
        id INTEGER NOT NULL PRIMARY KEY,
        case_pk INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        ruling_id VARCHAR NOT NULL UNIQUE,
        record_json TEXT NOT NULL,
        document_sha256 VARCHAR NOT NULL,
        document_size INTEGER NOT NULL,
        document_error TEXT,
        listed_at VARCHAR(27) NOT NULL)""",
    "CREATE INDEX ix_recorded_rulings_case ON recorded_rulings (case_pk)",
)

#: What every sync asks of all the cases, answered from small indexes instead of the case rows (each
#: with its JSON, decrypted page by page): measured over 1,000 cases, a nothing-changed sync's
#: queries took 36 ms, 26 of them the appeal cases' scan, and 1 ms with these.
#:
#: * the appeal cases by the ruling they appeal (``recorded_rulings.appealed_without_record``);
#: * the cases to sync again (``queries.stale_case_ids``), covered by one index;
#: * the reassigned cases whose 7 days are over (``SyncStore.purge_expired``).
APPEALED_RULING = "json_extract(case_json, '$.appeal.ruling_id')"
V7_STATEMENTS = (
    f"CREATE INDEX ix_cases_appealed_ruling ON cases ({APPEALED_RULING}) WHERE {APPEALED_RULING} IS NOT NULL",
    "CREATE INDEX ix_cases_sync_versions ON cases (reassigned_at, synced_version, version, ruling_due_at, case_id)",
    "CREATE INDEX ix_cases_delete_after ON cases (delete_after) WHERE delete_after IS NOT NULL",
)


def _statements(statements: Sequence[str]) -> Callable[[Connection], None]:
    def step(connection: Connection) -> None:
        for statement in statements:
            connection.exec_driver_sql(statement)

    return step


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema with full-text search", _statements(V1_STATEMENTS)),
    Migration(2, "evidence hash index, outbox idempotency key", _statements(V2_STATEMENTS)),
    Migration(3, "ruling submissions", _statements(V3_STATEMENTS)),
    Migration(4, "messages indexed a page at a time", _statements(V4_STATEMENTS)),
    Migration(5, "messages indexed after they are stored", _statements(V5_STATEMENTS)),
    Migration(6, "recorded rulings of the member's cases", _statements(V6_STATEMENTS)),
    Migration(7, "what each sync asks of all the cases, indexed", _statements(V7_STATEMENTS)),
)
LATEST = MIGRATIONS[-1].version


@dataclass(frozen=True, slots=True)
class MigrationReport:
    from_version: int
    to_version: int
    applied: tuple[int, ...]


def user_version(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> MigrationReport:
    """Brings the database up to the last of ``migrations`` in one transaction.

    Raises:
        SchemaTooNewError: the file has a version above the last known step.
        SchemaError: the steps are not numbered 1, 2, 3, ...
    """
    if [m.version for m in migrations] != list(range(1, len(migrations) + 1)):
        raise SchemaError(phrase("StoreError", "migration steps must be numbered 1, 2, 3, ... without gaps"))
    latest = len(migrations)
    with engine.connect() as connection:
        connection.execution_options(sqlite_begin="IMMEDIATE")
        with connection.begin():
            found = user_version(connection)
            if found > latest:
                raise SchemaTooNewError(found, latest)
            applied: list[int] = []
            for migration in migrations[found:]:
                migration.apply(connection)
                applied.append(migration.version)
            if applied:
                connection.exec_driver_sql(f"PRAGMA user_version = {latest}")
    return MigrationReport(found, max(found, latest), tuple(applied))
