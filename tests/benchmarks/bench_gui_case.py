"""GUI case-view figures: opening a huge case, and reduced-size thumbnail decoding.

Not collected by pytest. Run offscreen:
``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_gui_case.py [--evidence N] [--messages N]``
(``--smoke``: a small case and a small photo, as the test run does to check that it still works).

1. A case with 2,000 evidence items (each a distinct verified PNG) and 50,000 messages, built with
   the Store API: time from ``CaseView.show_case`` to the view's first paint (budget 200 ms), and
   until the header, the evidence list and the chat are filled.
2. A 4000×3000 JPEG: the uncached thumbnail path (``make_thumbnail``: sniffing, header check,
   libjpeg-scaled decode, smooth scaling, PNG cache file) against the full-size decode of the same
   file by the same safe reader (``read_image``), interleaved, medians, printed as a ratio
   (target: at least 4×). ``--thumbnail-only`` skips the case part.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
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

from arbitration_desk.gui.case_view.view import CaseView  # noqa: E402
from arbitration_desk.gui.common.workers import Runner  # noqa: E402
from arbitration_desk.gui.evidence.files import read_image  # noqa: E402
from arbitration_desk.gui.evidence.thumbnails import make_thumbnail, thumbnail_path  # noqa: E402
from arbitration_desk.store import testing  # noqa: E402
from arbitration_desk.store.store import Store  # noqa: E402
from helpers.case_world import add_verified  # noqa: E402

PAGE = 2000
BUDGET_MS = 200.0
THUMB_PX = 96
PHOTO = (4000, 3000)
#: ``--smoke``: a few items and messages, one repeat, a small photo (what the test run uses to check
#: the benchmark still works).
SMOKE = {"evidence": 3, "messages": 20, "repeat": 1, "photo": (400, 300)}


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
    with Store.open(home) as store:
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
            add_verified(store, content)
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
        detail = _timed(lambda: store.case_detail("cs_big"), 3)
        print(f"  store.case_detail of the big case alone    median {detail * 1000:7.1f} ms")
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
        print(f"thumbnail of a {megapixels} JPEG:")
        bench_thumbnail(directory, args.repeat, args.photo)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
