"""The installed Qt bindings are sound: PySide6 6.12 under Python 3.11 leaks a reference to None on
every void call, and the interpreter aborts after a while (pyproject.toml pins around it)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_leak_references_to_none() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        holder.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 100


def test_qtpdf_is_available() -> None:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    assert QPdfDocument and QPdfView
