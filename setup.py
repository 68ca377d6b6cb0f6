"""The build puts the top-level ``resources/`` inside the package, as ``arbitration_desk/_resources/``.

Everything else about the build is in ``pyproject.toml``. ``resources/`` stays the one source of the
fonts, icons and translations; a wheel carries a copy inside the package, where
``arbitration_desk/resources.py`` finds it at run time (an editable install and a source checkout use
``resources/`` itself). The copy is made as package data of ``build_py``, so the sdist carries
``resources/`` too, and the wheel takes exactly the files matched below.
"""

from __future__ import annotations

import os
import sys
from glob import glob
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = "resources"
PACKAGE = "arbitration_desk"
TARGET = "_resources"  # arbitration_desk.resources.PACKAGED
#: What of ``resources/`` the wheel carries: the fonts with their licences, the icons, the compiled
#: translations (not their ``.ts`` sources), the Linux menu entry and metainfo.
PATTERNS = (
    "fonts/*.ttf",
    "fonts/*.otf",
    "fonts/LICENSES.md",
    "icons/**/*.svg",
    "icons/**/*.png",
    "translations/*.qm",
    "linux/*.desktop",
    "linux/*.metainfo.xml",
)


def compile_translations() -> list[str]:
    """``packaging/translations.py``'s compiler (loaded by path: ``packaging/`` is not a package)."""
    path = Path(__file__).resolve().parent / "packaging" / "translations.py"
    spec = spec_from_file_location("arbitration_desk_translations", path)
    assert spec is not None and spec.loader is not None
    module = module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return [str(qm) for qm in module.compile_translations()]


class BuildPyWithResources(build_py):
    """``build_py``, plus ``resources/`` as data files of the package (under ``_resources/``), with the
    translations compiled first: into ``resources/translations/`` itself, where a source checkout or an
    editable install reads them and from where the wheel takes them (the ``.qm`` files are not in git)."""

    def run(self) -> None:
        compile_translations()
        super().run()

    def _resources(self) -> tuple[str, str, str, list[str]]:
        """A ``data_files`` entry of ``build_py``: (package, source dir, build dir, file names)."""
        names = sorted(
            {
                os.path.relpath(path, SOURCE)
                for pattern in PATTERNS
                for path in glob(os.path.join(SOURCE, pattern), recursive=True)
                if os.path.isfile(path)
            }
        )
        return PACKAGE, SOURCE, os.path.join(self.build_lib, PACKAGE, TARGET), names

    # The two ways setuptools lists ``data_files``: for building (wheel, sdist) and, without the
    # manifest, for an editable install's file mapping.
    def _get_data_files(self) -> list[tuple[str, str, str, list[str]]]:
        return [*super()._get_data_files(), self._resources()]

    def get_data_files_without_manifest(self) -> list[tuple[str, str, str, list[str]]]:
        return [*super().get_data_files_without_manifest(), self._resources()]


setup(cmdclass={"build_py": BuildPyWithResources})
