"""Where local data lives: ``--home DIR``, else ``ARBITRATION_DESK_HOME``, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "arbitration-desk"
HOME_ENV = "ARBITRATION_DESK_HOME"


def home_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The home directory: ``explicit``, else ``$ARBITRATION_DESK_HOME``, else the user data directory."""
    if explicit:
        home = Path(explicit)
    elif os.environ.get(HOME_ENV):
        home = Path(os.environ[HOME_ENV])
    else:
        import platformdirs  # deferred: `arbitration-desk --help` reads HOME_ENV only (issue 16, start-up)

        home = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return home.expanduser().resolve()


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The home directory, created with owner-only permissions if it does not exist.

    The one place every command and the desk get their home: a home inside a cloud-sync folder is
    refused before anything is written, and the home is marked as not to be backed up
    (:mod:`arbitration_desk.home_guard`).

    Raises:
        HomeRefused: the home lies inside a cloud-sync folder (the message gives the way out).
    """
    from arbitration_desk.home_guard import protect_home, refuse_cloud_sync  # deferred, as platformdirs

    home = home_path(explicit)
    refuse_cloud_sync(home)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    protect_home(home)
    return home
