"""Content sniffing, guarded image decoding, temporary copies and the thumbnail disk cache."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.files import FileKind, UnsafeImageError, external_copy, read_image, sniff
from arbitration_desk.gui.evidence.thumbnails import ThumbnailCache, make_thumbnail, thumbnail_path
from helpers.case_world import jpeg_bytes, png_bomb, png_bytes
from helpers.pdfs import make_pdf


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", FileKind.JPEG),
        (b"\x89PNG\r\n\x1a\n\x00\x00", FileKind.PNG),
        (b"GIF89a\x01\x00", FileKind.GIF),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", FileKind.WEBP),
        (b"%PDF-1.7\n", FileKind.PDF),
        (b"<svg xmlns=", FileKind.OTHER),
        (b"MZ\x90\x00", FileKind.OTHER),
        (b"", FileKind.OTHER),
    ],
)
def test_sniff_decides_by_content(head: bytes, kind: FileKind) -> None:
    assert sniff(head) is kind


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "blob"
    path.write_bytes(content)
    return path


def test_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    bomb = _write(tmp_path, png_bomb())
    assert bomb.stat().st_size < 200
    with pytest.raises(UnsafeImageError, match="60000 × 60000"):
        read_image(bomb)
    with pytest.raises(UnsafeImageError):
        read_image(bomb, max_side=96)


def test_non_images_are_never_decoded_as_images(tmp_path: Path) -> None:
    with pytest.raises(UnsafeImageError, match="not an image"):
        read_image(_write(tmp_path, make_pdf()))
    with pytest.raises(UnsafeImageError):
        read_image(
            _write(tmp_path, b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>')
        )


def test_scaled_decoding(tmp_path: Path) -> None:
    image = read_image(_write(tmp_path, jpeg_bytes(1600, 1200)), max_side=96)
    assert (image.width(), image.height()) == (96, 72)


def test_external_copy_uses_our_name_in_the_home(tmp_path: Path) -> None:
    source = _write(tmp_path, b"data")
    sha = hashlib.sha256(b"data").hexdigest()
    home = tmp_path / "home"
    home.mkdir()
    copy = external_copy(source, FileKind.OTHER, sha, home)
    again = external_copy(source, FileKind.OTHER, sha, home)  # opened twice: two copies, no clash
    assert copy.name == again.name == f"evidence-{sha[:16]}.bin" and copy != again
    assert copy.parent.parent == home / "opened"  # never the shared temporary directory
    assert copy.stat().st_mode & 0o777 == 0o400
    assert copy.parent.stat().st_mode & 0o777 == 0o700
    assert (home / "opened").stat().st_mode & 0o777 == 0o700


def test_thumbnail_disk_cache_and_prune(qtbot: QtBot, tmp_path: Path) -> None:
    content = png_bytes(400, 300)
    sha = hashlib.sha256(content).hexdigest()
    source = _write(tmp_path, content)
    first = make_thumbnail(tmp_path, sha, source, 64)
    cached = thumbnail_path(tmp_path, sha, 64)
    assert cached.is_file() and cached.stat().st_mode & 0o777 == 0o600
    source.unlink()  # the second call needs only the cache
    assert make_thumbnail(tmp_path, sha, source, 64).size() == first.size()
    runner = Runner()
    cache = ThumbnailCache(tmp_path, lambda _sha: source, runner, 64)
    with qtbot.waitSignal(cache.ready):
        cache.request(sha)
    pixmap = cache.pixmap(sha)
    assert pixmap is not None and pixmap.width() == 64
    assert cache.prune({sha}) == 0
    assert cache.prune(set()) == 1 and not cached.exists()
    runner.wait()
