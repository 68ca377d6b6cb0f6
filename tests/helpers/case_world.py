"""Data for the case-view tests: a synced demo home (sandbox) and small stores built from payloads."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arbitration_desk.store import testing
from arbitration_desk.store.store import Store
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.session import SessionInfo, sign_in
from helpers.keyring_backend import MemoryKeyring
from helpers.keyring_swap import installed_keyring
from helpers.sandbox import start_sandbox
from helpers.stores import open_store, share_home_key


@pytest.fixture(scope="session")
def case_demo_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A home synced from the sandbox as ``chair`` (8 cases with real JPEG/PNG/PDF evidence)."""
    root = tmp_path_factory.mktemp("case-demo")
    with installed_keyring(MemoryKeyring()):
        server = start_sandbox(root / "platform", cases=8)
        try:
            home = root / "home"
            sign_in(home, server.url, "chair", "demo")
            info = SessionInfo.load(home)
            assert info is not None
            client = info.client()
            with open_store(home) as store:
                SyncEngine(store.sync, store.outbox, store.reads, client).run()
            client.close()
            share_home_key(home)
            yield home
        finally:
            server.stop()


def add_verified(store: Store, content: bytes) -> str:
    """Puts ``content`` into the verified blob store; returns its SHA-256."""
    sha = hashlib.sha256(content).hexdigest()
    key = f"t-{sha[:20]}"
    with store.blobs.open_append(key) as writer:
        writer.write(content)
    assert store.blobs.finalize(key, sha).verified
    return sha


def store_case_with_evidence(
    store: Store, case_id: str, files: list[tuple[dict[str, Any], bytes | None]], **case_options: Any
) -> None:
    """Stores a case whose evidence items are ``(overrides, content)``; content None stays pending."""
    store.sync.apply_case_page([testing.case_summary(case_id)], [], f"cursor-{case_id}")
    items = []
    for index, (overrides, content) in enumerate(files):
        data = content if content is not None else b"pending-%d" % index
        item = testing.evidence_item(f"ev_{index}", data)
        item.update(overrides)
        items.append(item)
    store.sync.store_case(testing.full_case(case_id, evidence=items, **case_options))
    for (_overrides, content), item in zip(files, items, strict=True):
        if content is not None:
            add_verified(store, content)
            store.sync.mark_evidence_verified(item["sha256"])


def png_bytes(width: int, height: int, color: tuple[int, int, int] = (200, 60, 60)) -> bytes:
    """A real PNG, made with Pillow."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(width: int, height: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def png_bomb(width: int = 60_000, height: int = 60_000) -> bytes:
    """A tiny PNG whose header declares a huge canvas (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
