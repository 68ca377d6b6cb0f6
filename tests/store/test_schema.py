"""store/schema.py: fresh databases, real v1 and v2 files upgraded, steps run once in order, too-new files."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Connection

from arbitration_desk.store import fts, schema, testing
from arbitration_desk.store.db import create_sqlite_engine
from arbitration_desk.store.errors import SchemaError, SchemaTooNewError
from arbitration_desk.store.models import Base
from arbitration_desk.store.records import SubmissionState
from arbitration_desk.store.store import DB_NAME
from helpers.stores import connect_database, home_key, open_store

PDF = b"%PDF-1.7 signed ruling bytes"
SHA = hashlib.sha256(PDF).hexdigest()
METADATA = {"outcome": "favor_seller", "document_sha256": SHA}


def _columns(db: Path) -> dict[str, set[str]]:
    with connect_database(db) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        result = {t: {row[1] for row in connection.execute(f"PRAGMA table_info({t})")} for t in tables}
    connection.close()
    return result


def _indexes(db: Path) -> set[str]:
    connection = connect_database(db)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        connection.close()


def _make_v1(home: Path) -> Path:
    """A database as version 1 of the application left it, with a case and a message in it."""
    home.mkdir()
    path = home / DB_NAME
    engine = create_sqlite_engine(path, None)
    try:
        report = schema.migrate(engine, schema.MIGRATIONS[:1])
        assert report.applied == (1,)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO cases (case_id, reference, status, claim_type, value_amount, value_currency,"
                " opened_at, escalated_at, ruling_due_at, updated_at, version, summary_json,"
                " last_viewed_version) VALUES ('cs_1', 'ARB-1', 'in_deliberation', 'damaged', '10.00', 'EUR',"
                " '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', '2026-03-01T00:00:00.000000Z',"
                " '2026-01-01T00:00:00.000000Z', 3, '{}', 0)"
            )
            connection.exec_driver_sql(
                "INSERT INTO messages (case_pk, message_id, sent_at, channel, sender_role, sender_name, language,"
                " text, translations, attachments) VALUES (1, 'm1', '2026-01-02T00:00:00.000000Z', 'buyer_seller',"
                " 'buyer', 'B', 'es', 'El envío llegó roto', '{}', '[]')"
            )
            connection.exec_driver_sql(
                "INSERT INTO outbox (case_pk, kind, state, attempts, created_at, updated_at)"
                " VALUES (1, 'vote_put', 'queued', 0, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z')"
            )
    finally:
        engine.dispose()
    return path


def _make_v2(home: Path) -> Path:
    home.mkdir()
    path = home / DB_NAME
    engine = create_sqlite_engine(path, None)
    try:
        assert schema.migrate(engine, schema.MIGRATIONS[:2]).applied == (1, 2)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO cases (case_id, reference, status, claim_type, value_amount, value_currency,"
                " opened_at, escalated_at, ruling_due_at, updated_at, version, summary_json,"
                " last_viewed_version) VALUES ('cs_1', 'ARB-1', 'in_deliberation', 'damaged', '10.00', 'EUR',"
                " '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', '2026-03-01T00:00:00.000000Z',"
                " '2026-01-01T00:00:00.000000Z', 3, '{}', 0)"
            )
            connection.exec_driver_sql(
                "INSERT INTO outbox (case_pk, kind, state, attempts, created_at, updated_at, idempotency_key)"
                " VALUES (1, 'vote_put', 'queued', 0, '2026-01-01T00:00:00.000000Z',"
                " '2026-01-01T00:00:00.000000Z', NULL)"
            )
    finally:
        engine.dispose()
    return path


def test_fresh_database_is_created_at_latest_version(tmp_path: Path) -> None:
    with open_store(tmp_path / "home") as store:
        assert store.schema_version() == schema.LATEST
    engine = create_sqlite_engine(tmp_path / "home" / DB_NAME, home_key(tmp_path / "home"))
    try:
        assert schema.migrate(engine) == schema.MigrationReport(schema.LATEST, schema.LATEST, ())  # reopening: a no-op
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    finally:
        engine.dispose()


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    open_store(tmp_path / "home").close()
    db = tmp_path / "home" / DB_NAME
    columns = _columns(db)
    for table in Base.metadata.sorted_tables:
        assert columns[table.name] == {c.name for c in table.columns}, table.name
    model_indexes = {i.name for t in Base.metadata.sorted_tables for i in t.indexes}
    assert model_indexes <= _indexes(db)


def test_real_v1_file_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = _make_v1(tmp_path / "home")
    assert "idempotency_key" not in _columns(path)["outbox"]
    assert "ix_evidence_sha256" not in _indexes(path)
    with open_store(tmp_path / "home") as store:
        assert store.schema_version() == schema.LATEST
        assert [row.case_id for row in store.reads.list_cases()] == ["cs_1"]
        assert [hit.item_id for hit in store.search.search("envio")] == ["m1"]  # FTS rows survive the upgrade
        assert store.outbox.next()[0].idempotency_key is None
        # v5 indexes messages after they are stored: old rows count as indexed, new ones wait.
        assert store.search.messages_to_index() == 0
        assert store.sync.store_messages("cs_1", [testing.message("m2", "paquete perdido", minutes=5)], None) == 1
        assert store.search.search("paquete") == []
        assert store.search.index_messages() == 1
        assert [hit.item_id for hit in store.search.search("paquete")] == ["m2"]
        assert [hit.item_id for hit in store.search.search("envio")] == ["m1"]
    with connect_database(path) as connection:
        fts.register_functions(connection)
        connection.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")
    connection.close()
    assert "idempotency_key" in _columns(path)["outbox"]
    assert "ix_evidence_sha256" in _indexes(path)


def test_real_v2_file_is_upgraded_to_latest_and_keeps_its_data(tmp_path: Path) -> None:
    path = _make_v2(tmp_path / "home")
    with connect_database(path) as connection:
        assert connection.execute("SELECT name FROM sqlite_master WHERE name = 'ruling_submissions'").fetchall() == []
    connection.close()
    with open_store(tmp_path / "home") as store:
        assert store.schema_version() == schema.LATEST
        assert [e.kind for e in store.outbox.next()] == ["vote_put"]
        submission = store.work.queue_ruling("cs_1", METADATA, PDF, str(uuid.uuid4()))
        assert submission.state == SubmissionState.SIGNED


def test_steps_run_in_order_once(tmp_path: Path) -> None:
    calls: list[int] = []

    def step(number: int) -> schema.Migration:
        def apply(connection: Connection) -> None:
            calls.append(number)
            connection.exec_driver_sql(f"CREATE TABLE t{number} (x INTEGER)")

        return schema.Migration(number, f"step {number}", apply)

    steps = [step(1), step(2), step(3)]
    engine = create_sqlite_engine(tmp_path / "x.sqlite3", None)
    try:
        assert schema.migrate(engine, steps[:2]).applied == (1, 2)
        assert schema.migrate(engine, steps).applied == (3,)
        assert schema.migrate(engine, steps).applied == ()
        assert calls == [1, 2, 3]
        with pytest.raises(SchemaError):
            schema.migrate(engine, [steps[0], steps[2]])
    finally:
        engine.dispose()


def test_failing_step_leaves_the_previous_version(tmp_path: Path) -> None:
    def broken(connection: Connection) -> None:
        connection.exec_driver_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    engine = create_sqlite_engine(tmp_path / "x.sqlite3", None)
    try:
        schema.migrate(engine, schema.MIGRATIONS[:1])
        with pytest.raises(RuntimeError):
            schema.migrate(engine, [*schema.MIGRATIONS[:1], schema.Migration(2, "broken", broken)])
        with engine.connect() as connection:
            assert schema.user_version(connection) == 1
            tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE name = 'half_done'").all()
            assert tables == []
    finally:
        engine.dispose()


def test_newer_database_gives_clear_error(tmp_path: Path) -> None:
    open_store(tmp_path / "home").close()
    connection = connect_database(tmp_path / "home" / DB_NAME)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(SchemaTooNewError, match="schema version 99") as caught:
        open_store(tmp_path / "home")
    assert caught.value.found == 99 and caught.value.supported == schema.LATEST


def test_what_each_sync_asks_of_all_cases_is_answered_from_indexes(tmp_path: Path) -> None:
    """Schema v7: the appeal cases, the stale cases and the expired reassigned cases are found without
    reading the case rows (their JSON, decrypted page by page); the plans of the store's own queries."""
    from sqlalchemy import select
    from sqlalchemy.dialects import sqlite

    from arbitration_desk.store import models, queries, recorded_rulings

    captured: list[str] = []

    class Recorder:
        def scalars(self, statement: object) -> list[object]:
            captured.append(str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})))  # type: ignore[attr-defined]
            return []

        execute = scalars

    recorded_rulings.appealed_without_record(Recorder())  # type: ignore[arg-type]
    queries.stale_case_ids(Recorder())  # type: ignore[arg-type]
    c = models.Case
    expired = select(c.id).where(c.delete_after.is_not(None), c.delete_after <= "2026-01-01T00:00:00.000000Z")
    captured.append(str(expired.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})))

    open_store(tmp_path / "home").close()
    connection = connect_database(tmp_path / "home" / DB_NAME)
    try:
        plans = {
            sql: " / ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
            for sql in captured
            if "FROM cases" in sql
        }
    finally:
        connection.close()
    assert len(plans) == 3, captured
    for sql, plan in plans.items():
        assert "INDEX" in plan and "SCAN cases /" not in plan + " /", (sql, plan)  # never the bare table scan
    assert any("ix_cases_appealed_ruling" in plan for plan in plans.values()), plans
    assert any("COVERING INDEX ix_cases_sync_versions" in plan for plan in plans.values()), plans
    assert any("ix_cases_delete_after" in plan for plan in plans.values()), plans
