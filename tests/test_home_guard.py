"""The home stays out of backups and cloud sync: CACHEDIR.TAG, the macOS attribute, cloud folders refused."""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path

import pytest

from arbitration_desk import home_guard
from arbitration_desk.appdirs import HOME_ENV, resolve_home
from arbitration_desk.domain.phrases import phrase, phrase_of
from arbitration_desk.home_guard import HomeRefused, cloud_sync_folder
from helpers.desk import cli, cli_env


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user's home of its own: ``Path.home()`` reads ``$HOME``."""
    path = tmp_path / "user"
    path.mkdir()
    monkeypatch.setenv("HOME", str(path))
    monkeypatch.delenv(HOME_ENV, raising=False)
    return path.resolve()


@pytest.mark.parametrize(
    ("inside", "service", "folder"),
    [
        ("Dropbox/desk", "Dropbox", "Dropbox"),
        ("Dropbox (Acme Ltd)/cases", "Dropbox", "Dropbox (Acme Ltd)"),
        ("OneDrive/desk", "OneDrive", "OneDrive"),
        ("OneDrive - Acme/a/b", "OneDrive", "OneDrive - Acme"),
        ("Google Drive/desk", "Google Drive", "Google Drive"),
        ("Library/Mobile Documents/com~apple~CloudDocs/desk", "iCloud Drive", "Library/Mobile Documents"),
        ("iCloudDrive/desk", "iCloud Drive", "iCloudDrive"),
        ("Library/CloudStorage/GoogleDrive-a@b.c/My Drive/d", "Google Drive", "Library/CloudStorage/GoogleDrive-a@b.c"),
        ("Library/CloudStorage/OneDrive-Personal/desk", "OneDrive", "Library/CloudStorage/OneDrive-Personal"),
        ("Library/CloudStorage/Box-Box/desk", "a cloud storage provider", "Library/CloudStorage/Box-Box"),
        ("Nextcloud/desk", "Nextcloud", "Nextcloud"),
        ("nextcloud", "Nextcloud", "nextcloud"),
    ],
)  # fmt: skip
def test_a_home_inside_a_cloud_sync_folder_is_refused_before_anything_is_written(
    user_home: Path, inside: str, service: str, folder: str
) -> None:
    home = user_home / inside
    found = cloud_sync_folder(home)
    assert found is not None and (str(found.service), found.folder) == (service, user_home / folder)
    with pytest.raises(HomeRefused) as refused:
        resolve_home(home)
    message = str(refused.value)
    assert f"inside the {service} folder {user_home / folder}" in message
    assert "--home DIR" in message and "ARBITRATION_DESK_HOME" in message
    assert not home.exists()


def test_the_refusal_is_a_phrase_with_the_service_and_the_folder_as_fields(user_home: Path) -> None:
    """The GUI shows it translated; the service's name stays a name, an unknown one is a phrase of its own."""
    home = user_home / "Library" / "CloudStorage" / "Box-Box" / "desk"
    with pytest.raises(HomeRefused) as refused:
        home_guard.refuse_cloud_sync(home)
    said = phrase_of(refused.value)
    assert said is not None and said.context == "HomeGuard"
    assert said.template.startswith("the home {home} lies inside the {service} folder {folder}, which copies")
    assert said.values["service"] == phrase("HomeGuard", "a cloud storage provider")
    assert said.values["folder"] == str(user_home / "Library" / "CloudStorage" / "Box-Box")
    assert str(refused.value) == str(said) and "inside the a cloud storage provider folder" in str(refused.value)
    dropbox = cloud_sync_folder(user_home / "Dropbox" / "desk")
    assert dropbox is not None and dropbox.service == "Dropbox"


@pytest.mark.parametrize(
    "elsewhere",
    [".local/share/arbitration-desk", "Documents/Dropbox-notes/desk", "Documents/Dropbox/desk", "Library/Caches/x"],
)
def test_other_homes_are_accepted(user_home: Path, elsewhere: str) -> None:
    """Only the clients' own folders directly under the user's home count (not a folder merely named so)."""
    home = resolve_home(user_home / elsewhere)
    assert home.is_dir()


def test_the_way_out_through_the_environment(user_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(HOME_ENV, str(user_home / "OneDrive" / "desk"))
    with pytest.raises(HomeRefused):
        resolve_home()
    monkeypatch.setenv(HOME_ENV, str(user_home / "desk"))
    assert resolve_home() == user_home / "desk"


def test_the_command_line_refuses_in_one_sentence(tmp_path: Path, user_home: Path) -> None:
    env = {**cli_env(tmp_path / "keyring.json"), "HOME": str(user_home)}
    home = user_home / "Dropbox" / "desk"
    for args in (("sync", "--quiet"), ("cases",)):
        result = cli(home, env, *args, timeout=120)
        assert result.returncode == 1
        assert result.stderr.startswith(f"arbitration-desk: the home {home} lies inside the Dropbox folder")
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not home.exists()


def test_the_home_carries_a_cachedir_tag(user_home: Path) -> None:
    home = resolve_home(user_home / "desk")
    tag = home / "CACHEDIR.TAG"
    # The specification: the file starts with exactly this signature.
    assert tag.read_bytes().startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    tag.write_bytes(b"Signature: 8a477f597d28d172789f06886806bc55\n# the user's own tag\n")
    resolve_home(home)
    assert tag.read_bytes().endswith(b"the user's own tag\n")  # a valid tag is left alone
    tag.write_bytes(b"garbage")
    resolve_home(home)
    assert tag.read_bytes() == home_guard.CACHEDIR_TAG_CONTENT  # an invalid one is replaced


def test_the_backup_exclusion_value_is_what_time_machine_reads() -> None:
    assert plistlib.loads(home_guard.BACKUP_EXCLUSION_VALUE) == "com.apple.backupd"
    assert home_guard.BACKUP_EXCLUSION_VALUE.startswith(b"bplist00")


@pytest.mark.skipif(sys.platform == "darwin", reason="elsewhere only")
def test_the_macos_attribute_is_skipped_elsewhere(user_home: Path) -> None:
    home = resolve_home(user_home / "desk")
    assert home_guard.exclude_from_backups(home) is False
    if hasattr(os, "listxattr"):
        assert not any("backup" in name for name in os.listxattr(home))


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS only")
def test_the_macos_attribute_is_set(user_home: Path) -> None:  # pragma: no cover - runs on macOS
    home = resolve_home(user_home / "desk")
    import subprocess

    shown = subprocess.run(
        ["xattr", "-p", home_guard.BACKUP_EXCLUSION_ATTRIBUTE, str(home)], capture_output=True, check=True
    )
    assert shown.returncode == 0
