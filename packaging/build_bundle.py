"""Builds the one-folder bundle of the desk and proves it: ``.venv/bin/python packaging/build_bundle.py``.

The bundle is ``dist/arbitration-desk/`` (PyInstaller, ``packaging/bundle/arbitration_desk.spec``):
the ``arbitration-desk`` program with Python, Qt, SQLCipher and every library inside, for the
platform it is built on (build on each platform you ship to; PyInstaller does not cross-build). It
needs nothing installed on the member's machine but the system libraries Qt needs (on Debian the
ones ``.ci/run`` lists under "Qt").

After building, the script runs ``dist/arbitration-desk/arbitration-desk --self-test`` offscreen
(the demo world, a sync, a ruling composed, translations and fonts; see
``arbitration_desk/gui/shell/self_test.py``) and prints how long the build and the test took. The
Then it puts the bundle in a throwaway desktop menu (``arbitration-desk desktop install --prefix``)
and checks that the entry starts the bundle's own program. The exit status is 0 only when both
pass. ``--no-build`` checks the bundle already built.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "bundle" / "arbitration_desk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "bundle"
PROGRAM = DIST / "arbitration-desk" / ("arbitration-desk.exe" if sys.platform == "win32" else "arbitration-desk")


def build() -> float:
    """Builds the bundle; returns the seconds it took."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from translations import compile_translations  # the build step of setup.py: the .qm files the bundle carries

    started = time.perf_counter()
    compile_translations()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True)
    return time.perf_counter() - started


def self_test(program: Path = PROGRAM) -> tuple[int, float]:
    """Runs the bundle's self-test offscreen, away from any home or keyring of this machine."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARBITRATION_DESK_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    result = subprocess.run([str(program), "--self-test"], env=env, check=False)
    return result.returncode, time.perf_counter() - started


def menu_entry_check(program: Path = PROGRAM) -> str:
    """Installs the bundle's menu entry into a temporary data directory and uninstalls it; "" when
    the entry starts ``program``, else what went wrong."""
    with tempfile.TemporaryDirectory() as data:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ARBITRATION_DESK_", "PYTHON"))}
        env["ARBITRATION_DESK_HOME"] = str(Path(data) / "home")
        install = subprocess.run(
            [str(program), "desktop", "install", "--prefix", data], env=env, capture_output=True, text=True
        )
        entry = Path(data) / "applications" / "org.arbitrationdesk.ArbitrationDesk.desktop"
        if install.returncode != 0 or not entry.is_file():
            return f"desktop install failed: {install.stderr.strip() or install.returncode}"
        if f"TryExec={program.absolute()}" not in entry.read_text(encoding="utf-8").splitlines():
            return f"the menu entry does not start {program.absolute()}"
        uninstall = subprocess.run(
            [str(program), "desktop", "uninstall", "--prefix", data], env=env, capture_output=True, text=True
        )
        return "" if uninstall.returncode == 0 else f"desktop uninstall failed: {uninstall.stderr.strip()}"


def main(argv: list[str]) -> int:
    if argv and argv != ["--no-build"]:
        print("usage: packaging/build_bundle.py [--no-build]", file=sys.stderr)
        return 2
    if not argv:
        seconds = build()
        size = sum(p.stat().st_size for p in PROGRAM.parent.rglob("*") if p.is_file())
        print(f"built {PROGRAM.relative_to(ROOT)} in {seconds:.0f} s ({size / 1e6:.0f} MB)", flush=True)
    code, seconds = self_test()
    print(f"self-test {'passed' if code == 0 else f'FAILED ({code})'} in {seconds:.1f} s", flush=True)
    problem = menu_entry_check()
    print(f"menu entry {'FAILED: ' + problem if problem else 'installs and starts the bundle'}", flush=True)
    return code or (1 if problem else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
