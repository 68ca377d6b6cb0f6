"""gui/timeline/prefetch.py: which blocks the timeline reads around the rows shown, tested without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from arbitration_desk.gui.timeline.prefetch import (
    BLOCK,
    CACHED_BLOCKS,
    PREFETCH_REACH,
    block_of,
    blocks_to_read,
    near,
    scroll_direction,
    shown_rows,
    still_wanted,
)

ROOT = Path(__file__).resolve().parents[3]
ROWS = 50 * BLOCK  # blocks 0 to 49


def test_the_policy_imports_without_qt() -> None:
    """The module must stay Qt-free: it is imported here with PySide6 made unimportable."""
    code = """
import sys
sys.modules['PySide6'] = None
sys.modules['shiboken6'] = None
import arbitration_desk.gui.timeline.prefetch as prefetch
assert prefetch.blocks_to_read((0, 10), 1, 1000) == [2, 1, 0]
assert 'arbitration_desk.gui.timeline.model' not in sys.modules
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr


def _read_order(shown: tuple[int, int], direction: int, rows: int = ROWS) -> list[int]:
    """The blocks in the order they are read: the model reads the most recently wanted first."""
    return list(reversed(blocks_to_read(shown, direction, rows)))


@pytest.mark.parametrize(
    ("shown", "direction", "order"),
    [
        ((2 * BLOCK + 50, 2 * BLOCK + 120), 1, [2, 3, 4, 1]),  # down: the two blocks below, then one above
        ((2 * BLOCK + 50, 2 * BLOCK + 120), -1, [2, 1, 0, 3]),  # up: the two blocks above, then one below
        ((BLOCK + 150, 2 * BLOCK + 50), 1, [1, 2, 3, 4, 0]),  # the rows shown span two blocks: top first
        ((0, 30), 1, [0, 1, 2]),  # nothing above the first block
        ((ROWS - 40, ROWS - 1), 1, [49, 48]),  # nothing below the last
        ((ROWS - 40, ROWS - 1), -1, [49, 48, 47]),
    ],
)
def test_the_blocks_shown_are_read_first_then_those_ahead_of_the_scroll(
    shown: tuple[int, int], direction: int, order: list[int]
) -> None:
    assert _read_order(shown, direction) == order


def test_a_short_chat_reads_only_the_blocks_it_has() -> None:
    assert _read_order((0, 40), 1, rows=41) == [0]
    assert _read_order((0, 40), -1, rows=BLOCK + 1) == [0, 1]


def test_a_wanted_block_is_skipped_once_the_view_has_moved_far_from_it() -> None:
    shown = (10 * BLOCK, 10 * BLOCK + 60)  # block 10
    wanted = [n for n in range(50) if still_wanted(n, shown, ROWS)]
    assert wanted == [*range(10 - PREFETCH_REACH, 10 + PREFETCH_REACH + 1), 48, 49]  # and the last page
    assert all(still_wanted(n, None, ROWS) for n in range(50))  # before the view says what it shows


def test_only_blocks_next_to_the_rows_shown_are_repainted_at_once() -> None:
    shown = (10 * BLOCK + 150, 11 * BLOCK + 20)  # blocks 10 and 11
    assert [n for n in range(50) if near(n, shown)] == [9, 10, 11, 12]
    assert near(40, None)


def test_the_direction_follows_the_top_row_and_the_rows_are_clamped() -> None:
    assert scroll_direction(None, 500, -1) == -1  # nothing shown before: unchanged
    assert scroll_direction((400, 460), 400, -1) == -1  # the top stayed (a resize): unchanged
    assert scroll_direction((400, 460), 401, -1) == 1
    assert scroll_direction((400, 460), 399, 1) == -1
    assert shown_rows(-5, 30, 100) == (0, 30)
    assert shown_rows(90, 150, 100) == (90, 99)
    assert shown_rows(0, 10, 0) == (0, 0)
    assert block_of(BLOCK - 1) == 0 and block_of(BLOCK) == 1


@pytest.mark.parametrize("direction", [1, -1])
@pytest.mark.parametrize("span", [1, 60, BLOCK, 2 * BLOCK])
def test_every_block_read_ahead_is_still_wanted_and_fits_in_the_cache(direction: int, span: int) -> None:
    """Read-ahead and skipping agree, and the cache holds all they may want at once (no thrashing)."""
    for first in range(0, ROWS - span, 37):
        shown = shown_rows(first, first + span - 1, ROWS)
        read = blocks_to_read(shown, direction, ROWS)
        assert all(still_wanted(n, shown, ROWS) for n in read), (shown, read)
        assert len(read) <= CACHED_BLOCKS
        assert len([n for n in range(50) if still_wanted(n, shown, ROWS)]) <= CACHED_BLOCKS
