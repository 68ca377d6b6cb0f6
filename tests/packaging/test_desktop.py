"""The desk in a member's own desktop menu: the entry and the AppStream metainfo validate, the icons are
rendered from their source at every hicolor size, and ``arbitration-desk desktop`` installs them under
``$XDG_DATA_HOME`` (or ``--prefix``) and uninstalls exactly what it wrote.

The validators come from Debian's ``desktop-file-utils`` and ``appstream`` (``.ci/run`` installs them);
a test needing one that is missing is skipped, saying which package to install.
"""

from __future__ import annotations

import ast
import datetime
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

import arbitration_desk
from arbitration_desk import desktop_menu as desktop

ROOT = Path(__file__).resolve().parents[2]
#: The desk's own command, as the README's set-up installs it.
COMMAND = Path(sys.executable).absolute().parent / "arbitration-desk"
RENDER_ICONS = ROOT / "packaging" / "render_icons.py"
ICON_SOURCE_DIR = ROOT / "resources" / "icons" / "app"
SCREENSHOTS = ROOT / "docs" / "screenshots"
#: The metainfo's placeholder address (example.org, reserved for examples) until the project has one.
URL_BASE = "https://arbitration-desk.example.org/"
TOOL_PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "appstreamcli": "appstream",
    "gtk-update-icon-cache": "gtk-update-icon-cache",
}


APP_ID: str = desktop.APP_ID
EXPECTED_FILES = {Path(path) for path in desktop.installed_paths()}


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {TOOL_PACKAGES[name]}; .ci/run installs it)")
    return found


def _run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False
    )


def _entry(text: str) -> dict[str, str]:
    """The keys of a desktop entry's [Desktop Entry] group (values as written)."""
    keys: dict[str, str] = {}
    group = None
    for line in text.splitlines():
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def _files(directory: Path) -> set[Path]:
    return {path.relative_to(directory) for path in directory.rglob("*") if path.is_file()}


def _empty_dirs(directory: Path) -> list[Path]:
    return [path for path in directory.rglob("*") if path.is_dir() and not any(path.iterdir())]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An environment whose home and data directory are temporary (nothing reaches the real menu)."""
    home = tmp_path / "home"
    home.mkdir()
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(tmp_path / "data")}


def _desktop_py(action: str, *args: str, env: dict[str, str]) -> str:
    result = _run(COMMAND, "desktop", action, *args, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stderr, result.stderr
    return result.stdout


# --- the entry and the metainfo -----------------------------------------------------------------


def test_the_entry_validates() -> None:
    result = _run(_tool("desktop-file-validate"), desktop.desktop_source())
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_validates() -> None:
    result = _run(_tool("appstreamcli"), "validate", "--no-net", "--no-color", desktop.metainfo_source())
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_entry_names_the_app_and_its_icon() -> None:
    keys = _entry(desktop.desktop_source().read_text(encoding="utf-8"))
    assert desktop.desktop_source().name == f"{APP_ID}.desktop"
    assert keys["Icon"] == APP_ID
    assert keys["Exec"] == keys["TryExec"] == desktop.SCRIPT_NAME
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert desktop.SCRIPT_NAME in pyproject["project"]["scripts"]


def test_qt_calls_the_app_by_the_entrys_names() -> None:
    """Wayland matches the window to the entry by the desktop file name, X11 by the WM class (Qt's
    application name)."""
    calls = {
        node.func.attr: node.args[0].value
        for node in ast.walk(ast.parse((ROOT / "arbitration_desk" / "gui" / "shell" / "app.py").read_text()))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("setDesktopFileName", "setApplicationName")
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    keys = _entry(desktop.desktop_source().read_text(encoding="utf-8"))
    assert calls == {"setDesktopFileName": APP_ID, "setApplicationName": keys["StartupWMClass"]}


def test_the_metainfo_agrees_with_the_entry_the_project_and_the_screenshots() -> None:
    # Our own file, not untrusted input.
    component = ET.parse(desktop.metainfo_source()).getroot()  # noqa: S314
    assert desktop.metainfo_source().name == f"{APP_ID}.metainfo.xml"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == desktop.desktop_source().name
    assert component.findtext("provides/binary") == desktop.SCRIPT_NAME
    (release,) = component.findall("releases/release")
    assert release.get("version") == arbitration_desk.__version__
    datetime.date.fromisoformat(release.get("date", ""))
    assert component.findtext("url[@type='homepage']") == URL_BASE

    screenshots = component.findall("screenshots/screenshot")
    assert [shot.get("type") for shot in screenshots].count("default") == 1
    for shot in screenshots:
        (image,) = shot.findall("image")
        url = image.text or ""
        assert url.startswith(URL_BASE + "docs/screenshots/"), url
        local = ROOT / url.removeprefix(URL_BASE)
        assert local.is_file(), f"{url}: no {local.relative_to(ROOT)}"
        with Image.open(local) as picture:
            assert (image.get("width"), image.get("height")) == tuple(str(n) for n in picture.size), url
        assert shot.findtext("caption"), url


def test_the_installed_entry_runs_this_venvs_script_and_validates(env: dict[str, str], tmp_path: Path) -> None:
    _desktop_py("install", env=env)
    installed = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    keys = _entry(installed.read_text(encoding="utf-8"))
    script = Path(sys.executable).absolute().parent / desktop.SCRIPT_NAME
    assert script.is_file()
    assert keys["TryExec"] == str(script)
    assert keys["Exec"] == desktop.exec_argument(str(script))
    source_keys = _entry(desktop.desktop_source().read_text(encoding="utf-8"))
    assert {k: v for k, v in keys.items() if k not in ("Exec", "TryExec")} == {
        k: v for k, v in source_keys.items() if k not in ("Exec", "TryExec")
    }
    result = _run(_tool("desktop-file-validate"), installed)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("path", "written"),
    [
        ("/home/ana/desk/.venv/bin/arbitration-desk", "/home/ana/desk/.venv/bin/arbitration-desk"),
        ("/home/ana/My Desk/.venv/bin/arbitration-desk", '"/home/ana/My Desk/.venv/bin/arbitration-desk"'),
        # Exec quoting escapes " ` $ \ with a backslash, then the string rules double every backslash.
        ('/srv/100% "$x`y\\z/arbitration-desk', '"/srv/100%% \\\\"\\\\$x\\\\`y\\\\\\\\z/arbitration-desk"'),
    ],
)
def test_an_awkward_venv_path_is_quoted_as_the_spec_says(path: str, written: str, tmp_path: Path) -> None:
    assert desktop.exec_argument(path) == written
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(desktop.desktop_entry(Path(path)), encoding="utf-8")
    assert _entry(entry.read_text(encoding="utf-8"))["Exec"] == written
    result = _run(_tool("desktop-file-validate"), entry)
    assert result.returncode == 0, result.stdout + result.stderr


# --- the icons ----------------------------------------------------------------------------------


def test_the_icons_are_there_at_every_size() -> None:
    assert desktop.ICON_SIZES[0] == 16 and desktop.ICON_SIZES[-1] == 512
    for source, _ in desktop.icon_files():
        assert source.is_file(), f"{source} missing: run packaging/render_icons.py"
    for size in desktop.ICON_SIZES:
        path = desktop.hicolor_source() / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(path) as icon:
            assert (icon.format, icon.size, icon.mode) == ("PNG", (size, size), "RGBA"), path
            assert icon.getpixel((0, 0))[3] == 0, f"{path}: the corners are transparent"
    scalable = desktop.hicolor_source() / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICON_SOURCE_DIR / f"{APP_ID}.svg").read_bytes()


def test_the_icons_are_rendered_from_the_source() -> None:
    result = _run(sys.executable, RENDER_ICONS, "--check", env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr


# --- install and uninstall ----------------------------------------------------------------------


def test_install_then_uninstall_leaves_the_data_directory_as_it_was(env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    others = {Path("applications", "other.desktop"), Path("icons", "hicolor", "48x48", "apps", "other.png")}
    for other in others:
        (data / other).parent.mkdir(parents=True, exist_ok=True)
        (data / other).write_text("not ours\n", encoding="utf-8")

    out = _desktop_py("install", env=env)
    assert _files(data) == EXPECTED_FILES | others, out
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == desktop.metainfo_source().read_bytes()
    for source, target in desktop.icon_files():
        assert (data / target).read_bytes() == source.read_bytes()
    assert not any((tmp_path / "home").iterdir()), "nothing outside XDG_DATA_HOME"

    _desktop_py("install", env=env)  # again: the same files, overwritten
    assert _files(data) == EXPECTED_FILES | others

    out = _desktop_py("uninstall", env=env)
    assert _files(data) == others, out
    assert all((data / other).read_text(encoding="utf-8") == "not ours\n" for other in others)
    assert _empty_dirs(data) == []
    assert "nothing to remove" in _desktop_py("uninstall", env=env)


def test_prefix_overrides_xdg_data_home(env: dict[str, str], tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    _desktop_py("install", "--prefix", str(prefix), env=env)
    assert _files(prefix) == EXPECTED_FILES
    assert not (tmp_path / "data").exists()
    _desktop_py("uninstall", "--prefix", str(prefix), env=env)
    assert list(prefix.iterdir()) == []


def test_the_data_directory_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    default = tmp_path / ".local" / "share"
    assert desktop.data_home(None, {}) == default
    assert desktop.data_home(None, {"XDG_DATA_HOME": ""}) == default
    assert desktop.data_home(None, {"XDG_DATA_HOME": "relative/share"}) == default  # the spec ignores it
    assert desktop.data_home(None, {"XDG_DATA_HOME": "/srv/share"}) == Path("/srv/share")
    assert desktop.data_home(str(tmp_path / "p"), {"XDG_DATA_HOME": "/srv/share"}) == tmp_path / "p"


def test_existing_caches_are_refreshed_and_none_created(env: dict[str, str], tmp_path: Path) -> None:
    icon_cache_tool = _tool("gtk-update-icon-cache")
    desktop_cache_tool = _tool("update-desktop-database")
    data = tmp_path / "data"
    hicolor = data / "icons" / "hicolor"
    (hicolor / "48x48" / "apps").mkdir(parents=True)
    shutil.copy(desktop.hicolor_source() / "48x48" / "apps" / f"{APP_ID}.png", hicolor / "48x48" / "apps" / "other.png")
    (data / "applications").mkdir()
    for command in (
        [icon_cache_tool, "--quiet", "--force", "--ignore-theme-index", hicolor],
        [desktop_cache_tool, "--quiet", data / "applications"],
    ):
        result = _run(*command)
        assert result.returncode == 0, result.stderr
    icon_cache = hicolor / "icon-theme.cache"
    assert APP_ID.encode() not in icon_cache.read_bytes()
    before = _files(data)
    assert before >= {Path("icons", "hicolor", "icon-theme.cache"), Path("applications", "mimeinfo.cache")}

    _desktop_py("install", env=env)
    assert APP_ID.encode() in icon_cache.read_bytes()
    assert _files(data) == before | EXPECTED_FILES

    _desktop_py("uninstall", env=env)
    assert APP_ID.encode() not in icon_cache.read_bytes()
    assert _files(data) == before


def test_a_bundle_puts_its_own_program_in_the_menu(tmp_path: Path) -> None:
    """Frozen (the PyInstaller bundle), the entry starts the bundle's executable; packaging/build_bundle.py
    installs the real bundle's entry too."""
    assert desktop.console_script(frozen=True) == Path(sys.executable).absolute()
    entry = _entry(desktop.desktop_entry(desktop.console_script(frozen=True)))
    assert entry["TryExec"] == str(Path(sys.executable).absolute())


def test_a_python_without_the_desk_says_what_to_run(tmp_path: Path) -> None:
    python = tmp_path / "bin" / "python3"
    python.parent.mkdir()
    python.symlink_to(sys.executable)
    result = _run(python, "-c", "from arbitration_desk import desktop_menu as d; d.console_script(frozen=False)")
    assert result.returncode == 1
    assert "MenuError" in result.stderr and "arbitration-desk not found" in result.stderr


def test_an_unwritable_menu_is_one_line_and_exit_1(env: dict[str, str], tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data directory should be\n", encoding="utf-8")
    result = _run(COMMAND, "desktop", "install", "--prefix", str(blocked), env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("arbitration-desk desktop: ") and "Traceback" not in result.stderr
