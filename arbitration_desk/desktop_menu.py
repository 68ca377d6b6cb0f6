"""Puts Arbitration Desk in the member's own desktop menu, or takes it out again (Linux).

    arbitration-desk desktop install     # menu entry, AppStream metainfo and icons
    arbitration-desk desktop uninstall   # removes exactly the files install writes

The files go under ``$XDG_DATA_HOME`` (``~/.local/share`` when unset), or ``--prefix DIR``:

    applications/<app id>.desktop
    metainfo/<app id>.metainfo.xml
    icons/hicolor/<n>x<n>/apps/<app id>.png   (16 to 512 px)
    icons/hicolor/scalable/apps/<app id>.svg

The menu entry runs the desk that ran ``install``, by its absolute path: the bundle's own program
(``dist/arbitration-desk/arbitration-desk``), or the ``arbitration-desk`` script of the Python
environment the desk is installed in (a wheel's venv, or a checkout's ``.venv``), so it starts
from the menu without the venv activated (and the entry hides itself if that desk is deleted).
Uninstall removes those files, then the directories on their paths
that are left empty; nothing else. A desktop-file or icon cache that already exists in the data
directory is refreshed with ``update-desktop-database`` and ``gtk-update-icon-cache`` when they are
installed; none is created (desktops read the directories directly when there is no cache).

Sources: ``resources/linux/`` (the entry and metainfo) and ``resources/icons/hicolor/`` (rendered by
``packaging/render_icons.py``), found as every resource is (:mod:`arbitration_desk.resources`): the
wheel and the bundle carry them. Standard library only: no Qt is loaded to write a few files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from arbitration_desk.domain.text import escape_controls
from arbitration_desk.resources import resource_dir

APP_ID = "org.arbitrationdesk.ArbitrationDesk"
SCRIPT_NAME = "arbitration-desk"
#: The PNG sizes of the hicolor icons, 16 to 512 px (packaging/render_icons.py renders them).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


# Characters that oblige an Exec argument to be quoted (Desktop Entry Specification, "The Exec key").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(prefix: str | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """``prefix``, else ``$XDG_DATA_HOME`` (when absolute, as the XDG spec asks), else ``~/.local/share``."""
    if prefix:
        return Path(prefix).expanduser().absolute()
    configured = environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


class MenuError(Exception):
    """The menu entry cannot be written: the message says why and what to do."""


def desktop_source() -> Path:
    return resource_dir("linux") / f"{APP_ID}.desktop"


def metainfo_source() -> Path:
    return resource_dir("linux") / f"{APP_ID}.metainfo.xml"


def hicolor_source() -> Path:
    return resource_dir("icons") / "hicolor"


def console_script(frozen: bool | None = None) -> Path:
    """The program that starts this desk, by its absolute path: the bundle's executable when frozen,
    else the ``arbitration-desk`` script beside this Python (the venv's)."""
    if frozen if frozen is not None else getattr(sys, "frozen", False):
        return Path(sys.executable).absolute()
    bindir = Path(sys.executable).absolute().parent  # not resolved: a venv's python links out of the venv
    name = f"{SCRIPT_NAME}.exe" if os.name == "nt" else SCRIPT_NAME
    script = bindir / name
    if not (script.is_file() and os.access(script, os.X_OK)):
        raise MenuError(
            f"{script} not found: run the arbitration-desk of the environment the desk is installed in "
            "(the README's set-up makes .venv/bin/arbitration-desk)"
        )
    return script


def _escape_string(value: str) -> str:
    """A value of type string in a desktop entry: backslash and control characters escaped."""
    if any(ord(char) < 0x20 and char not in "\t\n\r" for char in value):
        raise ValueError(f"{value!r} has a control character a desktop entry cannot hold")
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def exec_argument(argument: str) -> str:
    """``argument`` as one argument of an Exec key, quoted if it needs to be, ``%`` doubled.

    Returns the text as written in the file: the Exec rules first, then the string escapes, which
    is how readers undo it (so a literal backslash in a quoted argument becomes four).
    """
    if any(char in _EXEC_RESERVED for char in argument):
        escaped = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        argument = f'"{escaped}"'
    return _escape_string(argument.replace("%", "%%"))


def desktop_entry(script: Path) -> str:
    """The menu entry of ``resources/linux/``, starting ``script`` (TryExec and Exec by absolute path)."""
    lines = desktop_source().read_text(encoding="utf-8").splitlines()
    replaced = {"Exec": f"Exec={exec_argument(str(script))}", "TryExec": f"TryExec={_escape_string(str(script))}"}
    out = []
    for line in lines:
        key = line.split("=", 1)[0]
        if key in replaced and line == f"{key}={SCRIPT_NAME}":
            out.append(replaced.pop(key))
        else:
            out.append(line)
    if replaced:
        raise MenuError(f"{desktop_source()}: no line {', '.join(f'{key}={SCRIPT_NAME}' for key in replaced)}")
    return "\n".join(out) + "\n"


def icon_files() -> list[tuple[Path, Path]]:
    """(source, path under the data directory) of every icon."""
    hicolor = hicolor_source()
    pairs = [
        (
            hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
            Path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png"),
        )
        for size in ICON_SIZES
    ]
    pairs.append(
        (
            hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
            Path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg"),
        )
    )
    return pairs


def installed_paths() -> list[Path]:
    """Every file install writes, relative to the data directory (what uninstall removes)."""
    return [
        Path("applications", f"{APP_ID}.desktop"),
        Path("metainfo", f"{APP_ID}.metainfo.xml"),
        *(target for _, target in icon_files()),
    ]


def _write(path: Path, data: bytes) -> None:
    """Writes ``path`` whole or not at all (a menu watching the directory never reads half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _refresh_caches(data: Path) -> None:
    """Refreshes the desktop-file and icon caches that exist under ``data``; creates none."""
    applications = data / "applications"
    if (applications / "mimeinfo.cache").is_file() and shutil.which("update-desktop-database"):
        _run_quietly(["update-desktop-database", "--quiet", str(applications)])
    hicolor = data / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # GTK rereads a theme directory newer than its cache
        if (hicolor / "icon-theme.cache").is_file() and shutil.which("gtk-update-icon-cache"):
            # A user's hicolor has no index.theme of its own (the system's describes it).
            _run_quietly(["gtk-update-icon-cache", "--quiet", "--force", "--ignore-theme-index", str(hicolor)])


def _run_quietly(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        print(
            f"warning: {command[0]} failed ({detail or f'exit {result.returncode}'}); the menu may "
            "show the change only after you log in again",
            file=sys.stderr,
        )


def install(data: Path) -> list[Path]:
    """Writes the entry, the metainfo and the icons under ``data``; returns the files written."""
    script = console_script()
    sources: dict[Path, bytes] = {
        Path("applications", f"{APP_ID}.desktop"): desktop_entry(script).encode("utf-8"),
        Path("metainfo", f"{APP_ID}.metainfo.xml"): metainfo_source().read_bytes(),
    }
    for source, target in icon_files():
        if not source.is_file():
            raise MenuError(f"{source} missing: reinstall the desk (in a checkout: run packaging/render_icons.py)")
        sources[target] = source.read_bytes()
    assert sorted(sources) == sorted(installed_paths())
    written = []
    for relative, content in sources.items():
        _write(data / relative, content)
        written.append(data / relative)
    _refresh_caches(data)
    return written


def uninstall(data: Path) -> list[Path]:
    """Removes what install writes under ``data``, then the directories that leaves empty."""
    removed = []
    for relative in installed_paths():
        path = data / relative
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    for relative in installed_paths():
        directory = (data / relative).parent
        while directory != data and directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
            directory = directory.parent
    _refresh_caches(data)
    return removed


def configure(parser: argparse.ArgumentParser) -> None:
    """``arbitration-desk desktop install|uninstall [--prefix DIR]``."""
    parser.add_argument("action", choices=("install", "uninstall"), help="put the desk in the menu, or take it out")
    parser.add_argument(
        "--prefix", metavar="DIR", help="data directory to use instead of $XDG_DATA_HOME (default ~/.local/share)"
    )


def run(args: argparse.Namespace) -> int:
    """Exit 0 done, 1 when the files cannot be written or removed (the message says why)."""
    data = data_home(args.prefix)
    try:
        if args.action == "install":
            for path in install(data):
                print(f"wrote {escape_controls(str(path))}")
            print(
                "Arbitration Desk is in your menu (a desktop may take a moment to show it); "
                "'arbitration-desk desktop uninstall' takes it out."
            )
            return 0
        removed = uninstall(data)
    except (MenuError, OSError) as exc:
        print(f"arbitration-desk desktop: {escape_controls(str(exc))}", file=sys.stderr)
        return 1
    for path in removed:
        print(f"removed {escape_controls(str(path))}")
    print(
        "Arbitration Desk is out of your menu." if removed else f"nothing to remove under {escape_controls(str(data))}"
    )
    return 0
