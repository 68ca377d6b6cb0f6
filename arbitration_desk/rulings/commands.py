"""Headless ruling commands: ``export`` (decision records for legal staff) and ``pin-ca``.

``arbitration-desk export --out DIR [--since DATE]`` exits 0 when every record is exported and
verified, 3 when some failed verification or download (they are listed, and retried next run), and
1 when the export could not run (not signed in, CA not pinned, platform or folder unusable).
Platform text (references, ruling ids, problems, request ids) and paths are printed with their
control characters escaped (:func:`arbitration_desk.domain.text.escape_controls`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from arbitration_desk import home_lock
from arbitration_desk.appdirs import resolve_home
from arbitration_desk.domain.phrases import phrase, said
from arbitration_desk.domain.text import escape_controls as esc
from arbitration_desk.domain.timeutil import format_timestamp, is_timestamp, parse_timestamp
from arbitration_desk.platform.client import PlatformClient
from arbitration_desk.platform.errors import PlatformError
from arbitration_desk.platform.session_file import SessionError, SessionInfo
from arbitration_desk.rulings.errors import RulingError
from arbitration_desk.rulings.export import DecisionExporter, ExportProgress
from arbitration_desk.rulings.trust import pin_fingerprint, platform_trust_roots

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_PARTIAL = 3


def _error(message: str) -> int:
    print(f"arbitration-desk: {esc(message)}", file=sys.stderr)
    return EXIT_FATAL


def signed_in_client(home: Path) -> PlatformClient:
    """A client for the member signed in at ``home`` (tokens come from the credential store).

    Raises:
        RulingError: nobody is signed in, or the session file is unreadable.
    """
    try:
        info = SessionInfo.load(home)
    except SessionError as exc:
        raise RulingError(said(exc)) from None
    if info is None:
        raise RulingError(phrase("RulingError", "not signed in: run `arbitration-desk login` first"))
    return info.client()


def since_timestamp(text: str) -> str:
    """``YYYY-MM-DD`` (midnight UTC) or an RFC 3339 UTC timestamp, as the contract writes it."""
    if is_timestamp(text):
        return text
    if len(text) == 10 and is_timestamp(f"{text}T00:00:00Z"):
        return format_timestamp(parse_timestamp(f"{text}T00:00:00Z"))
    raise argparse.ArgumentTypeError(
        phrase("RulingError", "not a date (YYYY-MM-DD) or UTC timestamp: {text}", text=repr(text))
    )


# -- export ------------------------------------------------------------------------------------


def configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder of the decision records")
    parser.add_argument("--since", type=since_timestamp, metavar="DATE", help="only rulings decided on or after")
    parser.add_argument(
        "--ca-sha256", action="append", default=[], metavar="HEX", help="pinned platform CA fingerprint (repeatable)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")


def _progress(enabled: bool) -> Callable[[ExportProgress], None]:
    def show(progress: ExportProgress) -> None:
        if enabled and progress.total:
            sys.stderr.write(f"\rexport {progress.done}/{progress.total}")
            if progress.done == progress.total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return show


@home_lock.one_desk_per_home(_error)  # export may refresh the session's tokens
def run_export(args: argparse.Namespace) -> int:
    home = resolve_home(args.home)
    try:
        client = signed_in_client(home)
    except RulingError as exc:
        return _error(str(exc))
    try:
        roots = platform_trust_roots(client, home, args.ca_sha256)
        show = _progress(sys.stderr.isatty() and not args.quiet)
        exporter = DecisionExporter(client, roots, args.out, on_progress=show)
        report = exporter.run(args.since)
    except (RulingError, PlatformError) as exc:
        return _error(f"export failed: {exc}")
    finally:
        client.close()
    print(
        f"Exported {len(report.exported)} decision record(s) to {esc(args.out)} "
        f"({report.unchanged} unchanged, {report.refetched} fetched again); manifest: {esc(report.manifest)}"
    )
    if report.failed:
        print(f"{len(report.failed)} record(s) FAILED verification or download:", file=sys.stderr)
        for record in report.failed:
            request = f" (request {esc(record.request_id)})" if record.request_id else ""
            problems = esc("; ".join(record.problems))
            print(f"  - {esc(record.case_reference)} {esc(record.ruling_id)}: {problems}{request}", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


# -- pin-ca ------------------------------------------------------------------------------------


def configure_pin_ca(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sha256", required=True, metavar="HEX", help="the CA fingerprint your operator publishes")


@home_lock.one_desk_per_home(_error)  # writes the pinned fingerprint into the home
def run_pin_ca(args: argparse.Namespace) -> int:
    home = resolve_home(args.home)
    try:
        pinned = pin_fingerprint(home, args.sha256)
    except RulingError as exc:
        return _error(str(exc))
    print(f"Pinned platform CA SHA-256 {esc(pinned)}")
    return EXIT_OK
