"""Verify rate: rulings verified per second in one process (target >= 20/s), beside pyHanko's plain
validation of the same files in the same run.

Not collected by pytest. Run: ``.venv/bin/python tests/benchmarks/bench_verify.py [--files N]``
(``--smoke``: a few files, as the test run does to check that it still works).

The files: ``N`` signed rulings (B-T, five languages) and an archival copy (PAdES B-LTA) of every
fifth, as legal staff hold them. Our figure is ``verify_pdf`` with every rule of the contract and
revocation against the platform CA's CRL (parsed once, as ``verify FILE…`` does); the baseline is
pyHanko's ``validate_pdf_signature`` with the same trust root (signature, chain, coverage; no
contract rules, no revocation). Then the same files through the ``verify`` command itself, one
process, start-up included.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()  # before pyHanko is imported

import io  # noqa: E402

from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: E402
from pyhanko.sign.validation import validate_pdf_signature  # noqa: E402
from pyhanko_certvalidator import ValidationContext  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rulings.conftest import identity_from  # noqa: E402
from rulings.samples import make_draft  # noqa: E402

from arbitration_desk.rulings.archival import make_archival_copy  # noqa: E402
from arbitration_desk.rulings.compose import compose_ruling  # noqa: E402
from arbitration_desk.rulings.revocation import RevocationList  # noqa: E402
from arbitration_desk.rulings.sign import sign_pdf  # noqa: E402
from arbitration_desk.rulings.verify import Expectations, anchors_of, verify_pdf  # noqa: E402
from arbitration_desk.sandbox.pki import SandboxPki  # noqa: E402

SMOKE = {"files": 3}
LANGUAGES = ("en", "zh", "ar", "ru", "fr")


def make_files(pki: SandboxPki, count: int) -> list[bytes]:
    identity = identity_from(pki)
    composed = {lang: compose_ruling(make_draft(lang)) for lang in LANGUAGES}
    files = [sign_pdf(composed[LANGUAGES[i % len(LANGUAGES)]], identity, pki.timestamp) for i in range(count)]
    crl = pki.crl().der
    files += [make_archival_copy(files[i], crl, pki.timestamp) for i in range(0, count, 5)]
    return files


def rate(work: Callable[[bytes], bool], files: list[bytes], rounds: int = 3) -> float:
    """Files per second, best of ``rounds`` passes (each pass must accept every file)."""
    work(files[0])  # warm-up (lazy imports, caches)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        accepted = [work(data) for data in files]
        best = min(best, time.perf_counter() - start)
        if not all(accepted):
            raise SystemExit("a valid file was refused: the benchmark is measuring a failure")
    return len(files) / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    count = SMOKE["files"] if args.smoke else args.files
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pki = SandboxPki.load_or_create(work / "pki")
        print(f"signing {count} rulings and archiving every fifth ...", flush=True)
        files = make_files(pki, count)
        roots = pki.ca_certificates
        crl = RevocationList.load(pki.crl().der, roots, "the benchmark's CA")
        expect = Expectations(crl=crl, require_revocation=True)
        anchors = anchors_of(roots)

        def ours(data: bytes) -> bool:
            return verify_pdf(data, roots, expect=expect).ok

        def pyhanko_plain(data: bytes) -> bool:
            signature = next(iter(PdfFileReader(io.BytesIO(data)).embedded_signatures))
            status = validate_pdf_signature(signature, ValidationContext(trust_roots=anchors))
            return bool(status.intact and status.valid and status.trusted)

        filed, archival = files[:count], files[count:]
        for label, group in (("filed rulings", filed), ("archival copies", archival)):
            baseline = rate(pyhanko_plain, group)
            measured = rate(ours, group)
            print(f"{label} ({len(group)}):")
            print(f"  pyHanko plain validation : {baseline:6.1f} files/s")
            print(f"  our verify (all rules)   : {measured:6.1f} files/s")
            target = " (target >= 20/s)" if group is filed else ""
            print(f"  RATIO ours / pyHanko plain = {measured / baseline:.2f}; RATE {measured:.1f}/s{target}")
        paths = []
        for number, data in enumerate(files):
            path = work / f"ruling-{number}.pdf"
            path.write_bytes(data)
            paths.append(str(path))
        (work / "ca.pem").write_text(pki.ca_pem)
        (work / "crl.der").write_bytes(pki.crl().der)
        command = [sys.executable, "-m", "arbitration_desk", "--home", str(work / "home"), "verify"]
        command += ["--ca", str(work / "ca.pem"), "--crl", str(work / "crl.der"), *paths]
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ})
        took = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"verify refused the files:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
        print(
            f"`verify` command, {len(paths)} files in one process: {took:.2f} s = {len(paths) / took:.1f} files/s "
            "(start-up included)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
