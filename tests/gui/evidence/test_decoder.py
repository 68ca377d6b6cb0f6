"""The decoder process: pixels over a pipe, its limits, and what happens when it hangs, crashes or lies.

Every test talks to a real child process (``python -m arbitration_desk.gui.evidence.decode_worker``);
faults are made with signals to that process and with its own limits, never by replacing our code.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from arbitration_desk.gui.evidence import decode_protocol as wire
from arbitration_desk.gui.evidence.decoder import Decoder, DecoderError, image_from_answer
from arbitration_desk.gui.evidence.kinds import UnsafeImageError
from helpers.case_world import jpeg_bytes, png_bomb, png_bytes
from helpers.decoders import stop_child
from helpers.pdfs import make_pdf

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and POSIX signals")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _limits(pid: int) -> dict[str, tuple[str, str]]:
    """``/proc/<pid>/limits``: name -> (soft, hard)."""
    found = {}
    with open(f"/proc/{pid}/limits", encoding="ascii") as table:
        for line in table.read().splitlines()[1:]:
            name, soft, hard = line[:26].strip(), *line[26:].split()[:2]
            found[name] = (soft, hard)
    return found


def _dark_pixels(image: object) -> int:
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if max(QColor(image.pixel(x, y)).getRgb()[:3]) < 80
    )


def test_images_and_pdf_pages_come_back_as_pixels(decoder: Decoder) -> None:
    whole = decoder.image(io.BytesIO(png_bytes(400, 300, (10, 200, 30))))
    assert whole.image.size() == whole.full == QSize(400, 300) and not whole.reduced
    assert QColor(whole.image.pixel(200, 150)).getRgb()[:3] == (10, 200, 30)
    preview = decoder.image(io.BytesIO(jpeg_bytes(1600, 1200)), max_side=96)
    assert (preview.image.width(), preview.image.height()) == (96, 72) and preview.full == QSize(1600, 1200)
    assert preview.reduced
    thumbnail = decoder.thumbnail(io.BytesIO(make_pdf(pages=2)), 72)
    assert max(thumbnail.width(), thumbnail.height()) == 72
    info = decoder.open_pdf(io.BytesIO(make_pdf(pages=3, title="Statement")))
    assert info.pages == 3 and len(info.sizes) == 3 and info.sizes[0] == pytest.approx((595.28, 841.89))
    page = decoder.render_page(info, 0, QSize(600, 849), lambda: io.BytesIO(b""))
    assert page.size() == QSize(600, 849)
    assert QColor(page.pixel(590, 840)).getRgb()[:3] == (255, 255, 255)  # on white paper
    assert _dark_pixels(page) > 20  # the title line, in black


def test_what_is_not_an_image_or_is_a_bomb_is_refused_and_the_child_lives_on(decoder: Decoder) -> None:
    decoder.wait_ready()
    pid = decoder.pid
    with pytest.raises(UnsafeImageError, match="60000 × 60000"):
        decoder.image(io.BytesIO(png_bomb()))
    with pytest.raises(UnsafeImageError, match="60000 × 60000"):
        decoder.thumbnail(io.BytesIO(png_bomb(60_000, 60_000)), 96)  # over 400 megapixels even when scaled
    with pytest.raises(UnsafeImageError, match="not an image"):
        decoder.image(io.BytesIO(make_pdf()))
    with pytest.raises(UnsafeImageError, match="no preview"):
        decoder.thumbnail(io.BytesIO(b'<svg xmlns="http://www.w3.org/2000/svg"/>'), 96)
    with pytest.raises(UnsafeImageError, match="cannot be read"):
        decoder.open_pdf(io.BytesIO(b"%PDF-1.7\n" + b"\x00garbage" * 100))
    assert decoder.pid == pid  # refusals are answers, not crashes
    assert decoder.image(io.BytesIO(png_bytes(8, 8))).image.size() == QSize(8, 8)


@linux_only
def test_the_child_runs_under_its_limits_and_writes_no_file(decoder: Decoder) -> None:
    facts = decoder.wait_ready()
    assert decoder.pid is not None
    limits = _limits(decoder.pid)
    assert limits["Max file size"] == ("0", "0")  # it can write no file at all
    assert limits["Max core file size"] == ("0", "0")
    budget = 512 * 1024 * 1024
    at_rest = facts["at_rest"]
    assert limits["Max address space"] == (str(at_rest["address_space"] + budget),) * 2
    assert limits["Max data size"] == (str(at_rest["data"] + budget),) * 2
    assert int(limits["Max cpu time"][0]) <= 10 + 5 and limits["Max cpu time"][1] == "600"
    # Its descriptors: the two pipes, stderr (/dev/null), and files it reads; none open for writing.
    for fd in os.listdir(f"/proc/{decoder.pid}/fd"):
        target = os.readlink(f"/proc/{decoder.pid}/fd/{fd}")
        with open(f"/proc/{decoder.pid}/fdinfo/{fd}", encoding="ascii") as info:
            flags = int(info.read().split("flags:")[1].split()[0], 8)
        writing = flags & (os.O_WRONLY | os.O_RDWR)
        assert not (target.startswith("/") and writing and target != "/dev/null"), target


@linux_only
def test_the_child_has_no_network_where_the_kernel_allows_it(decoder: Decoder) -> None:
    facts = decoder.wait_ready()
    assert decoder.pid is not None
    ours, its = os.readlink("/proc/self/ns/net"), os.readlink(f"/proc/{decoder.pid}/ns/net")
    if facts["network"] == "isolated":
        assert its != ours
    else:  # user namespaces disabled on this machine: it must say why, and it really shares ours
        assert facts["network"].startswith("not isolated: ") and its == ours


def test_the_child_imports_no_network_or_store_code() -> None:
    script = (
        "import sys\n"
        "from arbitration_desk.gui.evidence import decode_worker\n"
        "decode_worker.Worker().decoding.warm_up()\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True, timeout=60
    )
    modules = set(result.stdout.split())
    assert "PySide6.QtPdf" in modules
    forbidden = {"socket", "ssl", "http.client", "urllib.request", "requests", "sqlalchemy", "keyring"}
    assert not modules & forbidden
    assert not [name for name in modules if name.startswith(("arbitration_desk.store", "arbitration_desk.platform"))]


def test_over_its_memory_limit_a_file_cannot_be_shown_and_the_next_one_can() -> None:
    decoder = Decoder("small", memory_mib=48)
    try:
        decoder.wait_ready()
        with pytest.raises(UnsafeImageError, match="6000 × 6000 pixels and needs more memory than the decoder may use"):
            decoder.image(io.BytesIO(jpeg_bytes(6000, 6000)))  # 144 MB of pixels, under the 64-megapixel cap
        assert decoder.image(io.BytesIO(png_bytes(64, 48))).image.size() == QSize(64, 48)
    finally:
        decoder.close()


def _in_background(work: object) -> tuple[threading.Thread, dict[str, object]]:
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()  # type: ignore[operator]
        except BaseException as exc:  # handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _until(condition: object, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not met"
        time.sleep(0.005)


@linux_only
@pytest.mark.parametrize(
    ("signals", "reason"),
    [
        ((signal.SIGKILL,), "the decoder process was stopped while reading it"),
        ((signal.SIGSEGV, signal.SIGCONT), "the decoder crashed on it"),
    ],
    ids=["killed", "crashed"],
)
def test_a_child_that_dies_mid_request_fails_that_file_and_is_replaced(
    signals: tuple[signal.Signals, ...], reason: str
) -> None:
    decoder = Decoder("doomed")
    try:
        pid = stop_child(decoder)
        thread, outcome = _in_background(lambda: decoder.image(io.BytesIO(jpeg_bytes(800, 600))))
        _until(lambda: decoder.busy)  # the request is in the pipe
        for number in signals:
            os.kill(pid, number)
        thread.join(20)
        assert isinstance(outcome.get("error"), DecoderError), outcome
        assert reason in str(outcome["error"])
        assert not _alive(pid)
        assert decoder.pid not in (None, pid)  # a new child, started at once
        assert decoder.image(io.BytesIO(png_bytes(30, 20))).image.size() == QSize(30, 20)
    finally:
        decoder.close()


@linux_only
def test_a_request_over_the_time_out_is_killed_and_fails_cleanly() -> None:
    decoder = Decoder("slow", timeout=0.5)
    try:
        pid = stop_child(decoder)  # a child that hangs
        started = time.monotonic()
        with pytest.raises(DecoderError, match=r"took longer than 0\.5 s"):
            decoder.image(io.BytesIO(png_bytes(40, 30)))
        assert time.monotonic() - started < 5
        assert not _alive(pid)
        assert decoder.image(io.BytesIO(png_bytes(40, 30))).image.size() == QSize(40, 30)
        assert decoder.pid != pid
    finally:
        decoder.close()


@linux_only
def test_a_new_child_is_sent_the_pdf_again() -> None:
    decoder = Decoder("pdf")
    content = make_pdf(pages=2)
    reopened: list[int] = []

    def reopen() -> io.BytesIO:
        reopened.append(1)
        return io.BytesIO(content)

    try:
        info = decoder.open_pdf(io.BytesIO(content))
        first = decoder.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)  # between requests: the next one finds it gone
        _until(lambda: not _alive(first))
        with pytest.raises(DecoderError):
            decoder.render_page(info, 1, QSize(300, 424), reopen)
        page = decoder.render_page(info, 1, QSize(300, 424), reopen)  # a new child, sent the file again
        assert page.size() == QSize(300, 424) and reopened == [1]
        assert decoder.render_page(info, 0, QSize(300, 424), reopen).size() == QSize(300, 424)
        assert reopened == [1]  # the new child keeps it
    finally:
        decoder.close()


def test_a_closed_decoder_refuses_work_and_leaves_no_process(tmp_path: Path) -> None:
    del tmp_path
    decoder = Decoder("closing")
    decoder.wait_ready()
    pid = decoder.pid
    assert pid is not None
    decoder.close()
    assert decoder.pid is None
    if sys.platform.startswith("linux"):
        assert not _alive(pid)
    with pytest.raises(DecoderError, match="closed"):
        decoder.image(io.BytesIO(png_bytes(4, 4)))


# ---- what the desk accepts from a child (the protocol's checks, on crafted frames) ----


def _frame(header: bytes, payload: bytes = b"") -> io.BytesIO:
    return io.BytesIO(wire.PREFIX.pack(len(header), len(payload)) + header + payload)


@pytest.mark.parametrize(
    ("stream", "error"),
    [
        (_frame(b"[" * 50_000 + b"]" * 50_000), wire.ProtocolError),  # nested: no RecursionError
        (_frame(b"[1, 2]"), wire.ProtocolError),
        (_frame(b"not json"), wire.ProtocolError),
        (io.BytesIO(wire.PREFIX.pack(wire.MAX_HEADER + 1, 0)), wire.ProtocolError),
        (io.BytesIO(wire.PREFIX.pack(2, 1 << 40)), wire.ProtocolError),
        (io.BytesIO(wire.PREFIX.pack(2, 10) + b"{}abc"), EOFError),
        (io.BytesIO(b"\x00\x00"), EOFError),
    ],
    ids=["nested", "not-an-object", "not-json", "huge-header", "huge-payload", "cut-short", "no-frame"],
)
def test_broken_frames_are_refused(stream: io.BytesIO, error: type[Exception]) -> None:
    with pytest.raises(error):
        wire.read_frame(stream, 1 << 20)


@pytest.mark.parametrize(
    ("described", "payload"),
    [
        ({"width": 2, "height": 2, "bytes_per_line": 8, "format": 4}, 15),  # one byte short
        ({"width": 2, "height": 2, "bytes_per_line": 8, "format": 3}, 16),  # a format we do not accept
        ({"width": 2, "height": 2, "bytes_per_line": 4, "format": 4}, 8),  # lines shorter than a row
        ({"width": 10_000, "height": 10_000, "bytes_per_line": 40_000, "format": 4}, 0),  # over the cap
        ({"width": "2", "height": 2, "bytes_per_line": 8, "format": 4}, 16),
        ({"width": float("nan"), "height": 2, "bytes_per_line": 8, "format": 4}, 16),
    ],
    ids=["short", "format", "lines", "too-large", "text", "nan"],
)
def test_pixels_that_do_not_add_up_are_refused(described: dict[str, object], payload: int) -> None:
    with pytest.raises(wire.ProtocolError):
        image_from_answer({"ok": True, "image": described}, bytearray(payload), 1_000_000)
    good = {"ok": True, "image": {"width": 2, "height": 2, "bytes_per_line": 8, "format": 4}}
    assert image_from_answer(good, bytearray(16), 4).size() == QSize(2, 2)


def test_a_stored_file_damaged_midway_cannot_be_shown_and_the_decoder_goes_on(tmp_path: Path) -> None:
    """The sealed reader fails in the middle of the file: the child got half a frame and is replaced."""
    from helpers.case_world import add_verified
    from helpers.stores import open_store

    content = jpeg_bytes(1500, 1500) + os.urandom(400_000)  # several sealed chunks (a JPEG ignores the tail)
    decoder = Decoder("damaged")
    try:
        with open_store(tmp_path / "home") as store:
            sha = add_verified(store, content)
            (stored,) = (path for path in (store.blobs.root / "verified").rglob("*") if path.is_file())
            assert stored.stat().st_size > len(content)  # the sealed evidence file
            with stored.open("r+b") as damaged:
                damaged.seek(stored.stat().st_size // 2)
                byte = damaged.read(1)
                damaged.seek(-1, os.SEEK_CUR)
                damaged.write(bytes([byte[0] ^ 0xFF]))
            decoder.wait_ready()
            first = decoder.pid
            with store.blobs.open_verified(sha) as source, pytest.raises(UnsafeImageError, match="cannot be read"):
                decoder.image(source)
            assert decoder.pid != first  # it had half a request: not asked again
            assert decoder.image(io.BytesIO(png_bytes(10, 10))).image.size() == QSize(10, 10)
    finally:
        decoder.close()


@linux_only
def test_a_decoder_can_run_at_a_lower_priority() -> None:
    """The thumbnails' decoder yields the processor to the viewer's (``THUMBNAILS_NICE``)."""
    decoder = Decoder("background", nice=10)
    try:
        decoder.wait_ready()
        with open(f"/proc/{decoder.pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        assert int(fields[16]) == os.nice(0) + 10  # the 19th field of stat: nice
    finally:
        decoder.close()
