"""Store figures at scale: page inserts, FTS search over 400,000 messages, paging a 50,000-message case.

Not collected by pytest. Run: ``.venv/bin/python tests/benchmarks/bench_store_messages.py [--messages N]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from arbitration_desk.store import testing
from arbitration_desk.store.store import Store


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


def timed(label: str, work: Callable[[], Any], repeat: int = 5) -> Any:
    samples = []
    result = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        samples.append((time.perf_counter() - began) * 1000)
    print(f"{label:<58} median {statistics.median(samples):8.2f} ms   max {max(samples):8.2f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=400_000)
    parser.add_argument("--per-case", type=int, default=50_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
        cases = max(1, args.messages // args.per_case)
        store.apply_case_page([testing.case_summary(f"cs_{n}") for n in range(cases)], [], "c")
        insert_times = []
        serial = 0
        began = time.perf_counter()
        for n in range(cases):
            for _ in range(args.per_case // PAGE):
                batch = page(rng, serial, PAGE)
                serial += PAGE
                t0 = time.perf_counter()
                store.store_messages(f"cs_{n}", batch, f"cur{serial}")
                insert_times.append((time.perf_counter() - t0) * 1000)
        total = time.perf_counter() - began
        print(f"stored {serial} messages in {cases} cases in {total:.1f} s")
        print(
            f"{'insert one page of 2,000 messages (one transaction)':<58} median "
            f"{statistics.median(insert_times):8.2f} ms   max {max(insert_times):8.2f} ms"
        )
        dupes = page(random.Random(7), 0, PAGE)
        timed(
            "re-insert a page of 2,000 known messages (all skipped)", lambda: store.store_messages("cs_0", dupes, "x")
        )
        db = Path(tmp) / "desk.sqlite3"
        print(f"database size {db.stat().st_size / 1e6:.0f} MB")

        messages_only = frozenset({"message"})
        for text in ["zanzibar", "envio", "посылка", "包裹", "البائع", "refund", "the parcel"]:
            for label, newest in (("auto", None), ("rank", False), ("newest first", True)):
                search = partial(store.search, text, kinds=messages_only, newest_first=newest)
                hits = timed(f"search {text!r} ({label}, limit 50)", search)
            print(f"    {len(hits)} hits")
        timed("search 'zanzibar' in one case", lambda: store.search("zanzibar", case_id="cs_1"))

        ids = timed("message_row_ids of a 50,000-message case", lambda: store.message_row_ids("cs_0"))
        timed("messages_by_row_ids, block of 200 in the middle", lambda: store.messages_by_row_ids(ids[25_000:25_200]))
        first = store.messages_page("cs_0", limit=200)
        timed("messages_page first 200", lambda: store.messages_page("cs_0", limit=200))
        middle = store.messages_by_row_ids([ids[30_000]])[0]
        timed("messages_page 200 after a key in the middle", lambda: store.messages_page("cs_0", middle.key, 200))
        assert first
        timed("list_cases", store.list_cases)


if __name__ == "__main__":
    main()
