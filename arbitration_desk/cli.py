"""The ``arbitration-desk`` command: the desk itself, the sandbox platform and headless tools.

Each subcommand lives in the layer it drives and contributes ``configure(parser)`` and
``run(args) -> int``; this module only wires them up, importing each lazily so that a headless
command never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from arbitration_desk import __version__
from arbitration_desk.appdirs import HOME_ENV

#: subcommand -> (module providing configure/run, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "sandbox": ("arbitration_desk.sandbox.cli", "run the sandbox platform (a local implementation of the API)"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arbitration-desk",
        description="Arbitration Desk: review, annotate, vote on and rule on marketplace disputes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=f"where all local data lives (default: ${HOME_ENV}, else the user data directory)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        module = importlib.import_module(module_name)
        module.configure(sub_parser)
        sub_parser.set_defaults(_module=module_name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    module = importlib.import_module(args._module)
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
