"""Untrusted text on a terminal: controls escaped, everything else as it is."""

from __future__ import annotations

import json

import pytest

from arbitration_desk.domain.text import escape_controls, json_for_terminal, os_error_reason


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain ARB-2026-000123 ação 東京 😀", "plain ARB-2026-000123 ação 東京 😀"),
        ("red\x1b[31mtext", "red\\x1b[31mtext"),
        ("over\rwrite", "over\\rwrite"),
        ("two\nlines", "two\\nlines"),
        ("tab\there", "tab\\there"),
        ("csi\x9b2J", "csi\\x9b2J"),
        ("del\x7f", "del\\x7f"),
        ("nul\x00", "nul\\x00"),
        ("bidi \u202egnp.exe", "bidi \\u202egnp.exe"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("line\u2028sep", "line\\u2028sep"),
        ("tag\U000e0041", "tag\\U000e0041"),
        ("C:\\Users\\ana", "C:\\Users\\ana"),
    ],
)
def test_controls_are_escaped(raw: str, shown: str) -> None:
    assert escape_controls(raw) == shown


def test_newlines_can_be_kept_for_messages_of_several_lines() -> None:
    assert escape_controls("one\ntwo\x1b", keep_newlines=True) == "one\ntwo\\x1b"


def test_anything_is_converted_to_text() -> None:
    assert escape_controls(12) == "12"


def test_os_error_reason_reads_as_words() -> None:
    assert os_error_reason(FileNotFoundError(2, "No such file or directory", "/x")) == "No such file or directory"
    assert "folder" in os_error_reason(FileExistsError(17, "File exists", "/x"))


def test_json_for_terminal_escapes_what_json_leaves_raw() -> None:
    value = [{"reference": "ARB\x9b2J\u202e", "name": "Ana Ribeiro ação 東京", "tag": "\U000e0041", "nl": "a\nb"}]
    text = json_for_terminal(value)
    assert all(char.isprintable() or char == "\n" for char in text)
    assert "\\u009b" in text and "\\u202e" in text and "\\udb40\\udc41" in text and "ação 東京" in text
    assert json.loads(text) == value
