"""Content sniffing, the decoder's guarded image decoding, external copies and the sealed thumbnail cache."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.evidence.decoder import Decoder
from arbitration_desk.gui.evidence.decoding import read_image
from arbitration_desk.gui.evidence.files import FileKind, UnsafeImageError, external_copy, sniff
from arbitration_desk.gui.evidence.thumbnails import (
    THUMBNAIL_DIR,
    ThumbnailCache,
    cache_key,
    drop_plain_thumbnails,
    make_thumbnail,
    thumbnail_path,
)
from arbitration_desk.store.sealed import MAGIC as SEALED_MAGIC
from arbitration_desk.store.store import Store
from helpers.case_world import add_verified, jpeg_bytes, png_bomb, png_bytes
from helpers.pdfs import make_pdf
from helpers.stores import open_store

#: What a plain image or document starts with (none may be found in the cache).
MAGIC_NUMBERS = (b"\x89PNG", b"\xff\xd8\xff", b"%PDF", b"GIF8", b"BM")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", FileKind.JPEG),
        (b"\x89PNG\r\n\x1a\n\x00\x00", FileKind.PNG),
        (b"GIF89a\x01\x00", FileKind.GIF),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", FileKind.WEBP),
        (b"%PDF-1.7\n", FileKind.PDF),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", FileKind.MP4),
        (b"\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00", FileKind.QUICKTIME),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01", FileKind.MATROSKA),
        (b"RIFF\x00\x00\x00\x00AVI LIST", FileKind.AVI),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", FileKind.OTHER),  # a HEIF still picture, not a video
        (b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00", FileKind.OTHER),  # audio
        (b"<svg xmlns=", FileKind.OTHER),
        (b"MZ\x90\x00", FileKind.OTHER),
        (b"", FileKind.OTHER),
    ],
)
def test_sniff_decides_by_content(head: bytes, kind: FileKind) -> None:
    assert sniff(head) is kind


def test_a_video_is_recognised_never_decoded_and_copied_under_its_own_suffix() -> None:
    assert all(kind.is_video and not kind.is_shown for kind in (FileKind.MP4, FileKind.MATROSKA, FileKind.AVI))
    assert (FileKind.MP4.suffix, FileKind.QUICKTIME.suffix, FileKind.MATROSKA.suffix) == (".mp4", ".mov", ".mkv")
    assert FileKind.MP4.label == "MP4 video" and not FileKind.OTHER.is_video


# The decoder process's decoding functions, called here directly (the desk never calls them).


def test_bomb_is_refused_before_decoding() -> None:
    bomb = png_bomb()
    assert len(bomb) < 200
    with pytest.raises(UnsafeImageError, match="60000 × 60000"):
        read_image(bomb)
    with pytest.raises(UnsafeImageError, match="60000 × 60000"):
        read_image(bomb, max_side=1280)  # the viewer's preview keeps the viewer's limit
    with pytest.raises(UnsafeImageError):
        read_image(bomb, max_side=96, thumbnail=True)


def test_non_images_are_never_decoded_as_images() -> None:
    with pytest.raises(UnsafeImageError, match="not an image"):
        read_image(make_pdf())
    with pytest.raises(UnsafeImageError):
        read_image(b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>')


def test_scaled_decoding() -> None:
    decoded = read_image(jpeg_bytes(1600, 1200), max_side=96)
    assert (decoded.image.width(), decoded.image.height()) == (96, 72)
    assert (decoded.full.width(), decoded.full.height()) == (1600, 1200)
    whole = read_image(jpeg_bytes(160, 120), max_side=96 * 4)  # already small: decoded whole
    assert whole.image.size() == whole.full


def test_external_copy_uses_our_name_in_the_home(tmp_path: Path) -> None:
    sha = hashlib.sha256(b"data").hexdigest()
    home = tmp_path / "home"
    home.mkdir()
    copy = external_copy(io.BytesIO(b"data"), FileKind.OTHER, sha, home)
    again = external_copy(io.BytesIO(b"data"), FileKind.OTHER, sha, home)  # opened twice: two copies, no clash
    assert copy.name == again.name == f"evidence-{sha[:16]}.bin" and copy != again
    assert copy.read_bytes() == b"data"
    assert copy.parent.parent == home / "opened"  # never the shared temporary directory
    assert copy.stat().st_mode & 0o777 == 0o400
    assert copy.parent.stat().st_mode & 0o777 == 0o700
    assert (home / "opened").stat().st_mode & 0o777 == 0o700


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "home") as opened:
        yield opened


def _assert_sealed_and_unnamed(directory: Path, hashes: list[str]) -> None:
    """Every cache file is sealed (no image magic anywhere) and named without the content's hash."""
    for path in directory.iterdir():
        content = path.read_bytes()
        assert content.startswith(SEALED_MAGIC), path.name
        assert not [magic for magic in MAGIC_NUMBERS if magic in content], path.name
        assert not [sha for sha in hashes if sha in path.name or sha[:16] in path.name], path.name


def test_thumbnail_disk_cache_is_sealed_and_pruned(qtbot: QtBot, store: Store, decoder: Decoder) -> None:
    content = png_bytes(400, 300)
    sha = add_verified(store, content)
    directory, key = store.home / THUMBNAIL_DIR, cache_key(store)
    first = make_thumbnail(directory, key, sha, store.blobs.open_verified, decoder, 64)
    cached = thumbnail_path(directory, key, sha, 64)
    assert cached.is_file() and cached.stat().st_mode & 0o777 == 0o600
    _assert_sealed_and_unnamed(directory, [sha])

    def unavailable(_sha: str) -> io.BytesIO:
        raise AssertionError("the cached thumbnail is read without the file")

    again = make_thumbnail(directory, key, sha, unavailable, decoder, 64)
    assert again.size() == first.size() and again == first
    runner = Runner()
    cache = ThumbnailCache(directory, key, unavailable, decoder, runner, 64)
    with qtbot.waitSignal(cache.ready):
        cache.request(sha)
    pixmap = cache.pixmap(sha)
    assert pixmap is not None and pixmap.width() == 64
    assert cache.prune({sha}) == 0
    assert cache.prune(set()) == 1 and not cached.exists()
    runner.wait()


def test_a_cache_file_of_another_key_or_size_is_not_used(store: Store, decoder: Decoder) -> None:
    sha = add_verified(store, png_bytes(200, 100))
    directory, key = store.home / THUMBNAIL_DIR, cache_key(store)
    make_thumbnail(directory, key, sha, store.blobs.open_verified, decoder, 64)
    target = thumbnail_path(directory, key, sha, 32)
    target.write_bytes(thumbnail_path(directory, key, sha, 64).read_bytes())  # 64 px under the 32 px name
    assert max(make_thumbnail(directory, key, sha, store.blobs.open_verified, decoder, 32).size().toTuple()) == 32
    target.write_bytes(b"ADSEALED" + b"\x00" * 100)  # damaged: made again, not an error
    assert max(make_thumbnail(directory, key, sha, store.blobs.open_verified, decoder, 32).size().toTuple()) == 32


def test_plain_thumbnails_of_earlier_versions_are_removed(tmp_path: Path) -> None:
    directory = tmp_path / "thumbnails"
    directory.mkdir()
    (directory / ("ab" * 32 + "-96.png")).write_bytes(b"\x89PNG\r\n\x1a\n")
    (directory / "kept.thumb").write_bytes(b"ADSEALED")
    assert drop_plain_thumbnails(directory) == 1
    assert [path.name for path in directory.iterdir()] == ["kept.thumb"]


def test_a_turned_photo_has_the_same_shape_as_a_preview_and_whole() -> None:
    """EXIF orientation 6 (turned 90°): the preview and the whole picture agree on width and height,
    so that regions, in fractions of the picture, land on the same spot in both."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    Image.new("RGB", (400, 200), (200, 10, 10)).save(buffer, "JPEG", exif=exif.tobytes())
    whole = read_image(buffer.getvalue())
    preview = read_image(buffer.getvalue(), max_side=100)
    assert whole.image.size().toTuple() == whole.full.toTuple() == (200, 400)
    assert preview.image.size().toTuple() == (50, 100) and preview.full == whole.full
