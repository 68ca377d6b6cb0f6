"""Where local data lives: ``--home DIR``, else ``ARBITRATION_DESK_HOME``, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "arbitration-desk"
HOME_ENV = "ARBITRATION_DESK_HOME"


def home_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The home directory: ``explicit``, else ``$ARBITRATION_DESK_HOME``, else the user data directory."""
    if explicit:
        home = Path(explicit)
    elif os.environ.get(HOME_ENV):
        home = Path(os.environ[HOME_ENV])
    else:
        home = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return home.expanduser().resolve()


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The home directory, created with owner-only permissions if it does not exist."""
    home = home_path(explicit)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    return home
