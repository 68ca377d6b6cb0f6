"""Bringing the search index up to date after a sync (see :mod:`arbitration_desk.store.indexing`)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from arbitration_desk.store.search_facet import SearchStore
from arbitration_desk.sync.report import CancelToken, Progress


def update_search_index(
    store: SearchStore,
    on_progress: Callable[[Progress], None] | None = None,
    cancel: CancelToken | None = None,
    *,
    bulk_scope: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> int:
    """Indexes every stored message not yet searchable, a batch per transaction; returns how many.

    Stops between batches when ``cancel`` is set (what is indexed stays indexed). ``bulk_scope``
    wraps the batches, as in :class:`~arbitration_desk.sync.engine.SyncEngine` (the CLI passes
    ``gc_policy.bulk_allocations``).
    """
    report = on_progress or (lambda progress: None)
    total = store.messages_to_index()
    done = 0
    with bulk_scope():
        while total and not (cancel is not None and cancel.cancelled):
            count = store.index_messages()
            if not count:
                break
            done += count
            report(Progress("indexing", done, max(total, done), detail="indexing messages for search"))
    if done:
        report(Progress("done", detail="search index up to date"))
    return done
