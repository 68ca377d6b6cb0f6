"""Evidence content made verified in a store, as a finished download leaves it."""

from __future__ import annotations

import hashlib

from arbitration_desk.store.store import Store


def mark_verified(store: Store, content: bytes) -> str:
    """Stages ``content``, verifies it into the blob store, marks the items with its hash verified.

    Returns:
        The SHA-256 of ``content``.
    """
    sha = hashlib.sha256(content).hexdigest()
    with store.blobs.open_append(sha) as writer:
        writer.write(content)
    assert store.blobs.finalize(sha, sha).verified
    store.sync.mark_evidence_verified(sha)
    return sha
