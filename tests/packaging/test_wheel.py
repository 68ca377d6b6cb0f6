"""The wheel carries the whole desk: built from this checkout and installed without ``-e`` into a fresh
venv, the desk composes and signs a ruling and opens its main window with the bundled icons and fonts.

The fresh venv gets the wheel alone (``pip install --no-deps``, nothing downloaded); its dependencies
come from the project's venv through a ``.pth`` line naming that venv's site-packages, written after
the install. A path line does not run the ``.pth`` files of the directory it names, so the project's
editable finder stays out and ``arbitration_desk`` can only come from the wheel (checked). The checks
run in that venv as this very file run as a script (``__main__`` below), from a directory outside
the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path
from typing import Any

import pytest

from arbitration_desk import resources
from arbitration_desk.resources import NAMES, env_var, resource_dir

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
#: What the build reads besides the top-level files (pyproject.toml, setup.py, README.md).
SOURCE_DIRS = ("arbitration_desk", "resources")
#: Environment variables that would make the installed desk look elsewhere than its own files.
LEAKY_ENV = ("PYTHONPATH", "PYTHONHOME", *(env_var(name) for name in NAMES))


def test_a_checkout_and_an_editable_install_use_the_top_level_resources() -> None:
    assert resource_dir("fonts") == ROOT / "resources" / "fonts"
    assert resource_dir("icons") == ROOT / "resources" / "icons"


def test_an_environment_variable_overrides_the_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ARBITRATION_DESK_ICONS", str(tmp_path))
    assert resource_dir("icons") == tmp_path
    assert resource_dir("fonts") == ROOT / "resources" / "fonts"
    with pytest.raises(KeyError):
        resource_dir("sounds")


def test_a_frozen_bundle_uses_its_own_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources._located.cache_clear()
    try:
        assert resource_dir("fonts") == tmp_path / "resources" / "fonts"
    finally:
        monkeypatch.undo()
        resources._located.cache_clear()
    assert resource_dir("fonts") == ROOT / "resources" / "fonts"


def test_resources_inside_a_zip_are_copied_to_a_directory(tmp_path: Path) -> None:
    archive = tmp_path / "desk.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("arbitration_desk/_resources/icons/app.svg", "<svg/>")
        zipped.writestr("arbitration_desk/_resources/icons/hicolor/16x16/app.png", b"png")
    with zipfile.ZipFile(archive) as zipped:
        copy = resources._on_disk(zipfile.Path(zipped, "arbitration_desk/_resources/icons/"))
    assert (copy / "app.svg").read_text() == "<svg/>"
    assert (copy / "hicolor" / "16x16" / "app.png").read_bytes() == b"png"
    assert resources._on_disk(tmp_path) == tmp_path  # an unpacked install: the directory itself


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _source_copy(target: Path) -> Path:
    """The checkout's package, resources and top-level files, without build leftovers (``build/``,
    ``*.egg-info``, caches): an in-tree build writes those, and a stale ``build/lib`` would end up
    in the wheel."""
    target.mkdir()
    for path in ROOT.iterdir():
        if path.is_file():
            shutil.copy2(path, target / path.name)
    for name in SOURCE_DIRS:
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm"))
    (target / "packaging").mkdir()  # the build's translation compiler (setup.py); the .qm files are its output
    shutil.copy2(ROOT / "packaging" / "translations.py", target / "packaging" / "translations.py")
    return target


def _build_wheel(tmp_path: Path) -> Path:
    source = _source_copy(tmp_path / "source")
    dist = tmp_path / "dist"
    _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--disable-pip-version-check", "--quiet", "--wheel-dir", dist, source,
        cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = dist.glob("arbitration_desk-*.whl")
    return wheel


def _fresh_venv(tmp_path: Path, wheel: Path) -> Path:
    """A new venv with the wheel installed the ordinary way; returns its Python."""
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--disable-pip-version-check", "--quiet", wheel,
        cwd=tmp_path,
    )  # fmt: skip
    # Only now the dependencies (pip, seeing the project's editable install, would have skipped the wheel).
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path).strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "_dependencies_from_the_project_venv.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return python


@pytest.mark.slow
def test_the_installed_wheel_composes_signs_and_opens_the_window(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    names = zipfile.ZipFile(wheel).namelist()
    for font in ("NotoSans-Regular.ttf", "NotoSansArabic-Bold.ttf", "DroidSansFallbackFull.ttf", "LICENSES.md"):
        assert f"arbitration_desk/_resources/fonts/{font}" in names
    assert "arbitration_desk/_resources/icons/app.svg" in names
    for menu in ("org.arbitrationdesk.ArbitrationDesk.desktop", "org.arbitrationdesk.ArbitrationDesk.metainfo.xml"):
        assert f"arbitration_desk/_resources/linux/{menu}" in names
    for language in ("zh_CN", "en"):  # compiled by the build from resources/translations/*.ts
        assert f"arbitration_desk/_resources/translations/arbitration_desk_{language}.qm" in names
    # the package and its metadata only: no tests, docs, forms, translation sources or caches
    version = wheel.name.split("-")[1]
    assert {name.split("/")[0] for name in names} == {"arbitration_desk", f"arbitration_desk-{version}.dist-info"}
    assert not [name for name in names if name.endswith((".ui", ".ts", ".pyc")) or "/tests/" in name]

    python = _fresh_venv(tmp_path, wheel)
    work = tmp_path / "work"
    work.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in LEAKY_ENV}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", ARBITRATION_DESK_HOME=str(work / "unused-home"))
    report: dict[str, Any] = json.loads(_run(python, __file__, work, cwd=work, env=env).splitlines()[-1])

    site = python.parent.parent
    for key in ("package", "distribution", "fonts", "icons"):
        assert Path(report[key]).is_relative_to(site), (key, report[key])
    assert Path(report["fonts"]).parts[-3:] == ("arbitration_desk", "_resources", "fonts")
    assert not Path(report["package"]).is_relative_to(ROOT)
    assert report["signed"] == {"ok": True, "problems": [], "signer": report["chair"], "timestamp_ok": True}
    assert report["null_icons"] == [] and report["window_icon"]
    assert report["translated"] == ["登录", "2 cases"], report["translated"]
    assert {"Noto Sans", "Noto Sans Arabic", "Droid Sans Fallback"} <= set(report["families"]), report["families"]

    # the installed wheel's own command puts it in a menu, starting the venv's script
    menu = tmp_path / "menu"
    _run(python.parent / "arbitration-desk", "desktop", "install", "--prefix", menu, cwd=work, env=env)
    entry = (menu / "applications" / "org.arbitrationdesk.ArbitrationDesk.desktop").read_text(encoding="utf-8")
    assert f"TryExec={python.parent / 'arbitration-desk'}" in entry.splitlines()


def check_installed_desk(work: Path) -> dict[str, Any]:
    """Run inside the fresh venv: composes and signs a ruling, opens the main window; what it found."""
    import importlib.metadata

    from cryptography.hazmat.primitives.asymmetric import ec
    from PySide6.QtWidgets import QApplication

    import arbitration_desk
    from arbitration_desk.documents.fonts import fonts_dir
    from arbitration_desk.gui.common import i18n, icons
    from arbitration_desk.gui.common.fonts import install_bundled_fonts
    from arbitration_desk.gui.common.workers import Runner
    from arbitration_desk.gui.shell.main_window import MainWindow
    from arbitration_desk.gui.shell.settings import AppSettings
    from arbitration_desk.platform import credentials
    from arbitration_desk.platform.credentials import HomeKeyring
    from arbitration_desk.rulings.compose import compose_ruling
    from arbitration_desk.rulings.csr import SigningIdentity, build_csr
    from arbitration_desk.rulings.keys import SoftwareKey
    from arbitration_desk.rulings.sign import sign_pdf
    from arbitration_desk.rulings.verify import verify_pdf
    from arbitration_desk.sandbox.pki import SandboxPki
    from arbitration_desk.store.store import Store

    sys.path.append(str(TESTS))  # after the venv's own packages: only the samples and a memory keyring
    from rulings.samples import CHAIR_ID, make_draft

    from helpers.keyring_backend import MemoryKeyring

    distribution = importlib.metadata.distribution("arbitration-desk")
    report: dict[str, Any] = {
        "package": arbitration_desk.__file__,
        "distribution": str(distribution.locate_file("arbitration_desk/__init__.py")),
        "fonts": str(fonts_dir()),
        "icons": str(icons.icons_dir()),
        "chair": CHAIR_ID,
    }

    pki = SandboxPki.load_or_create(work / "pki")
    key = SoftwareKey(ec.generate_private_key(ec.SECP256R1()))
    issued = pki.issue_certificate(build_csr(key), CHAIR_ID, "Ana Ribeiro")
    identity = SigningIdentity(key, issued.certificate_pem, tuple(issued.chain_pem))
    signed = sign_pdf(compose_ruling(make_draft("zh")), identity, pki.timestamp)
    verified = verify_pdf(signed, pki.ca_certificates)
    report["signed"] = {
        "ok": verified.ok,
        "problems": [str(problem) for problem in verified.problems],
        "signer": verified.signer_member_id,
        "timestamp_ok": verified.timestamp_ok,
    }

    app = QApplication([sys.argv[0]])
    report["families"] = install_bundled_fonts()
    report["null_icons"] = [name for name in icons.NAMES if icons.icon(name).pixmap(16, 16).isNull()]
    chinese = i18n.install(app, "zh_CN")
    report["translated"] = [i18n.translate("SignInDialog", "Sign in")]
    i18n.uninstall(app, chinese)
    english = i18n.install(app, "en")
    report["translated"].append(i18n.translate("CaseListView", "%n case(s)", n=2))
    i18n.uninstall(app, english)
    credentials.use_backend(MemoryKeyring())
    home = work / "home"
    runner = Runner()
    with Store.open(home, HomeKeyring()) as store:
        window = MainWindow(store, home, runner, AppSettings(work / "gui.ini"), None, auto_sync=False)
        window.show()
        app.processEvents()
        report["window_icon"] = not window.windowIcon().pixmap(32, 32).isNull()
        window.close()
        assert runner.wait(30_000)
        app.processEvents()
    return report


if __name__ == "__main__":
    print(json.dumps(check_installed_desk(Path(sys.argv[1]))))
