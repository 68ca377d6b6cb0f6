"""Screenshots for the docs: a sandbox, a full sync, the main window at 1366×768, then its parts.

Run: `.venv/bin/python packaging/screenshots.py` (offscreen; uses a temporary keyring in memory);
`--lang zh_CN` makes the same windows in Simplified Chinese, at 1366×768 only, into
docs/screenshots/zh_CN/ (with the dialogs: sign-in, ruling, decision records, shortcuts; the ruling
PDFs stay English, the platform's ruling language, and are not made again).
Writes docs/screenshots/: every tab of the case view and a decided case at 1366×768 and at
1920×1080 (``*_1920x1080.png``), the gallery, chat, detached evidence viewer, case list legend and
ruling window alone, and the first two pages of a signed ruling (``pdftoppm``, poppler-utils).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
OUT = ROOT / "docs" / "screenshots"
#: The smallest screen the desk is made for first; then a common desktop one.
SIZES = ((1366, 768), (1920, 1080))


def pdf_page(pdf: Path, page: int, target: Path) -> Path:
    """Page ``page`` of ``pdf`` as ``<target>.png`` (poppler's pdftoppm, 70 dpi)."""
    command = ["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(target)]
    subprocess.run(command, check=True)
    return target.with_suffix(".png")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QWidget

    from arbitration_desk.gui.case_view.view import VOTE_TAB
    from arbitration_desk.gui.common import i18n
    from arbitration_desk.gui.common.fonts import install_bundled_fonts
    from arbitration_desk.gui.common.workers import Runner
    from arbitration_desk.gui.shell.main_window import MainWindow
    from arbitration_desk.gui.shell.settings import AppSettings
    from arbitration_desk.platform import credentials
    from arbitration_desk.rulings.trust import pin_fingerprint
    from arbitration_desk.sandbox.server import SandboxServer
    from arbitration_desk.store.store import Store
    from arbitration_desk.sync.session import sign_in
    from helpers.keyring_backend import MemoryKeyring

    credentials.use_backend(MemoryKeyring())
    language = argv[1] if len(argv) == 2 and argv[0] == "--lang" else "en"
    out = OUT / language if language != "en" else OUT
    sizes = SIZES if language == "en" else SIZES[:1]
    qt_app = QApplication(sys.argv[:1])
    i18n.install(qt_app, language, QLocale("en_GB" if language == "en" else language))
    install_bundled_fonts()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # The demo's world: with its appeal scenarios (gui/shell/demo.py DEMO_APPEALS).
        server = SandboxServer(Path(tmp) / "sandbox", port=0, quiet=True, world_options={"appeals": 3}).start()
        runner = Runner()
        home = Path(tmp) / "home"
        session = sign_in(home, server.url, "chair", "demo")
        pin_fingerprint(home, server.ca_fingerprint)  # as the demo does: rulings verify against its CA
        store = Store.open(home, credentials.HomeKeyring())  # the home's data key, in the memory keyring
        window = MainWindow(store, home, runner, AppSettings(Path(tmp) / "gui.ini"), None, auto_sync=False)
        window.resize(1366, 768)
        window.show()
        done: list[object] = []
        window.sync.finished.connect(done.append)
        window.set_session(session)
        window.sync_now()

        def settle(seconds: float, until: object = None) -> None:
            end = time.monotonic() + seconds
            while time.monotonic() < end and not (callable(until) and until()):
                qt_app.processEvents()  # a script, not the application: nothing else runs meanwhile
                time.sleep(0.01)

        settle(120, lambda: bool(done))
        settle(2)
        rows = window.case_list.model.rows()
        row = next((r for r in rows if r.can_vote and not r.is_appeal), rows[0])
        unsealed = next(
            (r for r in rows if r.can_vote and (board := store.reads.vote_board(r.case_id)) and not board.sealed), row
        )
        decided = next(
            r for r in rows if not r.is_appeal and store.reads.case_bundle(r.case_id).recorded_ruling is not None
        )
        open_appeal = next(r for r in rows if r.is_appeal and r.can_vote)
        flagged = next(r for r in rows if r.signals and not r.is_appeal)
        decided_appeal = next(r for r in rows if r.is_appeal and r.status == "decided")
        view = window.case_view
        written: list[Path] = []
        first_view = True

        def save(widget: QWidget, name: str) -> None:
            settle(0.5)
            path = out / f"{name}.png"
            widget.grab().save(str(path))
            written.append(path)

        for width, height in sizes:
            suffix = "" if (width, height) == SIZES[0] else f"_{width}x{height}"
            window.resize(width, height)
            window.case_list.select_case(row.case_id)
            settle(3)
            if first_view:  # the deadline notification of the start (no tray offscreen: the banner)
                save(window, "deadline_notice")
                window.deadline_banner.hide()
                first_view = False
            view.tabs.setCurrentWidget(view.summary)
            save(window, f"main_window{suffix}")
            view.tabs.setCurrentWidget(view.gallery)
            settle(3)
            save(window, f"evidence{suffix}")
            view.tabs.setCurrentWidget(view.timeline)
            settle(3)
            save(window, f"chat{suffix}")
            # The vote tab of a case whose votes are open: every member's vote side by side.
            window.case_list.select_case(unsealed.case_id)
            settle(3)
            view.tabs.setCurrentIndex(VOTE_TAB)
            save(window, f"vote_panel{suffix}")
            # A decided case: its recorded ruling, verified, above the tabs.
            window.case_list.select_case(decided.case_id)
            settle(3)
            view.tabs.setCurrentWidget(view.summary)
            settle(20, lambda: "verifying" not in view.ruling_panel.signature.text())
            save(window, f"decided_case{suffix}")
            # An appeal: the appeal above the tabs, the first ruling verified; then one decided on appeal.
            window.case_list.select_case(open_appeal.case_id)
            settle(3)
            view.tabs.setCurrentWidget(view.summary)
            settle(20, lambda: "verifying" not in view.appeal_panel.appealed.signature.text())
            save(window, f"appeal_case{suffix}")
            view.tabs.setCurrentWidget(view.gallery)
            settle(3)
            save(window, f"appeal_evidence{suffix}")
            window.case_list.select_case(decided_appeal.case_id)
            settle(3)
            view.tabs.setCurrentWidget(view.summary)
            settle(20, lambda: "verifying" not in view.ruling_panel.signature.text())
            save(window, f"decided_appeal{suffix}")
        window.resize(*SIZES[0])
        # The parts, at the size a member sees them.
        window.case_list.select_case(row.case_id)
        settle(3)
        view.tabs.setCurrentWidget(view.gallery)
        settle(3)
        save(view.gallery, "gallery")
        view.tabs.setCurrentWidget(view.timeline)
        settle(2)
        save(view.timeline, "timeline")
        # The signals of abuse: the list's flag and the summary's line beside the party's statistics.
        window.case_list.select_case(flagged.case_id)
        settle(3)
        view.tabs.setCurrentWidget(view.summary)
        settle(2, lambda: "parties" in view.summary.sections)
        parties = view.summary.sections["parties"]
        view.summary.verticalScrollBar().setValue(parties.y() - 8)
        save(window, "abuse_signals")
        view.gallery.set_viewer_detached(True)
        detached = view.gallery.viewer.window()
        detached.resize(1100, 760)
        settle(3)
        save(detached, "evidence_viewer_window")
        view.gallery.set_viewer_detached(False)
        save(window.show_legend(), "legend")
        window.case_list.select_case(decided.case_id)
        settle(3)
        document = view.ruling_panel.open_document()
        assert document is not None
        settle(30, lambda: not document.loading and not document.verifying)
        save(document, "ruling_window")
        document.close()
        if language != "en":  # the ruling PDFs are English whatever the desk's language: made once
            _dialogs(window, unsealed.case_id, save, settle)
        else:
            ruling = store.reads.case_bundle(decided.case_id).recorded_ruling
            assert ruling is not None
            pdf = Path(tmp) / "ruling.pdf"
            pdf.write_bytes(store.reads.signed_ruling(ruling.document_sha256))
            for page in (1, 2):
                written.append(pdf_page(pdf, page, OUT / f"ruling_page{page}"))
            appeal_ruling = store.reads.case_bundle(decided_appeal.case_id).recorded_ruling
            assert appeal_ruling is not None and appeal_ruling.appeal_of
            pdf.write_bytes(store.reads.signed_ruling(appeal_ruling.document_sha256))
            written.append(pdf_page(pdf, 1, OUT / "appeal_ruling_page1"))
        window.close()
        runner.wait()
        store.close()
        server.stop()
        for path in written:
            print(path)
    return 0


def _dialogs(window: Any, case_id: str, save: Any, settle: Any) -> None:
    """The dialogs, each as a member opens it: sign-in, the ruling of a case, decision records, shortcuts."""
    from PySide6.QtWidgets import QDialog

    from arbitration_desk.gui.shell.sign_in_dialog import SignInDialog

    def grab_new(open_it: Any, name: str, kind: type = QDialog) -> None:
        before = set(window.findChildren(kind))
        open_it()
        settle(3)
        dialog = next(iter(set(window.findChildren(kind)) - before), None)
        assert dialog is not None, name
        save(dialog, name)
        dialog.close()

    grab_new(lambda: window.sign_in(), "sign_in_dialog", SignInDialog)
    grab_new(lambda: window.rulings.open_ruling(case_id), "ruling_dialog")
    grab_new(window.rulings.decision_records, "decision_records")
    shortcuts = window.show_shortcuts()
    save(shortcuts, "shortcuts")
    shortcuts.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
