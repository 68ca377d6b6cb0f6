"""store/fts.py: text prepared for FTS5 (unspaced scripts split), safe queries, and snippets."""

from __future__ import annotations

import pytest

from arbitration_desk.store import fts


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("hello", '"hello" *'),
        ("hello world", '"hello" "world" *'),
        ('say "hi"', '"say" """hi""" *'),
        ("包裹", '"包\u200b裹\u200b"'),
        ("   ", None),
        ('" * ( ) :', None),
        ("NEAR(a b)", '"NEAR(a" "b)" *'),
    ],
)
def test_build_query_quotes_everything(typed: str, query: str | None) -> None:
    assert fts.build_query(typed) == query


@pytest.mark.parametrize(
    ("text", "prepared"),
    [
        (None, None),
        ("", ""),
        ("plain ASCII stays", "plain ASCII stays"),
        ("envío ё", "envío ё"),  # spaced scripts are left to the tokenizer
        ("包裹 ok", "包\u200b裹\u200b ok"),
        ("荷物がまだ", "荷\u200b物\u200bが\u200bま\u200bだ\u200b"),
        ("택배", "택\u200b배\u200b"),
        ("พัสดุ", "พ\u200bั\u200bส\u200bด\u200bุ\u200b"),
    ],
)
def test_unspaced_scripts_are_indexed_character_by_character(text: str | None, prepared: str | None) -> None:
    assert fts.prepare(text) == prepared


def test_translations_are_indexed_by_their_values_only() -> None:
    assert fts.prepare_translations('{"en": "parcel", "zh": "包裹"}') == "parcel\n包\u200b裹\u200b"
    for unusable in (None, "", "not json", '["a list"]', '"text"'):
        assert fts.prepare_translations(unusable) is None


def test_snippets_split_into_marked_parts_without_separators() -> None:
    raw = "…您\u200b好\u200b \x02包\u200b裹\u200b\x03 never \x02came"  # the last mark left open
    assert fts.split_snippet(raw) == (("…您好 ", False), ("包裹", True), (" never ", False), ("came", True))
    assert fts.split_snippet("") == ()
    assert fts.split_snippet("\x02\x03plain") == (("plain", False),)
