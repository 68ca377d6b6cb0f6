"""The bundled SVG icons (``resources/icons``, found by :mod:`arbitration_desk.resources`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from arbitration_desk.resources import env_var, resource_dir

ICONS_ENV = env_var("icons")

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
    """``$ARBITRATION_DESK_ICONS``, else the bundled ``resources/icons`` (:mod:`arbitration_desk.resources`)."""
    return resource_dir("icons")


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
