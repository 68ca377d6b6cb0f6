"""Ruling figures: compose + sign one ruling (target < 0.5 s), verify rulings per second (target ≥ 20/s).

Not collected by pytest. Run: ``.venv/bin/python tests/benchmarks/bench_rulings.py [--rounds N]``
(``--smoke``: one round, as the test run does to check that it still works). The baseline, measured
in the same run, is signing an already-composed PDF with a bare reportlab page (no fonts, no PDF/A
step), so the ratios show what composition and verification add.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from arbitration_desk.warnings_policy import silence_known_warnings

silence_known_warnings()  # before pyHanko is imported

from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rulings.samples import CHAIR_ID, make_draft  # noqa: E402

from arbitration_desk.rulings.compose import compose_ruling  # noqa: E402
from arbitration_desk.rulings.csr import SigningIdentity, build_csr  # noqa: E402
from arbitration_desk.rulings.draft import RulingDraft  # noqa: E402
from arbitration_desk.rulings.keys import SoftwareKey  # noqa: E402
from arbitration_desk.rulings.sign import sign_pdf  # noqa: E402
from arbitration_desk.rulings.verify import verify_pdf  # noqa: E402
from arbitration_desk.sandbox.pki import SandboxPki  # noqa: E402
from helpers.pdfs import make_pdf  # noqa: E402

#: ``--smoke``: one round (what the test run uses to check the benchmark still works).
SMOKE = {"rounds": 1}


def compose_and_sign(draft: RulingDraft, identity: SigningIdentity, stamp: Callable[[bytes], bytes]) -> bytes:
    return sign_pdf(compose_ruling(draft), identity, stamp)


def timed(work: Callable[[], object], rounds: int) -> list[float]:
    work()  # warm-up (font registration, imports)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--smoke", action="store_true", help=f"run tiny ({SMOKE}) to check it works")
    args = parser.parse_args(argv)
    if args.smoke:
        vars(args).update(SMOKE)
    rounds = args.rounds
    with tempfile.TemporaryDirectory() as directory:
        pki = SandboxPki.load_or_create(Path(directory))
        key = SoftwareKey(ec.generate_private_key(ec.SECP256R1()))
        issued = pki.issue_certificate(build_csr(key), CHAIR_ID, "Ana Ribeiro")
        identity = SigningIdentity(key, issued.certificate_pem, tuple(issued.chain_pem))
        plain = make_pdf()
        rows: list[tuple[str, list[float]]] = [
            ("baseline: sign a bare 1-page PDF (B-T)", timed(lambda: sign_pdf(plain, identity, pki.timestamp), rounds)),
        ]
        for lang in ("en", "zh", "ar"):
            draft = make_draft(lang)
            rows.append((f"compose {lang}", timed(partial(compose_ruling, draft), rounds)))
            rows.append(
                (
                    f"compose + sign {lang} (B-T)",
                    timed(partial(compose_and_sign, draft, identity, pki.timestamp), rounds),
                )
            )
        signed = sign_pdf(compose_ruling(make_draft("zh")), identity, pki.timestamp)
        roots = pki.ca_certificates
        rows.append(("verify one zh ruling", timed(lambda: verify_pdf(signed, roots), rounds)))
    base = statistics.median(rows[0][1])
    print(f"{'operation':44} {'median ms':>10} {'p90 ms':>8} {'x baseline':>11}")
    for name, times in rows:
        median = statistics.median(times)
        p90 = sorted(times)[int(0.9 * (len(times) - 1))]
        print(f"{name:44} {median * 1000:10.1f} {p90 * 1000:8.1f} {median / base:11.2f}")
    worst_sign = max(statistics.median(t) for n, t in rows if n.startswith("compose + sign"))
    verify_rate = 1 / statistics.median(rows[-1][1])
    print(f"compose+sign worst median: {worst_sign:.3f} s (target < 0.5 s) {'OK' if worst_sign < 0.5 else 'MISSED'}")
    print(f"verify: {verify_rate:.1f} rulings/s (target >= 20/s) {'OK' if verify_rate >= 20 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
