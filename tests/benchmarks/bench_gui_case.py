"""GUI case-view figures: opening a huge case, switching between cases, and thumbnail decoding.

Not collected by pytest. Run offscreen:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_gui_case.py [--evidence N] [--messages N]``
(``--smoke``: small cases and a small photo, as the test run does to check that it still works).

1. A case with 2,000 evidence items (each a distinct verified PNG) and 50,000 messages, built with
   the Store API: time from ``CaseView.show_case`` to the view's first paint (budget 200 ms), and
   until the header, the evidence list and the chat are filled.
2. Case switching: ``--cases`` ordinary cases (evidence, chat, annotations, a vote board; the
   ruling button shown for every other one), visited in turn ``--repeat`` times after one round
   of warming up: the store reads per switch (connections checked out of the store's read engine,
   ``helpers.store_reads``; the chat's pages of messages counted apart from the panels' reads) and
   the time from ``show_case`` until every panel shows the case.
3. A 4000×3000 JPEG: the uncached thumbnail path (``make_thumbnail``: sniffing, header check,
   libjpeg-scaled decode, smooth scaling, PNG cache file) against the full-size decode of the same
   file by the same safe reader (``read_image``), interleaved, medians, printed as a ratio
   (target: at least 4×). ``--thumbnail-only`` skips the case parts.

It runs on this commit and on earlier ones (the lead runs both side by side): the GUI modules are
imported from where either layout keeps them, and the store is used through its facets when it
has them (``store.sync``, ``store.reads``), else through its single facade.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()  # before pyHanko is imported (the case view's ruling button brings it)

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from arbitration_desk.domain.money import Money  # noqa: E402
from arbitration_desk.store import testing  # noqa: E402
from arbitration_desk.store.store import Store  # noqa: E402
from helpers.case_world import add_verified  # noqa: E402
from helpers.store_reads import ReadCounter  # noqa: E402


def _from(attribute: str, *modules: str) -> Any:
    """``attribute`` of the first of ``modules`` that exists (the GUI moved into sub-packages)."""
    for name in modules:
        try:
            return getattr(importlib.import_module(name), attribute)
        except ModuleNotFoundError:
            continue
    raise ImportError(f"{attribute} is in none of {modules}")


def facet(store: Store, name: str) -> Any:
    """``store.<name>`` (``sync``, ``reads``) when the store has facets, else the store itself."""
    return getattr(store, name, store)


CaseView = _from("CaseView", "arbitration_desk.gui.case_view.view", "arbitration_desk.gui.case_view")
Runner = _from("Runner", "arbitration_desk.gui.common.workers", "arbitration_desk.gui.workers")
read_image = _from("read_image", "arbitration_desk.gui.evidence.files", "arbitration_desk.gui.evidence_files")
make_thumbnail = _from("make_thumbnail", "arbitration_desk.gui.evidence.thumbnails", "arbitration_desk.gui.thumbnails")
thumbnail_path = _from("thumbnail_path", "arbitration_desk.gui.evidence.thumbnails", "arbitration_desk.gui.thumbnails")

PAGE = 2000
BUDGET_MS = 200.0
THUMB_PX = 96
PHOTO = (4000, 3000)
#: ``--smoke``: a few items and messages, one repeat, a small photo (what the test run uses to check
#: the benchmark still works).
SMOKE = {"evidence": 3, "messages": 20, "repeat": 1, "photo": (400, 300), "cases": 3}
#: Each case of the switching part: evidence items, messages, annotations (fewer with ``--smoke``).
SWITCH_CASE = {"evidence": 6, "messages": 300, "annotations": 4}
SWITCH_SMOKE = {"evidence": 2, "messages": 10, "annotations": 1}


def photo_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` (``4000x3000``) as a pair of ints."""
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text!r}") from None


def build_store(home: Path, evidence: int, messages: int) -> None:
    """Case ``cs_big`` (``evidence`` verified PNGs, ``messages`` messages) and a small ``cs_small``."""
    rng = random.Random(7)
    with Store.open(home) as opened:
        store = facet(opened, "sync")
        store.apply_case_page([testing.case_summary("cs_big"), testing.case_summary("cs_small")], [], "c1")
        items = []
        for number in range(evidence):
            buffer = io.BytesIO()
            color = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            Image.new("RGB", (64 + number % 50, 48), color).save(buffer, "PNG")
            content = buffer.getvalue()
            item = testing.evidence_item(f"ev_{number:05d}", content, title=f"Photo {number}")
            item["referenced_message_ids"] = [f"msg_{number:08d}"]
            items.append(item)
            add_verified(opened, content)
        store.store_case(testing.full_case("cs_big", evidence=items, message_count=messages))
        for item in items:
            store.mark_evidence_verified(item["sha256"])
        for start in range(0, messages, PAGE):
            page = [
                testing.message(f"msg_{n:08d}", f"Message {n} about the parcel", minutes=n)
                for n in range(start, min(start + PAGE, messages))
            ]
            store.store_messages("cs_big", page, f"m{start}")
        store.store_case(testing.full_case("cs_small"))


class _PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Runs the event loop until ``condition()`` (a benchmark harness, not application code)."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def bench_open_case(app: QApplication, home: Path, repeat: int) -> None:
    with Store.open(home) as store:
        detail = _timed(lambda: facet(store, "reads").case_detail("cs_big"), 3)
        print(f"  case_detail of the big case alone          median {detail * 1000:7.1f} ms")
        runner = Runner()
        view = CaseView(store, runner)
        view.resize(1000, 700)
        view.show()
        watch = _PaintWatch()
        view.installEventFilter(watch)
        firsts, filled, evidence_listed, chat = [], [], [], []
        timeline_ready = getattr(view.timeline, "model", None)
        for _ in range(repeat):
            view.show_case("cs_small")
            wait_until(app, lambda: view.header.ui.referenceLabel.text() == "ARB-2026-cs_small")
            wait_until(app, lambda: not runner.busy)
            watch.painted_at = None
            start = time.perf_counter()
            view.show_case("cs_big")
            wait_until(app, lambda: watch.painted_at is not None)
            firsts.append((watch.painted_at or 0) - start)
            wait_until(app, lambda: view.header.ui.referenceLabel.text() == "ARB-2026-cs_big")
            filled.append(time.perf_counter() - start)
            wait_until(app, lambda: view.gallery.model.rowCount() > 0)
            evidence_listed.append(time.perf_counter() - start)
            if timeline_ready is not None:
                wait_until(app, lambda: view.timeline.model.rowCount() > 0)
                chat.append(time.perf_counter() - start)
            wait_until(app, lambda: not runner.busy)
        view.close()
        runner.wait()
        rows = [
            ("show_case -> first paint", firsts),
            ("show_case -> header and summary filled", filled),
            ("show_case -> evidence list filled", evidence_listed),
        ]
        if chat:
            rows.append(("show_case -> chat rows available", chat))
        for label, samples in rows:
            median = statistics.median(samples) * 1000
            print(f"  {label:<42} median {median:7.1f} ms   max {max(samples) * 1000:7.1f} ms")
        verdict = "OK" if statistics.median(firsts) * 1000 < BUDGET_MS else "OVER BUDGET"
        print(f"  first paint budget {BUDGET_MS:.0f} ms: {verdict}")


@dataclass(frozen=True)
class SwitchCase:
    """One case of the switching part and what its panels show once filled."""

    case_id: str
    evidence_ids: tuple[str, ...]
    annotation_ids: tuple[str, ...]
    messages: int
    claimed: str
    ruling_allowed: bool

    def filled(self, view: Any) -> bool:
        """Whether every panel of ``view`` shows this case (the chat: its rows)."""
        gallery, vote = view.gallery.model, view.vote
        return (
            view.header.ui.referenceLabel.text() == f"ARB-2026-{self.case_id}"
            and tuple(gallery.evidence(n).evidence_id for n in range(gallery.rowCount())) == self.evidence_ids
            and tuple(r.annotation_id for r in view.annotations.model.rows) == self.annotation_ids
            and vote.case_id == self.case_id
            and str(vote.claimed) == self.claimed
            and view.ruling_button.isHidden() != self.ruling_allowed
            and view.timeline.model.case_id == self.case_id
            and view.timeline.model.rowCount() == self.messages
        )


def build_switch_store(home: Path, count: int, sizes: dict[str, int]) -> list[SwitchCase]:
    """``count`` cases chaired by the member, with evidence, a chat, others' annotations and a vote
    board, open (the ruling button shows) for every other case."""
    made = []
    with Store.open(home) as opened:
        store = facet(opened, "sync")
        store.set_member("m_chair")
        ids = [f"cs_{number:03d}" for number in range(count)]
        store.apply_case_page([testing.case_summary(case_id) for case_id in ids], [], "c1")
        for number, case_id in enumerate(ids):
            items = []
            for item_number in range(sizes["evidence"]):
                buffer = io.BytesIO()
                Image.new("RGB", (40 + item_number, 30 + number), (number * 20 % 256, 90, 160)).save(buffer, "PNG")
                content = buffer.getvalue()
                items.append(
                    testing.evidence_item(f"ev_{case_id}_{item_number}", content, title=f"Photo {item_number}")
                )
                add_verified(opened, content)
            case = testing.full_case(case_id, evidence=items, message_count=sizes["messages"])
            claimed = {"amount": f"{100 + number}.00", "currency": "EUR"}
            case["claim"] = {**case["claim"], "amount_claimed": claimed}
            store.store_case(case)
            store.mark_evidence_verified(*(item["sha256"] for item in items))
            chat = [testing.message(f"msg_{case_id}_{n}", f"Message {n}", minutes=n) for n in range(sizes["messages"])]
            store.store_messages(case_id, chat, "m1")
            notes = [testing.annotation(f"an_{case_id}_{n}", f"Note {n}") for n in range(sizes["annotations"])]
            store.apply_annotations(case_id, notes, [], testing.ts())
            store.store_votes(case_id, testing.vote_board(cast=3 if number % 2 == 0 else 1))
            made.append(
                SwitchCase(
                    case_id,
                    tuple(item["evidence_id"] for item in items),
                    tuple(note["annotation_id"] for note in notes),
                    sizes["messages"],
                    str(Money.from_json(claimed)),
                    number % 2 == 0,
                )
            )
    return made


def bench_switch_cases(app: QApplication, home: Path, cases: list[SwitchCase], repeat: int) -> None:
    with Store.open(home) as store:
        runner = Runner()
        view = CaseView(store, runner)
        view.resize(1000, 700)
        view.show()
        panel_reads: list[int] = []
        message_reads: list[int] = []
        times: list[float] = []
        with ReadCounter(store) as counter:
            for round_number in range(repeat + 1):  # round 0 warms up (first visits, thumbnails)
                for case in cases:
                    counter.clear()
                    start = time.perf_counter()
                    view.show_case(case.case_id)
                    wait_until(app, lambda case=case: case.filled(view))  # type: ignore[misc]
                    took = time.perf_counter() - start
                    wait_until(app, lambda: not runner.busy)  # the chat's search index, thumbnails
                    if round_number:
                        times.append(took)
                        panel_reads.append(len(counter.panel_reads()))
                        message_reads.append(len(counter.message_reads()))
        view.close()
        runner.wait()
        print(
            f"  store reads per switch: panels median {statistics.median(panel_reads):g} "
            f"(min {min(panel_reads)}, max {max(panel_reads)}), chat pages median "
            f"{statistics.median(message_reads):g}   ({len(times)} switches)"
        )
        median = statistics.median(times) * 1000
        print(f"  {'show_case -> all panels filled':<42} median {median:7.1f} ms   max {max(times) * 1000:7.1f} ms")


def _timed(work: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_thumbnail(directory: Path, repeat: int, photo: tuple[int, int] = PHOTO) -> None:
    path = directory / "photo.jpg"
    rng = random.Random(3)
    width, height = photo
    picture = Image.linear_gradient("L").resize(photo).convert("RGB")
    draw = ImageDraw.Draw(picture)
    for _ in range(300):  # shapes and sensor noise: compresses like a photo
        x, y = rng.randrange(width), rng.randrange(height)
        box = [x, y, x + rng.randrange(50, 600), y + rng.randrange(50, 600)]
        draw.ellipse(box, fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    noise = Image.effect_noise(photo, 25).convert("RGB")
    Image.blend(picture, noise, 0.15).save(path, "JPEG", quality=90)
    print(f"  {width}×{height} JPEG, {path.stat().st_size / 1e6:.1f} MB")
    home = directory / "thumbs"
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    cached = thumbnail_path(home, sha, THUMB_PX)

    def thumbnail() -> QImage:
        cached.unlink(missing_ok=True)  # the path of a first view: sniff, header, scaled decode, PNG cache
        return make_thumbnail(home, sha, path, THUMB_PX)

    def full() -> QImage:
        return read_image(path)  # the viewer's full-size decode: same file, same safe reader

    runs = {"full": full, "decode": lambda: read_image(path, max_side=THUMB_PX), "thumbnail": thumbnail}
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for work in runs.values():  # warm up: page cache, plugin loading
        work()
    for _ in range(repeat * 3):  # interleaved so all see the same cache and CPU state
        for name, work in runs.items():
            samples[name].append(_timed(work, 1))
    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    size = thumbnail().size()
    print(f"  full-size decode      median {medians['full']:7.1f} ms   ({len(samples['full'])} runs, read_image)")
    print(f"  reduced-size decode   median {medians['decode']:7.1f} ms   (read_image(max_side={THUMB_PX}))")
    print(
        f"  thumbnail, uncached   median {medians['thumbnail']:7.1f} ms   "
        f"(make_thumbnail: {size.width()}×{size.height()} px, PNG written)"
    )
    ratio = medians["full"] / medians["thumbnail"]
    print(f"  ratio full / thumbnail {ratio:5.1f}×  (target ≥ 4×: {'OK' if ratio >= 4 else 'MISSED'})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--evidence", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cases", type=int, default=12, help="cases to switch between (default 12)")
    parser.add_argument("--photo", type=photo_size, default=PHOTO, metavar="WIDTHxHEIGHT", help="default 4000x3000")
    parser.add_argument("--thumbnail-only", action="store_true")
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    if args.smoke:
        vars(args).update(SMOKE)
    megapixels = f"{args.photo[0] * args.photo[1] / 1e6:g}-megapixel"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        if args.thumbnail_only:
            print(f"thumbnail of a {megapixels} JPEG:")
            bench_thumbnail(directory, args.repeat, args.photo)
            return 0
        started = time.perf_counter()
        build_store(directory / "home", args.evidence, args.messages)
        print(
            f"store: {args.evidence} evidence items, {args.messages} messages ({time.perf_counter() - started:.1f} s)"
        )
        print("open a case:")
        bench_open_case(app, directory / "home", args.repeat)  # type: ignore[arg-type]
        sizes = SWITCH_SMOKE if args.smoke else SWITCH_CASE
        cases = build_switch_store(directory / "switch", args.cases, sizes)
        print(f"switch between {args.cases} cases ({', '.join(f'{v} {k}' for k, v in sizes.items())} each):")
        bench_switch_cases(app, directory / "switch", cases, args.repeat)  # type: ignore[arg-type]
        print(f"thumbnail of a {megapixels} JPEG:")
        bench_thumbnail(directory, args.repeat, args.photo)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
