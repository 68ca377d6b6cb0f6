"""Which blocks of messages the timeline reads, reads ahead and still wants around the rows shown.

The timeline's model (:mod:`arbitration_desk.gui.timeline.model`) reads a case's chat in blocks of
:data:`BLOCK` rows and keeps the last :data:`CACHED_BLOCKS` of them. This module is its policy in
plain block arithmetic, without Qt, so that it can be read and tested on its own: the model keeps
the state (the rows shown, the direction of scrolling, the queue of wanted blocks) and asks here.

``shown`` is always the pair ``(first, last)`` of rows the view shows, both included, or None
before the view has said which.
"""

from __future__ import annotations

#: Rows per block: one background read.
BLOCK = 200
#: Blocks kept in memory (least recently used dropped first); holds what the policy may want at once.
CACHED_BLOCKS = 12
#: Background block reads at a time; further wanted blocks wait, the most recently wanted first.
READS_IN_FLIGHT = 2
#: Wanted blocks farther than this from the blocks shown are not read any more.
PREFETCH_REACH = 3

Shown = tuple[int, int]


def block_of(row: int) -> int:
    """The number of the block holding ``row``."""
    return row // BLOCK


def shown_rows(first: int, last: int, rows: int) -> Shown:
    """The rows shown, clamped to the ``rows`` rows there are (never below row 0)."""
    return max(first, 0), max(min(last, rows - 1), first, 0)


def scroll_direction(previous: Shown | None, first: int, direction: int) -> int:
    """1 (down) or -1 (up): where the view moved since ``previous``; unchanged if its top stayed."""
    if previous is None or first == previous[0]:
        return direction
    return 1 if first > previous[0] else -1


def blocks_to_read(shown: Shown, direction: int, rows: int) -> list[int]:
    """The blocks to want for the rows shown, in the order they are wanted: the last is read first.

    The blocks shown come last, bottom to top (read first, the top one first); before them the two
    blocks ahead in the direction of scrolling and the one behind, so a steady scroll finds its
    next block read. Only blocks that exist among ``rows`` rows are listed.
    """
    top, bottom = block_of(shown[0]), block_of(shown[1])
    ahead = [top - 1, bottom + 2, bottom + 1] if direction > 0 else [bottom + 1, top - 2, top - 1]
    return [number for number in (*ahead, *range(bottom, top - 1, -1)) if 0 <= number * BLOCK < rows]


def still_wanted(number: int, shown: Shown | None, rows: int) -> bool:
    """Whether a block wanted earlier is still worth reading when its turn comes.

    Near the rows shown (within :data:`PREFETCH_REACH` blocks), or among the last two blocks (the
    view measures the last page for its scroll bar). Blocks far behind a fast scroll are skipped:
    they are asked for again if shown.
    """
    if shown is None or number >= block_of(rows - 1) - 1:
        return True
    return block_of(shown[0]) - PREFETCH_REACH <= number <= block_of(shown[1]) + PREFETCH_REACH


def near(number: int, shown: Shown | None) -> bool:
    """Whether block ``number`` is at most one block from the rows shown (worth repainting now)."""
    return shown is None or block_of(shown[0]) - 1 <= number <= block_of(shown[1]) + 1
