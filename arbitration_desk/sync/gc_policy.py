"""Cyclic garbage collection during bulk work (a sync, a search-index update).

A sync parses pages of JSON on several threads at once; with CPython's default first-generation
threshold the collector keeps promoting those short-lived pages into costly full collections, each
holding the interpreter lock. While bulk work runs, the threshold is raised (:data:`BULK_THRESHOLD`);
the previous thresholds come back when the last bulk job ends. Nested and concurrent jobs share one
raise (a count under a lock).

The threshold is process-wide, so the entry points apply it (the CLI's ``sync``, the desk's sync and
search indexing), not the engine. Figures and how to measure them:
docs/decisions/0003-collector-threshold-during-bulk-work.md.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: First-generation threshold during bulk work (CPython's default is 700).
BULK_THRESHOLD = 20_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def bulk_allocations() -> Iterator[None]:
    """Raises the first-generation collection threshold for the duration of the block."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            first, second, third = _saved
            if first > 0:  # 0 means the collector is off; leave it off
                gc.set_threshold(max(first, BULK_THRESHOLD), second, third)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
