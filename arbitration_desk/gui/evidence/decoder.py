"""The desk's side of its decoder process: requests with a time-out, one warm process, restarts.

Evidence is never decoded in the desk's process. A :class:`Decoder` keeps one child process
(:mod:`.decode_worker`, started with ``sys.executable``) and pipes it each file, read from the
store's verified (sealed) blob: the plaintext goes through the pipe, never to a file. The child
answers with raw pixels, which become a QImage here after their size and format are checked.

A request that takes longer than the time-out gets its child killed; a child that crashes, hits a
limit or answers garbage is reaped. Each of these fails only that request, with a
:class:`DecoderError` (an :class:`UnsafeImageError`: the viewer shows "this file cannot be
shown"), and a fresh child is started at once for the next file. Requests are blocking and
thread-safe (one at a time per child): callers run them on the :class:`Runner`, never on the GUI
thread.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import math
import os
import secrets
import signal
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO, TypeVar, cast

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from arbitration_desk.children import child_command
from arbitration_desk.domain.phrases import render
from arbitration_desk.gui.common import case_format as fmt
from arbitration_desk.gui.common.i18n import QT_TRANSLATE_NOOP
from arbitration_desk.gui.evidence import decode_protocol as wire
from arbitration_desk.gui.evidence.kinds import UnsafeImageError

log = logging.getLogger(__name__)
T = TypeVar("T")

#: The decoder among the desk's children (arbitration_desk/children.py).
WORKER_FLAG = "--decode-worker"
#: Seconds a request may take, wall clock, before its child is killed (a 64-megapixel image takes
#: under 2 s on a laptop; a 12-megapixel photo 0.25 s).
TIMEOUT_S = 20.0
#: Seconds a new child may take to import Qt and warm up (0.4 s measured; a cold disk is slower).
START_TIMEOUT_S = 30.0
#: The child's memory budget above what it uses at rest (see the decode_worker docstring).
MEMORY_MIB = 512
#: Processor seconds per request, and over a child's life (it then retires and is replaced).
REQUEST_CPU_S = 10
LIFETIME_CPU_S = 600
#: The thumbnails' decoder runs at a lower priority: on a 2-core machine it would otherwise take
#: half the processor from the viewer's while a case opens (bench_gui_case.py, part 4).
THUMBNAILS_NICE = 10
#: Largest evidence file sent (mirrors the child's own limit).
MAX_FILE_BYTES = (1 << 31) - 1
#: Said when the child's answer does not add up.
UNREADABLE_ANSWER = QT_TRANSLATE_NOOP("UnsafeImageError", "the decoder answered with unreadable data")
#: The most fields a refusal's reason may have.
MAX_FIELDS = 8
_CRASH_SIGNALS = {
    getattr(signal, name)
    for name in ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGTRAP", "SIGILL", "SIGFPE")
    if hasattr(signal, name)
}


class DecoderError(UnsafeImageError):
    """The decoder process failed on a file: it crashed, hit a limit, took too long or answered garbage."""


@dataclass(frozen=True, slots=True)
class DecodedImage:
    """An image from the decoder and the size of the whole picture (larger when it was reduced)."""

    image: QImage
    full: QSize

    @property
    def reduced(self) -> bool:
        return self.image.size() != self.full


@dataclass(frozen=True, slots=True)
class PdfInfo:
    """A PDF the decoder holds: its token, page count and the sizes in points of its first pages."""

    token: str
    pages: int
    sizes: tuple[tuple[float, float], ...]


@dataclass(eq=False)
class _Child:
    process: subprocess.Popen[bytes]
    ready: dict[str, Any] | None = None
    expired: bool = False  # the watchdog killed it
    reaped: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


def _file_size(source: BinaryIO) -> int:
    source.seek(0, os.SEEK_END)
    size = source.tell()
    source.seek(0)
    if size > MAX_FILE_BYTES:
        raise UnsafeImageError(
            QT_TRANSLATE_NOOP("UnsafeImageError", "the file is too large to show ({size} GB)"), size=f"{size / 1e9:.1f}"
        )
    return size


def _number(value: Any, low: float, high: float) -> float:
    """``value`` if it is a finite number within [low, high]; raises ProtocolError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise wire.ProtocolError("a number that is not one")
    if not low <= value <= high:
        raise wire.ProtocolError(f"{value} is outside {low}..{high}")
    return value


def refusal(answer: dict[str, Any]) -> UnsafeImageError:
    """The child's refusal of a file, from its answer (``error``: a string, checked by the caller).

    Its ``reason`` and ``fields`` (:func:`.decode_worker.refusal`) are untrusted like any of its
    text: bounded, their controls made visible, and taken only when the fields fill the reason
    (else the English ``error`` is shown as it is).
    """
    error = fmt.untrusted(answer.get("error"), 300)
    reason, fields = answer.get("reason"), answer.get("fields", {})
    if (
        not isinstance(reason, str)
        or not isinstance(fields, dict)
        or len(fields) > MAX_FIELDS
        or not all(isinstance(name, str) and isinstance(value, str) for name, value in fields.items())
    ):
        return UnsafeImageError(error)
    reason = fmt.untrusted(reason, 300)
    fields = {fmt.untrusted(name, 40): fmt.untrusted(value, 300) for name, value in fields.items()}
    if render(reason, fields) is None:
        return UnsafeImageError(error)
    return UnsafeImageError(reason, **fields)


def image_from_answer(answer: dict[str, Any], payload: bytearray, max_pixels: int) -> QImage:
    """The QImage an answer describes, after checking its size, format and length.

    Raises:
        ProtocolError: anything that does not add up.
    """
    described = answer.get("image")
    if not isinstance(described, dict):
        raise wire.ProtocolError("an answer without an image")
    width = int(_number(described.get("width"), 1, wire.MAX_RENDER_SIDE * 4))
    height = int(_number(described.get("height"), 1, wire.MAX_RENDER_SIDE * 4))
    per_line = int(_number(described.get("bytes_per_line"), 1, 1 << 31))
    pixel_format = described.get("format")
    depth = wire.WIRE_FORMATS.get(pixel_format) if isinstance(pixel_format, int) else None
    if depth is None or width * height > max_pixels:
        raise wire.ProtocolError(f"an image of {width} × {height} pixels in format {pixel_format!r}")
    if not width * depth <= per_line <= width * depth + 64 or len(payload) != per_line * height:
        raise wire.ProtocolError("pixels that do not match the image's size")
    return QImage(payload, width, height, per_line, QImage.Format(pixel_format))  # keeps ``payload`` alive


class Decoder:
    """One decoder process at a time, started lazily (see :meth:`start`) and restarted after a failure.

    Args:
        name: for the log ("thumbnails", "viewer").
        timeout: seconds, wall clock, a request may take before the child is killed.
        start_timeout: seconds a new child may take to be ready.
        memory_mib: the child's memory budget above its size at rest.
        request_cpu: processor seconds per request in the child.
        lifetime_cpu: processor seconds over a child's life.
        nice: how much lower than the desk the child's scheduling priority is (POSIX ``nice``).
    """

    def __init__(
        self,
        name: str = "decoder",
        *,
        timeout: float = TIMEOUT_S,
        start_timeout: float = START_TIMEOUT_S,
        memory_mib: int = MEMORY_MIB,
        request_cpu: int = REQUEST_CPU_S,
        lifetime_cpu: int = LIFETIME_CPU_S,
        nice: int = 0,
    ) -> None:
        self.name = name
        self.timeout = timeout
        self.start_timeout = start_timeout
        self._arguments = [
            f"--memory-mib={memory_mib}",
            f"--request-cpu={request_cpu}",
            f"--lifetime-cpu={lifetime_cpu}",
            f"--nice={nice}",
        ]
        self._child: _Child | None = None
        self._closed = False
        self._gate: threading.Event | None = None  # no child before it is set (see hold_until)
        self._in_flight = False
        self._state = threading.Lock()  # guards _child and _closed; held briefly
        self._requests = threading.Lock()  # one request at a time; held while the child works

    # ---- the process ----

    def start(self) -> None:
        """Starts the child unless one runs (it warms up in the background: this does not wait)."""
        if self._gate is not None and not self._gate.is_set():
            return  # whoever holds the gate starts it
        with self._state:
            if self._child is None and not self._closed:
                self._child = self._spawn()

    def hold_until(self, gate: threading.Event) -> None:
        """Starts no child before ``gate`` is set (a request waits for it, at most the start time-out)."""
        self._gate = gate

    @property
    def held(self) -> bool:
        return self._gate is not None and not self._gate.is_set()

    def _spawn(self) -> _Child:
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            process = subprocess.Popen(
                [*child_command(WORKER_FLAG), *self._arguments],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=environment,
                creationflags=flags,
            )
        except OSError as exc:
            raise DecoderError(
                QT_TRANSLATE_NOOP("UnsafeImageError", "the decoder could not be started ({detail})"),
                detail=exc.strerror or exc,
            ) from exc
        log.debug("%s decoder started: pid %d", self.name, process.pid)
        return _Child(process)

    @property
    def pid(self) -> int | None:
        """The current child's process ID (None: none running)."""
        child = self._child
        return child.process.pid if child is not None else None

    @property
    def busy(self) -> bool:
        """Whether a request has been sent and its answer not yet read."""
        return self._in_flight

    @property
    def facts(self) -> dict[str, Any] | None:
        """What the current child said when it was ready (its limits, sizes at rest, network)."""
        child = self._child
        return child.ready if child is not None else None

    def wait_ready(self) -> dict[str, Any]:
        """Starts the child if needed and waits until it is ready; returns :attr:`facts`."""
        with self._requests:
            child = self._current()
            if child.ready is None:
                self._await_ready(child)
            assert child.ready is not None
            return child.ready

    def close(self) -> None:
        """Kills the child (a request in flight fails) and stops restarting it."""
        with self._state:
            self._closed = True
            child, self._child = self._child, None
        if child is not None:
            self._kill(child)
            with self._requests:  # a request in flight ends at once: its child is gone
                self._reap(child)

    def _current(self) -> _Child:
        gate = self._gate
        if gate is not None:
            gate.wait(self.start_timeout)
        with self._state:
            if self._closed:
                raise DecoderError(QT_TRANSLATE_NOOP("UnsafeImageError", "the decoder is closed"))
            if self._child is None:
                self._child = self._spawn()
            return self._child

    @staticmethod
    def _kill(child: _Child) -> None:
        with contextlib.suppress(OSError):  # already gone
            child.process.kill()

    @staticmethod
    def _reap(child: _Child) -> None:
        with child.lock:
            if child.reaped:
                return
            child.reaped = True
            for pipe in (child.process.stdin, child.process.stdout):
                try:
                    if pipe is not None:
                        pipe.close()
                except OSError:
                    pass  # a pipe to a dead process
            try:
                child.process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover - killed processes end at once
                log.warning("decoder process %d did not end", child.process.pid)

    def _replace(self, child: _Child) -> None:
        """Drops ``child`` (killed and reaped) and starts the next one at once, so that it warms up."""
        self._kill(child)
        self._reap(child)
        with self._state:
            if self._child is child:
                self._child = None
                if not self._closed:
                    try:
                        self._child = self._spawn()
                    except DecoderError as exc:
                        log.warning("%s decoder: %s", self.name, exc)

    def _failure(self, child: _Child, exc: BaseException, timeout: float) -> DecoderError:
        """Kills and replaces ``child``; the error that says what happened to the file."""
        self._replace(child)
        code = child.process.returncode
        if child.expired:
            error = DecoderError(
                QT_TRANSLATE_NOOP("UnsafeImageError", "it took longer than {seconds} s to decode"),
                seconds=f"{timeout:g}",
            )
        elif isinstance(exc, wire.ProtocolError):
            error = DecoderError(UNREADABLE_ANSWER)
        elif code is not None and code < 0 and -code == getattr(signal, "SIGXCPU", None):
            error = DecoderError(
                QT_TRANSLATE_NOOP("UnsafeImageError", "it needs more processor time than the decoder may use")
            )
        elif code is not None and code < 0 and -code in _CRASH_SIGNALS:
            error = DecoderError(
                QT_TRANSLATE_NOOP(
                    "UnsafeImageError",
                    "the decoder crashed on it (the file may be malformed or need more memory than allowed)",
                )
            )
        elif code is not None and code != 0:
            error = DecoderError(
                QT_TRANSLATE_NOOP("UnsafeImageError", "the decoder process was stopped while reading it")
            )
        else:
            error = DecoderError(QT_TRANSLATE_NOOP("UnsafeImageError", "the decoder stopped while reading it"))
        log.warning("%s decoder failed (exit status %s): %s (%s)", self.name, code, error, exc)
        return error

    # ---- requests ----

    def _watchdog(self, child: _Child, seconds: float) -> threading.Timer:
        def expire() -> None:
            child.expired = True
            self._kill(child)

        timer = threading.Timer(seconds, expire)
        timer.daemon = True
        timer.start()
        return timer

    def _await_ready(self, child: _Child) -> None:
        watchdog = self._watchdog(child, self.start_timeout)
        try:
            header, _ = wire.read_frame(cast(io.BufferedReader, child.process.stdout), 0)
            if header.get("ready") is not True:
                raise wire.ProtocolError("no ready frame")
        except (OSError, EOFError, wire.ProtocolError) as exc:
            raise self._failure(child, exc, self.start_timeout) from exc
        finally:
            watchdog.cancel()
        if child.expired:  # it fired just as the child became ready
            raise self._failure(child, TimeoutError(), self.start_timeout)
        child.ready = header
        log.debug("%s decoder ready: %s", self.name, header)

    def _exchange(
        self,
        header: dict[str, Any],
        source: BinaryIO | None,
        max_reply: int,
        parse: Callable[[dict[str, Any], bytearray], T],
    ) -> T | None:
        """Sends one request (the file streamed from ``source``), reads and parses its answer.

        Args:
            header: the request.
            source: the file to send (None: no payload).
            max_reply: the largest payload accepted in the answer.
            parse: turns a successful answer into the result; raises ProtocolError when it does
                not add up (the child is then replaced, like one that crashed).

        Returns:
            The parsed result, or None when the child no longer holds the PDF (``missing``).

        Raises:
            DecoderError: the child failed (it has been replaced).
            UnsafeImageError: the child refused the file (its reason).
        """
        size = _file_size(source) if source is not None else 0
        with self._requests:  # failures are handled inside: nobody else uses the child meanwhile
            child = self._current()
            if child.ready is None:
                self._await_ready(child)
            stdin, stdout = cast(BinaryIO, child.process.stdin), cast(io.BufferedReader, child.process.stdout)
            self._in_flight = True
            watchdog = self._watchdog(child, self.timeout)
            try:
                if source is not None:
                    wire.write_frame_from(stdin, header, source, size)
                else:
                    wire.write_frame(stdin, header)
                answer, payload = wire.read_frame(stdout, max_reply)
            except wire.SourceError as exc:
                self._replace(child)  # it got half a frame: it cannot be asked again
                raise UnsafeImageError(
                    QT_TRANSLATE_NOOP("UnsafeImageError", "the stored file cannot be read ({detail})"),
                    detail=fmt.untrusted(str(exc), 300),
                ) from exc
            except (OSError, EOFError, wire.ProtocolError) as exc:
                raise self._failure(child, exc, self.timeout) from exc
            finally:
                watchdog.cancel()
                self._in_flight = False
            if child.expired:  # it fired as the answer arrived: the answer stands, the child is gone
                self._replace(child)
            try:
                if answer.get("ok") is True:
                    return parse(answer, payload)
                if answer.get("missing") is True:
                    return None
                error = answer.get("error")
                if not isinstance(error, str):
                    raise wire.ProtocolError("an answer that is neither a result nor an error")
            except wire.ProtocolError as exc:
                raise self._failure(child, exc, self.timeout) from exc
            finally:
                if answer.get("retire") is True and not child.reaped:
                    log.debug("%s decoder %d retires", self.name, child.process.pid)
                    self._replace(child)
        raise refusal(answer)

    def image(self, source: BinaryIO, max_side: int | None = None) -> DecodedImage:
        """The image in ``source``; with ``max_side``, reduced to fit it when it is larger.

        Raises:
            UnsafeImageError: not an image, a canvas over the limits, undecodable (the child's
                reason), or a :class:`DecoderError`.
        """
        header: dict[str, Any] = {"op": "image"}
        if max_side is not None:
            header["max_side"] = int(max_side)

        def parse(answer: dict[str, Any], payload: bytearray) -> DecodedImage:
            full = answer.get("full")
            if not isinstance(full, list) or len(full) != 2:
                raise wire.ProtocolError("an image answer without its full size")
            width, height = (int(_number(side, 1, 1 << 20)) for side in full)
            return DecodedImage(image_from_answer(answer, payload, wire.MAX_PIXELS), QSize(width, height))

        return _present(self._exchange(header, source, wire.MAX_PIXELS * 4 + (1 << 20), parse))

    def thumbnail(self, source: BinaryIO, px: int) -> QImage:
        """The thumbnail (at most ``px`` on its longest side) of the image or PDF in ``source``."""

        def parse(answer: dict[str, Any], payload: bytearray) -> QImage:
            return image_from_answer(answer, payload, px * px)

        return _present(self._exchange({"op": "thumbnail", "px": int(px)}, source, px * (px + 16) * 4, parse))

    def open_pdf(self, source: BinaryIO) -> PdfInfo:
        """Loads the PDF in ``source`` into the child; its page count and page sizes."""
        token = secrets.token_hex(8)

        def parse(answer: dict[str, Any], _payload: bytearray) -> PdfInfo:
            pages = answer.get("pages")
            sizes = answer.get("sizes")
            if not isinstance(pages, int) or isinstance(pages, bool) or pages < 1 or not isinstance(sizes, list):
                raise wire.ProtocolError("a PDF answer without its pages")
            if len(sizes) != min(pages, wire.MAX_PAGES):
                raise wire.ProtocolError("a PDF answer whose page sizes do not match its page count")
            checked = []
            for size in sizes:
                if not isinstance(size, list) or len(size) != 2:
                    raise wire.ProtocolError("a page size that is not a pair")
                checked.append((float(_number(size[0], 1, 1e6)), float(_number(size[1], 1, 1e6))))
            return PdfInfo(token, pages, tuple(checked))

        return _present(self._exchange({"op": "pdf_open", "doc": token}, source, 0, parse))

    def render_page(self, info: PdfInfo, page: int, size: QSize, reopen: Callable[[], BinaryIO]) -> QImage:
        """Page ``page`` of the PDF at ``size`` pixels, on white paper.

        Args:
            info: from :meth:`open_pdf`.
            page: 0-based.
            size: in pixels (within the decoder's render limits).
            reopen: opens the file again, for a child that does not hold it (one started since).
        """
        width, height = size.width(), size.height()
        if not 0 <= page < len(info.sizes):
            raise UnsafeImageError(QT_TRANSLATE_NOOP("UnsafeImageError", "the PDF has no page {page}"), page=page + 1)
        if not (0 < width <= wire.MAX_RENDER_SIDE and 0 < height <= wire.MAX_RENDER_SIDE):
            raise UnsafeImageError(
                QT_TRANSLATE_NOOP("UnsafeImageError", "a page of {width} × {height} pixels is not rendered"),
                width=width,
                height=height,
            )
        header = {"op": "pdf_render", "doc": info.token, "page": page, "width": width, "height": height}
        limit = width * (height + 16) * 4

        def parse(answer: dict[str, Any], payload: bytearray) -> QImage:
            return image_from_answer(answer, payload, width * height)

        image = self._exchange(header, None, limit, parse)
        if image is None:
            with reopen() as source:
                image = self._exchange(header, source, limit, parse)
        return _present(image)


def _present(result: T | None) -> T:
    """A parsed answer; None here means the child asked for a document it was just sent."""
    if result is None:
        raise DecoderError(UNREADABLE_ANSWER)
    return result


@dataclass(frozen=True, slots=True)
class Decoders:
    """The desk's decoder processes: one for thumbnails, one for the viewer.

    Two, so that a burst of thumbnails (a case with hundreds of items) never queues the item the
    member just selected behind it, and a file that kills one leaves the other warm.
    """

    thumbnails: Decoder
    viewer: Decoder

    def start(self) -> None:
        """Starts the viewer's decoder now, and the thumbnails' once the viewer's is ready.

        One after the other: each spends about 0.4 s of processor time importing Qt, and two at
        once on a 2-core machine doubled the wait for the first item the member opens (measured in
        ``bench_gui_case.py``, part 4). Nothing waits for this: the call returns at once.
        """
        self.viewer.start()
        if self.thumbnails is self.viewer or self.thumbnails.pid is not None or self.thumbnails.held:
            return
        gate = threading.Event()
        self.thumbnails.hold_until(gate)  # its first requests wait for the gate, not spawn at once

        def then_thumbnails() -> None:
            try:
                with contextlib.suppress(UnsafeImageError):  # a viewer that cannot start: go on anyway
                    self.viewer.wait_ready()
            finally:
                gate.set()
                self.thumbnails.start()

        threading.Thread(target=then_thumbnails, name="decoder start", daemon=True).start()

    def close(self) -> None:
        self.thumbnails.close()
        self.viewer.close()


_shared: Decoders | None = None
_shared_lock = threading.Lock()


def shared_decoders() -> Decoders:
    """The process-wide decoders (made on first use, closed when the desk's process exits)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Decoders(Decoder("thumbnails", nice=THUMBNAILS_NICE), Decoder("viewer"))
            atexit.register(_shared.close)
        return _shared
