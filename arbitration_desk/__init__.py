"""Arbitration Desk: the desktop client of a marketplace's arbitration committee."""

__version__ = "0.1.0"
