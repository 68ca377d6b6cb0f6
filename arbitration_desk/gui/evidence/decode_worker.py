"""The decoder process: decodes evidence images and renders PDF pages for the desk, under limits.

Started by :class:`~arbitration_desk.gui.evidence.decoder.Decoder` as ``sys.executable -m
arbitration_desk.gui.evidence.decode_worker --memory-mib N --request-cpu S --lifetime-cpu S``. It
reads requests from stdin and answers on stdout (:mod:`.decode_protocol`); it opens no file of
its own and writes none. A file that crashes it, exhausts its memory or loops takes down only
this process: the desk shows "this file cannot be shown" and starts another.

What it does before the first request:

1. Leaves the network (Linux): it moves into a new user and network namespace, which has no
   interface but a loopback that is down, so nothing it decodes can reach a socket. Where the
   kernel refuses that (user namespaces disabled), it goes on without, and says so in its ready
   frame; it never imports a network module either way.
2. Imports Qt and decodes a small image of each format and a one-page PDF
   (:func:`~.decoding.warm_up`). It makes no QGuiApplication: QImageReader, QPdfDocument (loading
   from a QBuffer and rendering) and QPainter on a QImage all work without one (checked with Qt
   6.11), and ``QT_QPA_PLATFORM=offscreen`` is set in case something asks for a platform.
3. Measures itself and sets its limits (POSIX, ``resource.setrlimit``):

   * **Address space** (``RLIMIT_AS``) = the size at rest + the memory budget. At rest (Qt 6.11,
     PySide 6.11, Linux x86-64, measured) the process maps 32.1 GiB but 50 MB of it is resident:
     pdfium's PartitionAlloc reserves its pools (32 GiB of inaccessible pages) when the first PDF
     is opened. A limit set before that makes pdfium abort on its first PDF (measured: with 512 MB
     and 16 GB it dies of ``SIGTRAP``; 40 GB works), which is why the limits are set only after
     the warm-up, relative to what is mapped then.
   * **Data** (``RLIMIT_DATA``: private writable memory, which on Linux also counts the pages
     pdfium commits inside its reservation, which the address-space limit cannot see) = the data
     at rest (17 MB measured) + the same budget.
   * The budget is 512 MiB by default: the largest image shown is 64 megapixels (256 MiB of
     pixels, :data:`~.decoding.MAX_PIXELS`, also Qt's allocation limit), plus the reader's and
     pdfium's working memory and the answer being written; a 12-megapixel photo takes 48 MiB.
   * **Processor time** (``RLIMIT_CPU``): before each request the soft limit is set to the time
     used so far + the per-request budget (``SIGXCPU`` ends a request that loops); the hard limit
     is the lifetime budget, and a process that has used most of it answers with ``retire`` and
     leaves (the desk starts a fresh one).
   * **File size 0** (``RLIMIT_FSIZE``): it may write no file (a write fails with ``EFBIG``:
     Python ignores ``SIGXFSZ``). **Core dumps 0** (``RLIMIT_CORE``): a crash leaves no image of
     the evidence on disk.

   Where a limit cannot be set it is left out of the ready frame rather than claimed: without
   ``/proc`` (macOS) the sizes at rest are unknown and the two memory limits are not set (macOS
   does not enforce them anyway). On Windows (no ``resource`` module) none of these limits apply:
   the decoder still runs in its own process, and the desk's time-out per request still stops
   one that hangs.
4. Sends its ready frame (the limits, what it measured, whether it left the network).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import io
import math
import os
import sys
from typing import Any, BinaryIO

from arbitration_desk.gui.evidence.decode_protocol import ProtocolError, read_frame, write_frame
from arbitration_desk.gui.evidence.kinds import QT_TRANSLATE_NOOP

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

#: Largest file accepted in a request (a larger evidence file is refused before it is sent).
MAX_REQUEST_BYTES = 1 << 31
MIB = 1024 * 1024
#: A process retires once less than this many request budgets of processor time are left.
RETIRE_REQUESTS = 2
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def leave_network() -> str:
    """Moves this (still single-threaded) process into new user and network namespaces (Linux).

    Returns:
        ``"isolated"``, or why not (``"not isolated: ..."``).
    """
    if not sys.platform.startswith("linux"):
        return f"not isolated: no network namespaces on {sys.platform}"
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
            return f"not isolated: {os.strerror(ctypes.get_errno())}"
    except (OSError, AttributeError) as exc:
        return f"not isolated: {exc}"
    return "isolated"


def _status_bytes(field: str) -> int | None:
    """A ``VmSize``-style field of ``/proc/self/status``, in bytes (None where there is no /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name == field:
                    return int(value.split()[0]) * 1024
    except OSError:
        return None
    return None


def _cpu_seconds() -> float:
    assert resource is not None
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Limits:
    """The limits this process sets on itself (POSIX), and what it measured at rest."""

    def __init__(self, memory_mib: int, request_cpu: int, lifetime_cpu: int) -> None:
        self.memory = memory_mib * MIB
        self.request_cpu = request_cpu
        self.lifetime_cpu = lifetime_cpu
        self.applied: dict[str, int] = {}
        self.at_rest: dict[str, int] = {}

    def apply(self) -> None:
        """Sets every limit it can (see the module docstring); records which and their values."""
        if resource is None:
            return
        self._set("core", resource.RLIMIT_CORE, 0, 0)
        self._set("file_size", resource.RLIMIT_FSIZE, 0, 0)
        for name, field, limit in (("address_space", "VmSize", "RLIMIT_AS"), ("data", "VmData", "RLIMIT_DATA")):
            at_rest = _status_bytes(field)
            if at_rest is not None and hasattr(resource, limit):
                self.at_rest[name] = at_rest
                self._set(name, getattr(resource, limit), at_rest + self.memory, at_rest + self.memory)
        self._set("cpu", resource.RLIMIT_CPU, self._request_cpu_limit(), self.lifetime_cpu)

    def _set(self, name: str, which: int, soft: int, hard: int) -> None:
        assert resource is not None
        try:
            resource.setrlimit(which, (soft, hard))
        except (ValueError, OSError):
            return  # this platform does not let us (macOS and RLIMIT_AS): not claimed as applied
        self.applied[name] = soft

    def _request_cpu_limit(self) -> int:
        return min(math.ceil(_cpu_seconds()) + self.request_cpu, self.lifetime_cpu)

    def before_request(self) -> None:
        """Gives the next request its own processor-time budget (the soft limit, under the hard one)."""
        if resource is None or "cpu" not in self.applied:
            return
        soft = self._request_cpu_limit()
        resource.setrlimit(resource.RLIMIT_CPU, (soft, self.lifetime_cpu))
        self.applied["cpu"] = soft

    def should_retire(self) -> bool:
        """Whether too little of the lifetime budget is left for the next requests."""
        if resource is None or "cpu" not in self.applied:
            return False
        return _cpu_seconds() + RETIRE_REQUESTS * self.request_cpu > self.lifetime_cpu


def _image_answer(image: Any, extra: dict[str, Any] | None = None) -> tuple[dict[str, Any], Any]:
    described = {
        "width": image.width(),
        "height": image.height(),
        "bytes_per_line": image.bytesPerLine(),
        "format": image.format().value,
    }
    return {"ok": True, "image": described, **(extra or {})}, image


def _pixels(image: Any) -> memoryview:
    """The pixels of ``image``, without a copy (valid while ``image`` lives)."""
    view = memoryview(image.constBits()).cast("B")
    return view[: image.bytesPerLine() * image.height()]


class Worker:
    """Answers requests; one at a time, in the order they come."""

    def __init__(self) -> None:
        from arbitration_desk.gui.evidence import decoding  # Qt: imported after leaving the network

        self.decoding = decoding
        self.documents = decoding.Documents()

    def handle(self, header: dict[str, Any], payload: bytearray) -> tuple[dict[str, Any], Any]:
        """The answer to one request and the QImage whose pixels follow it (None: no pixels).

        Our own refusals are raised as ``UnsafeImageError`` (the caller answers ``ok: false``)."""
        decoding = self.decoding
        op = header.get("op")
        if op == "image":
            max_side = header.get("max_side")
            decoded = decoding.read_image(payload, max_side if isinstance(max_side, int) else None)
            return _image_answer(decoded.image, {"full": [decoded.full.width(), decoded.full.height()]})
        if op == "thumbnail":
            return _image_answer(decoding.thumbnail(payload, int(header["px"])))
        if op == "pdf_open":
            token = str(header["doc"])
            sizes = self.documents.open(token, payload)
            return {"ok": True, "pages": self.documents.page_count(token), "sizes": sizes}, None
        if op == "pdf_render":
            token = str(header["doc"])
            if payload:
                self.documents.open(token, payload)
            elif not self.documents.holds(token):
                return {"ok": False, "missing": True}, None
            from PySide6.QtCore import QSize

            size = QSize(int(header["width"]), int(header["height"]))
            return _image_answer(self.documents.render(token, int(header["page"]), size))
        return refusal("unknown request {op}", {"op": repr(str(op)[:40])}), None


def refusal(reason: str, fields: dict[str, str] | None = None) -> dict[str, Any]:
    """The answer refusing a request: ``error`` in English (the log's), and the untranslated
    ``reason`` with its ``fields``, which the desk translates where it shows them
    (:class:`~.kinds.UnsafeImageError`)."""
    fields = fields or {}
    answer: dict[str, Any] = {"ok": False, "error": reason.format(**fields) if fields else reason, "reason": reason}
    if fields:
        answer["fields"] = fields
    return answer


def serve(source: io.BufferedReader, out: BinaryIO, limits: Limits, network: str) -> int:
    """Warms up, sets the limits, says it is ready, then answers until stdin closes."""
    worker = Worker()
    worker.decoding.warm_up()
    limits.apply()
    write_frame(
        out,
        {"ready": True, "pid": os.getpid(), "limits": limits.applied, "at_rest": limits.at_rest, "network": network},
    )
    while True:
        try:
            header, payload = read_frame(source, MAX_REQUEST_BYTES)
        except EOFError:
            return 0  # the desk closed the pipe (or exited)
        except ProtocolError as exc:
            write_frame(
                out,
                refusal(
                    QT_TRANSLATE_NOOP("UnsafeImageError", "a request the decoder cannot read ({detail})"),
                    {"detail": str(exc)},
                ),
            )
            return 2
        limits.before_request()
        image = None
        try:
            answer, image = worker.handle(header, payload)
        except worker.decoding.UnsafeImageError as exc:
            answer = refusal(exc.reason, exc.fields)
        except MemoryError:
            answer = refusal(worker.decoding.NO_MEMORY)
        except Exception as exc:  # a malformed request or a bug: one failed answer, the process lives on
            answer = refusal(
                QT_TRANSLATE_NOOP("UnsafeImageError", "the decoder failed on it ({detail})"),
                {"detail": type(exc).__name__},
            )
        del payload
        retire = limits.should_retire()
        if retire:
            answer["retire"] = True
        write_frame(out, answer, _pixels(image) if image is not None else b"")
        del image
        if retire:
            return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The desk's evidence decoder (started by the desk).")
    parser.add_argument("--memory-mib", type=int, default=512)
    parser.add_argument("--request-cpu", type=int, default=10)
    parser.add_argument("--lifetime-cpu", type=int, default=600)
    parser.add_argument("--nice", type=int, default=0, help="lower the scheduling priority by this much")
    args = parser.parse_args(argv)
    network = leave_network()  # first: the namespace change needs a single-threaded process
    if args.nice > 0 and hasattr(os, "nice"):
        os.nice(args.nice)
    # Frames go to a private copy of stdout; anything else that writes to fd 1 (a library's
    # message) lands on stderr instead of in the middle of a frame.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    source = os.fdopen(os.dup(0), "rb")
    limits = Limits(args.memory_mib, args.request_cpu, args.lifetime_cpu)
    try:
        return serve(source, out, limits, network)
    except BrokenPipeError:
        return 0  # the desk went away while we answered
    finally:
        source.close()
        with contextlib.suppress(BrokenPipeError):
            out.close()


if __name__ == "__main__":
    sys.exit(main())
