"""Store figures at scale: page inserts, FTS search over 400,000 messages, paging a 50,000-message case.

Not collected by pytest. Run: ``.venv/bin/python tests/benchmarks/bench_store_messages.py [--messages N]``
(``--smoke``: a few hundred messages, as the test run does to check that it still works).

Everything runs twice in the same run: on the desk's store (a SQLCipher database under the home's
key) and on the same store unencrypted (as versions before encryption kept it; the baseline), and
ends with each figure's ratio encrypted / unencrypted (docs/decisions/0014-sqlcipher-binding.md).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for helpers

from arbitration_desk.platform import credentials  # noqa: E402
from arbitration_desk.store import testing  # noqa: E402
from arbitration_desk.store.store import Store  # noqa: E402
from helpers.keyring_backend import MemoryKeyring  # noqa: E402
from helpers.stores import open_plain_store, open_store  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


WORDS = {
    "en": _words("the parcel never arrived tracking says delivered but nothing was received seller refund box"),
    "es": _words("el envío llegó dañado la caja estaba rota quiero un reembolso por favor vendedor"),
    "ru": _words("посылка не пришла трекинг показывает доставлено но я ничего не получил продавец"),
    "ar": _words("الطرد لم يصل التتبع يقول تم التسليم لكنني لم أستلم شيئا البائع"),
}
CHINESE = "您好包裹一直没有送到物流显示已签收但是我什么也没收到请退款卖家回复"
PAGE = 2000
#: ``--smoke``: two cases of 200 messages (what the test run uses to check the benchmark still works).
SMOKE = {"messages": 400, "per_case": 200}


def sentence(rng: random.Random, serial: int) -> tuple[str, str, dict[str, str]]:
    language = rng.choice([*WORDS, "zh"])
    if language == "zh":
        text = "".join(rng.choice(CHINESE) for _ in range(rng.randint(10, 40)))
    else:
        text = " ".join(rng.choice(WORDS[language]) for _ in range(rng.randint(6, 30)))
    if serial % 10_000 == 0:
        text += " zanzibar"  # a rare word: 1 message in 10,000
    translations = {"en": " ".join(rng.choice(WORDS["en"]) for _ in range(8))} if language != "en" else {}
    return language, text, translations


def page(rng: random.Random, start: int, size: int) -> list[dict[str, Any]]:
    out = []
    for serial in range(start, start + size):
        language, text, translations = sentence(rng, serial)
        out.append(
            testing.message(f"msg_{serial:08d}", text, minutes=serial, language=language, translations=translations)
        )
    return out


#: label -> median of the run under way (``measure`` fills one dict per store)
FIGURES: dict[str, float] = {}


def timed(label: str, work: Callable[[], Any], repeat: int = 5) -> Any:
    samples = []
    result = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - began) * 1000)
    FIGURES[label] = statistics.median(samples)
    print(f"{label:<58} median {statistics.median(samples):8.2f} ms   max {max(samples):8.2f} ms")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=400_000)
    parser.add_argument("--per-case", type=int, default=50_000)
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    credentials.use_backend(MemoryKeyring())  # the home's data key (headless: no OS credential store)
    if args.smoke:
        vars(args).update(SMOKE)
    results = {}
    for name, opener in (("unencrypted (baseline)", open_plain_store), ("encrypted (SQLCipher)", open_store)):
        print(f"--- {name}")
        FIGURES.clear()
        measure(opener, args)
        results[name] = dict(FIGURES)
    baseline, encrypted = results.values()
    print("--- encrypted / unencrypted, same run (1.00 = no cost)")
    for label, plain in baseline.items():
        print(f"{label:<58} {encrypted[label] / plain if plain else float('nan'):6.2f}")
    return 0


def measure(opener: Callable[[Path], Store], args: argparse.Namespace) -> None:
    """Every figure of the module docstring on a store made by ``opener`` in a new directory."""
    # A page never spans two cases; the probes into the big case sit at the same fractions of it
    # whatever its size (at the defaults: pages of 2,000, rows 25,000 and 30,000 of 50,000).
    page_size = min(PAGE, args.per_case)
    middle, later = args.per_case // 2, args.per_case * 3 // 5
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp, opener(Path(tmp)) as store:
        cases = max(1, args.messages // args.per_case)
        store.sync.apply_case_page([testing.case_summary(f"cs_{n}") for n in range(cases)], [], "c")
        insert_times: list[float] = []
        serial = 0
        began = time.perf_counter()
        for n in range(cases):
            for _ in range(args.per_case // page_size):
                batch = page(rng, serial, page_size)
                serial += page_size
                t0 = time.perf_counter()
                store.sync.store_messages(f"cs_{n}", batch, f"cur{serial}")
                insert_times.append((time.perf_counter() - t0) * 1000)
        total = time.perf_counter() - began
        print(f"stored {serial} messages in {cases} cases in {total:.1f} s")
        label = f"insert one page of {page_size:,} messages (one transaction)"
        FIGURES[label] = statistics.median(insert_times)
        print(f"{label:<58} median {FIGURES[label]:8.2f} ms   max {max(insert_times):8.2f} ms")
        # A sync only stores messages; they become searchable when indexed right after (store.indexing).
        # Without this every search below ran on an empty index and measured nothing.
        began = time.perf_counter()
        indexed = 0
        while count := store.search.index_messages():
            indexed += count
        print(f"indexed {indexed} messages for search in {time.perf_counter() - began:.1f} s (as after a sync)")
        dupes = page(random.Random(7), 0, page_size)
        timed(
            f"re-insert a page of {page_size:,} known messages (all skipped)",
            lambda: store.sync.store_messages("cs_0", dupes, "x"),
        )
        db = Path(tmp) / "desk.sqlite3"
        print(f"database size {db.stat().st_size / 1e6:.0f} MB")

        messages_only = frozenset({"message"})
        for text in ["zanzibar", "envio", "посылка", "包裹", "البائع", "refund", "the parcel"]:
            for label, newest in (("auto", None), ("rank", False), ("newest first", True)):
                search = partial(store.search.search, text, kinds=messages_only, newest_first=newest)
                hits = timed(f"search {text!r} ({label}, limit 50)", search)
            print(f"    {len(hits)} hits")
        if not store.search.search("zanzibar", kinds=messages_only):
            raise SystemExit("search found no message with the word 'zanzibar': the figures above mean nothing")
        timed("search 'zanzibar' in one case", lambda: store.search.search("zanzibar", case_id="cs_1"))

        ids = timed(f"message_row_ids of a {args.per_case:,}-message case", lambda: store.reads.message_row_ids("cs_0"))
        block = ids[middle : middle + 200]
        timed("messages_by_row_ids, block of 200 in the middle", lambda: store.reads.messages_by_row_ids(block))
        first = store.reads.messages_page("cs_0", limit=200)
        timed("messages_page first 200", lambda: store.reads.messages_page("cs_0", limit=200))
        key = store.reads.messages_by_row_ids([ids[later]])[0].key
        timed("messages_page 200 after a key in the middle", lambda: store.reads.messages_page("cs_0", key, 200))
        assert first
        timed("list_cases", store.reads.list_cases)


if __name__ == "__main__":
    raise SystemExit(main())
