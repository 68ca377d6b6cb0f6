"""platform/session_file.py: who is signed in, kept as an address and a name (no secret) in the home."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from arbitration_desk.domain.phrases import phrase_of
from arbitration_desk.platform.session_file import SESSION_FILE, SessionError, SessionInfo


def test_saved_then_loaded_readable_by_the_owner_only(tmp_path: Path) -> None:
    info = SessionInfo("https://api.arbitration.example", "chair", "mbr_1")
    info.save(tmp_path)
    assert SessionInfo.load(tmp_path) == info
    assert stat.S_IMODE((tmp_path / SESSION_FILE).stat().st_mode) == 0o600
    assert "token" not in (tmp_path / SESSION_FILE).read_text("utf-8")
    SessionInfo.forget(tmp_path)
    SessionInfo.forget(tmp_path)  # already gone: no error
    assert SessionInfo.load(tmp_path) is None


@pytest.mark.parametrize("text", ["{not json", "[]", '{"api_url": "https://x.example"}', "\udcff"])
def test_an_unreadable_file_asks_for_sign_in(tmp_path: Path, text: str) -> None:
    (tmp_path / SESSION_FILE).write_text(text, "utf-8", errors="surrogateescape")
    with pytest.raises(SessionError, match=r"is unreadable .*; sign in again") as info:
        SessionInfo.load(tmp_path)
    said = phrase_of(info.value)
    assert said is not None and said.template == "{path} is unreadable ({error}); sign in again"
    assert said.values["path"] == str(tmp_path / SESSION_FILE)


def test_the_client_is_for_the_saved_platform_and_member(tmp_path: Path) -> None:
    client = SessionInfo("http://127.0.0.1:8765/", "member1").client()
    try:
        assert (client.api_url, client.username) == ("http://127.0.0.1:8765", "member1")
    finally:
        client.close()
