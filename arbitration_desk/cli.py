"""The ``arbitration-desk`` command: the desk itself, the sandbox platform and headless tools.

Each subcommand lives in the layer it drives and contributes ``configure(parser)`` and
``run(args) -> int``; this module only wires them up, importing each lazily so that a headless
command never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from arbitration_desk import __version__
from arbitration_desk.appdirs import HOME_ENV
from arbitration_desk.home_guard import HomeRefused
from arbitration_desk.warnings_policy import silence_known_warnings

#: subcommand -> (module providing configure/run, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "login": (
        "arbitration_desk.sync.commands:login",
        "sign in to the platform (the refresh token goes to the keyring)",
    ),
    "logout": ("arbitration_desk.sync.commands:logout", "sign out: revoke the tokens and delete all local case data"),
    "sync": ("arbitration_desk.sync.commands:sync", "sync the assigned cases and deliver offline work"),
    "cases": ("arbitration_desk.sync.commands:cases", "list the cases stored on this machine"),
    "export": (
        "arbitration_desk.rulings.commands:export",
        "export verified decision records (signed rulings) with a JSON/CSV manifest (exit 3: some failed)",
    ),
    "pin-ca": ("arbitration_desk.rulings.commands:pin_ca", "pin the platform CA by its SHA-256 fingerprint"),
    "verify": ("arbitration_desk.rulings.cli_verify", "check a signed ruling PDF (exit 0 only if valid and trusted)"),
    "sandbox": ("arbitration_desk.sandbox.cli", "run the sandbox platform (a local implementation of the API)"),
}


def _entry_points(spec: str) -> tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]:
    """``module`` offers configure/run; ``module:name`` offers configure_name/run_name."""
    module_name, _, name = spec.partition(":")
    module = importlib.import_module(module_name)
    suffix = f"_{name}" if name else ""
    return getattr(module, f"configure{suffix}"), getattr(module, f"run{suffix}")


class _DeskParser(argparse.ArgumentParser):
    """The top-level parser: its help also says which credential store holds the secrets."""

    def format_help(self) -> str:
        from arbitration_desk.platform.credentials import describe_backend  # only when help is shown

        self.epilog = f"Credential store: {describe_backend()}."
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    parser = _DeskParser(
        prog="arbitration-desk",
        description="Arbitration Desk: review, annotate, vote on and rule on marketplace disputes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help=f"where all local data lives (default: ${HOME_ENV}, else the user data directory)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the desk on the embedded sandbox's demo world, signed in as its demo chair",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=argparse.ArgumentParser)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        configure, _ = _entry_points(module_name)
        configure(sub_parser)
        sub_parser.set_defaults(_module=module_name)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    """No subcommand: the desk itself (Qt is imported only here, so headless commands never load it)."""
    from arbitration_desk.appdirs import resolve_home
    from arbitration_desk.gui.shell.app import main as gui_main
    from arbitration_desk.gui.shell.app import refuse_home

    try:
        home = resolve_home(args.home)
    except HomeRefused as exc:
        return refuse_home(str(exc))
    return gui_main(None, demo=args.demo, home=home)


def main(argv: Sequence[str] | None = None) -> int:
    silence_known_warnings()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    _, run = _entry_points(args._module)
    try:
        # Imported here, like the subcommands: library log records go to <home>/logs, never the terminal.
        from arbitration_desk.cli_log import setup_logging

        setup_logging(args.home)
        return int(run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except HomeRefused as exc:  # a home inside a cloud-sync folder: the message says the way out
        from arbitration_desk.domain.text import escape_controls

        print(f"arbitration-desk: {escape_controls(str(exc))}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last resort: one line and exit 1, the traceback in the log
        from arbitration_desk.cli_log import internal_error

        return internal_error(exc, args.home)
