"""``arbitration-desk verify FILE.pdf [--ca CA.pem]``: is this a valid, trusted, whole-file ruling signature?

Exit codes: 0 valid, trusted and covering the whole file; 1 anything else about the signature;
2 the file or the CA cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TextIO

from arbitration_desk.appdirs import resolve_home
from arbitration_desk.rulings.ca import ca_path, fingerprint, load_trust_roots
from arbitration_desk.rulings.errors import CertificateError, VerificationError
from arbitration_desk.rulings.verify import VerificationReport, verify_pdf


def configure(parser: argparse.ArgumentParser) -> None:
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
        f"Signer:             {report.signer or 'unknown'}",
        f"Signing time:       {_when(report.signing_time)} (claimed by the signer)",
        f"Time-stamp:         {stamp}",
        f"Trusted:            {_yes(report.trusted)} (chain to the platform CA)",
        f"Covers whole file:  {_yes(report.covers_whole_file)}",
        f"Modified after:     {'YES' if report.modified_after_signing else 'no'}",
    ]
    lines += [f"Problem:            {problem}" for problem in report.problems]
    lines.append("Verdict:            " + ("VALID" if report.ok else "NOT VALID"))
    out.write("\n".join(lines) + "\n")


def run(args: argparse.Namespace) -> int:
    ca_file: Path = args.ca if args.ca is not None else ca_path(resolve_home(getattr(args, "home", None)))
    try:
        roots = load_trust_roots(ca_file)
    except CertificateError as exc:
        hint = "" if args.ca else " (sign in once, or pass --ca CA.pem)"
        print(f"error: no trusted platform CA: {exc}{hint}", file=sys.stderr)
        return 2
    try:
        data = Path(args.file).read_bytes()
        report = verify_pdf(data, roots)
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    except VerificationError as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return 2
    print(f"File:               {args.file} ({report.size} bytes)")
    print(f"Trust anchors:      {', '.join(fingerprint(r)[:16] + '…' for r in roots)} ({ca_file})")
    print_report(report, sys.stdout)
    return 0 if report.ok else 1
