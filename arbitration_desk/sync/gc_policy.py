"""Cyclic garbage collection during a sync's bulk work.

Decision. A sync parses pages of about 400 KB of JSON (some 5,000 dicts and lists each) on several
threads at once. With CPython's default first-generation threshold of 700, the collector runs
every few hundred allocations while those pages are still alive: it promotes them, and the
promotions trigger full collections, each holding the interpreter lock for tens of milliseconds.
Measured over a 200-case sync: about 3,400 collections, 28 of them full, 1.5-1.9 s in all, every
millisecond of it stolen from the sync's other threads and from the desk's GUI thread.

Nearly everything a sync allocates is freed by reference counting the moment it is done with, so
while a sync or an index update runs the first-generation threshold is raised
(:data:`BULK_THRESHOLD`): a collection then runs about once per 20,000 surviving allocations, and
cyclic garbage waits a little longer. The previous thresholds come back when the last bulk job
ends. Nested and concurrent jobs share one raise (a count under a lock).
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
