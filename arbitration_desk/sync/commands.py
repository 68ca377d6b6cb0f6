"""Headless commands for legal staff, scripts, tests and benchmarks: login, logout, sync, cases.

Exit codes: 0 done; 1 the command could not do its work (the reason is one line on stderr); 2 the
command line is wrong (argparse); ``sync`` also exits 3 when some items failed. Everything that
came from the platform or from a person (names, messages, paths) is printed with its control
characters escaped (:func:`arbitration_desk.domain.text.escape_controls`).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from pathlib import Path
from typing import Any

from arbitration_desk import home_lock
from arbitration_desk.appdirs import resolve_home
from arbitration_desk.domain.text import escape_controls as esc
from arbitration_desk.domain.text import json_for_terminal
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import OtpRequired, PlatformError
from arbitration_desk.store.errors import StoreError
from arbitration_desk.store.store import Store
from arbitration_desk.sync import gc_policy, session
from arbitration_desk.sync.engine import SyncEngine
from arbitration_desk.sync.report import Progress, ProgressThrottle, SyncReport, case_references
from arbitration_desk.sync.search_index import update_search_index
from arbitration_desk.sync.session import SessionError, SessionInfo

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_PARTIAL = 3

NETWORK_HELP = (
    "Environment: ARBITRATION_DESK_TIMEOUT=SECONDS waits that long for a connection and for each "
    "answer (default 10 s to connect, 60 s to answer); ARBITRATION_DESK_ATTEMPTS=N tries a request "
    "that may be repeated N times in all (default 6)."
)


def _document(parser: argparse.ArgumentParser, exit_codes: str, *, network: bool = True) -> None:
    """Adds the exit codes (and the network settings) to the command's --help, in its description."""
    summary = (parser.description or "").rstrip()
    summary += "." if summary and not summary.endswith(".") else ""
    parts = [summary, exit_codes, NETWORK_HELP if network else ""]
    parser.description = " ".join(part for part in parts if part)


def _error(message: str) -> int:
    """Prints one line (the first of ``message``: a store error can go on with SQL) and returns 1."""
    first = message.strip().splitlines()[0] if message.strip() else "failed"
    print(f"arbitration-desk: {esc(first)}", file=sys.stderr)
    return EXIT_FATAL


#: Commands that write the home run only while no other desk or command uses it.
_one_desk_per_home = home_lock.one_desk_per_home(_error)


# -- login -------------------------------------------------------------------------------------


def configure_login(parser: argparse.ArgumentParser) -> None:
    _document(
        parser,
        "Exit codes: 0 signed in; 1 sign-in failed (wrong password, platform unreachable, no terminal "
        "to ask for the password: use --password-stdin; another Arbitration Desk is using the home); "
        "2 wrong command line.",
    )
    parser.add_argument("--api-url", required=True, help="platform address (https://…; http:// only for loopback)")
    parser.add_argument("--username", required=True)
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    parser.add_argument("--otp", metavar="CODE", help="one-time password, if the account needs one")


@_one_desk_per_home
def run_login(args: argparse.Namespace) -> int:
    home = resolve_home(args.home)
    try:
        PlatformClient(args.api_url, args.username).secrets.check_available()  # before asking for a password
        password = _read_password(args.password_stdin)
        if password is None:
            return _error(
                "no terminal to ask for the password: pass --password-stdin and write the password to standard input"
            )
        try:
            info = session.sign_in(home, args.api_url, args.username, password, args.otp)
        except OtpRequired:
            if args.otp or not sys.stdin.isatty():
                return _error("this account needs a one-time password: repeat with --otp CODE")
            info = session.sign_in(home, args.api_url, args.username, password, input("One-time password: ").strip())
    except (PlatformError, StoreError, SessionError) as exc:
        return _error(f"sign-in failed: {exc}")
    print(f"Signed in as {esc(info.username)} ({esc(info.member_id)}) on {esc(info.api_url)}")
    return EXIT_OK


def _read_password(from_stdin: bool) -> str | None:
    """The password from standard input, or asked on the terminal; None when there is no terminal."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        # getpass would fall back to reading the pipe (with a warning) or fail with a traceback.
        return None
    try:
        return getpass.getpass("Password: ")
    except EOFError:  # Ctrl-D at the prompt
        return None


# -- logout ------------------------------------------------------------------------------------


def configure_logout(parser: argparse.ArgumentParser) -> None:
    _document(
        parser,
        "Exit codes: 0 signed out (a warning on stderr when the platform could not be told; the local "
        "data and tokens are deleted anyway); 1 the local data could not be deleted (or another "
        "Arbitration Desk is using the home: close it first).",
    )


@_one_desk_per_home
def run_logout(args: argparse.Namespace) -> int:
    home = resolve_home(args.home)
    try:
        warning = session.sign_out(home)
    except (PlatformError, StoreError, SessionError) as exc:
        return _error(f"sign-out failed: {exc}")
    if warning:
        print(f"warning: {esc(warning)}", file=sys.stderr)
    print("Signed out; all local case data was deleted.")
    return EXIT_OK


# -- sync --------------------------------------------------------------------------------------


def configure_sync(parser: argparse.ArgumentParser) -> None:
    _document(
        parser,
        "Exit codes: 0 everything synced; 3 some items failed (each listed on stderr with its reason "
        "and request ID); 1 the sync could not run (not signed in, platform unreachable, local store "
        "unusable, another Arbitration Desk is using the home).",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


class _Bar:
    """The progress bar on a terminal (called through a :class:`ProgressThrottle`)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, progress: Progress) -> None:
        if not self.enabled:
            return
        width = 30
        fraction = progress.done / progress.total if progress.total else 0.0
        bar = "#" * int(width * fraction) + "-" * (width - int(width * fraction))
        mb = f"{progress.bytes_done / 1e6:.1f}/{progress.bytes_total / 1e6:.1f} MB" if progress.bytes_total else ""
        line = f"\r{progress.phase:<9} [{bar}] {progress.done}/{progress.total} {mb}"
        sys.stderr.write(line[:120].ljust(80))
        if progress.phase == "done":
            sys.stderr.write("\n")
        sys.stderr.flush()


@_one_desk_per_home
def run_sync(args: argparse.Namespace) -> int:
    home = resolve_home(args.home)
    try:
        info = SessionInfo.load(home)
        if info is None:
            return _error("not signed in: run `arbitration-desk login` first")
        # closing(): the connections end however the sync ends (a platform error, a lost terminal).
        with contextlib.closing(info.client()) as client, open_store(home) as store:
            bar = ProgressThrottle(_Bar(sys.stderr.isatty() and not args.quiet))
            # The collector's policy for bulk work (docs/decisions/0003-collector-threshold-during-bulk-work.md).
            bulk = gc_policy.bulk_allocations
            report = SyncEngine(store.sync, store.outbox, store.reads, client, on_progress=bar, bulk_scope=bulk).run()
            # Even a sync that failed in part may have stored messages: make them searchable.
            indexed = update_search_index(store.search, on_progress=bar, bulk_scope=bulk)
            references = case_references(store.reads, report.reassigned)
    except (PlatformError, StoreError, SessionError) as exc:
        return _error(f"sync failed: {exc}")
    return _print_report(report, indexed, references)


def _print_report(report: SyncReport, indexed: int, references: dict[str, str]) -> int:
    print(
        f"Synced {report.cases_synced} case(s): {report.messages_added} new message(s), "
        f"{report.evidence_verified} evidence file(s) verified ({report.bytes_downloaded / 1e6:.1f} MB), "
        f"{report.outbox_delivered} change(s) delivered."
    )
    if indexed:
        print(f"Indexed {indexed} message(s) for search.")
    if report.rulings_listed or report.rulings_downloaded:
        print(
            f"{report.rulings_listed} new ruling(s) recorded on your cases, "
            f"{report.rulings_downloaded} signed ruling PDF(s) downloaded and checked."
        )
    for case_id in report.reassigned:
        name = esc(references.get(case_id, case_id))
        print(f"Case {name} was reassigned: your unsent work on it cannot be submitted.")
    if report.failures:
        print(f"{len(report.failures)} item(s) failed:", file=sys.stderr)
        for failure in report.failures:
            print(f"  - {esc(failure)}", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


# -- cases -------------------------------------------------------------------------------------


def configure_cases(parser: argparse.ArgumentParser) -> None:
    _document(
        parser, "Exit codes: 0 listed (none when nothing is stored); 1 the local store cannot be read.", network=False
    )
    parser.add_argument("--json", action="store_true", help="a JSON array, one object per local case")


def open_store(home: Path) -> Store:
    """The home's store, its key in the OS credential store; says on stderr when it was converted or erased."""
    store = session.open_home_store(home)
    note = session.opening_note(store)
    if note:
        print(f"note: {note}", file=sys.stderr)
    return store


def case_records(store: Store) -> list[dict[str, Any]]:
    records = []
    for row in store.reads.list_cases():
        state = store.sync.case_sync_state(row.case_id)
        evidence = [
            {"evidence_id": e.evidence_id, "sha256": e.sha256, "state": e.state}
            for e in store.reads.evidence(row.case_id)
        ]
        records.append(
            {
                "id": row.case_id,
                "reference": row.reference,
                "status": row.status,
                "version": row.version,
                "messages_stored": state.stored_messages,
                "evidence": evidence,
                "outbox": row.unsent_count,
                "reassigned": state.reassigned,
            }
        )
    return records


def run_cases(args: argparse.Namespace) -> int:
    home = resolve_home(args.home)
    try:
        with open_store(home) as store:
            records = case_records(store)
    except StoreError as exc:
        return _error(f"cannot read the local store: {exc}")
    if args.json:
        sys.stdout.write(json_for_terminal(records) + "\n")
    else:
        for record in records:
            reference, status, case_id = (esc(record[key]) for key in ("reference", "status", "id"))
            print(f"{reference:<20} {status:<16} v{record['version']:<5} {case_id}")
    return EXIT_OK
