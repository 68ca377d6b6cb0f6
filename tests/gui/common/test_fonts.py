"""The bundled fonts give glyphs to the scripts the system's fonts may lack (CJK, Arabic)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QImage, QPainter

from arbitration_desk.gui.common.fonts import install_bundled_fonts


def _drawn(text: str) -> bytes:
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setFont(QFont())
    painter.drawText(4, 36, text)
    painter.end()
    return bytes(image.constBits())


def test_cjk_and_arabic_text_is_drawn_with_real_glyphs(qapp: Any) -> None:
    del qapp
    families = install_bundled_fonts()
    assert any("Droid Sans Fallback" in family for family in families), families
    assert install_bundled_fonts() == families  # once per process
    # Two different characters drawn alike are the same missing-glyph box.
    assert _drawn("我") != _drawn("们")
    assert _drawn("ب") != _drawn("ت")
