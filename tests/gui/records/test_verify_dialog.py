"""The verify dialog on a real signed ruling of the session sandbox, and on a tampered copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arbitration_desk.domain.phrases import phrase
from arbitration_desk.gui.common import i18n
from arbitration_desk.gui.common.workers import Runner
from arbitration_desk.gui.records.verify_dialog import Verdict, VerifyDialog, verdict_line
from arbitration_desk.rulings.trust import platform_trust_roots
from arbitration_desk.rulings.verify import VerificationReport
from arbitration_desk.sandbox.server import SandboxServer
from arbitration_desk.sync.session import SessionInfo

from .test_view import legal_home


@pytest.fixture
def signed(gui_sandbox: SandboxServer, tmp_path: Path) -> tuple[Path, Path]:
    """(home with the pinned CA saved, a signed ruling of the demo world as filed on the platform)."""
    home = legal_home(gui_sandbox, tmp_path / "home")
    info = SessionInfo.load(home)
    assert info is not None
    client = info.client()
    try:
        platform_trust_roots(client, home)  # saves the pinned CA under <home>/pki/
        ruling = client.list_rulings().data["items"][0]
        with client.download(client.ruling_document_path(ruling["ruling_id"])) as response:
            data = response.content
    finally:
        client.close()
    path = tmp_path / "ruling.pdf"
    path.write_bytes(data)
    return home, path


def verified(home: Path, path: Path, runner: Runner, qtbot: QtBot) -> VerifyDialog:
    dialog = VerifyDialog(home, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.verify(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    return dialog


def test_signed_ruling_is_valid(signed: tuple[Path, Path], runner: Runner, qtbot: QtBot) -> None:
    home, path = signed
    dialog = verified(home, path, runner, qtbot)
    assert dialog.verdict is not None and dialog.verdict.report.ok
    assert dialog.banner.text().startswith("VALID")
    assert dialog.rows["Intact"].text().startswith("✔")
    assert dialog.rows["Trust chain"].text().startswith("✔")
    assert dialog.rows["Coverage"].text().startswith("✔")
    assert dialog.rows["Modified"].text().startswith("✔")
    assert "member mb_" in dialog.rows["Signer"].text()
    dialog.grab().save("/tmp/verify_valid.png")


def test_tampered_copy_is_not_valid(signed: tuple[Path, Path], runner: Runner, qtbot: QtBot, tmp_path: Path) -> None:
    home, path = signed
    data = bytearray(path.read_bytes())
    spot = data.index(b"/Type /Page") if b"/Type /Page" in data else 200
    data[spot + 1] ^= 0x01  # one changed byte inside the signed range
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    dialog = verified(home, tampered, runner, qtbot)
    assert dialog.banner.text().startswith("NOT valid")
    assert dialog.verdict is not None and not dialog.verdict.report.ok
    dialog.grab().save("/tmp/verify_tampered.png")

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(path.read_bytes() + b"\n%% appended\n")
    dialog = verified(home, appended, runner, qtbot)
    assert dialog.banner.text().startswith("NOT valid")
    assert dialog.verdict is not None and dialog.verdict.report.modified_after_signing


def test_not_a_pdf_gives_a_verdict(tmp_path: Path, runner: Runner, qtbot: QtBot) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    dialog = verified(tmp_path, junk, runner, qtbot)
    assert dialog.banner.text().startswith("NOT valid") and "not a PDF" in dialog.banner.text()


def test_the_verifiers_phrases_are_shown_translated(
    tmp_path: Path, runner: Runner, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A problem of the report, and an error of the verifier, reach the banner through say()/explain()."""
    words = {
        (
            "Verification",
            "signed by member {member}, not the chair {chair}",
        ): "签名者为仲裁员 {member}，而非首席仲裁员 {chair}",
        ("Verification", "not a PDF file (no %PDF- header)"): "不是 PDF 文件（没有 %PDF- 文件头）",
    }
    translate = i18n.translate
    monkeypatch.setattr(
        i18n,
        "translate",
        lambda context, source, *rest: words.get((context, source)) or translate(context, source, *rest),
    )
    problem = phrase(
        "Verification", "signed by member {member}, not the chair {chair}", member="'mb_1'", chair="'mb_2'"
    )
    text, ok = verdict_line(Verdict(None, VerificationReport(size=1, problems=[problem])))
    assert not ok and text == "NOT valid — 签名者为仲裁员 'mb_1'，而非首席仲裁员 'mb_2'"
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    dialog = verified(tmp_path, junk, runner, qtbot)
    assert dialog.banner.text() == "NOT valid — the file cannot be verified: 不是 PDF 文件（没有 %PDF- 文件头）"
