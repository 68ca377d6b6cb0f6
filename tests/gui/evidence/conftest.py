"""Decoder processes for the evidence tests (real child processes: nothing of ours is mocked)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arbitration_desk.gui.evidence.decoder import Decoder, Decoders


@pytest.fixture(scope="module")
def decoder() -> Iterator[Decoder]:
    """One warm decoder for a module's tests that do not harm it."""
    made = Decoder("tests")
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def own_decoders() -> Iterator[Decoders]:
    """Decoders of one test's own, which it may stop, kill or starve (never the shared ones)."""
    made = Decoders(Decoder("test thumbnails"), Decoder("test viewer"))
    try:
        yield made
    finally:
        made.close()
