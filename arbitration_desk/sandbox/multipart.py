"""A strict multipart/form-data parser (binary safe; ``cgi`` is gone from the standard library)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser

from arbitration_desk.sandbox.problems import ApiError


@dataclass(frozen=True)
class Part:
    name: str
    content_type: str
    data: bytes


def _bad(detail: str) -> ApiError:
    return ApiError("bad-request", detail)


def _boundary(content_type: str) -> bytes:
    message = Message()
    message["Content-Type"] = content_type
    if message.get_content_type() != "multipart/form-data":
        raise _bad("The body must be multipart/form-data.")
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary or len(boundary) > 200:
        raise _bad("The multipart boundary is missing.")
    return boundary.encode("latin-1")


def parse_form(content_type: str, body: bytes) -> dict[str, Part]:
    """The parts of a form by name (400 bad-request when malformed or a name repeats)."""
    delimiter = b"--" + _boundary(content_type)
    if not body.startswith(delimiter):
        start = body.find(b"\r\n" + delimiter)
        if start < 0:
            raise _bad("The multipart body has no parts.")
        body = body[start + 2 :]
    chunks = body.split(b"\r\n" + delimiter)
    first = chunks[0][len(delimiter) :]
    chunks[0] = first
    parts: dict[str, Part] = {}
    closed = False
    for chunk in chunks:
        if chunk.startswith(b"--"):
            closed = True
            break
        if not chunk.startswith(b"\r\n"):
            raise _bad("The multipart body is malformed.")
        head, sep, data = chunk[2:].partition(b"\r\n\r\n")
        if not sep:
            raise _bad("A multipart part has no header block.")
        headers = HeaderParser().parsestr(head.decode("latin-1"))
        name = headers.get_param("name", header="content-disposition")
        if not isinstance(name, str) or not name:
            raise _bad("A multipart part has no name.")
        if name in parts:
            raise _bad(f"The part {name} is given more than once.")
        parts[name] = Part(name, headers.get_content_type(), data)
    if not closed:
        raise _bad("The multipart body is not terminated.")
    return parts
