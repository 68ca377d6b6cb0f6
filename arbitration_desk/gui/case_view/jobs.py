"""Callbacks of background jobs that do nothing once their owner widget is gone.

A job may finish after the widget that started it was closed (the member switched cases, the
window closed); its callback must then not touch the deleted C++ object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def guarded(owner: QObject, callback: Callable[[T], Any]) -> Callable[[T], None]:
    """``callback`` that runs only while ``owner`` still exists."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call
