"""``arbitration-desk verify FILE.pdf… [--ca CA.pem] [--crl CRL.der | --offline] [--case REF] [--chair ID]``.

Is each file a genuine ruling: a filed ruling (one valid, trusted, whole-file signature made to
every rule of the contract) or an archival copy of one, its signer unrevoked at the proven signing
time? Revocation is checked against the platform CA's CRL: the one named with ``--crl``, else the one
fetched from the platform the home is signed in to (not with ``--offline``), else an archival copy's
own. Many files are checked in one process, with a summary line at the end.

Exit codes: 0 every file valid; 1 some file is not (bad signature, rule broken, revoked, not the
expected case or chair, ...); 2 some file or the CA cannot be read (missing, a folder, not a PDF, a
PDF that cannot be parsed, an unusable CRL). Names, paths and problems are printed with control
characters escaped: a file name or a signer's name could otherwise carry terminal escape sequences.
The verifier's findings are phrases (:mod:`arbitration_desk.domain.phrases`): printed in English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from cryptography import x509

from arbitration_desk.appdirs import resolve_home
from arbitration_desk.domain.phrases import Phrase, phrase
from arbitration_desk.domain.text import escape_controls as esc
from arbitration_desk.domain.text import os_error_reason
from arbitration_desk.domain.timeutil import is_timestamp, parse_timestamp
from arbitration_desk.rulings.ca import ca_path, fingerprint, load_trust_roots
from arbitration_desk.rulings.crl_source import NOT_SIGNED_IN, platform_crl
from arbitration_desk.rulings.errors import CertificateError, VerificationError
from arbitration_desk.rulings.revocation import RevocationError, RevocationList
from arbitration_desk.rulings.verify import Expectations, VerificationReport, verify_pdf

EXIT_VALID = 0
EXIT_NOT_VALID = 1
EXIT_UNREADABLE = 2


def _timestamp(text: str) -> datetime:
    if not is_timestamp(text):
        raise argparse.ArgumentTypeError(
            phrase("Verification", "not an RFC 3339 UTC timestamp: {text}", text=repr(text))
        )
    return parse_timestamp(text)


def configure(parser: argparse.ArgumentParser) -> None:
    # In the description, as the other commands do: argparse shows it right under the usage line.
    summary = f"{parser.description}. " if parser.description else ""
    parser.description = (
        f"{summary}Exit codes: 0 every file is a valid ruling (or archival copy of one) by a trusted, unrevoked "
        "signer; 1 some file is not (no or broken signature, a rule of the contract broken, revoked, modified "
        "after signing, not the expected case or chair, ...); 2 some file, the CA or the CRL cannot be read."
    )
    parser.add_argument("files", metavar="FILE.pdf", type=Path, nargs="+", help="signed rulings to check")
    parser.add_argument(
        "--ca",
        metavar="CA.pem",
        type=Path,
        help="platform CA certificate(s) to trust (default: <home>/pki/platform-ca.pem saved at sign-in)",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--crl", metavar="CRL.der", type=Path, help="the platform CA's CRL to check revocation with")
    source.add_argument(
        "--offline",
        action="store_true",
        help="do not fetch the CRL from the platform (archival copies carry their own)",
    )
    parser.add_argument("--case", metavar="REF", help="the case reference (or ID) the ruling must be for")
    parser.add_argument("--chair", metavar="ID", help="the member ID of the chair who must have signed")
    parser.add_argument(
        "--received-at",
        metavar="TIME",
        type=_timestamp,
        help="when the platform received a ruling without time-stamp (its proven signing time)",
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
    proven = f"{_when(report.proven_time)} ({report.proven_by})" if report.proven_time else "not proven"
    lines = [
        f"Kind:               {report.kind}",
        f"Signatures:         {report.signature_count}",
        f"Intact:             {_yes(report.intact)}",
        f"Signer:             {esc(report.signer) or 'unknown'}",
        f"Signer member ID:   {esc(report.signer_member_id) or 'unknown'}",
        f"Case:               {esc(report.case_reference) or 'not stated in the file'}",
        f"Signing time:       {_when(report.signing_time)} (claimed by the signer)",
        f"Time-stamp:         {stamp}",
        f"Proven signing time: {proven}",
        f"Trusted:            {_yes(report.trusted)} (chain to the platform CA)",
        f"Revocation:         {esc(report.revocation)}",
        f"Covers whole file:  {_yes(report.covers_whole_file)}",
        f"Modified after:     {'YES' if report.modified_after_signing else 'no'}",
        f"Filed SHA-256:      {report.filed_sha256 or 'unknown'}",
    ]
    if report.archived_at is not None:
        lines.append(f"Archived:           {_when(report.archived_at)} (document time-stamp)")
    lines += [f"Problem:            {esc(problem)}" for problem in report.problems]
    lines.append("Verdict:            " + ("VALID" if report.ok else "NOT VALID"))
    out.write("\n".join(lines) + "\n")


def _unreadable(message: str) -> int:
    print(f"error: {esc(message)}", file=sys.stderr)
    return EXIT_UNREADABLE


def _crl(args: argparse.Namespace, roots: Sequence[x509.Certificate]) -> tuple[RevocationList | None, Phrase | str]:
    """The CRL to check with and a note on where it came from (or why there is none).

    Raises:
        OSError: ``--crl`` cannot be read.
        RevocationError: ``--crl`` is not a CRL of the platform CA.
    """
    if args.crl is not None:
        return RevocationList.load(Path(args.crl).read_bytes(), roots, str(args.crl)), ""
    if args.offline:
        return None, phrase("Verification", "offline: only archival copies can show revocation")
    try:
        home: Path | None = resolve_home(getattr(args, "home", None))
    except OSError:
        home = None
    crl, note = platform_crl(home, roots)
    if note == NOT_SIGNED_IN:
        return crl, phrase("Verification", "not signed in, so the CRL was not fetched (pass --crl FILE)")
    return crl, note


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
        crl, note = _crl(args, roots)
    except OSError as exc:
        return _unreadable(f"cannot read {args.crl}: {os_error_reason(exc)}")
    except RevocationError as exc:
        return _unreadable(str(exc))
    expect = Expectations(
        crl=crl, require_revocation=True, case=args.case, chair=args.chair, received_at=args.received_at
    )
    print(f"Trust anchors:      {', '.join(fingerprint(r)[:16] + '…' for r in roots)} ({esc(ca_file)})")
    if crl is not None:
        print(f"CRL:                issued {_when(crl.this_update)} by the platform CA ({esc(crl.source)})")
    else:
        print(f"CRL:                none ({esc(note)})")
    counts = {EXIT_VALID: 0, EXIT_NOT_VALID: 0, EXIT_UNREADABLE: 0}
    for path in args.files:
        counts[_verify_one(Path(path), roots, expect)] += 1
    total = len(args.files)
    print(
        f"\n{total} file(s): {counts[EXIT_VALID]} valid, {counts[EXIT_NOT_VALID]} NOT valid, "
        f"{counts[EXIT_UNREADABLE]} unreadable"
    )
    if counts[EXIT_UNREADABLE]:
        return EXIT_UNREADABLE
    return EXIT_NOT_VALID if counts[EXIT_NOT_VALID] else EXIT_VALID


def _verify_one(path: Path, roots: Sequence[x509.Certificate], expect: Expectations) -> int:
    print()
    try:
        data = path.read_bytes()
        report = verify_pdf(data, roots, expect=expect)
    except OSError as exc:
        print(f"File:               {esc(path)}")
        return _unreadable(f"cannot read {path}: {os_error_reason(exc)}")
    except VerificationError as exc:
        print(f"File:               {esc(path)}")
        return _unreadable(f"{path}: {exc}")
    print(f"File:               {esc(path)} ({report.size} bytes)")
    print_report(report, sys.stdout)
    return EXIT_VALID if report.ok else EXIT_NOT_VALID
