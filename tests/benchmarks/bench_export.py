"""Benchmark (manual): export N decision records, against a plain download of the same documents.

    .venv/bin/python tests/benchmarks/bench_export.py [--records 1000] [--data DIR] [--smoke]

The demo world decides about 10% of its cases, so the sandbox is built with ~10x as many cases as
records, without messages or evidence (only the signed rulings matter here). ``--data`` keeps the
generated sandbox for the next run. Prints records/s of the export (download + hash + signature
verification + manifest) and of the baseline (download only, same client, same concurrency).
``--smoke`` exports a record or two, as the test run does to check that the benchmark still works.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()  # before pyHanko is imported

from arbitration_desk.platform import credentials  # noqa: E402
from arbitration_desk.platform.client import PlatformClient  # noqa: E402
from arbitration_desk.rulings.export import WORKERS, DecisionExporter  # noqa: E402
from arbitration_desk.rulings.trust import platform_trust_roots  # noqa: E402
from helpers.desk import signed_in  # noqa: E402
from helpers.keyring_backend import MemoryKeyring  # noqa: E402
from helpers.sandbox import start_sandbox  # noqa: E402

#: ``--smoke``: a world of a few decided cases (what the test run uses to check the benchmark still works).
SMOKE = {"records": 1}


def baseline(client: PlatformClient, records: list[dict[str, object]]) -> float:
    """Seconds to download every document once (no verification, nothing written)."""

    def fetch(record: dict[str, object]) -> str:
        digest = hashlib.sha256()
        with client.download(client.ruling_document_path(str(record["ruling_id"]))) as response:
            for chunk in response.iter_content(256 * 1024):
                digest.update(chunk)
        return digest.hexdigest()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        hashes = list(pool.map(fetch, records))
    assert hashes == [r["document_sha256"] for r in records]
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--data", type=Path, help="sandbox data directory to reuse")
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    if args.smoke:
        vars(args).update(SMOKE)
    # Chosen explicitly: the desk takes no keyring that is not the OS store otherwise.
    credentials.use_backend(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    data = args.data or work / "sandbox"
    started = time.perf_counter()
    options = {"messages_per_case": 0, "evidence_per_case": 0}
    server = start_sandbox(data, cases=args.records * 10 + 20, rate_limit=0, world_options=options)
    print(f"sandbox ready in {time.perf_counter() - started:.1f} s ({data})")
    try:
        store, client = signed_in(work / "home", server.url, "legal")
        roots = platform_trust_roots(client, work / "home", [server.ca_fingerprint])
        records: list[dict[str, object]] = []
        cursor = None
        while True:
            page = client.list_rulings(cursor).data
            records += page["items"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        print(f"{len(records)} decision records, {sum(int(str(r['document_size'])) for r in records) / 1e6:.1f} MB")
        plain = baseline(client, records)
        started = time.perf_counter()
        report = DecisionExporter(client, roots, work / "out").run()
        export = time.perf_counter() - started
        assert report.ok, [r.problems for r in report.failed]
        count = len(report.exported)
        print(f"export:   {count} records in {export:.1f} s = {count / export:.0f} records/s (verified)")
        print(f"baseline: {len(records)} records in {plain:.1f} s = {len(records) / plain:.0f} records/s (download)")
        started = time.perf_counter()
        again = DecisionExporter(client, roots, work / "out").run()
        print(f"re-run:   nothing new, {again.unchanged} files re-hashed in {time.perf_counter() - started:.1f} s")
        store.close()
        client.close()
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)  # what --data names stays (outside ``work``)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
