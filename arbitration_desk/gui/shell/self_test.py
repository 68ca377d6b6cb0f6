"""``arbitration-desk --self-test``: proves an installed desk (a bundle, a wheel) whole, offscreen, then exits.

It opens the main window on the embedded sandbox's demo world in a temporary home, syncs it, composes
a ruling the demo chair may record (the unsigned PDF the chair would sign: fonts, reportlab, the
documents layer), checks that the translations and bundled fonts load, and exits 0 when everything
held (1 and what failed otherwise). One line per check goes to stdout. Nothing is left behind: the
temporary home, with the demo's sandbox and keys, is removed at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from arbitration_desk.domain.text import escape_controls

if TYPE_CHECKING:  # Qt is imported once the test runs (``arbitration-desk --help`` stays light)
    from arbitration_desk.gui.shell.app import DeskApp

#: How long the whole test may take before it counts as failed (the demo world loads in a few seconds).
TIME_LIMIT_MS = 180_000


def run(language: str | None = None) -> int:
    """Runs the self-test; returns the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="arbitration-desk-self-test-") as tmp:
        return _run(Path(tmp), language)


def _say(check: str, ok: bool, detail: str = "") -> bool:
    """One check's line on stdout; the detail (a window title, an error) with its control characters visible."""
    print(f"{'ok  ' if ok else 'FAIL'} {check}{': ' + escape_controls(detail) if detail else ''}", flush=True)
    return ok


def _run(home: Path, language: str | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from arbitration_desk.gui.common import i18n
    from arbitration_desk.gui.common.fonts import install_bundled_fonts
    from arbitration_desk.gui.shell.app import DeskApp
    from arbitration_desk.gui.sync.controller import SyncOutcome

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: list[bool] = []
    chinese = i18n.install(app, "zh_CN")
    sample = i18n.translate("SignInDialog", "Sign in")
    i18n.uninstall(app, chinese)
    results.append(_say("translations", sample != "Sign in", f"zh_CN 'Sign in' -> {sample}"))
    i18n.install(app, i18n.language_for(language, ""))
    families = install_bundled_fonts()
    results.append(_say("fonts", "Droid Sans Fallback" in families, ", ".join(families)))

    desk = DeskApp(home)

    def finish(ok: bool) -> None:
        results.append(ok)
        QApplication.exit(0)

    def synced(outcome: SyncOutcome) -> None:
        cases = len(desk.store.reads.list_cases()) if desk.store is not None else 0
        detail = outcome.error or f"{cases} cases stored"
        results.append(_say("sync", outcome.ok and bool(cases), detail))
        ok, detail, pdf = _compose_ruling(desk)
        results.append(_say("ruling", ok, detail))
        finish(_say("decoder", *_render_first_page(pdf)))

    def window_opened() -> None:  # after DeskApp's own slot (connected first), which opened the window
        assert desk.window is not None
        results.append(_say("main window", desk.window.isVisible(), desk.window.windowTitle()))
        desk.window.sync.finished.connect(synced)  # the first sync starts once the case list is loaded

    def demo_failed(exc: BaseException) -> None:
        finish(_say("demo", False, str(exc)))

    QTimer.singleShot(TIME_LIMIT_MS, lambda: finish(_say("time limit", False, f"{TIME_LIMIT_MS // 1000} s")))
    try:
        desk.start_demo()
        assert desk.launcher is not None
        desk.launcher.ready.connect(window_opened)
        desk.launcher.failed.connect(demo_failed)
        app.exec()
    except Exception as exc:  # a self-test reports, it does not crash
        results.append(_say("self-test", False, f"{type(exc).__name__}: {exc}"))
    finally:
        if desk.window is not None:
            desk.window.close()
        desk.close()
    ok = bool(results) and all(results)
    print("self-test passed" if ok else "self-test FAILED", flush=True)
    return 0 if ok else 1


def _render_first_page(pdf: bytes) -> tuple[bool, str]:
    """The ruling's first page rendered by the evidence decoder process (QtPdf, under its limits)."""
    import io

    from PySide6.QtCore import QSize

    from arbitration_desk.gui.evidence.decoder import Decoder

    if not pdf:
        return False, "no PDF to render"
    decoder = Decoder("self-test")
    try:
        info = decoder.open_pdf(io.BytesIO(pdf))
        image = decoder.render_page(info, 0, QSize(420, 594), lambda: io.BytesIO(pdf))
        dark = sum(1 for x in range(0, 420, 6) for y in range(0, 594, 6) if image.pixelColor(x, y).lightness() < 128)
        return not image.isNull() and dark > 0, f"{info.pages} page(s), page 1 at {image.width()}×{image.height()}"
    except Exception as exc:
        return False, str(exc)
    finally:
        decoder.close()


def _compose_ruling(desk: DeskApp) -> tuple[bool, str, bytes]:
    """Composes the ruling of the first case whose votes are all in (as the chair's dialog does)."""
    from arbitration_desk.domain.money import Money
    from arbitration_desk.rulings.filing import RulingService

    store, window = desk.store, desk.window
    if store is None or window is None or window.sync.session is None:
        return False, "no store or session", b""
    service = RulingService(store.reads, store.work, store.sync, store.outbox, window.sync.session.client(), desk.home)
    problems = []
    try:
        for row in store.reads.list_cases():
            board = store.reads.vote_board(row.case_id)
            if board is None or board.sealed or board.cast < board.quorum:
                continue
            try:
                currency = board.board["items"][0]["award"]["currency"]
                draft = service.prepare(row.case_id, "favor_seller", Money(Decimal("0.00"), currency), "Self-test.")
                pdf = service.preview(draft)
            except Exception as exc:
                problems.append(f"{row.reference}: {exc}")
                continue
            ok = pdf.startswith(b"%PDF-") and len(pdf) > 10_000
            return ok, f"{row.reference}: {len(pdf):,} bytes", pdf
    finally:
        service.client.close()
    return False, "no case could be ruled on: " + "; ".join(problems[:3]), b""
