"""The ``arbitration-desk sandbox`` subcommand: run the sandbox platform on this machine.

What it prints from the command line or from errors (a host, a path) has its control characters
escaped (:func:`arbitration_desk.domain.text.escape_controls`).
"""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from pathlib import Path

from arbitration_desk.appdirs import resolve_home
from arbitration_desk.domain.text import escape_controls
from arbitration_desk.sandbox.control import ControlError
from arbitration_desk.sandbox.server import SandboxError, SandboxServer, wipe
from arbitration_desk.sandbox.world import DEMO_PASSWORD, WorldError


def configure(parser: argparse.ArgumentParser) -> None:
    """Adds the sandbox options to ``parser``."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 = a free port)")
    parser.add_argument("--allow-remote", action="store_true", help="allow a non-loopback --host")
    parser.add_argument("--seed", type=int, default=1, help="demo world seed (default 1)")
    parser.add_argument("--cases", type=int, default=40, help="number of demo cases (default 40)")
    parser.add_argument("--data-dir", help="state directory (default <home>/sandbox)")
    parser.add_argument("--database-url", help="SQLAlchemy URL (default: SQLite file in the data dir)")
    parser.add_argument("--faults", type=float, default=0.0, metavar="RATE", help="share of requests to fail")
    parser.add_argument("--rate-limit", type=float, default=20.0, metavar="N", help="requests/s per token")
    parser.add_argument("--access-ttl", type=int, default=900, metavar="SECONDS", help="access token life")
    parser.add_argument("--messages-per-case", type=int)
    parser.add_argument("--evidence-per-case", type=int)
    parser.add_argument("--evidence-kb", type=int)
    parser.add_argument("--large-chat", type=int, default=0)
    parser.add_argument("--large-evidence", type=int, default=0)
    parser.add_argument(
        "--appeals", type=int, default=3, metavar="N", help="appeal scenarios after the demo cases, 0 to 3 (default 3)"
    )
    parser.add_argument(
        "--reset", action="store_true", help="wipe the data directory (and the --database-url tables) first"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request on stderr")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _banner(server: SandboxServer) -> str:
    otp_secret = server.control.member("otpmember").get("otp_secret") if _has_member(server, "otpmember") else None
    lines = [
        f"Arbitration sandbox platform listening on {server.url}",
        "",
        f"Demo accounts (password: {DEMO_PASSWORD}):",
        "  chair      panel member and chair",
        "  member1    panel member",
        "  member2    panel member",
        "  legal      legal team (sees every ruling, sits on no panel)",
    ]
    if otp_secret:
        lines += [
            "  otpmember  panel member with a one-time password (RFC 6238 TOTP, SHA-1, 6 digits, 30 s)",
            f"             secret {otp_secret}: add it to an authenticator app, or run",
            f"             python -c \"from arbitration_desk.sandbox.otp import totp; print(totp('{otp_secret}'))\"",
        ]
    lines += ["", f"CA certificate SHA-256 fingerprint: {server.ca_fingerprint}", "Press Ctrl-C to stop."]
    return "\n".join(lines)


def _has_member(server: SandboxServer, username: str) -> bool:
    try:
        server.control.member(username)
    except ControlError:
        return False
    return True


def run(args: argparse.Namespace) -> int:
    """Builds and runs the sandbox until Ctrl-C or SIGTERM; returns the exit status."""
    if not args.allow_remote and not _is_loopback(args.host):
        host = escape_controls(args.host)
        print(f"refusing to listen on {host}: the demo passwords are public (use --allow-remote)", file=sys.stderr)
        return 2
    data_dir = Path(args.data_dir) if args.data_dir else resolve_home(args.home) / "sandbox"
    if args.reset:
        try:
            wipe(data_dir, args.database_url)
        except SandboxError as exc:
            print(f"sandbox: {escape_controls(exc)}", file=sys.stderr)
            return 1
    options = {
        "messages_per_case": args.messages_per_case,
        "evidence_per_case": args.evidence_per_case,
        "evidence_kb": args.evidence_kb,
        "large_chat": args.large_chat,
        "large_evidence": args.large_evidence,
        "appeals": args.appeals,
    }
    server = SandboxServer(
        data_dir,
        host=args.host,
        port=args.port,
        seed=args.seed,
        cases=args.cases,
        database_url=args.database_url,
        faults=args.faults,
        rate_limit=args.rate_limit,
        access_ttl=args.access_ttl,
        world_options={k: v for k, v in options.items() if v is not None},
        verbose=args.verbose,
    )
    try:
        server.start()
    except (SandboxError, WorldError) as exc:
        print(f"sandbox: {escape_controls(exc)}", file=sys.stderr)
        return 1
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        print(escape_controls(_banner(server), keep_newlines=True), flush=True)
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    return 0
