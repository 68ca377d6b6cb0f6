"""Third-party warnings the desk knows to be harmless, silenced by message and category only.

The test configuration (``pyproject.toml``, ``filterwarnings``) lists the same entries: tests keep
``error`` for every other warning.
"""

from __future__ import annotations

import warnings


def silence_known_warnings() -> None:
    """Called first by the command-line entry (``arbitration-desk``, ``python -m arbitration_desk``)."""
    from cryptography.utils import CryptographyDeprecationWarning

    # cryptography 51 deprecates DSA, and pyHanko imports its DSA key types at import time, so every
    # command that loads pyHanko (``--help`` included) printed it. The desk never makes or accepts
    # DSA signatures (the contract allows EC P-256 and RSA keys only).
    warnings.filterwarnings("ignore", message="DSA is deprecated", category=CryptographyDeprecationWarning)
