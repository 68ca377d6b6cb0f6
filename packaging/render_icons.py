"""Renders the application icon into the freedesktop hicolor layout under resources/icons/hicolor/.

The source is ``resources/icons/app/<app id>.svg``. This writes
``resources/icons/hicolor/<n>x<n>/apps/<app id>.png`` for every size of
``arbitration_desk.desktop_menu.ICON_SIZES`` (Qt's SVG renderer, offscreen) and copies the source
as ``resources/icons/hicolor/scalable/apps/<app id>.svg``.

Run after changing the icon, and commit what it writes:
`.venv/bin/python packaging/render_icons.py`. With ``--check`` it writes nothing and exits 1 when a
committed icon is missing, has the wrong size or no longer matches the source (tests/packaging/test_desktop.py
runs that); the PNGs are compared pixel by pixel with a small tolerance, since Qt versions may
antialias edges a little differently.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from arbitration_desk.desktop_menu import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app" / f"{APP_ID}.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
#: --check's tolerance: the mean difference of all channels, and the share of pixels off by more than 16 levels.
MAX_MEAN_DIFFERENCE = 1.0
MAX_SHARE_OFF = 0.01


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def scalable_path() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render(size: int, source: Path = SOURCE) -> bytes:
    """The icon at ``size`` x ``size`` px, as PNG bytes (RGBA, straight alpha)."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def problem(size: int) -> str | None:
    """Why the committed ``size`` px PNG does not match the source, or None."""
    path = png_path(size)
    if not path.is_file():
        return f"{path.relative_to(ROOT)} missing"
    with Image.open(path) as committed_file:
        committed = committed_file.convert("RGBA")
        if committed_file.size != (size, size):
            return f"{path.relative_to(ROOT)} is {committed_file.size[0]}x{committed_file.size[1]}, not {size}x{size}"
    with Image.open(io.BytesIO(render(size))) as fresh_file:
        fresh = fresh_file.convert("RGBA")
    difference = ImageChops.difference(committed, fresh)
    mean = sum(ImageStat.Stat(difference).mean) / 4
    largest = difference.getchannel(0)
    for band in range(1, 4):
        largest = ImageChops.lighter(largest, difference.getchannel(band))  # each pixel's largest difference
    share_off = sum(largest.histogram()[17:]) / (size * size)
    if mean > MAX_MEAN_DIFFERENCE or share_off > MAX_SHARE_OFF:
        return f"{path.relative_to(ROOT)} does not match {SOURCE.relative_to(ROOT)} (mean difference {mean:.2f})"
    return None


def check() -> int:
    problems = [found for size in ICON_SIZES if (found := problem(size))]
    if not scalable_path().is_file() or scalable_path().read_bytes() != SOURCE.read_bytes():
        problems.append(f"{scalable_path().relative_to(ROOT)} is not a copy of {SOURCE.relative_to(ROOT)}")
    for found in problems:
        print(found, file=sys.stderr)
    if problems:
        print("run packaging/render_icons.py", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the app icon into resources/icons/hicolor/.")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the icons are out of date")
    if parser.parse_args(argv).check:
        return check()
    for size in ICON_SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(size))
        print(f"{SOURCE.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    scalable_path().parent.mkdir(parents=True, exist_ok=True)
    scalable_path().write_bytes(SOURCE.read_bytes())
    print(f"{SOURCE.relative_to(ROOT)} -> {scalable_path().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
