"""NSS databases and poppler's ``pdfsig``, to check signatures the way a third-party reader does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

TOOLS = ("certutil", "pdfsig")
_TIMEOUT = 60


def nss_tools_missing() -> list[str]:
    """The tools of :data:`TOOLS` not on ``PATH`` (packages libnss3-tools, poppler-utils)."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def create_nss_db(directory: Path, ca_pem: str, *, nickname: str = "ca") -> str:
    """Creates an NSS database in ``directory`` trusting ``ca_pem`` for signing; returns ``sql:DIR``."""
    directory.mkdir(parents=True, exist_ok=True)
    nssdir = f"sql:{directory}"
    ca_file = directory / f"{nickname}.pem"
    ca_file.write_text(ca_pem, encoding="ascii")
    _run(["certutil", "-N", "--empty-password", "-d", nssdir])
    _run(["certutil", "-A", "-n", nickname, "-t", "CT,C,C", "-i", str(ca_file), "-d", nssdir])
    return nssdir


def pdfsig(pdf_path: Path, nssdir: str | None = None) -> str:
    """``pdfsig`` output for ``pdf_path`` (its exit code says nothing about validity: read the text)."""
    command = ["pdfsig"]
    if nssdir is not None:
        command += ["-nssdir", nssdir]
    return _run([*command, str(pdf_path)])


def _run(command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout + result.stderr
