"""Full-text search: FTS5 with ``unicode61 remove_diacritics 2``, CJK split into single characters.

Decision. ``unicode61`` folds case and diacritics (``envio`` finds ``envío``, ``ё`` ~ ``е``) and
tokenizes Latin, Cyrillic, Greek and Arabic scripts on spaces and punctuation. It does not segment
scripts written without spaces (Chinese, Japanese, Thai; Korean attaches particles): a whole
sentence would become one token. The ``trigram`` tokenizer would find such text, but it cannot fold
diacritics on the SQLite we ship against (``remove_diacritics`` for trigram needs 3.45), it never
matches queries shorter than three characters (most Chinese words are two), and its index is about
three times larger. So we keep ``unicode61`` and, before indexing, put a separator (U+200B ZERO
WIDTH SPACE, a separator for unicode61) after every character of those scripts, which indexes them
as unigrams; a query runs through the same function and a CJK word becomes a phrase of adjacent
characters (``包裹`` -> ``"包 裹"``), which is exact and works from one character up.

The prepared text is produced by SQL functions registered on every connection
(:func:`register_functions`): the FTS tables use views as their external content and triggers keep
them in step, so message and note text is stored once. Snippets come from FTS5 ``snippet()``; the
separators are removed from them before they are returned.
"""

from __future__ import annotations

import json
import re
import sqlite3

import sqlcipher3

#: Characters of scripts written without spaces between words, indexed one by one.
_UNSPACED_CLASS = (
    "[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f\U00020000-\U0002ffff]"
)
_UNSPACED = re.compile(_UNSPACED_CLASS)
_AFTER_UNSPACED = re.compile(f"(?<={_UNSPACED_CLASS})")
SEPARATOR = "\u200b"
#: Markers around highlighted text in raw snippets (control characters that never reach the GUI).
HIT_START = "\x02"
HIT_END = "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 24
_TERM = re.compile(r"\S+")


def prepare(text: str | None) -> str | None:
    """The text as indexed: CJK, kana, Hangul and Thai characters each followed by a separator."""
    if not text or text.isascii() or not _UNSPACED.search(text):
        return text
    return _AFTER_UNSPACED.sub(SEPARATOR, text)


def prepare_translations(translations_json: str | None) -> str | None:
    """The values of a message's ``translations`` object (stored as JSON), prepared and joined."""
    if not translations_json:
        return None
    try:
        values = json.loads(translations_json)
    except ValueError:
        return None
    if not isinstance(values, dict):
        return None
    return prepare("\n".join(str(value) for value in values.values()))


def register_functions(connection: sqlite3.Connection | sqlcipher3.Connection) -> None:
    """Registers ``fts_prepare`` and ``fts_prepare_translations`` on a new connection."""
    connection.create_function("fts_prepare", 1, prepare, deterministic=True)
    connection.create_function("fts_prepare_translations", 1, prepare_translations, deterministic=True)


def build_query(user_text: str, *, prefix_last: bool = True) -> str | None:
    """Turns what the member typed into a safe FTS5 query: every term must occur (AND).

    Each whitespace-separated term becomes a quoted FTS5 string (so no operator or syntax
    character of FTS5 is interpreted); the last term also matches as a prefix when
    ``prefix_last``. Returns None when there is nothing to search for.
    """
    terms = [prepare(term) or "" for term in _TERM.findall(user_text)]
    terms = [term for term in terms if any(ch.isalnum() for ch in term)]
    if not terms:
        return None
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    if prefix_last and not _UNSPACED.search(terms[-1][-2:]):
        quoted[-1] += " *"
    return " ".join(quoted)


def split_snippet(raw: str) -> tuple[tuple[str, bool], ...]:
    """Splits a raw ``snippet()`` result into ``(text, highlighted)`` parts, separators removed."""
    parts: list[tuple[str, bool]] = []
    text = raw.replace(SEPARATOR, "")
    position = 0
    while position < len(text):
        start = text.find(HIT_START, position)
        if start < 0:
            parts.append((text[position:], False))
            break
        if start > position:
            parts.append((text[position:start], False))
        end = text.find(HIT_END, start)
        end = len(text) if end < 0 else end
        parts.append((text[start + 1 : end], True))
        position = end + 1
    return tuple(part for part in parts if part[0])


def snippet_sql(table: str, column: int) -> str:
    """The ``snippet()`` call for ``column`` of FTS table ``table`` with our markers."""
    return f"snippet({table}, {column}, char(2), char(3), '{ELLIPSIS}', {SNIPPET_TOKENS})"
