"""A test-only subcommand that fails the way no command expects (for the CLI's last resort)."""

from __future__ import annotations

import argparse


def configure(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    del args
    raise RuntimeError("boom \x1b[31mred\nsecond line")
