"""The TCP connections this process holds open, read from the kernel (Linux ``/proc``)."""

from __future__ import annotations

import os
from pathlib import Path

_PROC = Path("/proc")


def available() -> bool:
    return (_PROC / "self" / "fd").is_dir() and (_PROC / "net" / "tcp").exists()


def _socket_inodes() -> set[str]:
    inodes = set()
    fd_dir = _PROC / "self" / "fd"
    for name in os.listdir(fd_dir):
        try:
            target = os.readlink(fd_dir / name)
        except OSError:  # closed while we looked
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def connections_to(port: int) -> int:
    """How many sockets of this process are connected to ``port`` (client ends, any state but closed)."""
    mine = _socket_inodes()
    count = 0
    for table in ("tcp", "tcp6"):
        path = _PROC / "net" / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[9] in mine:
                count += 1
    return count
