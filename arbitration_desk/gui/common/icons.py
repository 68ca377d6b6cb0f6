"""The bundled SVG icons (``resources/icons``), found beside the package or in a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

ICONS_ENV = "ARBITRATION_DESK_ICONS"

#: Every icon the application uses (a test checks that each one loads).
NAMES = (
    "abuse_signal",
    "app",
    "appeal",
    "appealed",
    "cancel",
    "due_soon",
    "errors",
    "failed_verification",
    "offline",
    "online",
    "overdue",
    "reassigned",
    "search",
    "sign_in",
    "sign_out",
    "sync",
    "unread",
    "unsent",
)


def icons_dir() -> Path:
    """``$ARBITRATION_DESK_ICONS``, else ``resources/icons`` of the source tree or frozen bundle."""
    if os.environ.get(ICONS_ENV):
        return Path(os.environ[ICONS_ENV])
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[3]
    return root / "resources" / "icons"


def icon_path(name: str) -> Path:
    if name not in NAMES:
        raise KeyError(f"no icon named {name!r}")
    return icons_dir() / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (cached; call after the QApplication exists)."""
    return QIcon(str(icon_path(name)))


@cache
def badge_strip(names: tuple[str, ...], size: int = 14, spacing: int = 2) -> QIcon:
    """One icon showing several badges side by side (cached per combination: O(1) in ``data()``)."""
    if not names:
        return QIcon()
    width = len(names) * size + (len(names) - 1) * spacing
    pixmap = QPixmap(QSize(width, size) * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    for index, name in enumerate(names):
        icon(name).paint(painter, index * (size + spacing), 0, size, size)
    painter.end()
    return QIcon(pixmap)
