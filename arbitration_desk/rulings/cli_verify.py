"""``arbitration-desk verify FILE.pdf [--ca CA.pem]``: is this a valid, trusted, whole-file ruling signature?

Exit codes: 0 valid, trusted and covering the whole file; 1 anything else about the signature;
2 the file or the CA cannot be read (missing, a folder, not a PDF, a PDF that cannot be parsed).
Names, paths and problems are printed with control characters escaped: a file name or a signer's
name could otherwise carry terminal escape sequences.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from arbitration_desk.appdirs import resolve_home
from arbitration_desk.domain.text import escape_controls as esc
from arbitration_desk.domain.text import os_error_reason
from arbitration_desk.rulings.ca import ca_path, fingerprint, load_trust_roots
from arbitration_desk.rulings.errors import CertificateError, VerificationError
from arbitration_desk.rulings.verify import VerificationReport, verify_pdf

EXIT_VALID = 0
EXIT_NOT_VALID = 1
EXIT_UNREADABLE = 2


def configure(parser: argparse.ArgumentParser) -> None:
    # In the description, as the other commands do: argparse shows it right under the usage line.
    summary = f"{parser.description}. " if parser.description else ""
    parser.description = (
        f"{summary}Exit codes: 0 one valid, trusted signature covering the whole file; 1 anything else about "
        "the signature (none, not trusted, modified after signing, ...); 2 the file or the CA cannot be read "
        "(missing, a folder, not a PDF, a PDF that cannot be parsed)."
    )
    parser.add_argument("file", metavar="FILE.pdf", type=Path, help="the signed ruling to check")
    parser.add_argument(
        "--ca",
        metavar="CA.pem",
        type=Path,
        help="platform CA certificate(s) to trust (default: <home>/pki/platform-ca.pem saved at sign-in)",
    )


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC" if moment else "none"


def _yes(flag: bool) -> str:
    return "yes" if flag else "NO"


def print_report(report: VerificationReport, out: TextIO) -> None:
    stamp = "none (B-B)" if report.timestamp_ok is None else f"{_when(report.timestamp_time)}"
    if report.timestamp_ok is False:
        stamp += " (INVALID)"
    elif report.timestamp_ok:
        stamp += " (token valid, trusted)"
    lines = [
        f"Signatures:         {report.signature_count}",
        f"Intact:             {_yes(report.intact)}",
        f"Signer:             {esc(report.signer) or 'unknown'}",
        f"Signing time:       {_when(report.signing_time)} (claimed by the signer)",
        f"Time-stamp:         {stamp}",
        f"Trusted:            {_yes(report.trusted)} (chain to the platform CA)",
        f"Covers whole file:  {_yes(report.covers_whole_file)}",
        f"Modified after:     {'YES' if report.modified_after_signing else 'no'}",
    ]
    lines += [f"Problem:            {esc(problem)}" for problem in report.problems]
    lines.append("Verdict:            " + ("VALID" if report.ok else "NOT VALID"))
    out.write("\n".join(lines) + "\n")


def _unreadable(message: str) -> int:
    print(f"error: {esc(message)}", file=sys.stderr)
    return EXIT_UNREADABLE


def run(args: argparse.Namespace) -> int:
    try:
        ca_file: Path = args.ca if args.ca is not None else ca_path(resolve_home(getattr(args, "home", None)))
        roots = load_trust_roots(ca_file)
    except OSError as exc:  # the home itself is unusable (a file, no permission)
        return _unreadable(f"no trusted platform CA: cannot use {exc.filename}: {os_error_reason(exc)}")
    except CertificateError as exc:
        hint = "" if args.ca else " (sign in once, or pass --ca CA.pem)"
        return _unreadable(f"no trusted platform CA: {exc}{hint}")
    try:
        data = Path(args.file).read_bytes()
        report = verify_pdf(data, roots)
    except OSError as exc:
        return _unreadable(f"cannot read {args.file}: {os_error_reason(exc)}")
    except VerificationError as exc:
        return _unreadable(f"{args.file}: {exc}")
    print(f"File:               {esc(args.file)} ({report.size} bytes)")
    print(f"Trust anchors:      {', '.join(fingerprint(r)[:16] + '…' for r in roots)} ({esc(ca_file)})")
    print_report(report, sys.stdout)
    return EXIT_VALID if report.ok else EXIT_NOT_VALID
