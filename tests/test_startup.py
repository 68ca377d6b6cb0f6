"""Each command imports only what it needs, and none prints a warning (issue 16, "Start-up cost").

What ``tests/benchmarks/bench_startup.py`` measures in time, guarded here without timing: which
modules a command has loaded when it ends, read from ``sys.modules`` in the command's own process.
A probe runs the command as the installed ``arbitration-desk`` script does (``cli.main()`` on the
process's command line) and writes that list to a file. Each probe runs with a user's warning
filters (no ``PYTHONWARNINGS``, no ``-W``: a terminal is not pytest), so a warning such as
cryptography's DSA deprecation, which pyHanko's import sets off, would show on its stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import arbitration_desk.store as store
from arbitration_desk import cli

PROBE = """
import json, sys
out, sys.argv = sys.argv[1], ["arbitration-desk", *sys.argv[2:]]
from arbitration_desk.cli import main
try:
    code = main()
except SystemExit as exc:  # --help and --version end in argparse's exit
    code = exc.code
with open(out, "w", encoding="utf-8") as handle:
    json.dump({"code": code, "modules": sorted(sys.modules)}, handle)
"""

#: What costs start-up time (each a tenth of a second or more on this machine) and is no business of
#: ``--help`` or ``--version``: Qt, PDF signing and composition, the store's ORM, HTTP, the keyring.
HEAVY = ("PySide6", "shiboken6", "pyhanko", "reportlab", "sqlalchemy", "requests", "keyring", "asn1crypto", "PIL")
#: All of the desk that ``--help`` and ``--version`` need: the parser and the home's variable name.
HELP_MODULES = {
    "arbitration_desk",
    "arbitration_desk.appdirs",
    "arbitration_desk.cli",
    "arbitration_desk.warnings_policy",
}


def environment(tmp_path: Path) -> dict[str, str]:
    """A user's environment: default warning filters, no credential store, no inherited home."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONWARNINGS", "PYTHONPATH", "ARBITRATION_DESK_HOME", "PYTHONDEVMODE")
    }
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", QT_QPA_PLATFORM="offscreen")
    env["HOME"] = str(tmp_path / "user")
    return env


def probe(tmp_path: Path, *args: str) -> tuple[int, set[str], subprocess.CompletedProcess[str]]:
    """Runs ``arbitration-desk args`` in a process of its own: (exit code, modules loaded, the run)."""
    out = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *args],
        cwd=tmp_path,
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.exists(), f"the probe did not finish:\n{result.stderr[-3000:]}"
    found = json.loads(out.read_text(encoding="utf-8"))
    return found["code"], set(found["modules"]), result


def loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    """The packages of ``packages`` that were imported (by any of their modules)."""
    return sorted({name.split(".")[0] for name in modules} & set(packages))


def no_warning(result: subprocess.CompletedProcess[str]) -> None:
    assert "warning" not in result.stderr.lower(), result.stderr


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(tmp_path: Path, option: str) -> None:
    code, modules, result = probe(tmp_path, option)
    assert code == 0
    assert loaded(modules, HEAVY) == [], "deferred to the command that needs it (arbitration_desk/cli.py)"
    ours = {name for name in modules if name.split(".")[0] == "arbitration_desk"}
    assert ours <= HELP_MODULES, f"imported for {option}: {sorted(ours - HELP_MODULES)}"
    assert result.stderr == ""
    assert ("COMMAND" in result.stdout) if option == "--help" else result.stdout.startswith("arbitration-desk ")


def test_a_subcommands_help_loads_its_own_module_only(tmp_path: Path) -> None:
    code, modules, result = probe(tmp_path, "verify", "--help")
    assert code == 0 and "Exit codes" in result.stdout  # configured by its module, on demand
    assert "pyhanko" in loaded(modules, HEAVY)  # verify's own module, which sets off the DSA warning ...
    no_warning(result)  # ... silenced by the warnings policy, not only under pytest
    assert loaded(modules, ("PySide6", "shiboken6", "sqlalchemy", "reportlab")) == []
    assert not {"arbitration_desk.sync.commands", "arbitration_desk.sandbox.cli"} & modules


def test_a_sync_without_a_session_says_one_line_and_loads_no_qt_nor_pdf(tmp_path: Path) -> None:
    code, modules, result = probe(tmp_path, "--home", str(tmp_path / "home"), "sync")
    assert code == 1
    assert result.stderr == "arbitration-desk: not signed in: run `arbitration-desk login` first\n"
    assert loaded(modules, ("PySide6", "shiboken6", "pyhanko", "reportlab", "asn1crypto")) == []


def test_the_desk_starts_without_the_sandbox_or_pdf_signing(tmp_path: Path) -> None:
    """The desk's start-up imports: verifying, filing and exporting rulings (pyHanko, reportlab's
    layout engine) load when a ruling is verified, composed or exported; the sandbox for --demo."""
    code = "import json, sys\nimport arbitration_desk.gui.shell.app\njson.dump(sorted(sys.modules), sys.stdout)\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout))
    assert loaded(modules, ("pyhanko", "asn1crypto")) == []
    deferred = {
        "reportlab.platypus",
        "arbitration_desk.sandbox",
        "arbitration_desk.gui.shell.demo",
        "arbitration_desk.rulings.verify",
        "arbitration_desk.rulings.filing",
        "arbitration_desk.rulings.export",
        "arbitration_desk.documents.compose",
    }
    assert not deferred & modules, sorted(deferred & modules)
    no_warning(result)


def test_the_store_package_re_exports_lazily() -> None:
    """``arbitration_desk.store`` names its classes without importing them (``store/__init__.py``):
    every name it lists resolves, to the class its module defines."""
    assert sorted(store._EXPORTS) == sorted(store.__all__)
    for name, module in store._EXPORTS.items():
        assert getattr(store, name) is getattr(importlib.import_module(module), name)
    with pytest.raises(AttributeError):
        _ = store.NoSuchName  # type: ignore[attr-defined]


def test_login_help_names_the_credential_store_and_the_main_help_points_there() -> None:
    """Finding the credential store runs keyring's detection of every backend, too slow for
    ``arbitration-desk --help``: that help points to ``login --help``, which names it."""
    parser = cli.build_parser()
    assert "arbitration-desk login --help" in " ".join(parser.format_help().split())
    (commands,) = (action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    assert "Credential store: " in commands.choices["login"].format_help()
    assert "Credential store: " not in commands.choices["sync"].format_help()


def test_what_the_desk_imports_before_qt_is_what_it_loads_anyway_and_no_qt(tmp_path: Path) -> None:
    """``cli.BEFORE_QT``: imported before PySide6 so that its import hook does not read their sources;
    none loads Qt, and the desk's window module loads each of them anyway (no extra cost)."""
    before = "import json, sys\nfrom arbitration_desk import cli\nfor name in cli.BEFORE_QT: __import__(name)\n"
    desk = "import json, sys\nimport arbitration_desk.gui.shell.app\n"
    found = []
    for code in (before, desk):
        result = subprocess.run(
            [sys.executable, "-c", code + "json.dump(sorted(sys.modules), sys.stdout)\n"], cwd=tmp_path,
            env=environment(tmp_path), capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        found.append(set(json.loads(result.stdout)))
    assert loaded(found[0], ("PySide6", "shiboken6")) == []
    window = set(cli.BEFORE_QT) - {"arbitration_desk.home_guard"}  # that one checks the home, before any window
    assert window <= found[1], sorted(window - found[1])
