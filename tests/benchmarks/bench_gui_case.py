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
   Since #13 both run in the decoder process (the file piped from the store, the thumbnail
   sealed into the cache), before it in the desk's process: the same figures, either way.
4. The evidence viewer: the time to the first paint that shows an item's pixels (the viewer's
   content, grabbed after each turn of the event loop: the first frame with the photo's colours,
   or with the PDF's black text). Once cold: the first evidence tab of the process (which starts
   the decoder processes) showing the case, to its first item, the photo above. Then ``--repeat``
   times: a new tab showing the case while the thumbnails of its first rows are made, and a click
   on the PDF while those of the last rows are made (each with one decoder for thumbnails and one
   for the viewer, and with one decoder for both); and a click on the photo, and on a 3-page PDF,
   from a pending item, nothing else running. ``--viewer-only`` runs only this part.

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
import shutil
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
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget  # noqa: E402

from arbitration_desk.domain.money import Money  # noqa: E402
from arbitration_desk.platform import credentials  # noqa: E402
from arbitration_desk.store import testing  # noqa: E402
from arbitration_desk.store.store import Store  # noqa: E402
from helpers.case_world import add_verified, store_case_with_evidence  # noqa: E402
from helpers.keyring_backend import MemoryKeyring  # noqa: E402
from helpers.pdfs import make_pdf  # noqa: E402
from helpers.store_reads import ReadCounter  # noqa: E402

try:  # since #13 a home's store is opened with its data key from the credential store
    from helpers.stores import open_store
except ImportError:  # an earlier checkout measured for a baseline (see _from below)
    open_store = Store.open  # type: ignore[assignment]


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
make_thumbnail = _from("make_thumbnail", "arbitration_desk.gui.evidence.thumbnails", "arbitration_desk.gui.thumbnails")
thumbnail_path = _from("thumbnail_path", "arbitration_desk.gui.evidence.thumbnails", "arbitration_desk.gui.thumbnails")
try:  # since #13 evidence is decoded by a decoder process; before, in the desk's own process
    from arbitration_desk.gui.evidence import decoder as decoder_module
except ImportError:
    decoder_module = None  # type: ignore[assignment]

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
#: Photos besides the viewer's three items, whose thumbnails are made as the case opens.
THUMBNAIL_ITEMS = 24


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
    with open_store(home) as opened:
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
    with open_store(home) as store:
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
    with open_store(home) as opened:
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
    with open_store(home) as store:
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


def make_photo(path: Path, photo: tuple[int, int]) -> None:
    """A JPEG of ``photo`` pixels that compresses like a photo (shapes and sensor noise)."""
    rng = random.Random(3)
    width, height = photo
    picture = Image.linear_gradient("L").resize(photo).convert("RGB")
    draw = ImageDraw.Draw(picture)
    for _ in range(300):
        x, y = rng.randrange(width), rng.randrange(height)
        box = [x, y, x + rng.randrange(50, 600), y + rng.randrange(50, 600)]
        draw.ellipse(box, fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    noise = Image.effect_noise(photo, 25).convert("RGB")
    Image.blend(picture, noise, 0.15).save(path, "JPEG", quality=90)


class _InProcess:
    """The thumbnail path before #13: decoded in the desk's process from a plain file."""

    label = "in the desk's process, plain files, PNG cache"

    def __init__(self, directory: Path, content: bytes) -> None:
        self.path = directory / "photo.jpg"
        self.path.write_bytes(content)
        self.home = directory / "thumbs"
        self.sha = hashlib.sha256(content).hexdigest()
        self.read_image = _from(
            "read_image", "arbitration_desk.gui.evidence.files", "arbitration_desk.gui.evidence_files"
        )

    def full(self) -> QImage:
        return self.read_image(self.path)

    def reduced(self) -> QImage:
        return self.read_image(self.path, max_side=THUMB_PX)

    def thumbnail(self) -> QImage:
        thumbnail_path(self.home, self.sha, THUMB_PX).unlink(missing_ok=True)
        return make_thumbnail(self.home, self.sha, self.path, THUMB_PX)

    def close(self) -> None:
        pass


class _OutOfProcess:
    """The thumbnail path since #13: the store's (sealed) file piped to a warm decoder process,
    the thumbnail sealed into the cache."""

    label = "by the decoder process, from the store, sealed cache"

    def __init__(self, directory: Path, content: bytes) -> None:
        assert decoder_module is not None
        from arbitration_desk.gui.evidence.thumbnails import THUMBNAIL_DIR, cache_key

        self.store = open_store(directory / "home")
        self.sha = add_verified(self.store, content)
        self.directory = self.store.home / THUMBNAIL_DIR
        self.key = cache_key(self.store)
        self.decoder = decoder_module.Decoder("bench")
        self.decoder.wait_ready()

    def _open(self, sha: str) -> Any:
        return self.store.blobs.open_verified(sha)

    def full(self) -> QImage:
        with self._open(self.sha) as source:
            return self.decoder.image(source).image

    def reduced(self) -> QImage:
        with self._open(self.sha) as source:
            return self.decoder.image(source, max_side=THUMB_PX).image

    def thumbnail(self) -> QImage:
        thumbnail_path(self.directory, self.key, self.sha, THUMB_PX).unlink(missing_ok=True)
        return make_thumbnail(self.directory, self.key, self.sha, self._open, self.decoder, THUMB_PX)

    def close(self) -> None:
        self.decoder.close()
        self.store.close()


def bench_thumbnail(directory: Path, repeat: int, photo: tuple[int, int] = PHOTO) -> None:
    path = directory / "photo-source.jpg"
    width, height = photo
    make_photo(path, photo)
    print(f"  {width}×{height} JPEG, {path.stat().st_size / 1e6:.1f} MB")
    (directory / "thumbnail").mkdir(exist_ok=True)
    bench = (_OutOfProcess if decoder_module is not None else _InProcess)(directory / "thumbnail", path.read_bytes())
    try:
        runs = {"full": bench.full, "decode": bench.reduced, "thumbnail": bench.thumbnail}
        samples: dict[str, list[float]] = {name: [] for name in runs}
        for work in runs.values():  # warm up: page cache, plugin loading
            work()
        for _ in range(repeat * 3):  # interleaved so all see the same cache and CPU state
            for name, work in runs.items():
                samples[name].append(_timed(work, 1))
        size = bench.thumbnail().size()
    finally:
        bench.close()
    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    print(f"  ({bench.label})")
    print(f"  full-size decode      median {medians['full']:7.1f} ms   ({len(samples['full'])} runs)")
    print(f"  reduced-size decode   median {medians['decode']:7.1f} ms   (max_side={THUMB_PX})")
    print(
        f"  thumbnail, uncached   median {medians['thumbnail']:7.1f} ms   "
        f"(make_thumbnail: {size.width()}×{size.height()} px, cache file written)"
    )
    ratio = medians["full"] / medians["thumbnail"]
    print(f"  ratio full / thumbnail {ratio:5.1f}×  (target ≥ 4×: {'OK' if ratio >= 4 else 'MISSED'})")


def _content(viewer: Any) -> QWidget | None:
    """The viewport of the viewer's content page, when that page shows an image or a PDF."""
    page = viewer.stack.currentWidget()
    if page is viewer.message:
        return None
    return page.viewport() if isinstance(page, QAbstractScrollArea) else page


def _shows_pixels(viewer: Any, kind: str) -> bool:
    """Whether what the viewer paints now shows the content: a photo's colours, a PDF's black text.

    A grab paints the widget as the screen would get it, whatever draws it (QPdfView, our pages)."""
    viewport = _content(viewer)
    if viewport is None:
        return False
    image = viewport.grab().toImage()
    step = max(1, min(image.width(), image.height()) // 60)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            color = image.pixelColor(x, y)
            red, green, blue = color.red(), color.green(), color.blue()
            if kind == "pdf" and max(red, green, blue) < 60:
                return True
            if kind == "photo" and max(red, green, blue) - min(red, green, blue) > 60:
                return True
    return False


def _click(gallery: Any, evidence_id: str) -> None:
    """Selects an item of the evidence list as a click does."""
    gallery.list.setCurrentIndex(gallery.model.index(gallery.model.row_of(evidence_id), 0))


def _gallery(app: QApplication, desk: Any, decoders: Any) -> Any:
    EvidenceGallery = _from("EvidenceGallery", "arbitration_desk.gui.evidence.gallery")
    gallery = EvidenceGallery(desk) if decoders is None else EvidenceGallery(desk, decoders=decoders)
    gallery.resize(1000, 700)
    gallery.show()
    return gallery


def _drop(app: QApplication, gallery: Any, runner: Any) -> None:
    wait_until(app, lambda: not runner.busy)
    gallery.close()
    gallery.deleteLater()
    app.processEvents()


def bench_viewer(app: QApplication, directory: Path, repeat: int, photo: tuple[int, int]) -> None:
    """Selecting an evidence item -> first paint of its pixels (part 4 of the module docstring)."""
    DeskModel = _from("DeskModel", "arbitration_desk.gui.common.desk", "arbitration_desk.gui.desk")
    show_in_context = _from("show_in_context", "helpers.case_parts")
    path = directory / "viewer-photo.jpg"
    make_photo(path, photo)
    small = photo if photo[0] * photo[1] < 2_000_000 else (1600, 1200)
    files = [
        ({"title": "Photo"}, path.read_bytes()),
        ({"title": "Statement"}, make_pdf(pages=3, title="Bank statement")),
        ({"title": "Pending"}, None),
    ] + [({"title": f"Photo {n}"}, _distinct_jpeg(small, n)) for n in range(THUMBNAIL_ITEMS)]
    home = directory / "viewer"
    with open_store(home) as store:
        store_case_with_evidence(store, "cs_view", files)
    thumbnails = home / "cache" / "thumbnails"
    with open_store(home) as store:
        runner = Runner()
        desk = DeskModel(store, runner)
        started = time.perf_counter()
        gallery = _gallery(app, desk, None)  # the first gallery of the process (it starts the decoders)
        show_in_context(gallery, desk, "cs_view")  # selects the first item: the photo
        wait_until(app, lambda: _shows_pixels(gallery.viewer, "photo"))
        cold = time.perf_counter() - started
        _drop(app, gallery, runner)

        configurations: dict[str, Any] = {"in process": None}
        if decoder_module is not None:
            shared = decoder_module.Decoder("bench shared")
            configurations = {
                "one decoder each": decoder_module.shared_decoders(),
                "one decoder for both": decoder_module.Decoders(shared, shared),
            }
        opened: dict[str, list[float]] = {name: [] for name in configurations}
        busy: dict[str, list[float]] = {name: [] for name in configurations}
        for _ in range(repeat + 1):  # the first round warms up
            for name, decoders in configurations.items():
                shutil.rmtree(thumbnails, ignore_errors=True)  # every thumbnail is made again
                gallery = _gallery(app, desk, decoders)
                start = time.perf_counter()
                show_in_context(gallery, desk, "cs_view")
                wait_until(app, lambda gallery=gallery: _shows_pixels(gallery.viewer, "photo"))  # type: ignore[misc]
                opened[name].append(time.perf_counter() - start)
                shutil.rmtree(thumbnails, ignore_errors=True)
                gallery.list.scrollToBottom()  # the rows below: their thumbnails are made now
                app.processEvents()
                start = time.perf_counter()
                _click(gallery, "ev_1")  # the PDF, while those thumbnails are being made
                wait_until(app, lambda gallery=gallery: _shows_pixels(gallery.viewer, "pdf"))  # type: ignore[misc]
                busy[name].append(time.perf_counter() - start)
                _drop(app, gallery, runner)

        gallery = _gallery(app, desk, None)
        show_in_context(gallery, desk, "cs_view")
        wait_until(app, lambda: _shows_pixels(gallery.viewer, "photo") and not runner.busy)
        samples: dict[str, list[float]] = {"photo": [], "pdf": []}
        for _ in range(repeat + 1):  # the first round warms up (plugins, page cache)
            for kind, evidence_id in (("photo", "ev_0"), ("pdf", "ev_1")):
                _click(gallery, "ev_2")  # the pending item: a message, no decoding
                wait_until(app, lambda: _content(gallery.viewer) is None and not runner.busy)
                start = time.perf_counter()
                _click(gallery, evidence_id)
                wait_until(app, lambda kind=kind: _shows_pixels(gallery.viewer, kind))  # type: ignore[misc]
                samples[kind].append(time.perf_counter() - start)
                wait_until(app, lambda: not runner.busy)
        _drop(app, gallery, runner)
        runner.wait()
        if decoder_module is not None:
            shared.close()
    label = "first evidence tab + case -> photo painted"
    print(f"  {label:<62}        {cold * 1000:7.1f} ms   (once, cold: decoders start here)")
    for name, values in opened.items():
        label = f"case shown -> photo painted ({name})"
        median = statistics.median(values[1:]) * 1000
        print(f"  {label:<62} median {median:7.1f} ms   ({len(values) - 1} runs, thumbnails being made)")
    for name, values in busy.items():
        label = f"click PDF during thumbnails -> painted ({name})"
        median = statistics.median(values[1:]) * 1000
        print(f"  {label:<62} median {median:7.1f} ms   ({len(values) - 1} runs)")
    for kind, label in (("photo", "click photo -> pixels painted"), ("pdf", "click 3-page PDF -> page painted")):
        values = samples[kind][1:]
        median = statistics.median(values) * 1000
        print(f"  {label:<62} median {median:7.1f} ms   max {max(values) * 1000:7.1f} ms   ({len(values)} runs)")


def _distinct_jpeg(size: tuple[int, int], number: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (number * 9 % 256, 120, 200 - number % 100)).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--evidence", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cases", type=int, default=12, help="cases to switch between (default 12)")
    parser.add_argument("--photo", type=photo_size, default=PHOTO, metavar="WIDTHxHEIGHT", help="default 4000x3000")
    parser.add_argument("--thumbnail-only", action="store_true")
    parser.add_argument("--viewer-only", action="store_true")
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    if args.smoke:
        vars(args).update(SMOKE)
    credentials.use_backend(MemoryKeyring())  # the homes' data keys (headless: no OS credential store)
    megapixels = f"{args.photo[0] * args.photo[1] / 1e6:g}-megapixel"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        if args.thumbnail_only:
            print(f"thumbnail of a {megapixels} JPEG:")
            bench_thumbnail(directory, args.repeat, args.photo)
            return 0
        if args.viewer_only:
            print(f"evidence viewer (a {megapixels} JPEG, a 3-page PDF):")
            bench_viewer(app, directory, args.repeat, args.photo)  # type: ignore[arg-type]
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
        print(f"evidence viewer (a {megapixels} JPEG, a 3-page PDF):")
        bench_viewer(app, directory, args.repeat, args.photo)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
