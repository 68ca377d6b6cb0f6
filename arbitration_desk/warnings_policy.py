"""Third-party warnings the desk knows to be harmless, silenced by message and category only.

A person's terminal gets these filters from here: the command-line entry installs them before
anything else. The test configuration (``pyproject.toml``, ``filterwarnings``) lists the same entries
for pytest, which keeps ``error`` for every other warning; ``tests/test_startup.py`` runs commands
with a user's default filters and checks that none prints a warning.
"""

from __future__ import annotations

import warnings


def silence_known_warnings() -> None:
    """Called first by the command-line entry (``arbitration-desk``, ``python -m arbitration_desk``)."""
    # cryptography.utils alone: a few milliseconds, not the Rust bindings, so even ``--help`` can
    # afford it (issue 16, start-up).
    from cryptography.utils import CryptographyDeprecationWarning

    # cryptography 51 deprecates DSA, and pyHanko imports its DSA key types at import time, so every
    # command that loads pyHanko (verify, export, the sandbox, the desk when it verifies or signs a
    # ruling) printed it. The desk never makes or accepts DSA signatures (the contract allows EC
    # P-256 and RSA keys only).
    warnings.filterwarnings("ignore", message="DSA is deprecated", category=CryptographyDeprecationWarning)
