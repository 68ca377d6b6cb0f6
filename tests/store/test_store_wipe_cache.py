from pathlib import Path

from arbitration_desk.store.store import CACHE_DIR, Store


def test_wipe_deletes_files_derived_from_case_data(tmp_path: Path) -> None:
    with Store.open(tmp_path / "home") as store:
        thumbnails = store.home / CACHE_DIR / "thumbnails"
        thumbnails.mkdir(parents=True)
        (thumbnails / ("a" * 64 + "-96.png")).write_bytes(b"\x89PNG")
        store.wipe()
        assert not (store.home / CACHE_DIR).exists()
