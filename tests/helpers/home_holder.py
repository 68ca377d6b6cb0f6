"""Another process holding a home's desk lock, standing for a desk that already runs there."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: Holds the home's lock until its standard input closes (or it is killed).
HOLDER = """
import sys
from pathlib import Path
from arbitration_desk import home_lock
lock = home_lock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def lock_held_elsewhere(home: Path) -> Iterator[subprocess.Popen[str]]:
    """A process that holds ``home``'s lock for the ``with`` block; it is stopped (or reaped) after."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        yield process
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the holder's read ends: it lets go of the lock and exits
        if process.poll() is None:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
