"""The lock the set-up command installs agrees with pyproject.toml (nothing is installed here).

Every requirement of the app, of the ``dev``, ``postgres`` and ``bundle`` extras and of the build
backend must be pinned in ``packaging/requirements.lock`` at a version its specifier admits, once per environment, with
hashes; refresh the lock with ``packaging/update_lock.py`` when this fails.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "packaging" / "requirements.lock"

#: the environments the lock must serve: every supported Python on the three desktop platforms
ENVIRONMENTS = [
    {
        "python_version": python,
        "python_full_version": f"{python}.0",
        "sys_platform": platform,
        "platform_system": system,
        "platform_python_implementation": "CPython",
        "implementation_name": "cpython",
        "os_name": "nt" if platform == "win32" else "posix",
    }
    for python in ("3.11", "3.12", "3.13")
    for platform, system in (("linux", "Linux"), ("darwin", "Darwin"), ("win32", "Windows"))
]

_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+?)(?:\s*;\s*(?P<marker>[^\\]+?))?\s*\\?$")


@dataclass(frozen=True)
class Pin:
    name: str
    version: Version
    marker: Marker | None
    hashes: int

    def applies(self, environment: dict[str, str]) -> bool:
        return self.marker is None or self.marker.evaluate(environment)


def read_lock() -> list[Pin]:
    pins: list[Pin] = []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            marker = Marker(match["marker"]) if match["marker"] else None
            pins.append(Pin(canonicalize_name(match["name"]), Version(match["version"]), marker, 0))
        elif line.strip().startswith("--hash=sha256:") and pins:
            last = pins[-1]
            pins[-1] = Pin(last.name, last.version, last.marker, last.hashes + 1)
    return pins


def project_requirements() -> list[Requirement]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    texts = [
        *pyproject["project"]["dependencies"],
        *pyproject["project"]["optional-dependencies"]["dev"],
        *pyproject["project"]["optional-dependencies"]["postgres"],
        *pyproject["project"]["optional-dependencies"]["bundle"],
        *pyproject["build-system"]["requires"],
    ]
    return [Requirement(text) for text in texts]


def test_the_lock_parses_and_every_pin_has_hashes() -> None:
    pins = read_lock()
    assert len(pins) > 50, "the lock holds the whole dependency tree, not only direct requirements"
    assert all(pin.hashes > 0 for pin in pins), [pin.name for pin in pins if pin.hashes == 0]


@pytest.mark.parametrize(
    "environment", ENVIRONMENTS, ids=[f"py{e['python_version']}-{e['sys_platform']}" for e in ENVIRONMENTS]
)
def test_every_requirement_is_pinned_once_within_its_range(environment: dict[str, str]) -> None:
    pins = [pin for pin in read_lock() if pin.applies(environment)]
    problems = []
    for requirement in project_requirements():
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        name = canonicalize_name(requirement.name)
        versions = [pin.version for pin in pins if pin.name == name]
        if len(versions) != 1:
            problems.append(f"{requirement}: pinned {len(versions)} times")
        elif not requirement.specifier.contains(versions[0], prereleases=True):
            problems.append(f"{requirement}: the lock pins {versions[0]}")
    assert not problems, "refresh packaging/requirements.lock (packaging/update_lock.py): " + "; ".join(problems)


def test_the_lock_pins_each_package_once_per_environment() -> None:
    for environment in ENVIRONMENTS:
        names = [pin.name for pin in read_lock() if pin.applies(environment)]
        assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_ci_runs_the_readme_set_up_and_test_commands() -> None:
    """`.ci/run` sets up and tests exactly as a newcomer following the README does."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^(\S.*?)\s+# (set up|run the tests)$", readme, flags=re.MULTILINE)
    assert [purpose for _, purpose in commands] == ["set up", "run the tests"]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    for command, _ in commands:
        assert command in ci_lines
