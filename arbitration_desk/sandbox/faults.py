"""Fault injection: a seeded share of requests fails in one of five ways, and faults aimed at one item.

The random faults (``--faults RATE``) are transient: a retry gets the right answer. A fault aimed
at an evidence item (:meth:`FaultInjector.serve_wrong_etag`) is not: every download of the item
carries an ``ETag`` naming other content, as a platform would that serves the wrong file. It is
never picked at random, since a client rightly gives such an item up as failed verification.
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections import defaultdict

#: Faults decided before a request is processed (no side effects).
BEFORE = ("500", "503", "429")
#: Faults applied after processing: the request took effect but the answer is lost.
AFTER = ("drop", "truncate")
KINDS = BEFORE + AFTER


class FaultInjector:
    """Picks a fault for a request with probability ``rate`` (settable at run time)."""

    def __init__(self, rate: float = 0.0, seed: int | None = None, kinds: tuple[str, ...] = KINDS) -> None:
        self.rate = rate
        self.seed = seed
        self.kinds = kinds
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._wrong_etag: set[tuple[str, str]] = set()
        self._served: defaultdict[tuple[str, str], list[str]] = defaultdict(list)

    def pick(self) -> str | None:
        """A fault kind for the next request, or None."""
        if self.rate <= 0:
            return None
        with self._lock:
            if self._random.random() >= self.rate:
                return None
            return self._random.choice(self.kinds)

    # ---- aimed at one evidence item ----

    def serve_wrong_etag(self, case_id: str, evidence_id: str) -> None:
        """From now on, every download of the item answers with an ETag naming other content."""
        with self._lock:
            self._wrong_etag.add((case_id, evidence_id))

    def evidence_etag(self, case_id: str, evidence_id: str, etag: str, request_id: str) -> str:
        """The ETag to send for a download of the item: ``etag``, or another one under the fault.

        The other ETag names a SHA-256 derived from the right one, so it never names the listed
        content; the download's request ID is kept (:meth:`wrong_etag_requests`).
        """
        if not self._wrong_etag:  # no fault aimed at anything: no lock on the download path
            return etag
        key = (case_id, evidence_id)
        with self._lock:
            if key not in self._wrong_etag:
                return etag
            self._served[key].append(request_id)
        other = hashlib.sha256(b"wrong-etag:" + etag.encode()).hexdigest()
        return f'"sha256:{other}"'

    def wrong_etag_requests(self, case_id: str, evidence_id: str) -> list[str]:
        """Request IDs of the item's downloads sent with the injected ETag (every one since the fault), in order."""
        with self._lock:
            return list(self._served.get((case_id, evidence_id), ()))
