"""The ``arbitration-desk`` command: the desk itself, the sandbox platform and headless tools.

Each subcommand lives in the layer it drives and contributes ``configure(parser)`` and
``run(args) -> int``; this module only wires them up.

Start-up cost (issue 16; measured by ``tests/benchmarks/bench_startup.py``, guarded by
``tests/test_startup.py``): a command imports only what it needs. A subcommand's module, and with it
SQLAlchemy, requests, pyHanko or reportlab, is imported when that subcommand is parsed or its help
is shown (:class:`_CommandParser`), never for another one nor for ``--help`` and ``--version``; Qt
only for the desk itself. So this module's top imports argparse and the home's variable name alone;
everything else is imported where it is used, the warnings policy included.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from arbitration_desk import __version__
from arbitration_desk.appdirs import HOME_ENV

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
    "desktop": ("arbitration_desk.desktop_menu", "put the desk in your desktop menu (Linux), or take it out"),
    "sandbox": ("arbitration_desk.sandbox.cli", "run the sandbox platform (a local implementation of the API)"),
}


def _entry_points(spec: str) -> tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]:
    """``module`` offers configure/run; ``module:name`` offers configure_name/run_name."""
    module_name, _, name = spec.partition(":")
    module = importlib.import_module(module_name)
    suffix = f"_{name}" if name else ""
    return getattr(module, f"configure{suffix}"), getattr(module, f"run{suffix}")


class _CommandParser(argparse.ArgumentParser):
    """A subcommand's parser, configured by its module on first use: when it parses (its command
    was chosen) or formats its help. Until then it costs nothing, so neither does its module.

    Args:
        entry: the module (``module`` or ``module:name``) that configures and runs the command.
        names_store: its help also says which credential store holds the secrets (``login``'s).
            Finding out runs keyring's detection of every backend (entry points, D-Bus, a library
            search): hundreds of milliseconds, far beyond issue 16's target for
            ``arbitration-desk --help`` (3x a bare interpreter), whose epilog points here instead.
            *Help ▸ About* says it too.
    """

    def __init__(self, *args: Any, entry: str = "", names_store: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._entry = entry
        self._names_store = names_store

    def configure(self) -> None:
        """Lets the subcommand's module add its arguments (once)."""
        if self._entry:
            entry, self._entry = self._entry, ""
            configure, _ = _entry_points(entry)
            configure(self)

    def parse_known_args(  # type: ignore[override]  # typeshed's overloads; the same signature
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self.configure()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self.configure()
        return super().format_usage()

    def format_help(self) -> str:
        self.configure()
        if self._names_store:
            from arbitration_desk.platform.credentials import describe_backend  # only when this help is shown

            self.epilog = f"Credential store: {describe_backend()}."
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arbitration-desk",
        description="Arbitration Desk: review, annotate, vote on and rule on marketplace disputes.",
        epilog="Which credential store holds tokens and keys: arbitration-desk login --help.",
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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen (demo world, sync, a ruling composed) and exit: 0 if it works",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="the desk's language: en or zh_CN (default: the choice in View > Language, else the system's)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub_parser = sub.add_parser(
            name, help=help_text, description=help_text, entry=module_name, names_store=name == "login"
        )
        sub_parser.set_defaults(_module=module_name)
    return parser


#: The layers below the GUI that the desk loads as it starts, imported before Qt is: once PySide6 is
#: in, its import hook (shiboken's ``__feature__`` support) reads the source of every module imported
#: after it to see whether it uses PySide, about 430 of the desk's 610 at start. Imported first, the
#: engine, SQLAlchemy, requests and keyring skip that: the desk's start to a usable window over 1,000
#: cases went from 1,251 to 1,148 ms (docs/decisions/0021-start-up-before-qt-without-the-collector.md).
BEFORE_QT = (
    "arbitration_desk.store.store",
    "arbitration_desk.sync.process",
    "arbitration_desk.sync.session",
    "arbitration_desk.rulings.records",
    "arbitration_desk.documents.draft",
    "arbitration_desk.domain.rules",
    "arbitration_desk.home_guard",
)


@contextlib.contextmanager
def _collector_paused(freeze: bool) -> Iterator[None]:
    """The cyclic garbage collector off while a command's modules load: importing makes hundreds of
    thousands of objects (classes, functions, SQLAlchemy's and Qt's tables) and no garbage worth a
    collection, yet the collector ran over them again and again: 56 of a 592 ms import of the sync
    command (docs/decisions/0021-start-up-before-qt-without-the-collector.md). It is on again, as it
    was, once they are loaded; with ``freeze`` (a process of its own, not a test calling
    :func:`main`), what they made is moved out of its reach first, so that a full collection during
    the command does not walk the modules again."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if collecting:
            gc.enable()


def _import_desk() -> None:
    """The desk's modules: the layers below the GUI first (:data:`BEFORE_QT`), then the window's."""
    for name in BEFORE_QT:
        importlib.import_module(name)
    importlib.import_module("arbitration_desk.gui.shell.app")


def _run_gui(args: argparse.Namespace) -> int:
    """No subcommand: the desk itself (Qt is imported only here, so headless commands never load it)."""
    if args.self_test:
        from arbitration_desk.gui.shell.self_test import run

        return run(args.lang)
    from arbitration_desk.appdirs import resolve_home
    from arbitration_desk.gui.shell.app import main as gui_main
    from arbitration_desk.gui.shell.app import refuse_home
    from arbitration_desk.home_guard import HomeRefused

    try:
        home = resolve_home(args.home)
    except HomeRefused as exc:
        return refuse_home(exc, args.lang)
    return gui_main(None, demo=args.demo, home=home, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line ``argv`` (default: this process's own, and then the process ends)."""
    code = _main(argv)
    if argv is None:
        # The process exits next, and its last full collection would walk every object the command
        # made or imported (SQLAlchemy, requests...): about 0.1 s of a sync's end-to-end time, for
        # memory the OS takes back anyway. Frozen, they are out of its reach, as the desk's start-up
        # objects are (docs/decisions/0008-gc-freeze-after-start-up.md). Files, the store and the log
        # are closed by then; a caller passing ``argv`` (the tests) goes on with its collector as it was.
        gc.freeze()
    return code


def _main(argv: Sequence[str] | None) -> int:
    from arbitration_desk.warnings_policy import silence_known_warnings

    silence_known_warnings()
    with _collector_paused(freeze=argv is None):
        parser = build_parser()
        args = parser.parse_args(argv)  # a subcommand's module is imported as its arguments are parsed
        if args.command is None:
            _import_desk()
    if args.command is None:
        return _run_gui(args)
    _, run = _entry_points(args._module)
    # Imported once a command runs (not for --help or --version), like the subcommands: library log
    # records go to <home>/logs, never the terminal.
    from arbitration_desk.cli_log import setup_logging
    from arbitration_desk.home_guard import HomeRefused

    try:
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
