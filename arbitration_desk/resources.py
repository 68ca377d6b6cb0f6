"""Where the bundled resources (fonts, icons, translations, menu entry) are: one rule for every way the desk runs.

The source of every resource is the top-level ``resources/`` of the repository (``resources/fonts``,
``resources/icons``, ``resources/translations``, ``resources/linux``). How the desk reaches it depends on how it runs:

* ``$ARBITRATION_DESK_<NAME>`` (``ARBITRATION_DESK_FONTS``, ``ARBITRATION_DESK_ICONS``, ...): that
  directory, whatever else is true;
* frozen (a PyInstaller bundle): ``resources/<name>`` in the bundle's own directory (``sys._MEIPASS``);
* a source checkout or an editable install: ``resources/<name>`` beside the package, in the checkout
  (the directory that also holds ``pyproject.toml``), so that an edited resource is seen at once;
* an installed wheel: the copy the build put inside the package, ``arbitration_desk/_resources/<name>``
  (``setup.py``'s ``build_py``), found through :mod:`importlib.resources`.

Standard library only, so that every layer (and the sandbox) may use it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from functools import cache
from importlib import resources as importlib_resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: The resource directories the desk uses (the names under ``resources/``).
NAMES = ("fonts", "icons", "translations", "linux")
#: The copy of ``resources/`` inside the installed package (the build puts it there; see setup.py).
PACKAGED = "_resources"
_PACKAGE = "arbitration_desk"


def env_var(name: str) -> str:
    """The environment variable that overrides the directory ``name`` (``ARBITRATION_DESK_FONTS``, ...)."""
    return f"ARBITRATION_DESK_{name.upper()}"


def resource_dir(name: str) -> Path:
    """The directory of the bundled resources ``name`` (``fonts``, ``icons``, ``translations``).

    Raises:
        KeyError: ``name`` is not one of :data:`NAMES`.
        FileNotFoundError: the desk is installed without its resources; the message says where they
            were looked for.
    """
    if name not in NAMES:
        raise KeyError(f"no resource directory named {name!r}")
    override = os.environ.get(env_var(name))
    if override:
        return Path(override)
    return _located(name)


@cache
def _located(name: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / name
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources" / name).is_dir():
        return checkout / "resources" / name
    packaged = importlib_resources.files(_PACKAGE).joinpath(PACKAGED, name)
    if packaged.is_dir():
        return _on_disk(packaged)
    raise FileNotFoundError(
        f"the desk's {name} are missing: neither {packaged} (an installed wheel) nor {checkout / 'resources' / name}"
        f" (a source checkout) holds them; reinstall the desk, or set {env_var(name)} to a directory that does"
    )


def _on_disk(directory: Traversable) -> Path:
    """``directory`` as a real directory: itself for an unpacked install (wheels are unpacked), else a
    temporary copy, deleted when the process exits (a package imported from a zip file)."""
    if isinstance(directory, Path):
        return directory
    target = Path(tempfile.mkdtemp(prefix="arbitration-desk-resources-"))
    atexit.register(shutil.rmtree, target, ignore_errors=True)
    _copy_tree(directory, target)
    return target


def _copy_tree(source: Traversable, target: Path) -> None:
    for item in source.iterdir():
        if item.is_dir():
            (target / item.name).mkdir()
            _copy_tree(item, target / item.name)
        else:
            (target / item.name).write_bytes(item.read_bytes())
