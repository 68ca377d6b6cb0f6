"""Errors of the sandbox's control operations (``SandboxControl``)."""

from __future__ import annotations


class ControlError(Exception):
    """A control operation named something that does not exist."""


class AppealRefused(ControlError):
    """The platform refused an appeal by its admission rule (README "Appeals"); no appeal case exists."""
