"""The frames between the desk and its decoder process (:mod:`.decode_worker`), over its stdin/stdout.

A frame is a 12-byte prefix (header length u32, payload length u64, big-endian), a JSON object
(the header, at most :data:`MAX_HEADER` bytes) and the payload: the file's bytes in a request,
raw pixels in an answer. Both sides read a frame only up to limits they set themselves, so that
neither trusts the lengths the other announces. Plain Python (no Qt): both sides import it.

Requests (``op``): ``image`` (``max_side``, ``max_pixels``), ``thumbnail`` (``px``), ``pdf_open``
(``doc``: a token naming the document in later requests), ``pdf_render`` (``doc``, ``page``,
``width``, ``height``; with the file as payload when the decoder no longer holds the document).
Answers: ``{"ok": true, ...}`` with an ``image`` object (``width``, ``height``,
``bytes_per_line``, ``format``: a ``QImage.Format`` value) and its pixels as payload, or
``{"ok": false, "error": "...", "reason": "...", "fields": {...}}`` (``error``: why, in English;
``reason`` and ``fields``: the same as an untranslated template and its values, which the desk
translates, see :class:`~.kinds.UnsafeImageError`), or ``{"ok": false, "missing": true}`` (send the document
again). ``retire: true`` in any answer: the process leaves after it (its processor-time budget is
nearly spent) and the desk starts a new one. The first frame a decoder sends is ``{"ready":
true, ...}`` with the limits it runs under.
"""

from __future__ import annotations

import json
import struct
from typing import Any, BinaryIO, Final, Protocol

PREFIX: Final = struct.Struct(">IQ")
MAX_HEADER: Final = 64 * 1024
#: Largest image decoded for the viewer, in pixels (a 12-megapixel photo is well below it), and
#: so the largest answer; PDF pages are rendered no larger, and no longer than MAX_RENDER_SIDE.
MAX_PIXELS: Final = 64_000_000
MAX_RENDER_SIDE: Final = 20_000
#: Page sizes are reported for at most this many pages (a hostile page tree can claim millions).
MAX_PAGES: Final = 5_000
#: The pixel formats an answer may carry, as ``QImage.Format`` values (RGB32, ARGB32_Premultiplied,
#: Grayscale8), with their bytes per pixel.
WIRE_FORMATS: Final = {4: 4, 6: 4, 24: 1}
#: Copy size when a payload is streamed from a file (the sealed reader decrypts 64 KiB chunks).
COPY_CHUNK: Final = 1024 * 1024


class Readable(Protocol):
    """A buffered binary stream (a pipe's reader): ``readinto`` fills as much as it can."""

    def readinto(self, buffer: memoryview, /) -> int | None: ...


class ProtocolError(Exception):
    """A frame that breaks the protocol: cut short, over a limit, or not a JSON object."""


class SourceError(Exception):
    """The file being sent could not be read to its end (the frame is cut short)."""


def write_frame(out: BinaryIO, header: dict[str, Any], payload: bytes | memoryview = b"") -> None:
    """Writes one frame whose payload is in memory (pixels: written from Qt's buffer, no copy)."""
    encoded = json.dumps(header, separators=(",", ":")).encode()
    out.write(PREFIX.pack(len(encoded), len(payload)) + encoded)
    if len(payload):
        out.write(payload)
    out.flush()


def write_frame_from(out: BinaryIO, header: dict[str, Any], source: BinaryIO, size: int) -> None:
    """Writes one frame whose payload is the next ``size`` bytes of ``source``, streamed.

    Raises:
        SourceError: ``source`` failed or ended before ``size`` bytes. Half a frame has been sent:
            the caller must drop the connection.
        OSError: writing to ``out`` failed.
    """
    encoded = json.dumps(header, separators=(",", ":")).encode()
    out.write(PREFIX.pack(len(encoded), size) + encoded)
    left = size
    while left:
        try:
            chunk = source.read(min(COPY_CHUNK, left))
        except Exception as exc:  # the store's reader: an I/O error, a chunk that does not authenticate
            raise SourceError(str(exc)) from exc
        if not chunk:
            raise SourceError(f"it ended {left} bytes early")
        out.write(chunk)
        left -= len(chunk)
    out.flush()


def read_exact(source: Readable, size: int) -> bytearray:
    """Exactly ``size`` bytes of ``source``.

    Raises:
        EOFError: the stream ended first (at the start of a frame: the other side closed).
    """
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        read = source.readinto(view[got:])
        if not read:
            raise EOFError(f"the stream ended after {got} of {size} bytes")
        got += read
    return buffer


def read_frame(source: Readable, max_payload: int) -> tuple[dict[str, Any], bytearray]:
    """The next frame's header and payload.

    Raises:
        EOFError: the stream ended (possibly in the middle of a frame).
        ProtocolError: a length over the limits, or a header that is not a JSON object.
    """
    header_size, payload_size = PREFIX.unpack(read_exact(source, PREFIX.size))
    if header_size > MAX_HEADER:
        raise ProtocolError(f"a header of {header_size} bytes (the limit is {MAX_HEADER})")
    if payload_size > max_payload:
        raise ProtocolError(f"a payload of {payload_size} bytes (the limit is {max_payload})")
    raw = read_exact(source, header_size)
    try:
        header = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # RecursionError: thousands of nested brackets
        raise ProtocolError("a header that is not JSON") from exc
    if not isinstance(header, dict):
        raise ProtocolError("a header that is not a JSON object")
    return header, read_exact(source, payload_size)
