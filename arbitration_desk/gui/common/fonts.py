"""The bundled fonts, registered with Qt so that every script of the platform's text has glyphs.

Chats and claims come in many languages; a machine without CJK or Arabic fonts would draw them as
empty boxes. The fonts bundled for the ruling PDFs (:func:`arbitration_desk.documents.fonts.fonts_dir`)
are added to the application's font database at start-up: Qt's font fallback then finds them for
characters the default font lacks, without changing the desk's default font.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from arbitration_desk.documents.fonts import fonts_dir

log = logging.getLogger(__name__)
_installed: list[str] = []


def install_bundled_fonts() -> list[str]:
    """Registers the bundled fonts once per process (after the QApplication exists); returns their families."""
    if _installed:
        return list(_installed)
    try:
        directory = fonts_dir()
    except FileNotFoundError as exc:
        log.warning("%s", exc)
        return []
    for path in sorted(directory.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("the bundled font %s could not be loaded", path.name)
            continue
        _installed.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_installed)
