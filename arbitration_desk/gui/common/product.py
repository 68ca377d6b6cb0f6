"""The desk's name in its language: one translation for every window title, message box and tray
tooltip that shows it (here, not in :mod:`.i18n`, whose own calls the translation reader skips)."""

from __future__ import annotations

from arbitration_desk.gui.common.i18n import translate


def product_name() -> str:
    """ "Arbitration Desk" in the desk's language."""
    return translate("Desk", "Arbitration Desk")
