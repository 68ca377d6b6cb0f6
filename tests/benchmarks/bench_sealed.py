"""Sealed files against plain files: write and read the same data both ways in one run, in MB/s.

Not collected by pytest. Run: ``.venv/bin/python tests/benchmarks/bench_sealed.py [--mb 200]
[--chunk 65536]`` (``--smoke``: 2 MB, as the test run does to check that it still works). Both
sides write in 1 MiB pieces and fsync at the end, as a download does; reads go through the page
cache, so the read figure is the decryption cost itself.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from arbitration_desk.store.sealed import DEFAULT_CHUNK_SIZE, SealedWriter, new_data_key, open_sealed

PIECE = 1 << 20


def _timed(action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def write_plain(path: Path, data: bytes) -> None:
    with open(path, "wb") as out:
        for at in range(0, len(data), PIECE):
            out.write(data[at : at + PIECE])
        out.flush()
        os.fsync(out.fileno())


def write_sealed(path: Path, key: bytes, data: bytes, chunk: int) -> None:
    with SealedWriter.create(path, key, chunk) as writer:
        for at in range(0, len(data), PIECE):
            writer.write(data[at : at + PIECE])


def read_all(read: Callable[[int], bytes]) -> int:
    total = 0
    while piece := read(PIECE):
        total += len(piece)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--chunk", type=int, default=DEFAULT_CHUNK_SIZE)
    parser.add_argument("--smoke", action="store_true", help="2 MB: only checks that the benchmark runs")
    args = parser.parse_args()
    size = (2 if args.smoke else args.mb) << 20
    data = os.urandom(size)
    key = new_data_key()
    with tempfile.TemporaryDirectory() as tmp:
        plain, sealed = Path(tmp) / "plain", Path(tmp) / "sealed"
        write_p = _timed(lambda: write_plain(plain, data))
        write_s = _timed(lambda: write_sealed(sealed, key, data, args.chunk))

        def read_plain() -> None:
            with open(plain, "rb") as src:
                assert read_all(src.read) == size

        def read_sealed() -> None:
            with open_sealed(sealed, key) as src:
                assert read_all(src.read) == size

        read_p = _timed(read_plain)
        read_s = _timed(read_sealed)
        overhead = sealed.stat().st_size - size
    mb = size / 1e6
    print(f"{size >> 20} MiB, chunk {args.chunk} B, on-disk overhead {overhead} B ({overhead / size:.3%})")
    for label, plain_s, sealed_s in (("write", write_p, write_s), ("read", read_p, read_s)):
        print(
            f"{label:5}  plain {mb / plain_s:8.0f} MB/s  sealed {mb / sealed_s:8.0f} MB/s  "
            f"ratio {plain_s / sealed_s:.2f}"
        )


if __name__ == "__main__":
    main()
