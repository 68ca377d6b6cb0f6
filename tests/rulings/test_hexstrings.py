"""rulings/hexstrings.py: the block reader gives pyHanko's value, position and errors for every hex string."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfStreamError

from arbitration_desk.rulings import hexstrings

CASES = [
    b"<>rest",
    b"<48656C6C6F>rest",
    b"<48 65\n6c\t6C\r6F>]",
    b"<4>x",  # odd: a final 0 is implied
    b"<" + b"00" * 40_000 + b"3082>/Next",  # longer than one block
    b"<4865 % a comment\n 6c>x",  # comments are pyHanko's to handle
]
BAD = [b"<48zz>", b"<4865", b"<48\x80>"]


@pytest.mark.parametrize("data", CASES)
def test_same_value_and_position_as_pyhanko(data: bytes) -> None:
    ours, theirs = io.BytesIO(data), io.BytesIO(data)
    assert hexstrings.read_hex_string(ours) == hexstrings._ORIGINAL(theirs)
    assert ours.tell() == theirs.tell()
    assert ours.read() == theirs.read()


@pytest.mark.parametrize("data", BAD)
def test_same_errors_as_pyhanko(data: bytes) -> None:
    with pytest.raises(PdfStreamError) as theirs:
        hexstrings._ORIGINAL(io.BytesIO(data))
    with pytest.raises(PdfStreamError) as ours:
        hexstrings.read_hex_string(io.BytesIO(data))
    assert str(ours.value) == str(theirs.value)


def test_installed_by_verify() -> None:
    import arbitration_desk.rulings.verify  # noqa: F401

    assert generic.read_hex_string_from_stream is hexstrings.read_hex_string
