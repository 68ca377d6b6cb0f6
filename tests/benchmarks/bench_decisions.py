"""Micro-benchmarks behind the decision records in docs/decisions/ that no larger benchmark isolates.

Not collected by pytest. Run: ``.venv/bin/python tests/benchmarks/bench_decisions.py [--only NAME ...]``
(``--smoke``: tiny sizes, as the test run does to check that it still works). Each part prints its
figure beside its baseline, measured in the same run:

* ``inserts``    (0001) 1,000 message rows: ``executemany`` against multi-row INSERTs, idle and beside
  busy Python threads (``--busy-threads``, default one);
* ``blocks``     (0002) a block of 200 messages out of 50,000: as rows against one JSON array built by
  SQLite, idle and beside busy Python threads;
* ``json``       (0005) a chat page of ~400 KB: ``orjson`` against ``json``, parsing and serialising;
* ``timestamps`` (0007) the stored fixed-width timestamp: ``fromisoformat`` against ``strptime``;
* ``rename``     (0010) a 100 KB file written then renamed within its directory against across two;
* ``durable``    (0011) ``write_atomic`` of a 100 KB file against a plain write and rename;
* ``collector``  (0003) chat pages parsed on four threads: collections under the default threshold
  and under ``gc_policy.bulk_allocations()``;
* ``freeze``     (0008) a full collection with the desk's modules loaded, before and after ``gc.freeze()``.

A busy thread is what a sync looks like to the sqlite3 module: other threads want the interpreter
lock, which the module gives up around every row it steps.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, nullcontext
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()

from arbitration_desk.domain.files import write_atomic  # noqa: E402
from arbitration_desk.sync import gc_policy  # noqa: E402

COLUMNS = "case_pk, message_id, sent_at, channel, sender_role, sender_name, language, text, translations, attachments"
SCHEMA = (
    "CREATE TABLE messages (id INTEGER PRIMARY KEY, case_pk INTEGER NOT NULL, message_id TEXT NOT NULL,"
    " sent_at TEXT NOT NULL, channel TEXT NOT NULL, sender_role TEXT NOT NULL, sender_name TEXT NOT NULL,"
    " language TEXT NOT NULL, text TEXT NOT NULL, translations TEXT NOT NULL, attachments TEXT NOT NULL,"
    " UNIQUE (case_pk, message_id))",
    "CREATE INDEX ix_order ON messages (case_pk, sent_at, message_id)",
)
STAMP = "2026-03-14T09:26:53.589793Z"
FULL = {"rows": 1000, "table": 50_000, "block": 200, "rounds": 5, "files": 300, "pages": 100}
SMOKE = {"rows": 20, "table": 400, "block": 20, "rounds": 1, "files": 5, "pages": 2}


def median_ms(work: Callable[[], Any], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        began = time.perf_counter()
        work()
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


@contextmanager
def busy_threads(count: int) -> Iterator[None]:
    """``count`` threads spinning in Python, wanting the interpreter lock all the time."""
    stop = threading.Event()

    def spin() -> None:
        count = 0
        while not stop.is_set():
            count += 1

    threads = [threading.Thread(target=spin, daemon=True) for _ in range(count)]
    for thread in threads:
        thread.start()
    try:
        yield
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def message_row(serial: int) -> tuple[Any, ...]:
    text = f"Message {serial}: the parcel arrived damaged and the seller does not answer. " * 2
    return (1, f"msg_{serial:08d}", f"2026-03-{1 + serial % 28:02d}T10:00:{serial % 60:02d}.000000Z", "buyer_seller",
            "buyer", "Buyer Name", "en", text, orjson.dumps({"es": text}).decode(), "[]")  # fmt: skip


def database(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    for statement in SCHEMA:
        connection.execute(statement)
    return connection


def insert_many(connection: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(f"INSERT INTO messages ({COLUMNS}) VALUES ({', '.join('?' * 10)})", rows)  # noqa: S608
    connection.execute("ROLLBACK")


def insert_multi_row(connection: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """As store/messages.py does: statements of power-of-two sizes (at most 512 rows)."""
    connection.execute("BEGIN IMMEDIATE")
    start = 0
    while start < len(rows):
        size = 512
        while size > len(rows) - start:
            size //= 2
        values = ", ".join(["(" + ", ".join("?" * 10) + ")"] * size)
        flat = [value for row in rows[start : start + size] for value in row]
        connection.execute(f"INSERT INTO messages ({COLUMNS}) VALUES {values}", flat)  # noqa: S608
        start += size
    connection.execute("ROLLBACK")


def bench_inserts(workdir: Path, size: dict[str, int], busy: int) -> None:
    rows = [message_row(n) for n in range(size["rows"])]
    with closing(database(workdir / "inserts.sqlite3")) as connection:
        for label, context in (("idle", nullcontext), (f"beside {busy} busy thread(s)", partial(busy_threads, busy))):
            with context():
                many = median_ms(lambda: insert_many(connection, rows), max(1, size["rounds"] // 2))
                multi = median_ms(lambda: insert_multi_row(connection, rows), size["rounds"])
            print(f"inserts ({label}): {len(rows):,} rows by executemany {many:.1f} ms, multi-row {multi:.1f} ms")


def bench_blocks(workdir: Path, size: dict[str, int], busy: int) -> None:
    with closing(database(workdir / "blocks.sqlite3")) as connection:
        connection.execute("BEGIN")
        connection.executemany(
            f"INSERT INTO messages ({COLUMNS}) VALUES ({', '.join('?' * 10)})",  # noqa: S608
            (message_row(n) for n in range(size["table"])),
        )
        connection.execute("COMMIT")
        selected = "id, message_id, sent_at, channel, sender_role, sender_name, language, text, translations"
        ids = list(range(size["table"] // 2, size["table"] // 2 + size["block"]))
        marks = ", ".join("?" * len(ids))
        as_rows = f"SELECT {selected} FROM messages WHERE id IN ({marks})"  # noqa: S608
        as_array = f"SELECT json_group_array(json_array({selected})) FROM messages WHERE id IN ({marks})"  # noqa: S608

        def rows() -> list[Any]:
            return connection.execute(as_rows, ids).fetchall()

        def array() -> list[Any]:
            return orjson.loads(connection.execute(as_array, ids).fetchone()[0])

        assert len(rows()) == len(array()) == len(ids)
        for label, context in (("idle", nullcontext), (f"beside {busy} busy thread(s)", partial(busy_threads, busy))):
            with context():
                by_rows = median_ms(rows, size["rounds"] * 4)
                by_array = median_ms(array, size["rounds"] * 4)
            print(f"block of {len(ids)} of {size['table']:,} ({label}): rows {by_rows:.2f} ms, array {by_array:.2f} ms")


def chat_page() -> bytes:
    """A ``GET /messages`` page of 1,000 messages (about 400 KB) as it arrives."""
    text = message_row(0)[7]
    item = {"sent_at": STAMP, "channel": "buyer_seller", "sender": {"role": "buyer", "display_name": "Buyer Name"},
            "language": "en", "text": text, "translations": {"es": text}, "attachments": []}  # fmt: skip
    page = {"items": [{"message_id": f"msg_{n}", **item} for n in range(1000)], "next_cursor": "c", "has_more": True}
    return json.dumps(page).encode()


def bench_json(size: dict[str, int]) -> None:
    body = chat_page()
    rounds = size["rounds"] * 4
    standard = median_ms(lambda: json.loads(body), rounds)
    fast = median_ms(lambda: orjson.loads(body), rounds)
    print(f"parse a {len(body) / 1000:.0f} KB page: json {standard:.2f} ms, orjson {fast:.2f} ms")
    values = [{"es": f"traducción {n}", "en": f"translation {n}"} for n in range(1000)]
    standard = median_ms(lambda: [json.dumps(v, ensure_ascii=False) for v in values], rounds)
    fast = median_ms(lambda: [orjson.dumps(v).decode() for v in values], rounds)
    print(f"serialise 1,000 translations: json {standard:.2f} ms, orjson {fast:.2f} ms")


def bench_timestamps(size: dict[str, int]) -> None:
    count = 1000
    fast = median_ms(lambda: [datetime.fromisoformat(STAMP) for _ in range(count)], size["rounds"] * 4)
    slow = median_ms(
        lambda: [datetime.strptime(STAMP, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) for _ in range(count)],
        size["rounds"] * 4,
    )
    print(f"parse {count:,} stored timestamps: strptime {slow:.2f} ms, fromisoformat {fast:.2f} ms")


def bench_rename(workdir: Path, size: dict[str, int]) -> None:
    data = os.urandom(100_000)
    staging, target = workdir / "staging", workdir / "verified"
    staging.mkdir()
    target.mkdir()

    def store(where: Path, serial: int) -> None:
        temporary = where / f".{serial}.part"
        temporary.write_bytes(data)
        os.replace(temporary, target / str(serial))

    for label, where in (("across directories", staging), ("within the directory", target)):
        began = time.process_time()
        for serial in range(size["files"]):
            store(where, serial)
        cpu = (time.process_time() - began) * 1000 / size["files"]
        print(f"write + rename of a 100 KB file {label}: {cpu:.3f} ms of CPU per file")
        for path in target.iterdir():
            path.unlink()


def bench_durable(workdir: Path, size: dict[str, int]) -> None:
    data = os.urandom(100_000)

    def plain(path: Path) -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_bytes(data)
        os.replace(temporary, path)

    for label, write in (("plain write + rename", plain), ("write_atomic", lambda p: write_atomic(p, data))):
        began = time.perf_counter()
        for serial in range(size["files"]):
            write(workdir / f"durable-{serial}")
        wall = (time.perf_counter() - began) * 1000 / size["files"]
        print(f"{label} of a 100 KB file: {wall:.2f} ms per file (wall)")


def bench_collector(size: dict[str, int]) -> None:
    """Four threads parse chat pages and prepare their rows, a few pages alive at a time (a sync's
    shape), under CPython's default first-generation threshold and under the bulk-work policy."""
    body = chat_page()

    def worker() -> None:
        alive: list[Any] = []
        for _ in range(size["pages"]):
            alive.append([tuple(item.values()) for item in orjson.loads(body)["items"]])
            del alive[:-3]

    passes: list[tuple[int, float]] = []
    started = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            passes.append((info["generation"], (time.perf_counter() - started[0]) * 1000))

    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    gc.callbacks.append(watch)
    try:
        for label, scope in (
            ("default threshold 700", nullcontext),
            ("bulk_allocations()", gc_policy.bulk_allocations),
        ):
            gc.collect()
            passes.clear()
            began = time.perf_counter()
            with scope():
                threads = [threading.Thread(target=worker) for _ in range(4)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
            wall = (time.perf_counter() - began) * 1000
            full = sum(1 for generation, _ in passes if generation == 2)
            spent = sum(ms for _, ms in passes)
            print(
                f"collector, {label}: {len(passes)} collections ({full} full), {spent:.0f} ms collecting, "
                f"{wall:.0f} ms for {4 * size['pages']} pages"
            )
    finally:
        gc.callbacks.remove(watch)
        gc.set_threshold(*before)


def bench_freeze(size: dict[str, int]) -> None:
    """A full collection with the desk's modules loaded, as after start-up, before and after gc.freeze()."""
    import arbitration_desk.gui.shell.app  # noqa: F401 (what the desk has loaded once it runs)

    gc.collect()
    tracked = len(gc.get_objects())
    walking = median_ms(gc.collect, size["rounds"])
    gc.freeze()
    try:
        frozen = median_ms(gc.collect, size["rounds"])
    finally:
        gc.unfreeze()
    print(f"full collection over {tracked:,} start-up objects: {walking:.1f} ms; after gc.freeze(): {frozen:.1f} ms")


PARTS = ("inserts", "blocks", "json", "timestamps", "rename", "durable", "collector", "freeze")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--busy-threads", type=int, default=1, help="spinning threads beside the SQLite work")
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    size = SMOKE if args.smoke else FULL
    print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, switch {sys.getswitchinterval()} s")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for part in args.only:
            if part == "inserts":
                bench_inserts(workdir, size, args.busy_threads)
            elif part == "blocks":
                bench_blocks(workdir, size, args.busy_threads)
            elif part == "json":
                bench_json(size)
            elif part == "timestamps":
                bench_timestamps(size)
            elif part == "rename":
                bench_rename(workdir, size)
            elif part == "durable":
                bench_durable(workdir, size)
            elif part == "collector":
                bench_collector(size)
            else:
                bench_freeze(size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
