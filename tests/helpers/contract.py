"""Where the tests find the platform contract: the copy that travels with the code.

``docs/platform-api/`` holds a byte-for-byte copy of ``../shared/platform-api/`` (the API as the
platform publishes it), so that a clone of this repository alone can run the conformance tests and a
newcomer can read the API the desk implements. ``tests/sandbox/test_contract.py`` checks the copy.
"""

from __future__ import annotations

from pathlib import Path

#: The repository's copy of the platform contract (``openapi.yaml`` and its ``README.md``).
CONTRACT_DIR = Path(__file__).resolve().parents[2] / "docs" / "platform-api"
