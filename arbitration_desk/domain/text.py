"""Untrusted text made safe to print on a terminal.

Names, server messages, file names and paths can hold ANSI escape sequences, carriage returns,
newlines or bidi overrides that would recolour, overwrite or reorder what a person reads. Before
such a value reaches a terminal (or a log line), :func:`escape_controls` writes each control or
invisible formatting character as a visible escape such as ``\\x1b`` or ``\\u202e``.
"""

from __future__ import annotations

import json
import unicodedata

#: Unicode categories written as escapes: controls (C0, DEL, C1), formatting characters (bidi
#: overrides, zero-width characters), line and paragraph separators, lone surrogates.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_controls(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` with every control or invisible formatting character written as an escape.

    Args:
        text: untrusted text (anything else is converted with ``str``).
        keep_newlines: keep ``\\n`` as a line break (for a message of several lines of our own);
            a value inside a line (a name, a path) escapes it.

    Returns:
        The text, printable as it is: ``"a\\x1b[31mb"`` comes back as ``"a\\\\x1b[31mb"``.
    """
    value = text if isinstance(text, str) else str(text)
    if value.isprintable():
        return value  # the common case: nothing to do
    out: list[str] = []
    for char in value:
        if char == "\n" and keep_newlines:
            out.append(char)
        elif unicodedata.category(char) in _ESCAPED_CATEGORIES:
            out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)


def os_error_reason(exc: OSError) -> str:
    """Why a file operation failed, in words (``"No such file or directory"``), without the path.

    ``mkdir`` of a folder whose name is taken by a file says "File exists", which misleads: that
    case reads "a file is in the way (a folder is needed)".
    """
    if isinstance(exc, FileExistsError):
        return "a file is in the way (a folder is needed)"
    return exc.strerror or type(exc).__name__


def json_for_terminal(value: object) -> str:
    """``value`` as indented JSON that keeps non-ASCII text readable but prints no control character.

    ``json.dumps`` escapes C0 controls itself; DEL, C1 controls (``\\x9b`` starts an escape
    sequence on some terminals), bidi overrides and other invisible formatting characters are
    written as ``\\uXXXX`` too (surrogate pairs beyond the BMP), which any JSON reader decodes back.
    """
    text = json.dumps(value, ensure_ascii=False, indent=1)
    out: list[str] = []
    for char in text:
        if ord(char) >= 0x7F and unicodedata.category(char) in _ESCAPED_CATEGORIES:
            data = char.encode("utf-16-be", "surrogatepass")
            out.extend(f"\\u{int.from_bytes(data[i : i + 2], 'big'):04x}" for i in range(0, len(data), 2))
        else:
            out.append(char)
    return "".join(out)
