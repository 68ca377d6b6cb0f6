"""How the desk starts a process of its own (the evidence decoders, the sync worker).

Installed, a child is ``python -m <module>``. A frozen bundle has no ``-m``: the child is the
bundle's own program with the child's flag first (``packaging/bundle/entry.py`` sends each flag to
its module's ``main``, without importing the rest of the desk). One table, so the two ways agree.
"""

from __future__ import annotations

import sys

#: flag -> module, for every child the desk starts; each module has ``main(argv) -> int``.
CHILDREN = {
    "--decode-worker": "arbitration_desk.gui.evidence.decode_worker",
    "--sync-worker": "arbitration_desk.sync.worker",
}


def child_command(flag: str) -> list[str]:
    """The command line that starts the child named by ``flag`` (a key of :data:`CHILDREN`)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag]
    return [sys.executable, "-m", CHILDREN[flag]]
