"""Screenshots for the docs: a sandbox, a full sync, the main window at 1366×768, then its parts.

Run: `.venv/bin/python packaging/screenshots.py` (offscreen; uses a temporary keyring in memory).
Writes docs/screenshots/{main_window,gallery,timeline,vote_panel}.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from arbitration_desk.gui.case_view.view import VOTE_TAB
    from arbitration_desk.gui.common.fonts import install_bundled_fonts
    from arbitration_desk.gui.common.workers import Runner
    from arbitration_desk.gui.shell.main_window import MainWindow
    from arbitration_desk.gui.shell.settings import AppSettings
    from arbitration_desk.platform import credentials
    from arbitration_desk.sandbox.server import SandboxServer
    from arbitration_desk.store.store import Store
    from arbitration_desk.sync.session import sign_in
    from helpers.keyring_backend import MemoryKeyring

    credentials.use_backend(MemoryKeyring())
    qt_app = QApplication(sys.argv[:1])
    install_bundled_fonts()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxServer(Path(tmp) / "sandbox", port=0, quiet=True).start()
        runner = Runner()
        home = Path(tmp) / "home"
        session = sign_in(home, server.url, "chair", "demo")
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
        row = next((r for r in rows if r.can_vote), rows[0])
        window.case_list.select_case(row.case_id)
        settle(3)
        shots: list[tuple[str, QWidget]] = [("main_window", window)]
        view = window.case_view
        window.grab().save(str(OUT / "main_window.png"))
        view.tabs.setCurrentWidget(view.gallery)
        settle(3)
        view.gallery.grab().save(str(OUT / "gallery.png"))
        view.tabs.setCurrentWidget(view.timeline)
        settle(3)
        view.timeline.grab().save(str(OUT / "timeline.png"))
        # The vote tab of a case whose votes are open: every member's vote side by side.
        unsealed = next(
            (r for r in rows if r.can_vote and (board := store.reads.vote_board(r.case_id)) and not board.sealed), row
        )
        window.case_list.select_case(unsealed.case_id)
        settle(3)
        view.tabs.setCurrentIndex(VOTE_TAB)
        settle(2)
        window.grab().save(str(OUT / "vote_panel.png"))
        shots += [("gallery", view.gallery), ("timeline", view.timeline), ("vote_panel", window)]
        window.close()
        runner.wait()
        store.close()
        server.stop()
        for name, _ in shots:
            print(OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
